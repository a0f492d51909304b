import type { TemplateSpec } from '../core/spec/template-spec.js';
import type { MergeReport } from '../core/merge/merge-report.js';
import { FIGURE_HEAD } from './figure-rows.js';
import { escapeMarkdownCell } from './markdown-escape.js';
import { DOCUMENT_HEADINGS, FIGURE_ALIGN, figureTexts, summaryDocument, TEXT_INDENT, unitTableAlign, type SummaryDocument } from './summary-document.js';

type Align = 'left' | 'center' | 'right';
const RULE: Record<Align, string> = { left: ':---', center: ':---:', right: '---:' };

function table(head: string[], align: readonly Align[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
  return [line(head), `| ${align.map((a) => RULE[a]).join(' | ')} |`, ...rows.map(line)];
}

/**
 * 汇总报告.md: what 汇总报告.docx holds, as markdown: the federation total as
 * pipe tables (one per section, numbers right-aligned, `其中：` rows indented),
 * the headline indicators by unit and subtotal (subtotals in bold) and the
 * report sentences. Every cell is escaped (`|`, `\`, `<`, `>`, `&`).
 */
export function buildSummaryMarkdown(
  report: MergeReport,
  spec: TemplateSpec,
  lang: 'zh' | 'en' = 'zh',
  /** Built once by writeOutputs for the three documents. */
  doc: SummaryDocument = summaryDocument(report, spec, lang),
): string {
  const headings = DOCUMENT_HEADINGS[lang];
  const out: string[] = [`# ${escapeMarkdownCell(doc.title)}`, '', escapeMarkdownCell(doc.subtitle), ''];
  // A template of several tables: each table's title one level above its sections.
  const tables = doc.sections.some((s) => s.tableHeading !== undefined);
  for (const section of doc.sections) {
    if (section.tableHeading !== undefined) out.push(`## ${escapeMarkdownCell(section.tableHeading)}`, '');
    out.push(`${tables ? '###' : '##'} ${escapeMarkdownCell(section.heading)}`, '');
    out.push(
      ...table(
        FIGURE_HEAD[lang],
        FIGURE_ALIGN,
        section.rows.map((r) => figureTexts(r, TEXT_INDENT)),
      ),
      '',
    );
  }
  out.push(`## ${escapeMarkdownCell(doc.units.heading)}`, '');
  out.push(
    ...table(
      doc.units.head,
      unitTableAlign(doc.units.head.length),
      doc.units.rows.map((r) => (r.emphasis ? r.texts.map((t) => `**${t}**`) : r.texts)),
    ),
    '',
  );
  if (doc.sentences.length > 0) {
    out.push(`## ${headings.sentences}`, '');
    for (const s of doc.sentences) out.push(escapeMarkdownCell(s), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
