import { escapeXmlText } from '../xml-escape.js';

export type CellAlign = 'left' | 'center' | 'right';

/** A table to write as WordprocessingML: its head, column widths (relative) and alignment, and body rows. */
export interface OoxmlTable {
  head: readonly string[];
  widths: readonly number[];
  align: readonly CellAlign[];
  rows: readonly { texts: readonly string[]; level?: number; bold?: boolean }[];
}

/* Tables as Chinese reports set them (and as summary.docx does): 宋体 五号 (10.5 pt), digits in Times New Roman, single borders. */
const RUN_PROPS = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="宋体"/>';
const SIZE = '<w:sz w:val="21"/><w:szCs w:val="21"/>';
const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
const JC = { left: 'left', center: 'center', right: 'right' } as const;

function cellXml(text: string, width: number, align: CellAlign, options: { head?: boolean; bold?: boolean; level?: number }): string {
  // The draft's body style often indents first lines by two characters and sets exact line spacing: cells undo both.
  const indent = `<w:ind w:left="${(options.level ?? 0) * 420}" w:firstLine="0" w:firstLineChars="0"/>`;
  const shade = options.head ? '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>' : '';
  const bold = options.head || options.bold ? '<w:b/><w:bCs/>' : '';
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shade}<w:vAlign w:val="center"/></w:tcPr>` +
    `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>${indent}<w:jc w:val="${options.head ? 'center' : JC[align]}"/></w:pPr>` +
    `<w:r><w:rPr>${RUN_PROPS}${bold}${SIZE}</w:rPr><w:t xml:space="preserve">${escapeXmlText(text)}</w:t></w:r></w:p></w:tc>`
  );
}

/**
 * A bordered table across `textWidth` (twips), head row repeated on each page,
 * rows never split across pages, `其中` rows indented by level.
 */
export function ooxmlTable(table: OoxmlTable, textWidth: number): string {
  const scale = textWidth / table.widths.reduce((a, b) => a + b, 0);
  const widths = table.widths.map((w) => Math.floor(w * scale));
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('');
  const head = `<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>${table.head.map((h, i) => cellXml(h, widths[i], 'center', { head: true })).join('')}</w:tr>`;
  const body = table.rows
    .map((r) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${r.texts.map((t, i) => cellXml(t, widths[i], table.align[i] ?? 'left', { bold: r.bold, level: i === 0 ? r.level : 0 })).join('')}</w:tr>`)
    .join('');
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${borders}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${head}${body}</w:tbl>`
  );
}
