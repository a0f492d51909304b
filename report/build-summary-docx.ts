import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  LineRuleType,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
} from 'docx';
import { unzipSync } from 'fflate';
import type { TemplateSpec } from '../core/spec/template-spec.js';
import type { MergeReport } from '../core/merge/merge-report.js';
import { FIGURE_HEAD } from './figure-rows.js';
import { planTableStamp, stampTables, type TableStamp } from './stamp-table-rows.js';
import { DOCUMENT_HEADINGS, FIGURE_ALIGN, figureTexts, summaryDocument, unitTableAlign, type ColumnAlign, type SummaryDocument } from './summary-document.js';
import { dropXmlForbidden } from './xml-escape.js';
import { fflateDeflater } from './fflate-deflater.js';
import { PNG_SCALE, type RasterisePng } from './charts/chart-picture.js';
import type { PlacedChart } from './charts/summary-chart-places.js';
import type { PartDeflater } from './zip-parts.js';

/*
 * Chinese report conventions: 宋体 in tables (五号 10.5pt), 仿宋 for body text
 * (四号 14pt), 黑体 for headings. Latin text and digits in Times New Roman.
 * Font sizes below are in half-points, as Word stores them.
 */
const LATIN = 'Times New Roman';
const font = (eastAsia: string) => ({ ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia });
const SONG = font('宋体');
const FANGSONG = font('仿宋');
const HEI = font('黑体');
const SIZE = { title: 44, heading: 32, body: 28, table: 21 } as const;

/** A4 portrait with 2.54 cm / 3.17 cm margins; the text width tables fill. */
const PAGE = { width: 11906, height: 16838, marginTop: 1440, marginBottom: 1440, marginSide: 1800 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.marginSide;

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const CELL_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };
const TABLE_BORDERS = { ...CELL_BORDERS, insideHorizontal: LINE, insideVertical: LINE };

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

interface CellSpec {
  text: string;
  align: ColumnAlign;
  /** `其中` depth: indented two characters per level. */
  level?: number;
  bold?: boolean;
}

function cell(spec: CellSpec, width: number, head = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: CELL_BORDERS,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80, top: 20, bottom: 20 },
    ...(head || spec.bold ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } } : {}),
    children: [
      new Paragraph({
        alignment: ALIGN[spec.align],
        indent: spec.level ? { left: spec.level * 2 * SIZE.table * 10 } : undefined,
        children: [new TextRun({ text: dropXmlForbidden(spec.text), font: SONG, size: SIZE.table, bold: spec.bold })],
      }),
    ],
  });
}

/** A body row: its cell texts in column order, the `其中` depth, which indents its first cell, and whether it is a subtotal (bold, shaded). */
interface BodyRow {
  texts: readonly string[];
  level?: number;
  emphasis?: boolean;
}

/** A table whose body cells take their column's alignment. */
function table(head: string[], widths: number[], align: readonly ColumnAlign[], rows: readonly BodyRow[]): Table {
  const scale = TEXT_WIDTH / widths.reduce((a, b) => a + b, 0);
  const twips = widths.map((w) => Math.floor(w * scale));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: twips,
    borders: TABLE_BORDERS,
    rows: [
      new TableRow({
        tableHeader: true,
        children: head.map((h, i) => cell({ text: h, align: 'center', bold: true }, twips[i], true)),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.texts.map((text, i) => cell({ text, align: align[i], level: i === 0 ? r.level : undefined, bold: r.emphasis || undefined }, twips[i])),
          }),
      ),
    ],
  });
}

/**
 * The body rows for the library to render: all of `rows` when `stamps` is
 * undefined; otherwise one prototype row per shape, whose stamp is added to
 * `stamps`. A body row's markup differs from another's only by its level (see
 * cell(): alignment is per column, bold and shading in the head and on subtotals), so the
 * level and emphasis are its shape (level + EMPHASIS_SHAPE when emphasised).
 */
