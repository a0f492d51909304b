import { serialToIsoDate } from './excel-date.js';
import { isDateFormat } from './number-format.js';

/** Quoted text, escaped characters, padding (`_x`), fill (`*x`) and [colour]/[$-locale] blocks. */
const LITERAL = /"([^"]*)"|\\(.)|_.|\*.|\[[^\]]*\]/g;

/** Group 1 234 567 with commas. */
function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Excel's General: up to 11 significant digits, no trailing zeros. */
function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  return String(Number(value.toPrecision(11)));
}

/** Literal text of a format, unquoted. */
const unquote = (s: string) => s.replace(LITERAL, (m, quoted?: string, escaped?: string) => quoted ?? escaped ?? '');

/** One section of a format applied to a non-negative value: digits, grouping, decimals, percent, literal text around. */
function applySection(section: string, value: number): string | undefined {
  const percent = section.replace(LITERAL, '').includes('%');
  const v = percent ? value * 100 : value;
  const match = /[#0?,.]*[0#?][#0?,.]*/.exec(section.replace(LITERAL, (m) => ' '.repeat(m.length)));
  // A section of text alone (`"—"` for zero) shows that text.
  if (!match) return /[^\s]/.test(unquote(section)) ? unquote(section) : undefined;
  const pattern = match[0];
  const [intPart, fracPart = ''] = pattern.split('.');
  const decimals = (fracPart.match(/[0#?]/g) ?? []).length;
  const minDecimals = (fracPart.match(/0/g) ?? []).length;
  let text = v.toFixed(decimals);
  if (decimals > minDecimals) {
    // Optional decimals (#): trailing zeros beyond the required ones go.
    const [i, f = ''] = text.split('.');
    const trimmed = f.replace(/0+$/, '').padEnd(minDecimals, '0');
    text = trimmed ? `${i}.${trimmed}` : i;
  }
  let [digits, fraction] = text.split('.');
  const minInt = (intPart.match(/0/g) ?? []).length;
  if (digits === '0' && minInt === 0) digits = '';
  digits = digits.padStart(minInt, '0');
  if (intPart.includes(',')) digits = grouped(digits);
  const number = fraction !== undefined ? `${digits}.${fraction}` : digits;
  // Literal text before and after the number, unquoted.
  const start = section.replace(LITERAL, (m) => ' '.repeat(m.length)).indexOf(pattern);
  return unquote(section.slice(0, start)) + number + unquote(section.slice(start + pattern.length));
}

/**
 * A number as Excel shows it under its format code, for the sheet view of the
 * check page: `0.0` → `97.0`, `#,##0` → `1,234`, `0.0%` → `92.3%`, dates as
 * `YYYY-MM-DD`, General as up to 11 significant digits. Sections (`pos;neg;zero`)
 * are honoured; what this does not know (fractions, scientific) falls back to General.
 * @example formatNumber(97, '0.0') // '97.0'
 */
export function formatNumber(value: number, numFmt: string | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  if (!numFmt || /^general$/i.test(numFmt.trim()) || numFmt === '@') return general(value);
  if (isDateFormat(numFmt)) return serialToIsoDate(value);
  if (/[eE][+-]|\//.test(numFmt.replace(LITERAL, ''))) return general(value);
  const sections = numFmt.split(';');
  const negative = value < 0;
  const section = negative && sections.length > 1 ? sections[1] : value === 0 && sections.length > 2 ? sections[2] : sections[0];
  const body = applySection(section, Math.abs(value));
  if (body === undefined) return general(value);
  return negative && sections.length === 1 ? `-${body}` : body;
}
