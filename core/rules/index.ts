export { check, startCheck, finishCheck, waitsForCollection } from './check.js';
export type { PendingCheck, ExtractedHeader } from './pending-check.js';
export type { CheckResult } from './check-result.js';
export type { CheckContext } from './check-context.js';
export { valuesOf, numberOf } from './numeric-values.js';
export { ruleChecks, type RuleCheck } from './rule-registry.js';