const EMPHASIS_SHAPE = 1000;
function rowsToRender(rows: readonly BodyRow[], columns: number, stamps: TableStamp[] | undefined): readonly BodyRow[] {
  if (!stamps) return rows;
  const { prototypes, stamp } = planTableStamp(columns, rows.map((r) => ({ shape: (r.level || 0) + (r.emphasis ? EMPHASIS_SHAPE : 0), texts: r.texts })));
  if (stamp) stamps.push(stamp);
  return prototypes.map((p) => ({ texts: p.markers, level: p.shape % EMPHASIS_SHAPE, emphasis: p.shape >= EMPHASIS_SHAPE || undefined }));
}

function heading(text: string): Paragraph {
  return new Paragraph({
    spacing: { before: 240, after: 120 },
    keepNext: true,
    children: [new TextRun({ text: dropXmlForbidden(text), font: HEI, size: SIZE.heading })],
  });
}

function body(text: string): Paragraph {
  return new Paragraph({
    indent: { firstLine: 2 * SIZE.body * 10 },
    spacing: { line: 560, lineRule: LineRuleType.EXACT },
    alignment: AlignmentType.JUSTIFIED,
    children: [new TextRun({ text: dropXmlForbidden(text), font: FANGSONG, size: SIZE.body })],
  });
}

/** CSS pixels (96 dpi) per twip: pictures are sized in pixels, the page in twips. */
const TWIPS_PER_PX = 15;

/**
 * A chart as a centred picture (SVG for Word 2016+, its PNG for Word 2013 and
 * WPS), no wider than the text, kept with its caption below (图1 …, 黑体 五号).
 */
function chartParagraphs(placed: PlacedChart, png: Uint8Array): Paragraph[] {
  const scale = Math.min(1, TEXT_WIDTH / TWIPS_PER_PX / placed.chart.width);
  const size = { width: Math.floor(placed.chart.width * scale), height: Math.round(placed.chart.height * scale) };
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120 },
      children: [
        new ImageRun({
          type: 'svg',
          data: new TextEncoder().encode(placed.svg),
          fallback: { type: 'png', data: png },
          transformation: size,
          altText: { name: placed.caption, description: placed.caption, title: placed.caption },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: dropXmlForbidden(placed.caption), font: HEI, size: SIZE.table })],
    }),
  ];
}

/** What the docx library's Packer zips: the package's parts by path, XML as text. */
type CompiledParts = Map<string, string | Uint8Array>;

/**
 * The package's parts as the docx library compiles them, before it zips them.
 * Why its private `Packer.compiler`: Packer.toBuffer is zip(compile(document))
 * (docx 9.15, Packer.pack) with the library's own JavaScript deflate, which
 * cost ~60-100 ms while cold for a city's summary.docx, only for the stamping to
 * inflate every part again (~20-30 ms) before zipping once more. Tests hold
 * every part to what toBuffer writes; a docx release without the member, or
 * whose member returns something else, falls back to unzipping what toBuffer
 * wrote (slower, same parts), never to a failure.
 */
async function compiledParts(document: Document): Promise<CompiledParts> {
  const compiler = (Packer as unknown as { compiler?: { compile?: (file: Document) => unknown } }).compiler;
  const compiled = typeof compiler?.compile === 'function' ? compiler.compile(document) : undefined;
  // Only what docx 9.15 returns is taken: parts by path, document.xml as text.
  if (compiled instanceof Map && typeof compiled.get('word/document.xml') === 'string') return compiled as CompiledParts;
  return new Map(Object.entries(unzipSync(new Uint8Array(await Packer.toArrayBuffer(document)))));
}

/**
 * The pictures' drawing ids numbered 1, 2… in document order. The docx library
 * draws them from a counter that lives as long as the process, so a second
 * document built in the same process (the page, a test) would differ in them.
 */
function numberDrawings(parts: CompiledParts): void {
  const xml = parts.get('word/document.xml');
  if (typeof xml !== 'string') return;
  let id = 0;
  parts.set('word/document.xml', xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++id}"`));
}

