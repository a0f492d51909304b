import { isAdditive } from '../spec/spec-lookup.js';
import type { Indicator, TemplateSpec } from '../spec/template-spec.js';
import { buildFigures, type GroupSums } from './build-figures.js';
import { fromScaledInteger, toScaledInteger } from './decimal-rounding.js';
import type { FigureGroup, Summary, UnitValues } from './summary-model.js';

/** What a reconciliation problem is about. */
export type ReconcileProblemCode =
  | 'unit-value' // a unit's figure differs from its submission
  | 'unit-missing' // a submission has no unit group in the summary
  | 'unit-unknown' // a unit group that no submission made
  | 'kind-missing' // units of a kind, but no subtotal for it
  | 'unit-count' // a group's `units` differs from the units in it
  | 'kind-subtotal' // a subtotal differs from the sum of its units
  | 'total' // the total differs from the sum of the units or of the subtotals
  | 'derived' // a rate or ratio differs from its recomputation from the group's own parts
  | 'change' // 增减 differs from its recomputation
  | 'growth'; // 增减(%) differs from its recomputation

export interface ReconcileProblem {
  code: ReconcileProblemCode;
  /** Indicator code; '' for problems about a group's units. */
  indicator: string;
  column: 'current' | 'prior' | 'change' | 'growth' | 'units';
  /** Group key: a unit code, a kind, or the federation code. */
  group: string;
  expected: number | null;
  actual: number | null;
}

type ValueColumn = 'current' | 'prior';
const COLUMNS: readonly ValueColumn[] = ['current', 'prior'];

/**
 * Checks that a summary adds up, exactly, in integers of each indicator's last decimal place:
 * every unit's 本年 (and its 上年 when taken from its 上年 column) equals its submission; for each
 * count and amount, Σ units of a kind = the kind's subtotal, and Σ units = Σ subtotals = total
 * (for 上年 too, unless the total's 上年 came from last year's summary); every rate and ratio,
 * every 增减 and 增减(%) equals its recomputation from the group's own parts. Returns the
 * problems as data; empty when all is well. The merge stops when it is not empty.
 * @example
 * const problems = reconcile(summary, units, standardSpec);
 * if (problems.length) throw new CliError(...); // a wrong table is worse than none
 */
export function reconcile(summary: Summary, units: readonly UnitValues[], spec: TemplateSpec): ReconcileProblem[] {
  const problems: ReconcileProblem[] = [];
  const additive = spec.indicators.filter(isAdditive);
  const add = (p: ReconcileProblem) => problems.push(p);
  const figureValue = (g: FigureGroup | undefined, code: string, column: ValueColumn): number | null => g?.figures[code]?.[column] ?? null;

  // Units: each submission has its group, with its own figures.
  const unitGroups = new Map(summary.byUnit.map((g) => [g.key, g]));
  const submitted = new Set(units.map((u) => u.unitCode));
  for (const u of units) {
    const g = unitGroups.get(u.unitCode);
    if (!g) {
      add({ code: 'unit-missing', indicator: '', column: 'units', group: u.unitCode, expected: 1, actual: 0 });
      continue;
    }
    const priorFromColumn = summary.priorSources[u.unitCode] !== 'last-year-file';
    for (const ind of additive) {
      compare('unit-value', ind, 'current', g.key, exactOf(ind, u.current[ind.code] ?? null), figureValue(g, ind.code, 'current'));
      if (priorFromColumn) {
        compare('unit-value', ind, 'prior', g.key, exactOf(ind, u.prior[ind.code] ?? null), figureValue(g, ind.code, 'prior'));
      }
    }
  }
  for (const g of summary.byUnit) {
    if (!submitted.has(g.key)) add({ code: 'unit-unknown', indicator: '', column: 'units', group: g.key, expected: 0, actual: 1 });
    if (g.units !== 1) add({ code: 'unit-count', indicator: '', column: 'units', group: g.key, expected: 1, actual: g.units });
  }

  // Subtotals: each kind = Σ its units.
  const kindGroups = new Map(summary.byKind.map((g) => [g.key, g]));
  const kindsOfUnits = [...new Set(summary.byUnit.map((g) => g.kind))];
  for (const kind of kindsOfUnits) {
    if (kind && !kindGroups.has(kind)) add({ code: 'kind-missing', indicator: '', column: 'units', group: kind, expected: 1, actual: 0 });
  }
  for (const k of summary.byKind) {
    const members = summary.byUnit.filter((g) => g.kind === k.key);
    if (k.units !== members.length) add({ code: 'unit-count', indicator: '', column: 'units', group: k.key, expected: members.length, actual: k.units });
    for (const ind of additive) {
      for (const column of COLUMNS) {
        compare('kind-subtotal', ind, column, k.key, sumOf(ind, members, column), figureValue(k, ind.code, column));
      }
    }
  }

  // Total = Σ units = Σ subtotals.
  const t = summary.total;
  if (t.units !== summary.byUnit.length) add({ code: 'unit-count', indicator: '', column: 'units', group: t.key, expected: summary.byUnit.length, actual: t.units });
  for (const ind of additive) {
    for (const column of COLUMNS) {
      if (column === 'prior' && summary.totalPriorSource === 'last-year-summary') continue;
      const actual = figureValue(t, ind.code, column);
      compare('total', ind, column, t.key, sumOf(ind, summary.byUnit, column), actual);
      compare('total', ind, column, t.key, sumOf(ind, summary.byKind, column), actual);
    }
  }

  // Derived figures and 同比: recomputed from each group's own additive figures.
  for (const g of [...summary.byUnit, ...summary.byKind, t]) {
    const sums: GroupSums = { current: {}, prior: {} };
    for (const ind of additive) {
      for (const column of COLUMNS) {
        const v = figureValue(g, ind.code, column);
        sums[column][ind.code] = v === null ? null : toScaledInteger(v, ind.decimals);
      }
    }
    const recomputed = buildFigures(spec, sums);
    for (const ind of spec.indicators) {
      const want = recomputed[ind.code];
      const have = g.figures[ind.code];
      if (ind.derive) {
        for (const column of COLUMNS) compare('derived', ind, column, g.key, want[column], have?.[column] ?? null);
      }
      compare('change', ind, 'change', g.key, want.change, have?.change ?? null);
      compare('growth', ind, 'growth', g.key, want.growthPercent, have?.growthPercent ?? null);
    }
  }
  return problems;

  function compare(
    code: ReconcileProblemCode,
    ind: Indicator,
    column: ReconcileProblem['column'],
    group: string,
    expected: number | null,
    actual: number | null,
  ): void {
    // Exact: the summary's figures are built from integers, so anything else is a real difference.
    if (!Object.is(expected, actual) && !(expected === 0 && actual === 0)) {
      add({ code, indicator: ind.code, column, group, expected, actual });
    }
  }
}

/** The value as the summary must hold it: exact at the indicator's decimals. */
function exactOf(ind: Indicator, value: number | null): number | null {
  return value === null ? null : fromScaledInteger(toScaledInteger(value, ind.decimals), ind.decimals);
}

/** Σ of the groups' figures in integers of the last decimal place; null when every one is empty. */
function sumOf(ind: Indicator, groups: readonly FigureGroup[], column: ValueColumn): number | null {
  let sum = 0;
  let any = false;
  for (const g of groups) {
    const v = g.figures[ind.code]?.[column] ?? null;
    if (v === null) continue;
    sum += toScaledInteger(v, ind.decimals);
    any = true;
  }
  return any ? fromScaledInteger(sum, ind.decimals) : null;
}
