import type { Locale } from '../../core/messages/render-text.js';
import { t } from './ui-text.js';

/**
 * What to tell the user of an error: its own words when it carries them (zh + en, as the merge's and
 * the draft's errors do), else the page's or the pane's fault sentence in the user's language, the
 * error's technical text kept at its end for whoever supports them — never that text alone.
 * @example faultText(new Error('Out of memory'), 'zh') // "页面运行出错。请刷新页面后重试；…：Out of memory"
 */
export function faultText(error: unknown, locale: Locale, where: 'page' | 'pane' = 'page'): string {
  const localized = error as { zh?: unknown; en?: unknown } | null | undefined;
  if (localized && typeof localized.zh === 'string' && typeof localized.en === 'string') return locale === 'zh' ? localized.zh : localized.en;
  return t(where === 'page' ? 'unexpectedFault' : 'paneFault', locale, { detail: error instanceof Error ? error.message : String(error) });
}
