export * from './summary-model.js';
export type { ConsolidateInput, LastYearInput } from './consolidate-input.js';
export { consolidate } from './consolidate.js';
export { reconcile, type ReconcileProblem, type ReconcileProblemCode } from './reconcile.js';
export { yearOnYear, type YearOnYear } from './year-on-year.js';
export {
  EMPTY_FIGURE,
  GROWTH_DECIMALS,
  formatNumber,
  formatValue,
  formatChange,
  formatGrowth,
  formatChangeCell,
  formatGrowthCell,
} from './format-figure.js';
export { roundHalfAwayFromZero, toFixedHalfAway, toScaledInteger, fromScaledInteger } from './decimal-rounding.js';
