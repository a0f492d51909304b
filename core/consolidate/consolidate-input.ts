import type { TemplateSpec } from '../spec/template-spec.js';
import type { FederationInfo, UnitValues } from './summary-model.js';

/** What is known of last year, beside this year's 上年 columns. */
export interface LastYearInput {
  /** unit code → indicator code → that unit's 本年 in last year's file. Wins over this year's 上年 column. */
  byUnit?: Record<string, Record<string, number | null>>;
  /** Last year's summary 本年, when only that is at hand; used for the total when no unit file is. */
  total?: Record<string, number | null>;
}

export interface ConsolidateInput {
  spec: TemplateSpec;
  year: number;
  period: 'annual' | 'half';
  /** `scope` is how report sentences name the whole (全市, 全县 …). */
  federation: FederationInfo;
  /** Accepted submissions, in roster order (the order of the byUnit groups). Unit codes are unique. */
  units: UnitValues[];
  /** The roster's categories in its order: the subtotals' order. Kinds not listed follow in order of first unit. */
  kinds?: readonly string[];
  lastYear?: LastYearInput;
}
