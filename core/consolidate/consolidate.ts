import { indicatorsByCode, isAdditive } from '../spec/spec-lookup.js';
import type { Indicator, TemplateSpec } from '../spec/template-spec.js';
import { buildFigures, type GroupSums } from './build-figures.js';
import type { ConsolidateInput } from './consolidate-input.js';
import { fromScaledInteger, toScaledInteger } from './decimal-rounding.js';
import { resolveUnitPrior, type ResolvedPrior } from './resolve-prior.js';
import { sumKindsAndTotal, type LongRow } from './sum-groups.js';
import { type FigureGroup, type PriorSource, type Summary, type UnitValues } from './summary-model.js';

/**
 * The federation's summary: per unit, per kind (the roster's 类别, in its order) and in total. Counts and
 * amounts are summed exactly (as integers of their last decimal place, with arquero); rates and
 * ratios are recomputed from the summed numerator and denominator for every group, never
 * averaged; 同比 per figure (see yearOnYear).
 *
 * 上年 rules:
 * - per unit: last year's file (`lastYear.byUnit`) when at hand, else the unit's 上年 column;
 * - the total: last year's summary (`lastYear.total`) when given and no unit has a last-year
 *   file; then the total's 上年 need not equal the sum of the subtotals' 上年;
 * - an empty 上年 (or 本年) of a unit is left out: a group's figure is the sum over the units
 *   that have one, null when none has. The units left out are listed on the figure (`missing`),
 *   in `incompletePrior` / `incompleteCurrent`, and in `notes`.
 *
 * Unit codes must be unique and kinds known (the merge has settled duplicates): throws otherwise.
 * Rounding for display is not done here; see format-figure.ts.
 * @example
 * const summary = consolidate({ spec: standardSpec, year: 2025, period: 'annual',
 *   federation: { code: '3301', name: '某市总工会', scope: '全市' }, units });
 * summary.total.figures.A03.current // 建会率 of the whole city, from ΣA02 / ΣA01
 */
export function consolidate(input: ConsolidateInput): Summary {
  const { spec, units, lastYear } = input;
  assertUnits(units);
  const additive = spec.indicators.filter(isAdditive);

  const priors = new Map<string, ResolvedPrior>(
    units.map((u) => [u.unitCode, resolveUnitPrior(spec, u, lastYear?.byUnit?.[u.unitCode])]),
  );
  const rowsByUnit = units.map((u) =>
    additive.flatMap((ind) => [
      longRow(u, ind, 'current', u.current[ind.code] ?? null),
      longRow(u, ind, 'prior', priors.get(u.unitCode)!.values[ind.code]),
    ]),
  );
  const rows: LongRow[] = rowsByUnit.flat();

  const byUnit: FigureGroup[] = units.map((u, i) => {
    const sums: GroupSums = { current: {}, prior: {} };
    for (const r of rowsByUnit[i]) sums[r.column][r.code] = r.value;
    return { key: u.unitCode, label: u.unitName, level: 'unit', kind: u.kind, units: 1, figures: buildFigures(spec, sums) };
  });

  const { byKind: kindSums, total: allSums } = sumKindsAndTotal(rows);
  // The units left out of the total's sums are the ones with an empty value: taken before last year's summary may
  // replace the total's 上年 below.
  const { current: incompleteCurrent, prior: incompletePrior } = allSums.missing!;
  const byKind: FigureGroup[] = kindOrder(input.kinds ?? [], units).filter((k) => kindSums.has(k)).map((kind) => ({
    key: kind,
    label: `${kind}小计`,
    level: 'kind',
    kind,
    units: units.filter((u) => u.kind === kind).length,
    figures: buildFigures(spec, withoutEmptyMissing(kindSums.get(kind)!)),
  }));

  const totalSums = withoutEmptyMissing(allSums);
  const anyUnitFile = units.some((u) => lastYear?.byUnit?.[u.unitCode] !== undefined);
  const useLastSummary = lastYear?.total !== undefined && !anyUnitFile;
  if (useLastSummary) {
    for (const ind of additive) {
      const v = lastYear!.total![ind.code];
      totalSums.prior[ind.code] = v === null || v === undefined ? null : toScaledInteger(v, ind.decimals);
    }
    // Last year's summary is complete in itself: the units' empty 上年 cells do not make it partial.
    if (totalSums.missing) totalSums.missing.prior = {};
  }
  const total: FigureGroup = {
    key: input.federation.code,
    label: `${input.federation.scope}合计`,
    level: 'total',
    units: units.length,
    figures: buildFigures(spec, totalSums),
  };

  const summary: Summary = {
    spec: { id: spec.id, version: spec.version },
    year: input.year,
    period: input.period,
    federation: input.federation,
    total,
    byKind,
    byUnit,
    priorSources: Object.fromEntries(units.map((u) => [u.unitCode, priors.get(u.unitCode)!.source])) as Record<string, PriorSource>,
    totalPriorSource: useLastSummary ? 'last-year-summary' : priorSourceOfTotal(units, priors),
  };
  if (Object.keys(incompleteCurrent).length) summary.incompleteCurrent = incompleteCurrent;
  if (Object.keys(incompletePrior).length) summary.incompletePrior = incompletePrior;
  const notes = describe(spec, units, priors, incompleteCurrent, incompletePrior, useLastSummary);
  notes.push(...roundedNotes(units, priors, additive));
  if (notes.length) summary.notes = notes;
  return summary;
}

