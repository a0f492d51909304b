import type { TemplateSpec } from '../core/spec/template-spec.js';
import type { MergeReport } from '../core/merge/merge-report.js';
import { FIGURE_HEAD } from './figure-rows.js';
import { escapeHtml } from './html-escape.js';
import type { PlacedChart } from './charts/summary-chart-places.js';
import { DOCUMENT_HEADINGS, FIGURE_ALIGN, figureTexts, summaryDocument, TEXT_INDENT, unitTableAlign, type SummaryDocument } from './summary-document.js';

/*
 * Inline styles only: Word and WPS keep inline styles when a table is pasted
 * and drop <style> blocks unevenly. `mso-` properties are what Word itself
 * writes when it saves HTML; browsers ignore them.
 */
const FONT_BODY = "font-family:'仿宋','FangSong','仿宋_GB2312',serif";
const FONT_TABLE = "font-family:'宋体','SimSun',serif";
const TABLE = `border-collapse:collapse;width:100%;mso-table-layout-alt:fixed;mso-border-alt:solid windowtext .5pt;mso-padding-alt:0 4pt 0 4pt;${FONT_TABLE};font-size:10.5pt`;
const CELL = 'border:.5pt solid windowtext;mso-border-alt:solid windowtext .5pt;padding:2pt 4pt;vertical-align:middle';
const HEAD_CELL = `${CELL};text-align:center;font-weight:bold;background:#f2f2f2`;
const EMPHASIS = 'font-weight:bold;background:#f2f2f2';
const ALIGN = { left: 'text-align:left', center: 'text-align:center', right: 'text-align:right' } as const;
type Align = keyof typeof ALIGN;

function tableHtml(head: string[], align: readonly Align[], rows: string[][], emphasis: readonly boolean[] = []): string {
  const th = head.map((h) => `<th style="${HEAD_CELL}">${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map((r, n) => `<tr>${r.map((c, i) => `<td style="${CELL};${ALIGN[align[i] ?? 'left']}${emphasis[n] ? `;${EMPHASIS}` : ''}">${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table border="1" cellspacing="0" cellpadding="0" width="100%" style="${TABLE}">\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/**
 * A chart as inline SVG (no script, prints as drawn), scaled down to the page's
 * width when narrower, captioned below (图1 …) as Chinese reports caption figures.
 */
function figureHtml(placed: PlacedChart): string {
  const svg = placed.svg.replace(/^<svg /, '<svg style="max-width:100%;height:auto" ');
  return (
    `<figure style="margin:12pt 0;text-align:center;page-break-inside:avoid;break-inside:avoid">\n${svg}\n` +
    `<figcaption style="font-family:'黑体','SimHei',sans-serif;font-size:10.5pt;margin-top:4pt">${escapeHtml(placed.caption)}</figcaption>\n</figure>`
  );
}

/**
 * 汇总报告.html: a standalone UTF-8 page (no script, no external resource)
 * whose tables paste cleanly into Word and WPS: the total by section, the
 * headline indicators by unit and subtotal, the report sentences, the charts
 * as inline SVG after the tables they illustrate; nothing of
 * the process (报送情况 and notes are in 报送情况.xlsx). Every text is
 * HTML-escaped, including the unit names that came from submissions.
 */
export function buildSummaryHtml(
  report: MergeReport,
  spec: TemplateSpec,
  lang: 'zh' | 'en' = 'zh',
  /** Built once by writeOutputs for the three documents. */
  doc: SummaryDocument = summaryDocument(report, spec, lang),
): string {
  const headings = DOCUMENT_HEADINGS[lang];
  const h2 = (text: string) => `<h2 style="${FONT_BODY};font-size:16pt;font-weight:bold;margin:18pt 0 6pt">${escapeHtml(text)}</h2>`;
  const p = (text: string) => `<p style="${FONT_BODY};font-size:14pt;line-height:1.6;text-indent:2em;margin:0 0 6pt">${escapeHtml(text)}</p>`;
  const parts: string[] = [
    `<h1 style="font-family:'方正小标宋简体','黑体','SimHei',sans-serif;font-size:20pt;text-align:center;margin:0 0 6pt">${escapeHtml(doc.title)}</h1>`,
    `<p style="${FONT_BODY};font-size:12pt;text-align:center;margin:0 0 12pt">${escapeHtml(doc.subtitle)}</p>`,
  ];
  const h3 = (text: string) => `<h3 style="${FONT_BODY};font-size:14pt;font-weight:bold;margin:12pt 0 6pt">${escapeHtml(text)}</h3>`;
  // A template of several tables: each table's title one level above its sections.
  const tables = doc.sections.some((s) => s.tableHeading !== undefined);
  for (const section of doc.sections) {
    if (section.tableHeading !== undefined) parts.push(h2(section.tableHeading));
    parts.push(
      (tables ? h3 : h2)(section.heading),
      tableHtml(
        FIGURE_HEAD[lang],
        FIGURE_ALIGN,
        section.rows.map((r) => figureTexts(r, TEXT_INDENT)),
      ),
      ...section.charts.map(figureHtml),
    );
  }
  parts.push(
    h2(doc.units.heading),
    tableHtml(
      doc.units.head,
      unitTableAlign(doc.units.head.length),
      doc.units.rows.map((r) => r.texts),
      doc.units.rows.map((r) => r.emphasis),
    ),
  );
  if (doc.sentences.length > 0) parts.push(h2(headings.sentences), ...doc.sentences.map(p));
  parts.push(...doc.sentenceCharts.map(figureHtml));
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="generator" content="unionstat">',
    `<title>${escapeHtml(doc.title)}</title>`,
    '</head>',
    `<body style="${FONT_BODY};font-size:14pt;margin:24pt">`,
    ...parts,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
