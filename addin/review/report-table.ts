import type { Issue } from '../../core/issues/index.js';
import type { ReportTable } from '../access/workbook-access.js';
import { t, type Locale } from '../i18n/ui-text.js';

/**
 * The 审核结果 sheet: one row per issue, in the engine's fixing order, with
 * the same words as the task pane.
 */
export function reportTable(issues: readonly Issue[], locale: Locale): ReportTable {
  const heads = t('reportHeads', locale).split('|');
  const rows = issues.map((issue) => [
    issue.severity === 'hard' ? t('hard', locale) : t('soft', locale),
    issue.status === 'explained' ? t('explained', locale) : t('open', locale),
    issue.cell ? (issue.sheet ? `${issue.sheet}!${issue.cell}` : issue.cell) : '',
    issue.indicator ?? '',
    // What the mistake also causes goes with it, in the same cell as its problem.
    [issue.message[locale], ...(issue.consequences ?? []).map((c) => t('consequence', locale, { message: c.message[locale] }))].join('\n'),
    issue.hint[locale],
    issue.explanation ?? '',
  ]);
  return [heads, ...rows];
}
