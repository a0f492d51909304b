import type { LocalizedText } from '../../core/spec/template-spec.js';
import type { StatusCount } from './report-figures.js';

/**
 * Roster statuses counted for the submissions chart, in the order the merge
 * lists its statuses; a status no unit has is left out.
 * @example countStatuses([{ status: 'reported' }, { status: 'missing' }, { status: 'reported' }], labels)
 * // [{ status: 'reported', label, units: 2 }, { status: 'missing', label, units: 1 }]
 */
export function countStatuses(statuses: readonly { status: string }[], labels: Readonly<Record<string, LocalizedText>>): StatusCount[] {
  const counts = new Map<string, number>();
  for (const s of statuses) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  return [...counts].map(([status, units]) => ({ status, label: labels[status] ?? { zh: status, en: status }, units }));
}
