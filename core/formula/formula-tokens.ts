import { createToken, Lexer, type TokenType } from 'chevrotain';

/*
 * The tokens of the formula language. Each symbol has its ASCII and its
 * mathematical spelling (<= and ≤, * and ×); full-width forms (（）＜＝) are
 * folded to ASCII before lexing, one character for one, so offsets still
 * point into the text the statistician typed.
 */

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n\u00a0]+/, group: Lexer.SKIPPED });
/** An indicator code: a letter and two digits, standing alone (A01, not A011 or A01x). */
export const Code = createToken({ name: 'Code', pattern: /[A-Za-z][0-9]{2}(?![0-9A-Za-z_\u4e00-\u9fa5])/ });
/** A function name: Latin or Chinese letters (abs, sum, 上年, 变化); unknown names are refused after parsing, by name. */
export const Name = createToken({ name: 'Name', pattern: /[A-Za-z_\u4e00-\u9fa5][A-Za-z0-9_\u4e00-\u9fa5]*/ });
export const NumberLiteral = createToken({ name: 'NumberLiteral', pattern: /[0-9]+(?:\.[0-9]+)?|\.[0-9]+/ });
export const Percent = createToken({ name: 'Percent', pattern: /%/ });
export const Plus = createToken({ name: 'Plus', pattern: /\+/ });
export const Minus = createToken({ name: 'Minus', pattern: /-|\u2212/ });
export const Times = createToken({ name: 'Times', pattern: /\*|\u00d7/ });
export const Divide = createToken({ name: 'Divide', pattern: /\/|\u00f7/ });
export const LessEqual = createToken({ name: 'LessEqual', pattern: /<=|\u2264/ });
export const GreaterEqual = createToken({ name: 'GreaterEqual', pattern: />=|\u2265/ });
export const NotEqual = createToken({ name: 'NotEqual', pattern: /<>|!=|\u2260/ });
export const Less = createToken({ name: 'Less', pattern: /</ });
export const Greater = createToken({ name: 'Greater', pattern: />/ });
export const Equal = createToken({ name: 'Equal', pattern: /==?/ });
export const LParen = createToken({ name: 'LParen', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', pattern: /\)/ });
export const Colon = createToken({ name: 'Colon', pattern: /:/ });
export const Comma = createToken({ name: 'Comma', pattern: /,|\u3001/ });

/** Longer and more specific patterns first: the lexer takes the first that matches. */
export const allTokens: TokenType[] = [
  WhiteSpace,
  Code,
  Name,
  NumberLiteral,
  Percent,
  Plus,
  Minus,
  Times,
  Divide,
  LessEqual,
  GreaterEqual,
  NotEqual,
  Less,
  Greater,
  Equal,
  LParen,
  RParen,
  Colon,
  Comma,
];

/** The comparison tokens, in the order of CompareOp's spelling. */
export const comparisonTokens = { le: LessEqual, lt: Less, eq: Equal, ge: GreaterEqual, gt: Greater, ne: NotEqual } as const;

let lexer: Lexer | undefined;

/** One lexer for the process: building it analyses every pattern once. */
export function formulaLexer(): Lexer {
  lexer ??= new Lexer(allTokens, { positionTracking: 'onlyOffset', ensureOptimizations: false });
  return lexer;
}

/** Full-width ASCII forms (＜＝（）％，：Ａ０１) and the ideographic space to their ASCII twins, one character for one. */
export function foldFullWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}