export interface SummaryDocxOptions {
  /**
   * Body rows of the figure and 报送情况 tables copied from library-rendered
   * prototype rows (default, see stamp-table-rows.ts) or each rendered by the
   * docx library: the two give the same document.xml; the second is kept so
   * tests can hold them to that.
   */
  rows?: 'stamped' | 'library';
  /** What the document shows, when already built (writeOutputs builds it once for docx, html and md). */
  document?: SummaryDocument;
  /** How the package's parts are deflated: the shell's (node:zlib in the CLI); fflate by default. */
  deflater?: PartDeflater;
  /**
   * Draws the charts' PNG fallbacks (sharp in the CLI, a canvas in the page).
   * Without it the document has no charts: Word 2013 and WPS show no SVG alone.
   */
  rasterise?: RasterisePng;
}

/**
 * 汇总报告.docx: the title, the federation total as one bordered full-width
 * table per section (指标 | 单位 | 本年 | 上年 | 增减 | 增减幅度, `其中：` rows
 * indented, numbers right-aligned and formatted once by format-figure, 增减幅度
 * in words), the headline indicators by unit and subtotal, and the report
 * sentences: only what goes into a report (报送情况 and notes are in 报送情况.xlsx);
 * with a rasteriser, the charts after the tables they illustrate (同比 after the
 * sentences), captioned 图1, 图2….
 */
export async function buildSummaryDocx(
  report: MergeReport,
  spec: TemplateSpec,
  lang: 'zh' | 'en' = 'zh',
  options: SummaryDocxOptions = {},
): Promise<Uint8Array> {
  const doc = options.document ?? summaryDocument(report, spec, lang);
  const headings = DOCUMENT_HEADINGS[lang];
  const placed = options.rasterise ? [...doc.sections.flatMap((s) => s.charts), ...doc.sentenceCharts] : [];
  // Drawn side by side: the rasteriser may use threads of its own (libvips does).
  const pngs = new Map(await Promise.all(placed.map(async (p) => [p, await options.rasterise!(p.svg, { width: p.chart.width, height: p.chart.height, scale: PNG_SCALE })] as const)));
  const charts = (list: PlacedChart[]) => list.flatMap((p) => (pngs.has(p) ? chartParagraphs(p, pngs.get(p)!) : []));
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: dropXmlForbidden(doc.title), font: HEI, size: SIZE.title })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: dropXmlForbidden(doc.subtitle), font: FANGSONG, size: 24 })],
    }),
  ];
  // Stamped: the library renders prototype rows of markers, copied per row after packing.
  const stamps: TableStamp[] | undefined = options.rows === 'library' ? undefined : [];
  for (const section of doc.sections) {
    // A template of several tables: each table's title before its first section.
    if (section.tableHeading !== undefined) children.push(heading(section.tableHeading));
    children.push(
      heading(section.heading),
      table(
        FIGURE_HEAD[lang],
        // 增减幅度 wide enough for `下降0.3个百分点` on one line.
        [27, 8, 13, 13, 11, 26],
        FIGURE_ALIGN,
        rowsToRender(
          section.rows.map((r) => ({ texts: figureTexts(r), level: r.level })),
          FIGURE_ALIGN.length,
          stamps,
        ),
      ),
      ...charts(section.charts),
    );
  }
  const unitAlign = unitTableAlign(doc.units.head.length);
  children.push(
    heading(doc.units.heading),
    table(
      doc.units.head,
      // The unit's name, then the rates; an amount (帮扶资金合计) needs room for `2,567.42`.
      [24, ...doc.units.head.slice(1).map((h) => (/[（(].+[）)]$/.test(h) ? 15 : 11))],
      unitAlign,
      rowsToRender(doc.units.rows.map((r) => ({ texts: r.texts, emphasis: r.emphasis })), unitAlign.length, stamps),
    ),
  );
  if (doc.sentences.length > 0) children.push(heading(headings.sentences), ...doc.sentences.map(body));
  children.push(...charts(doc.sentenceCharts));

  const document = new Document({
    creator: 'unionstat',
    title: dropXmlForbidden(doc.title),
    styles: {
      default: {
        document: { run: { font: FANGSONG, size: SIZE.body }, paragraph: {} },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginSide, right: PAGE.marginSide },
          },
        },
        children,
      },
    ],
  });
  if (!stamps?.length) return new Uint8Array(await Packer.toArrayBuffer(document));
  const parts = await compiledParts(document);
  if (placed.length > 0) numberDrawings(parts);
  return stampTables(parts, stamps, options.deflater ?? fflateDeflater);
}