function assertUnits(units: readonly UnitValues[]): void {
  const seen = new Set<string>();
  for (const u of units) {
    if (seen.has(u.unitCode)) throw new Error(`unit ${u.unitCode} given twice to consolidate`);
    if (typeof u.kind !== 'string' || u.kind.trim() === '') throw new Error(`unit ${u.unitCode} has no kind`);
    seen.add(u.unitCode);
  }
}

/** The roster's categories in its order, then any other a unit has, in order of first unit. */
function kindOrder(listed: readonly string[], units: readonly UnitValues[]): string[] {
  return [...new Set([...listed, ...units.map((u) => u.kind)])];
}

function longRow(u: UnitValues, ind: Indicator, column: 'current' | 'prior', value: number | null): LongRow {
  return { unit: u.unitCode, kind: u.kind, code: ind.code, column, value: value === null ? null : toScaledInteger(value, ind.decimals) };
}

/**
 * Values finer than their indicator's decimals (a 2.5 count, a 1.234 万元 amount) are taken
 * rounded, half away from zero; the standard spec's checks reject them first, but a
 * federation's own spec may not, so the summary says what it did.
 */
function roundedNotes(
  units: readonly UnitValues[],
  priors: Map<string, ResolvedPrior>,
  additive: readonly Indicator[],
): { zh: string; en: string }[] {
  const notes: { zh: string; en: string }[] = [];
  for (const u of units) {
    for (const ind of additive) {
      for (const column of ['current', 'prior'] as const) {
        const value = column === 'current' ? (u.current[ind.code] ?? null) : priors.get(u.unitCode)!.values[ind.code];
        if (value === null) continue;
        const taken = fromScaledInteger(toScaledInteger(value, ind.decimals), ind.decimals);
        if (taken === value) continue;
        const col = column === 'current' ? { zh: '本年', en: 'this year' } : { zh: '上年', en: 'last year' };
        notes.push({
          zh: `${u.unitName} ${ind.code} ${ind.name.zh}${col.zh}数 ${value} 超出${ind.decimals}位小数，按 ${taken} 汇总。`,
          en: `${u.unitName} ${ind.code} ${ind.name.en} (${col.en}): ${value} has more than ${ind.decimals} decimals; summed as ${taken}.`,
        });
      }
    }
  }
  return notes;
}

function withoutEmptyMissing(sums: GroupSums): GroupSums {
  const m = sums.missing;
  if (m && !Object.keys(m.current).length && !Object.keys(m.prior).length) return { current: sums.current, prior: sums.prior };
  return sums;
}

/** The total's 上年 is the units' sum: their common source, or 'last-year-file' when any unit's came from one (per-unit detail is in priorSources). */
function priorSourceOfTotal(units: readonly UnitValues[], priors: Map<string, ResolvedPrior>): PriorSource {
  const sources = new Set(units.map((u) => priors.get(u.unitCode)!.source));
  if (sources.size === 0) return 'none';
  if (sources.size === 1) return [...sources][0];
  return sources.has('last-year-file') ? 'last-year-file' : 'prior-column';
}

function describe(
  spec: TemplateSpec,
  units: readonly UnitValues[],
  priors: Map<string, ResolvedPrior>,
  incompleteCurrent: Record<string, string[]>,
  incompletePrior: Record<string, string[]>,
  useLastSummary: boolean,
): { zh: string; en: string }[] {
  const name = new Map(units.map((u) => [u.unitCode, u.unitName]));
  const names = (codes: string[], sep: string) => codes.map((c) => name.get(c) ?? c).join(sep);
  const ind = indicatorsByCode(spec);
  const notes: { zh: string; en: string }[] = [];
  if (useLastSummary) {
    notes.push({
      zh: '合计的上年数取自上年汇总表（未提供各单位上年报表），各分类小计的上年数取自各单位报表“上年”栏，两者之和可能不等。',
      en: "The total's last-year figures come from last year's summary (no unit files from last year); the subtotals' come from each file's 上年 column, so they need not add up to it.",
    });
  }
  for (const u of units) {
    const p = priors.get(u.unitCode)!;
    if (p.fellBack.length) {
      notes.push({
        zh: `${u.unitName}上年报表缺少${p.fellBack.join('、')}，其上年数取自本年报表“上年”栏。`,
        en: `${u.unitName}: last year's file lacks ${p.fellBack.join(', ')}; taken from this year's 上年 column.`,
      });
    }
  }
  for (const [code, list] of Object.entries(incompleteCurrent)) {
    const i = ind.get(code)!;
    notes.push({
      zh: `${code} ${i.name.zh}：${names(list, '、')}本年数为空，汇总为其余单位之和。`,
      en: `${code} ${i.name.en}: ${names(list, ', ')} left this year's figure empty; the sums cover the other units.`,
    });
  }
  for (const [code, list] of Object.entries(incompletePrior)) {
    const i = ind.get(code)!;
    notes.push({
      zh: `${code} ${i.name.zh}：${names(list, '、')}无上年数，汇总的上年数为其余单位之和。`,
      en: `${code} ${i.name.en}: no last-year figure for ${names(list, ', ')}; the last-year sums cover the other units.`,
    });
  }
  return notes;
}
