import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { UNIT_STATUS_LABELS, type MergeReport } from '../../core/merge/merge-report.js';
import { countStatuses } from './count-statuses.js';
import type { ReportFigures } from './report-figures.js';

/** What the report builders take from a merge: its spec, its summary and its units counted by status. */
export function figuresOfMerge(report: MergeReport, spec: TemplateSpec): ReportFigures {
  return { spec, summary: report.summary, statuses: countStatuses(report.statuses, UNIT_STATUS_LABELS) };
}
