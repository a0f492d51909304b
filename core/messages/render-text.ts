import type { LocalizedText } from '../spec/template-spec.js';

export type Locale = 'zh' | 'en';

/** Numbers in messages: no float noise (0.30000000000000004 → 0.3), no exponent for large values. */
export function formatParam(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value * 1e6) / 1e6;
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 6, useGrouping: false });
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible so a spec author sees it. */
export function fillPlaceholders(template: string, params: Record<string, string | number | null | undefined>): string {
  return template.replace(/\{([A-Za-z0-9_.]+)\}/g, (whole, key: string) =>
    key in params ? formatParam(params[key]) : whole,
  );
}

export function renderText(text: LocalizedText, params: Record<string, string | number | null | undefined>): LocalizedText {
  return { zh: fillPlaceholders(text.zh, params), en: fillPlaceholders(text.en, params) };
}
