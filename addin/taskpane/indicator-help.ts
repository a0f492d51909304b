import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { t, type Locale } from '../i18n/ui-text.js';

/** The 填表说明 of one indicator: its name and unit, what to type, and the spec's own help line. */
export function indicatorHelp(spec: TemplateSpec, code: string, locale: Locale): { title: string; lines: string[] } | undefined {
  const ind = spec.indicators.find((i) => i.code === code);
  if (!ind) return undefined;
  const lines = [t('helpUnit', locale, { unit: ind.unit[locale] })];
  if (ind.derive) {
    const nameOf = (c: string) => {
      const other = spec.indicators.find((i) => i.code === c);
      return other ? `${c} ${other.name[locale]}` : c;
    };
    lines.push(
      t('helpDerived', locale, {
        numerator: nameOf(ind.derive.numerator),
        denominator: nameOf(ind.derive.denominator),
        factor: ind.derive.factor,
        decimals: ind.decimals,
      }),
    );
  } else if (ind.kind === 'count') {
    lines.push(t('helpCount', locale));
  } else if (ind.kind === 'amount') {
    lines.push(t('helpAmount', locale));
  }
  if (ind.help) lines.push(ind.help[locale]);
  lines.push(t('helpNote', locale));
  return { title: `${ind.code} ${ind.name[locale]}`, lines };
}
