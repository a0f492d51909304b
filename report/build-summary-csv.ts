import { roundHalfAwayFromZero } from '../core/consolidate/decimal-rounding.js';
import { GROWTH_DECIMALS } from '../core/consolidate/format-figure.js';
import type { FigureGroup } from '../core/consolidate/summary-model.js';
import type { TemplateSpec } from '../core/spec/template-spec.js';
import { isMultiTable, tableOfIndicator } from '../core/spec/spec-tables.js';
import type { MergeReport } from '../core/merge/merge-report.js';
import { csvField, csvRecord, type CsvValue } from './csv-cell.js';

/** The first column of a template of several tables: the table's id (表一, 表二 …). */
export const CSV_TABLE_HEAD = '表';

export const CSV_HEAD = ['单位代码', '单位名称', '代码', '指标', '计量单位', '本年', '上年', '增减', '增长(%)'];

/** Excel opens UTF-8 CSV as UTF-8 only with a byte-order mark. */
const BOM = '\uFEFF';

function rounded(value: number | null, decimals: number): number | null {
  return value === null ? null : roundHalfAwayFromZero(value, decimals);
}

function groupRecords(group: FigureGroup, indicators: readonly { ind: TemplateSpec['indicators'][number]; fields: string }[], lead: readonly string[]): string {
  // The unit's and each indicator's text fields are the same on every record: escaped once, not per record.
  const unit = `${csvField(group.key)},${csvField(group.label)},`;
  let out = '';
  for (const [i, { ind, fields }] of indicators.entries()) {
    const f = group.figures[ind.code];
    const numbers: CsvValue[] = [
      rounded(f?.current ?? null, ind.decimals),
      rounded(f?.prior ?? null, ind.decimals),
      // Rates: the change in 百分点; growth does not apply.
      rounded(f?.change ?? null, ind.decimals),
      rounded(f?.growthPercent ?? null, GROWTH_DECIMALS),
    ];
    out += lead[i] + unit + fields + csvRecord(numbers);
  }
  return out;
}

/**
 * summary.csv: long format, one record per unit × indicator, then the kind
 * subtotals and the federation total; UTF-8 with BOM, CRLF, RFC 4180 quoting.
 * Numbers are plain numbers rounded to the indicator's decimals (no separators),
 * an empty figure an empty field; text fields that could run as a formula are
 * prefixed with `'`.
 */
export function buildSummaryCsv(report: MergeReport, spec: TemplateSpec): string {
  return [...summaryCsvPieces(report, spec)].join('');
}

/** About how many characters each piece of summaryCsvPieces holds. */
const PIECE = 1 << 16;

/** summary.csv's text in pieces of whole records: a national one is ~7 MB, written without being held whole. */
export function* summaryCsvPieces(report: MergeReport, spec: TemplateSpec): Generator<string> {
  const { summary } = report;
  const groups = [...summary.byUnit, ...summary.byKind, summary.total];
  // A template of several tables leads each record with its table's id; one table's csv stays as it is.
  const multi = isMultiTable(spec);
  const table = (code: string) => (multi ? `${csvField(tableOfIndicator(spec, code).id)},` : '');
  const indicators = spec.indicators.map((ind) => ({ ind, fields: `${[ind.code, ind.name.zh, ind.unit.zh].map(csvField).join(',')},` }));
  const lead = indicators.map(({ ind }) => table(ind.code));
  let piece = BOM + csvRecord(multi ? [CSV_TABLE_HEAD, ...CSV_HEAD] : CSV_HEAD);
  for (const group of groups) {
    piece += groupRecords(group, indicators, lead);
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}
