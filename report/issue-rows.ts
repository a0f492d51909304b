import type { FileRecord } from '../core/merge/merge-report.js';
import type { Locale as Lang } from '../core/messages/render-text.js';

/** One issue of one file, flattened for the 审核结果 sheet and run.json. */
export interface IssueRow {
  file: string;
  unitCode: string;
  unitName: string;
  sheet: string;
  cell: string;
  severity: string;
  status: string;
  indicator: string;
  message: string;
  hint: string;
  explanation: string;
}

export const ISSUE_HEAD: Record<Lang, string[]> = {
  zh: ['文件', '单位代码', '单位名称', '工作表', '单元格', '审核类别', '状态', '指标', '问题', '处理建议', '说明'],
  en: ['File', 'Code', 'Unit', 'Sheet', 'Cell', 'Severity', 'Status', 'Indicator', 'Problem', 'Hint', 'Explanation'],
};

const SEVERITY = { hard: { zh: '强制性', en: 'Hard' }, soft: { zh: '提示性', en: 'Soft' } } as const;
const CONSEQUENCE = { zh: '由此导致：', en: 'Which also gives: ' } as const;
const STATUS = { open: { zh: '未说明', en: 'Open' }, explained: { zh: '已说明', en: 'Explained' } } as const;

/** What issueRows needs of a file: a merge's FileRecord or a check's result both fit. */
export type IssueSource = Pick<FileRecord, 'file' | 'unitCode' | 'unitName' | 'sheet' | 'issues'>;

/** Every issue of every file, in file order. */
export function issueRows(files: readonly IssueSource[], lang: Lang = 'zh'): IssueRow[] {
  return files.flatMap((f) =>
    f.issues.map((i) => ({
      file: f.file,
      unitCode: f.unitCode ?? '',
      unitName: f.unitName ?? '',
      sheet: i.sheet ?? f.sheet ?? '',
      cell: i.cell ?? '',
      severity: SEVERITY[i.severity][lang],
      status: STATUS[i.status][lang],
      indicator: i.indicator ?? '',
      // What the mistake also causes (a rate pushed over 100) goes with it, not on a row of its own.
      message: [i.message[lang], ...(i.consequences ?? []).map((c) => `${CONSEQUENCE[lang]}${c.message[lang]}`)].join(' '),
      hint: i.hint[lang],
      explanation: i.explanation ?? '',
    })),
  );
}
