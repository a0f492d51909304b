import { EmbeddedActionsParser, type IToken, type TokenType } from 'chevrotain';
import type { CompareOp, FormulaNode, FunctionName } from './formula-ast.js';
import {
  allTokens,
  Code,
  Colon,
  Comma,
  comparisonTokens,
  Divide,
  LParen,
  Minus,
  Name,
  NumberLiteral,
  Percent,
  Plus,
  RParen,
  Times,
} from './formula-tokens.js';

/** Function names as a statistician may write them (case-insensitive for the Latin ones). */
const FUNCTIONS: Readonly<Record<string, FunctionName>> = { abs: 'abs', sum: 'sum', 上年: 'prior', 变化: 'change' };

export function functionOf(name: string): FunctionName | undefined {
  return FUNCTIONS[name.toLowerCase()];
}

const end = (token: IToken) => token.startOffset + token.image.length;

/** A top-level formula: an expression, or two expressions compared. */
export interface FormulaTop {
  left: FormulaNode;
  comparison?: { op: CompareOp; opStart: number; right: FormulaNode };
}

const COMPARE_OPS = Object.entries(comparisonTokens) as [CompareOp, TokenType][];

/**
 * The grammar, with embedded actions that build the tree directly:
 *   formula  := additive (compare additive)?
 *   additive := term (('+' | '-') term)*
 *   term     := unary (('*' | '/') unary)*
 *   unary    := '-' unary | atom
 *   atom     := number '%'? | code | name '(' arg (',' arg)* ')' | '(' additive ')'
 *   arg      := code ':' code | additive
 */
class FormulaGrammar extends EmbeddedActionsParser {
  constructor() {
    super(allTokens, { maxLookahead: 2 });
    this.performSelfAnalysis();
  }

  public formula = this.RULE('formula', (): FormulaTop => {
    const left = this.SUBRULE(this.additive);
    let comparison: FormulaTop['comparison'];
    this.OPTION(() => {
      const token = this.OR(COMPARE_OPS.map(([, type]) => ({ ALT: () => this.CONSUME(type) })));
      const right = this.SUBRULE2(this.additive);
      comparison = this.ACTION(() => ({ op: COMPARE_OPS.find(([, type]) => type === token.tokenType)![0], opStart: token.startOffset, right }));
    });
    return { left, comparison };
  });

  private additive = this.RULE('additive', (): FormulaNode => {
    let left = this.SUBRULE(this.term);
    this.MANY(() => {
      const op = this.OR([{ ALT: () => (this.CONSUME(Plus), '+' as const) }, { ALT: () => (this.CONSUME(Minus), '-' as const) }]);
      const right = this.SUBRULE2(this.term);
      left = this.ACTION(() => ({ type: 'binary', op, left, right, start: left.start, end: right.end }));
    });
    return left;
  });

  private term = this.RULE('term', (): FormulaNode => {
    let left = this.SUBRULE(this.unary);
    this.MANY(() => {
      const op = this.OR([{ ALT: () => (this.CONSUME(Times), '*' as const) }, { ALT: () => (this.CONSUME(Divide), '/' as const) }]);
      const right = this.SUBRULE2(this.unary);
      left = this.ACTION(() => ({ type: 'binary', op, left, right, start: left.start, end: right.end }));
    });
    return left;
  });

  private unary = this.RULE('unary', (): FormulaNode =>
    this.OR([
      {
        ALT: () => {
          const minus = this.CONSUME(Minus);
          const arg = this.SUBRULE(this.unary);
          return this.ACTION(() => ({ type: 'negate', arg, start: minus.startOffset, end: arg.end }) as FormulaNode);
        },
      },
      { ALT: () => this.SUBRULE(this.atom) },
    ]),
  );

  private atom = this.RULE('atom', (): FormulaNode =>
    this.OR([
      {
        ALT: () => {
          const token = this.CONSUME(NumberLiteral);
          const percent = this.OPTION(() => this.CONSUME(Percent));
          return this.ACTION(() => ({
            type: 'number',
            value: Number(token.image),
            percent: percent !== undefined,
            start: token.startOffset,
            end: percent ? end(percent) : end(token),
          }) as FormulaNode);
        },
      },
      {
        ALT: () => {
          const token = this.CONSUME(Code);
          return this.ACTION(() => ({ type: 'code', code: token.image.toUpperCase(), start: token.startOffset, end: end(token) }) as FormulaNode);
        },
      },
      {
        ALT: () => {
          const name = this.CONSUME(Name);
          this.CONSUME(LParen);
          const args: FormulaNode[] = [];
          this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => args.push(this.SUBRULE(this.arg)) });
          const close = this.CONSUME(RParen);
          return this.ACTION(() => ({ type: 'call', name: name.image, fn: functionOf(name.image), args, start: name.startOffset, end: end(close) }) as FormulaNode);
        },
      },
      {
        ALT: () => {
          const open = this.CONSUME2(LParen);
          const expr = this.SUBRULE(this.additive);
          const close = this.CONSUME2(RParen);
          return this.ACTION(() => ({ type: 'group', expr, start: open.startOffset, end: end(close) }) as FormulaNode);
        },
      },
    ]),
  );

  private arg = this.RULE('arg', (): FormulaNode =>
    this.OR([
      {
        GATE: () => this.LA(2).tokenType === Colon,
        ALT: () => {
          const from = this.CONSUME(Code);
          this.CONSUME(Colon);
          const to = this.CONSUME2(Code);
          return this.ACTION(() => ({ type: 'range', from: from.image.toUpperCase(), to: to.image.toUpperCase(), start: from.startOffset, end: end(to) }) as FormulaNode);
        },
      },
      { ALT: () => this.SUBRULE(this.additive) },
    ]),
  );
}

let grammar: FormulaGrammar | undefined;

/** One parser for the process: its self-analysis runs once; `input =` resets it for each text. */
export function formulaGrammar(): FormulaGrammar {
  grammar ??= new FormulaGrammar();
  return grammar;
}
