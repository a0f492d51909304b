import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import { writeFileAtomic } from '../pipeline/io/atomic-write.js';

/*
 * A report writer's own draft (报告草稿), as a federation's staff would type it
 * in Word: 公文 styles (方正小标宋 title, 黑体 headings, 仿宋_GB2312 三号 body with
 * two-character first-line indents and exact 28 pt lines), figures as
 * placeholders, tables and charts in paragraphs of their own.
 */

const LATIN = 'Times New Roman';
const font = (eastAsia: string) => ({ ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia });
const TITLE = { font: font('方正小标宋简体'), size: 44 };
const HEADING = { font: font('黑体'), size: 32 };
const BODY = { font: font('仿宋_GB2312'), size: 32 };

/** The draft's text: `{…}` are placeholders; a paragraph that is one `{表:…}` or `{图:…}` is a block. */
export const SAMPLE_DRAFT: readonly { kind: 'title' | 'heading' | 'body'; text: string }[] = [
  { kind: 'title', text: '{单位名称}{年度}年工会统计工作报告' },
  { kind: 'heading', text: '一、组织建设' },
  {
    kind: 'body',
    text: '{年度}年，{范围}应建会单位{应建会单位数}家，已建会单位{已建会单位数}家，建会率为{建会率}，比上年（{建会率.上年}）{建会率.变化}；工会会员{工会会员数.万}人，比上年{工会会员数.同比}。',
  },
  { kind: 'body', text: '{表:组织建设}' },
  { kind: 'body', text: '{图:建会率}' },
  { kind: 'heading', text: '二、集体协商与民主管理' },
  {
    kind: 'body',
    text: '{范围}已建会企业集体协商建制率为{B03}，比上年{B03.变化}；共签订集体合同{签订集体合同份数}份，覆盖职工{集体合同覆盖职工数.万}人。',
  },
  { kind: 'body', text: '{图:集体协商建制率}' },
  { kind: 'heading', text: '三、帮扶工作' },
  {
    kind: 'body',
    text: '{范围}各级工会共筹集发放帮扶资金{帮扶资金合计}万元，同比{帮扶资金合计.同比}；帮扶慰问职工{帮扶慰问职工人次.万}人次，在档困难职工{在档困难职工户数}户。',
  },
  { kind: 'body', text: '{图:帮扶资金}' },
  { kind: 'heading', text: '四、各单位情况' },
  { kind: 'body', text: '{表:分单位}' },
  { kind: 'body', text: '{图:同比}' },
];

/** Placeholders are bold in the draft, as writers mark what gets filled: the filled figure keeps it. */
const PLACEHOLDER_RUN: Partial<IRunOptions> = { bold: true };

/**
 * One paragraph's runs. With `splitRuns`, each placeholder is typed as Word
 * often stores it: its braces and halves of its name in separate runs (one with
 * different properties), as after an autocorrect or a spelling mark.
 */
function runs(text: string, style: { font: ReturnType<typeof font>; size: number }, splitRuns: boolean): TextRun[] {
  const out: TextRun[] = [];
  for (const part of text.split(/(\{[^}]*\})/)) {
    if (!part) continue;
    const placeholder = part.startsWith('{');
    if (!placeholder) {
      out.push(new TextRun({ text: part, ...style }));
    } else if (!splitRuns) {
      out.push(new TextRun({ text: part, ...style, ...PLACEHOLDER_RUN }));
    } else {
      const name = part.slice(1, -1);
      const half = Math.max(1, Math.floor([...name].length / 2));
      const chars = [...name];
      out.push(
        new TextRun({ text: '{', ...style, ...PLACEHOLDER_RUN }),
        new TextRun({ text: chars.slice(0, half).join(''), ...style, ...PLACEHOLDER_RUN, noProof: true }),
        new TextRun({ text: chars.slice(half).join(''), ...style, ...PLACEHOLDER_RUN }),
        new TextRun({ text: '}', ...style, ...PLACEHOLDER_RUN }),
      );
    }
  }
  return out;
}

function paragraph(p: (typeof SAMPLE_DRAFT)[number], splitRuns: boolean): Paragraph {
  if (p.kind === 'title') return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: runs(p.text, TITLE, splitRuns) });
  if (p.kind === 'heading') return new Paragraph({ spacing: { before: 120, after: 60 }, keepNext: true, children: runs(p.text, HEADING, splitRuns) });
  return new Paragraph({
    indent: { firstLine: 640 },
    spacing: { line: 560, lineRule: LineRuleType.EXACT },
    alignment: AlignmentType.JUSTIFIED,
    children: runs(p.text, BODY, splitRuns),
  });
}

/** The sample draft as .docx bytes; `splitRuns` stores each placeholder across several runs. */
export async function buildSampleDraft(options: { splitRuns?: boolean } = {}): Promise<Uint8Array> {
  const document = new Document({
    creator: '示例市总工会',
    title: '工会统计工作报告（草稿）',
    styles: { default: { document: { run: BODY } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        children: SAMPLE_DRAFT.map((p) => paragraph(p, options.splitRuns ?? false)),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

export const SAMPLE_DRAFT_FILES = { plain: '报告草稿.docx', splitRuns: '报告草稿-分段.docx' } as const;

/** Writes both sample drafts into `dir` (default samples/ under the working directory). */
export async function makeSampleDrafts(dir = resolve('samples')): Promise<string[]> {
  const written: string[] = [];
  for (const [key, name] of Object.entries(SAMPLE_DRAFT_FILES)) {
    const path = resolve(dir, name);
    await writeFileAtomic(path, await buildSampleDraft({ splitRuns: key === 'splitRuns' }));
    written.push(path);
  }
  return written;
}

// Run directly (node dist/node/samples/make-draft.js [dir]) from the repository root.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  makeSampleDrafts(process.argv[2]).then(
    (paths) => process.stdout.write(`已生成样例报告草稿：${paths.join('、')}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
