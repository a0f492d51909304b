import { fillPlaceholders, type Locale } from '../../core/messages/render-text.js';
import { reportLabels } from '../../core/messages/report-messages.js';
import type { ReportFigures } from '../figures/report-figures.js';
import type { ChartDefinition } from './chart-definition.js';
import { BAR, BASE_OPTION, CHART_WIDTH, GRID_LINE, INK, STILL } from './chart-style.js';

const ROW = 30;
const FRAME = 56;

/** Units by status (已报 9个, 未报 1个…), one bar per status some unit has, in the merge's order. */
export function submissionsChart(figures: ReportFigures, lang: Locale = 'zh'): ChartDefinition | undefined {
  const rows = figures.statuses.filter((s) => s.units > 0);
  if (rows.length === 0) return undefined;
  return {
    id: 'submissions',
    names: [reportLabels.submissions.zh, '报送情况', reportLabels.submissions.en],
    title: reportLabels.submissions[lang],
    width: CHART_WIDTH,
    height: FRAME + ROW * rows.length,
    option: {
      ...BASE_OPTION,
      grid: { left: 8, right: 48, top: 12, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: INK }, splitLine: { lineStyle: { color: GRID_LINE } } },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label[lang]), axisTick: { show: false }, axisLabel: { color: INK } },
      series: [
        {
          type: 'bar',
          ...STILL,
          barCategoryGap: '40%',
          itemStyle: { color: BAR },
          data: rows.map((r) => r.units),
          label: { show: true, position: 'right', color: INK, formatter: (p: { dataIndex: number }) => fillPlaceholders(reportLabels.unitsCount[lang], { count: rows[p.dataIndex].units }) },
        },
      ],
    },
  };
}
