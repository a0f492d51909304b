import { formatNumber, formatValue } from '../../core/consolidate/format-figure.js';
import { fillPlaceholders, type Locale } from '../../core/messages/render-text.js';
import { reportLabels } from '../../core/messages/report-messages.js';
import { indicatorsByCode } from '../../core/spec/spec-lookup.js';
import type { Indicator } from '../../core/spec/template-spec.js';
import type { ReportFigures } from '../figures/report-figures.js';
import type { ChartDefinition } from './chart-definition.js';
import { BASE_OPTION, CHART_WIDTH, INK, SLICES, STILL } from './chart-style.js';

/** The amount whose parts the chart shows: the first sum-of-parts rule of the spec with an amount as its total (帮扶资金合计). */
export function partsTotal(figures: ReportFigures): { total: Indicator; parts: Indicator[] } | undefined {
  const byCode = indicatorsByCode(figures.spec);
  for (const rule of figures.spec.rules) {
    if (rule.kind !== 'sum-of-parts') continue;
    const total = byCode.get(rule.total);
    if (total?.kind !== 'amount') continue;
    return { total, parts: rule.parts.map((p) => byCode.get(p)).filter((p): p is Indicator => p !== undefined) };
  }
  return undefined;
}

/** `帮扶资金合计` → `帮扶资金`: the chart is 帮扶资金构成, as reports title it. */
const baseName = (name: string) => name.replace(/合计$/, '');

/**
 * An amount by part (帮扶资金构成): a ring with one slice per part that has
 * money, each labelled with its name, its amount in the table's format and its
 * share, so the chart reads without its colours. Undefined when the spec has
 * no such amount or no part has a positive value.
 */
export function partsChart(figures: ReportFigures, lang: Locale = 'zh'): ChartDefinition | undefined {
  const found = partsTotal(figures);
  if (!found) return undefined;
  const { total, parts } = found;
  const slices = parts
    .map((ind) => ({ ind, value: figures.summary.total.figures[ind.code]?.current ?? null }))
    .filter((s): s is { ind: Indicator; value: number } => s.value !== null && s.value > 0);
  if (slices.length === 0) return undefined;
  const sum = slices.reduce((a, s) => a + s.value, 0);
  const name = lang === 'zh' ? baseName(total.name.zh) : total.name.en;
  const unit = total.unit[lang];
  return {
    id: `parts-${total.code}`,
    names: [fillPlaceholders(reportLabels.fundsByPart.zh, { name: baseName(total.name.zh) }), baseName(total.name.zh), total.name.zh, total.code],
    title: fillPlaceholders(reportLabels.fundsByPart[lang], { name }),
    width: CHART_WIDTH,
    height: 320,
    option: {
      ...BASE_OPTION,
      color: [...SLICES],
      series: [
        {
          type: 'pie',
          ...STILL,
          radius: ['30%', '56%'],
          center: ['50%', '52%'],
          startAngle: 90,
          itemStyle: { borderColor: '#ffffff', borderWidth: 1.5 },
          label: {
            color: INK,
            lineHeight: 18,
            formatter: (p: { dataIndex: number }) => {
              const s = slices[p.dataIndex];
              return `${s.ind.name[lang]}\n${formatValue(s.ind, s.value, lang)}${lang === 'zh' ? unit : ` ${unit}`}  ${formatNumber((s.value / sum) * 100, 1)}%`;
            },
          },
          labelLine: { lineStyle: { color: INK } },
          data: slices.map((s) => ({ name: s.ind.name[lang], value: s.value })),
        },
      ],
    },
  };
}
