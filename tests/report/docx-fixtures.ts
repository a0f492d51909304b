import { SaxesParser } from 'saxes';
import type { MergeReport } from '../../core/merge/merge-report.js';
import { sampleMergeReport } from '../support/sample-merge-report.js';

/*
 * For the 汇总报告.docx tests: a national-size report with hostile unit names,
 * and a reader of document.xml's tables through a conforming XML parser.
 */

/** A table row as a conforming XML parser reads it: its element structure and each cell's text. */
export interface ParsedRow {
  /** Names of the row's elements below <w:tr>, depth-first (the markup without the text). */
  structure: string[];
  /** Names of the children of <w:trPr>. */
  props: string[];
  cells: string[];
}

/** Parses document.xml (throws if it is not well-formed) into its tables' rows. */
export function parseTables(xml: string): ParsedRow[][] {
  const parser = new SaxesParser({ xmlns: false });
  const tables: ParsedRow[][] = [];
  const stack: string[] = [];
  let row: ParsedRow | undefined;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    stack.push(tag.name);
    if (tag.name === 'w:tbl') tables.push([]);
    else if (tag.name === 'w:tr') row = { structure: [], props: [], cells: [] };
    else if (row) {
      row.structure.push(tag.name);
      if (stack[stack.length - 2] === 'w:trPr') row.props.push(tag.name);
      if (tag.name === 'w:tc') row.cells.push('');
    }
  });
  parser.on('text', (text) => {
    if (row && stack[stack.length - 1] === 'w:t') row.cells[row.cells.length - 1] += text;
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    if (tag.name === 'w:tr' && row) {
      tables[tables.length - 1].push(row);
      row = undefined;
    }
  });
  parser.write(xml).close();
  return tables;
}

/** Unit names as they arrive from submissions and rosters, markup, formulas and control characters included. */
export const HOSTILE_NAMES: [string, string][] = [
  [`=cmd|' /C calc'!A0`, `=cmd|' /C calc'!A0`],
  ['=HYPERLINK("http://x","y")', '=HYPERLINK("http://x","y")'],
  ['<w:t>&"总工会"</w:t></w:r></w:p></w:tc></w:tr><w:tr>', '<w:t>&"总工会"</w:t></w:r></w:p></w:tc></w:tr><w:tr>'],
  [']]><!-- x -->', ']]><!-- x -->'],
  ['响\u0001铃\u0008工\u000B会\u001F\uFFFE\uFFFF\uD800', '响铃工会'],
  ['  前后有空格\t😀𠀀  ', '  前后有空格\t😀𠀀  '],
  ['STAMP00000000000000000000000000000000C0', 'STAMP00000000000000000000000000000000C0'],
];

/**
 * The sample report with `n` status rows: its own seven, then units named from
 * HOSTILE_NAMES and numbered counties; each added unit also has figures (a copy
 * of a sample unit's) in summary.byUnit, as a 县区, so the table by unit is as long.
 */
export function nationalReport(n: number): MergeReport {
  const report = sampleMergeReport();
  const [first, second] = report.statuses;
  const figures = report.summary.byUnit[0];
  for (let i = 0; report.statuses.length < n; i++) {
    const hostile = HOSTILE_NAMES[i % (HOSTILE_NAMES.length * 3)]?.[0];
    report.statuses.push({
      ...(i % 2 ? second : first),
      code: `9${String(i).padStart(5, '0')}`,
      name: hostile ?? `第${i + 1}县总工会`,
      files: [hostile ? `县区/${hostile}.xlsx` : `县区/第${i + 1}县.xlsx`],
      counts: { hard: i % 3, soft: i % 5, explained: i % 7 },
    });
    report.summary.byUnit.push({ ...figures, key: `9${String(i).padStart(5, '0')}`, label: hostile ?? `第${i + 1}县总工会` });
  }
  return report;
}

/** The text a reader of the document should see for a submitted text. */
export function shown(text: string): string {
  for (const [sent, seen] of HOSTILE_NAMES) text = text.split(sent).join(seen);
  return text;
}
