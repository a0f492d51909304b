import type { IndicatorKind } from '../spec/template-spec.js';
import type { CellNote, ReadCellResult } from './cell-reading.js';
import { hasFullWidthNumeric, toHalfWidth } from './half-width.js';
import { parseNumberToken, scaled } from './parse-number-token.js';

// \s covers NBSP, the ideographic space and other Unicode spaces; zero-width spaces come from copy-paste.
const EDGE_SPACE = /^[\s\u200b]+|[\s\u200b]+$/g;
/** Dashes of every width, `无`, `/`: how people write "none" in a statistics table. */
const NONE_MARKER = /^(?:[-\u2010-\u2015\u2212\u2500\u2501\ufe58\ufe63\uff0d]+|无|[/\uff0f]+)$/;
/** A date typed as text: `2024-6-30`, `2024/06/30`, `2024.6.30`, `2024年6月30日`. */
const DATE_TEXT = /^\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月(?:\d{1,2}日)?)$/;
/** One number with an optional unit word after it. */
const NUMBER_WITH_UNIT =
  /^([+-]?[\d.,]*\d[\d.,]*(?:[eE][+-]?\d+)?)\s*(%|万元|万(?:人次|家次|人|家|个|份|户|次|名|位|件)?|元\/人次|元\/人|元|人次|家次|人|家|个|份|户|次|名|位|件)?$/;
const APPROX_PREFIX = /^(?:约|大约|约为|大概|近|将近|接近|超过|逾|不足|不到|大于|小于|多于|少于|[<>≤≥≈~～])/;
const APPROX_SUFFIX = /(?:左右|多|余|以上|以下|上下|许|\+)(?:万元|万|元|人次|人|家|个|份|户|次|名|位|件)?$/;
const NUMBER_RUN = /\d+(?:[.,]\d+)*/g;
const DIGIT = /\d/;
const COUNT_UNITS = new Set(['人次', '家次', '人', '家', '个', '份', '户', '次', '名', '位', '件']);

const invalid = (text: string, note: CellNote): ReadCellResult => ({ reading: { state: 'invalid', text }, notes: [note] });
const hard = (code: CellNote['code'], params: CellNote['params']): CellNote => ({ code, severity: 'hard', params });
const soft = (code: CellNote['code'], params: CellNote['params']): CellNote => ({ code, severity: 'soft', params });

/**
 * Reads what a person typed as text into a value cell (DOMAIN.md "How numbers
 * arrive in cells"): read what is unambiguous and say so in a soft note; refuse
 * the ambiguous with a hard one. Whitespace inside a number is never a
 * thousands separator: `1 234` and `300 320` look alike, so both are refused as
 * two numbers.
 */
export function readTextCell(original: string, kind: IndicatorKind): ReadCellResult {
  const text = original.replace(EDGE_SPACE, '');
  if (text === '') return { reading: { state: 'empty' }, notes: [] };
  if (NONE_MARKER.test(text)) {
    return { reading: { state: 'none', marker: text }, notes: [soft('cell.none-marker', { text })] };
  }
  const half = toHalfWidth(text);
  if (DATE_TEXT.test(half)) return invalid(text, hard('cell.date', { text }));

  const match = NUMBER_WITH_UNIT.exec(half);
  if (match) return readNumberWithUnit(text, match[1], match[2], kind, original !== text, hasFullWidthNumeric(text));

  if (DIGIT.test(half) && (APPROX_PREFIX.test(half) || APPROX_SUFFIX.test(half))) {
    return invalid(text, hard('cell.approximate', { text }));
  }
  const runs = half.match(NUMBER_RUN);
  if (runs && runs.length >= 2) return invalid(text, hard('cell.multiple-numbers', { text, count: runs.length }));
  return invalid(text, hard('cell.not-a-number', { text }));
}

function readNumberWithUnit(
  text: string,
  numberText: string,
  unit: string | undefined,
  kind: IndicatorKind,
  trimmed: boolean,
  fullWidth: boolean,
): ReadCellResult {
  const token = parseNumberToken(numberText);
  if (!token.ok) return invalid(text, hard('cell.ambiguous-separator', { text }));

  let value = token.value;
  let unitNote: CellNote | undefined;
  if (unit === '%') {
    if (kind !== 'rate') return invalid(text, hard('cell.percent-not-rate', { text }));
    unitNote = soft('cell.percent-text', { text, value });
  } else if (unit === '万') {
    // In a 万元 cell a bare 万 may mean "in 万元" or "× 10000 yuan"; elsewhere it can only scale.
    if (kind === 'amount') return invalid(text, hard('cell.wan-ambiguous', { text, value }));
    if (kind === 'rate') return invalid(text, hard('cell.unit-mismatch', { text, unit }));
    value = scaled(value, 10_000);
    unitNote = soft('cell.wan-scaled', { text, value });
  } else if (unit !== undefined && unit.startsWith('万') && COUNT_UNITS.has(unit.slice(1))) {
    // `1.2万人`: ten thousands of a counted thing.
    if (kind !== 'count') return invalid(text, hard('cell.unit-mismatch', { text, unit: unit.slice(1) }));
    value = scaled(value, 10_000);
    unitNote = soft('cell.wan-scaled', { text, value });
  } else if (unit === '万元') {
    if (kind !== 'amount') return invalid(text, hard('cell.unit-mismatch', { text, unit }));
    unitNote = soft('cell.unit-text', { text, value, unit });
  } else if (unit === '元') {
    if (kind === 'amount') return invalid(text, hard('cell.yuan-not-wan', { text, value, wan: scaled(value, 1e-4) }));
    if (kind !== 'ratio') return invalid(text, hard('cell.unit-mismatch', { text, unit }));
    unitNote = soft('cell.unit-text', { text, value, unit });
  } else if (unit === '元/人次' || unit === '元/人') {
    if (kind !== 'ratio') return invalid(text, hard('cell.unit-mismatch', { text, unit }));
    unitNote = soft('cell.unit-text', { text, value, unit });
  } else if (unit !== undefined && COUNT_UNITS.has(unit)) {
    if (kind !== 'count') return invalid(text, hard('cell.unit-mismatch', { text, unit }));
    unitNote = soft('cell.unit-text', { text, value, unit });
  }

  // The specific notes say what was assumed; "number stored as text" only when nothing more specific applies.
  const notes: CellNote[] = [];
  if (trimmed) notes.push(soft('cell.trimmed', { text, value }));
  if (fullWidth) notes.push(soft('cell.full-width', { text, value }));
  if (token.grouped) notes.push(soft('cell.thousands-separator', { text, value }));
  if (unitNote) notes.push(unitNote);
  if (notes.length === 0) notes.push(soft('cell.number-as-text', { text, value }));
  return { reading: { state: 'number', value }, notes };
}
