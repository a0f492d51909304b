import type { Summary } from '../core/consolidate/summary-model.js';
import type { Locale } from '../core/messages/render-text.js';
import type { TemplateSpec } from '../core/spec/template-spec.js';

/**
 * The document title, in the reports' own phrasing:
 * `示例市总工会2024年工会基本情况汇总`, `示例市总工会2024年上半年工会基本情况汇总`.
 * The spec's title names the form (…统计表); the summary drops that word.
 */
export function summaryTitle(summary: Summary, spec: TemplateSpec, lang: Locale = 'zh'): string {
  const { name } = summary.federation;
  if (lang === 'en') {
    const period = summary.period === 'half' ? ', first half' : '';
    return `${name} ${summary.year}${period}: ${spec.title.en}, summary`;
  }
  const period = summary.period === 'half' ? '上半年' : '';
  return `${name}${summary.year}年${period}${spec.title.zh.replace(/统计表$/, '')}汇总`;
}
