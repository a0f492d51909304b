/**
 * The syntax tree of a 审核公式 or 计算公式. Every node keeps where it stands in
 * the text (`start` inclusive, `end` exclusive, 0-based UTF-16 offsets), so a
 * fault is reported at its character and figures are filled in after it.
 */
interface At {
  start: number;
  end: number;
}

export type FunctionName = 'abs' | 'sum' | 'prior' | 'change';

export type FormulaNode =
  | (At & { type: 'number'; value: number; percent: boolean })
  | (At & { type: 'code'; code: string })
  | (At & { type: 'negate'; arg: FormulaNode })
  | (At & { type: 'binary'; op: '+' | '-' | '*' | '/'; left: FormulaNode; right: FormulaNode })
  /** `name` as written (`上年`, `ABS`); `fn` undefined when the name is no known function. */
  | (At & { type: 'call'; name: string; fn: FunctionName | undefined; args: FormulaNode[] })
  /** `A01:A05`, meaningful only inside sum(). */
  | (At & { type: 'range'; from: string; to: string })
  | (At & { type: 'group'; expr: FormulaNode });

export type CompareOp = 'le' | 'lt' | 'eq' | 'ge' | 'gt' | 'ne';

/** `left op right`: a check formula. */
export interface FormulaComparison extends At {
  left: FormulaNode;
  op: CompareOp;
  /** Where the operator stands. */
  opStart: number;
  right: FormulaNode;
}

/** What a formula text parses to: an expression (计算公式) or a comparison (审核公式). */
export type ParsedFormula = { kind: 'expression'; expr: FormulaNode } | { kind: 'comparison'; comparison: FormulaComparison };
