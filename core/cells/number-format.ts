/**
 * What an Excel number format code says about its cell: a date, or a percent.
 * Formats repeat across a sheet, so answers are cached by format code.
 */

const QUOTED = /"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g;
const DATE_TOKENS = /[ymdhs]/i;
const GENERAL = /general/gi;

const dateCache = new Map<string, boolean>();
const percentCache = new Map<string, boolean>();

/** Literal text, escapes, fill/padding characters and [colour]/[$-locale] blocks say nothing about the value. */
function formatTokens(numFmt: string): string {
  return numFmt.replace(QUOTED, '').replace(GENERAL, '');
}

/** `yyyy-mm-dd`, `yyyy"年"m"月"d"日"`, `h:mm` … ; not `0.0%`, `#,##0`, `General`, `0.00E+00`. */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  let answer = dateCache.get(numFmt);
  if (answer === undefined) {
    answer = DATE_TOKENS.test(formatTokens(numFmt));
    dateCache.set(numFmt, answer);
  }
  return answer;
}

/** `0.0%`, `0%`; not `0.0"%"` (a literal percent sign changes nothing in the stored value). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  let answer = percentCache.get(numFmt);
  if (answer === undefined) {
    answer = formatTokens(numFmt).includes('%');
    percentCache.set(numFmt, answer);
  }
  return answer;
}
