import type { MergeReport } from '../core/merge/merge-report.js';
import type { TemplateSpec } from '../core/spec/template-spec.js';
import { addTableSheet } from './add-table-sheet.js';
import { chaseRows, unitFeedback, type UnitFeedback } from './feedback-rows.js';
import { partsWorkbook } from './parts-workbook.js';
import { summaryTitle } from './summary-title.js';
import type { CreateWorkbook } from './workbook-target.js';

/** The names of the feedback: the folder under --out (or the zip), the chase list, and each unit's file. */
export const FEEDBACK_FILES = {
  folder: '审核意见',
  list: '催报退改清单.xlsx',
  /** `审核意见_990104_示例市北山区总工会.xlsx`: characters Windows refuses in a file name become `_`. */
  unit: (code: string, name: string) => `审核意见_${code}_${name}.xlsx`.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_'),
} as const;

/** One feedback file: its name (within the feedback folder) and bytes. */
export interface FeedbackFile {
  name: string;
  bytes: Uint8Array;
}

const CHASE_HEAD = ['单位代码', '单位名称', '类别', '事项', '报送状态', '强制性错误', '待说明', '填报人', '联系电话', '联系人来源', '审核意见文件'];
const ISSUE_HEAD = ['序号', '文件', '单元格', '指标', '填报值', '审核类别', '问题', '修改意见', '审核规则'];

async function unitWorkbook(feedback: UnitFeedback, title: string, createWorkbook: CreateWorkbook): Promise<Uint8Array> {
  const target = createWorkbook();
  addTableSheet(
    target.workbook,
    '审核意见',
    ISSUE_HEAD,
    feedback.issues.map((i, n) => ({ cells: [n + 1, i.file, i.address, i.indicator, i.value, i.severity, i.problem, i.todo, i.rule] })),
    {
      widths: [5, 18, 14, 6, 10, 12, 36, 30, 26],
      numeric: [true, false, false, false, true, false, false, false, false],
      wrap: [false, true, false, false, false, true, true, true, true],
      freezeColumns: 1,
      print: { orientation: 'landscape', title: `${feedback.unit.name}（${feedback.unit.code}）${title}审核意见` },
    },
  );
  await target.workbook.commit();
  return target.bytes();
}

/**
 * The feedback of a merge, as files: for every unit with something to fix in
 * what it sent, one 审核意见 workbook (each issue with its cell, the value
 * there, what is wrong, what to do and the rule), and the 催报/退改 list of
 * every unit to chase with its 填报人 and 联系电话 (from its file, else last
 * year's). Bytes only: the CLI writes them into a folder (`--feedback`), the
 * 汇总 page zips them. Every sheet prints on A4. The list comes first.
 */
export async function buildFeedback(report: MergeReport, spec: TemplateSpec, createWorkbook: CreateWorkbook = partsWorkbook()): Promise<FeedbackFile[]> {
  const title = summaryTitle(report.summary, spec, 'zh').replace(/汇总$/, '');
  const feedback = unitFeedback(report, spec);
  const fileOf = new Map(feedback.map((f) => [f.unit.code, FEEDBACK_FILES.unit(f.unit.code, f.unit.name)]));
  const list = createWorkbook();
  addTableSheet(
    list.workbook,
    '催报退改清单',
    CHASE_HEAD,
    chaseRows(report).map((r) => ({ cells: [r.code, r.name, r.kind, r.action, r.status, r.hard, r.soft, r.preparer, r.phone, r.contactFrom, fileOf.get(r.code) ?? ''] })),
    {
      widths: [9, 26, 6, 8, 12, 8, 7, 8, 14, 9, 40],
      numeric: [false, false, false, false, false, true, true, false, false, false, false],
      freezeColumns: 2,
      print: { orientation: 'landscape', title: `${title}催报退改清单` },
    },
  );
  await list.workbook.commit();
  const files: FeedbackFile[] = [{ name: FEEDBACK_FILES.list, bytes: list.bytes() }];
  for (const f of feedback) files.push({ name: fileOf.get(f.unit.code)!, bytes: await unitWorkbook(f, title, createWorkbook) });
  return files;
}
