import { EOF, type IRecognitionException, type IToken } from 'chevrotain';
import type { FormulaNode, ParsedFormula } from './formula-ast.js';
import { formulaError, type FormulaError } from './formula-error.js';
import { formulaGrammar } from './formula-grammar.js';
import { foldFullWidth, formulaLexer, LParen, RParen } from './formula-tokens.js';

/** `comparison`: a 审核公式 (`A02 <= A01`); `expression`: a 计算公式 (`A02 / A01 * 100`). */
export type FormulaMode = 'comparison' | 'expression';

export type ParseFormulaResult = { ok: true; formula: ParsedFormula } | { ok: false; error: FormulaError };

/** The first parse fault in words a statistician acts on: where, and what is missing or out of place. */
function syntaxError(error: IRecognitionException, text: string, tokens: readonly IToken[]): FormulaError {
  const token = error.token;
  const atEnd = token.tokenType === EOF || Number.isNaN(token.startOffset);
  // Parentheses still open where the parse stopped: a ')' is what is missing there.
  let open = 0;
  for (const t of tokens) {
    if (!atEnd && t.startOffset >= token.startOffset) break;
    open += t.tokenType === LParen ? 1 : t.tokenType === RParen ? -1 : 0;
  }
  if (atEnd) {
    const at = text.trimEnd().length;
    return open > 0 ? formulaError('formula.missing-paren', at) : formulaError('formula.incomplete', at);
  }
  if (error.name === 'NotAllInputParsedException' && token.tokenType === RParen) {
    return formulaError('formula.extra-paren', token.startOffset);
  }
  if (error.name === 'MismatchedTokenException' && open > 0) return formulaError('formula.missing-paren', token.startOffset);
  return formulaError('formula.unexpected', token.startOffset, { token: token.image });
}

/**
 * Parses a formula's text (never evaluated as code). Faults come back as data
 * with their character position; names and codes are checked against a spec
 * separately (validateFormula).
 * @example parseFormula('A02 <= A01', 'comparison') // { ok: true, formula: { kind: 'comparison', … } }
 */
export function parseFormula(text: string, mode: FormulaMode): ParseFormulaResult {
  const folded = foldFullWidth(text);
  if (folded.trim() === '') return { ok: false, error: formulaError('formula.empty', 0) };
  const lexed = formulaLexer().tokenize(folded);
  if (lexed.errors.length > 0) {
    const at = lexed.errors[0].offset;
    return { ok: false, error: formulaError('formula.unknown-char', at, { char: text.charAt(at) }) };
  }
  const grammar = formulaGrammar();
  grammar.input = lexed.tokens;
  const top = grammar.formula();
  if (grammar.errors.length > 0) return { ok: false, error: syntaxError(grammar.errors[0], folded, lexed.tokens) };
  if (mode === 'expression') {
    if (top.comparison) return { ok: false, error: formulaError('formula.comparison-in-expression', top.comparison.opStart) };
    return { ok: true, formula: { kind: 'expression', expr: top.left } };
  }
  if (!top.comparison) return { ok: false, error: formulaError('formula.no-comparison', folded.trimEnd().length) };
  const { left } = top;
  const { op, opStart, right } = top.comparison;
  return { ok: true, formula: { kind: 'comparison', comparison: { left, op, opStart, right, start: left.start, end: right.end } } };
}

/** Every node of a tree, parents before children. */
export function formulaNodes(node: FormulaNode, into: FormulaNode[] = []): FormulaNode[] {
  into.push(node);
  if (node.type === 'negate') formulaNodes(node.arg, into);
  else if (node.type === 'binary') {
    formulaNodes(node.left, into);
    formulaNodes(node.right, into);
  } else if (node.type === 'call') for (const a of node.args) formulaNodes(a, into);
  else if (node.type === 'group') formulaNodes(node.expr, into);
  return into;
}
