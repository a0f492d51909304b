import type { FormulaNode, ParsedFormula } from './formula-ast.js';
import { formulaError, type FormulaError } from './formula-error.js';
import { formulaNodes } from './parse-formula.js';
import { suggestCodes } from './suggest-code.js';

const ARITY: Record<string, number | undefined> = { abs: 1, prior: 1, change: 1 };

/** The top nodes of a parsed formula: the expression, or both sides of the comparison. */
export function formulaRoots(formula: ParsedFormula): FormulaNode[] {
  return formula.kind === 'expression' ? [formula.expr] : [formula.comparison.left, formula.comparison.right];
}

function unknownCode(code: string, offset: number, known: readonly string[]): FormulaError {
  const near = suggestCodes(code, known);
  return near.length > 0
    ? formulaError('formula.unknown-code.suggest', offset, { code, suggestion: near.join('、'), suggestionEn: near.join(', ') })
    : formulaError('formula.unknown-code', offset, { code });
}

/**
 * Checks a parsed formula against a spec's indicator codes (in spec order):
 * every code known, functions known and given the right number of arguments,
 * ranges only inside sum() and running forwards, 上年/变化 not nested in each
 * other. Returns every fault, in text order.
 * @example validateFormula(parsed, ['A01', 'A02']) // [] when the formula names only A01 and A02
 */
export function validateFormula(formula: ParsedFormula, codes: readonly string[]): FormulaError[] {
  const errors: FormulaError[] = [];
  const index = new Map(codes.map((c, i) => [c, i]));
  const visit = (node: FormulaNode, inSum: boolean, inYear: boolean): void => {
    switch (node.type) {
      case 'code':
        if (!index.has(node.code)) errors.push(unknownCode(node.code, node.start, codes));
        return;
      case 'range': {
        if (!inSum) errors.push(formulaError('formula.range-outside-sum', node.start, { range: `${node.from}:${node.to}` }));
        const from = index.get(node.from);
        const to = index.get(node.to);
        if (from === undefined) errors.push(unknownCode(node.from, node.start, codes));
        if (to === undefined) errors.push(unknownCode(node.to, node.end - node.to.length, codes));
        if (from !== undefined && to !== undefined && from > to) {
          errors.push(formulaError('formula.range-order', node.start, { from: node.from, to: node.to }));
        }
        return;
      }
      case 'call': {
        if (!node.fn) {
          errors.push(formulaError('formula.unknown-function', node.start, { name: node.name }));
          return;
        }
        const arity = ARITY[node.fn];
        if (arity !== undefined && node.args.length !== arity) {
          errors.push(formulaError('formula.arity', node.start, { name: node.name, count: arity }));
        }
        const yearFn = node.fn === 'prior' || node.fn === 'change';
        if (yearFn && inYear) errors.push(formulaError('formula.nested-year', node.start, { name: node.name }));
        for (const a of node.args) visit(a, node.fn === 'sum', inYear || yearFn);
        return;
      }
      case 'negate':
        return visit(node.arg, false, inYear);
      case 'binary':
        visit(node.left, false, inYear);
        return visit(node.right, false, inYear);
      case 'group':
        return visit(node.expr, false, inYear);
      case 'number':
        return;
    }
  };
  for (const root of formulaRoots(formula)) visit(root, false, false);
  return errors.sort((a, b) => a.position - b.position);
}

/** The codes a formula reads (ranges expanded in spec order), each once, in order of first use. */
export function formulaCodes(formula: ParsedFormula, codes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const root of formulaRoots(formula)) {
    for (const node of formulaNodes(root)) {
      if (node.type === 'code') out.add(node.code);
      if (node.type === 'range') for (const c of expandRange(node.from, node.to, codes)) out.add(c);
    }
  }
  return [...out];
}

/** A01:A05 → the codes from A01 to A05 as the spec orders them (empty when either end is unknown). */
export function expandRange(from: string, to: string, codes: readonly string[]): string[] {
  const a = codes.indexOf(from);
  const b = codes.indexOf(to);
  return a < 0 || b < 0 || a > b ? [] : codes.slice(a, b + 1);
}

/** Whether a formula reads the 上年 column itself (上年(), 变化()), and so is checked on 本年 only. */
export function formulaReadsPrior(formula: ParsedFormula): boolean {
  return formulaRoots(formula).some((root) => formulaNodes(root).some((n) => n.type === 'call' && (n.fn === 'prior' || n.fn === 'change')));
}
