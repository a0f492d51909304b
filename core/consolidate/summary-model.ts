/**
 * The data that flows from consolidation to the outputs. Plain numbers only:
 * values are parsed and typed before they get here; rounding happens once, for
 * display, in core/consolidate/format-figure.ts.
 */

/**
 * A unit's category as the roster names it: 县区 / 直属 / 产业 in a city, 市 / 省直 / 产业 in a
 * province, or any other the federation uses. Subtotals follow the roster's order of them.
 */
export type UnitKind = string;

/** Where one accepted submission came from, for the 数据来源 sheet and run.json. */
export interface SubmissionSource {
  file: string;
  sheet: string;
  sha256: string;
}

/** The figures of one accepted submission: entered indicators only matter for sums; derived ones are recomputed. */
export interface UnitValues {
  unitCode: string;
  unitName: string;
  kind: UnitKind;
  source: SubmissionSource;
  /** 本年 by indicator code; null when the cell was empty or unreadable; an explicit none (`无`) is 0. */
  current: Record<string, number | null>;
  /** 上年 as written in this file's 上年 column. */
  prior: Record<string, number | null>;
  /** A1 address of each indicator's 本年 cell, for tracing. */
  cells: Record<string, string>;
}

/** Where the 上年 figure of a unit came from. */
export type PriorSource = 'last-year-file' | 'last-year-summary' | 'prior-column' | 'none';

/** One indicator's figure for one group (a unit, a kind subtotal, or the total). */
export interface Figure {
  code: string;
  current: number | null;
  prior: number | null;
  /**
   * 本年 − 上年 (counts, amounts, ratios) or the change in 百分点 (rates). Rates and ratios: the
   * difference of the two values rounded to the indicator's decimals, so it agrees with the table.
   */
  change: number | null;
  /** Growth in percent (8.7 means 8.7%); null for rates, and where 上年 is 0 or missing. */
  growthPercent: number | null;
  /**
   * Kind subtotals and the total only: codes of the units whose value was empty and so left out
   * of this figure's sum (for a rate or ratio: of its numerator or denominator). Absent when complete.
   */
  missing?: { current?: string[]; prior?: string[] };
}

export interface FigureGroup {
  /** Unit code, the kind (the roster's 类别), or the federation code for the total. */
  key: string;
  label: string;
  level: 'unit' | 'kind' | 'total';
  kind?: UnitKind;
  /** How many accepted submissions make this group. */
  units: number;
  figures: Record<string, Figure>;
}

export interface FederationInfo {
  code: string;
  name: string;
  scope: string;
  preparer?: string;
  phone?: string;
  head?: string;
}

export interface Summary {
  spec: { id: string; version: number };
  year: number;
  period: 'annual' | 'half';
  /** The federation, with its own 填报人 / 联系电话 / 单位负责人 when its roster row gives them (its 汇总 sheet's header). */
  federation: FederationInfo;
  total: FigureGroup;
  byKind: FigureGroup[];
  byUnit: FigureGroup[];
  /** Per unit: where its 上年 came from (with a note when it fell back to the 上年 column). */
  priorSources: Record<string, PriorSource>;
  /**
   * Where the total's 上年 came from: 'last-year-summary' when last year's summary was used
   * (its 上年 then need not equal the sum of the subtotals' 上年); otherwise the units' sum.
   */
  totalPriorSource?: PriorSource;
  /** Indicator code → units with an empty 上年 for it; the groups' 上年 is the sum over the other units. */
  incompletePrior?: Record<string, string[]>;
  /** Indicator code → units with an empty 本年 for it; the groups' 本年 is the sum over the other units. */
  incompleteCurrent?: Record<string, string[]>;
  /** What the reader of the figures should know (fallbacks, incomplete 上年), Chinese and English. */
  notes?: { zh: string; en: string }[];
}
