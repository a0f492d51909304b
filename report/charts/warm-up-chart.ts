import type { ChartDefinition } from './chart-definition.js';
import { BAR, BASE_OPTION, CHART_WIDTH, GRID_LINE, HALO, INK, SLICES, STILL } from './chart-style.js';

/**
 * A chart drawn only to warm ECharts up (its code compiled, its layout paths
 * taken) before a report's charts are asked for: a bar chart with a reference
 * line beside a ring, the pieces the summary's charts use. Drawing it leaves
 * nothing behind: every chart is drawn by its own instance, and the same
 * chart gives the same SVG whatever was drawn before it.
 */
export const WARM_UP_CHART: ChartDefinition = {
  id: 'warm-up',
  names: [],
  title: '预热 warm-up',
  width: CHART_WIDTH,
  height: 200,
  option: {
    ...BASE_OPTION,
    color: [...SLICES],
    grid: { left: 8, right: 320, top: 16, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { color: INK, formatter: '{value}%' }, splitLine: { lineStyle: { color: GRID_LINE } } },
    yAxis: { type: 'category', inverse: true, data: ['甲县', '乙区', '丙产业'], axisTick: { show: false }, axisLabel: { color: INK } },
    series: [
      {
        type: 'bar',
        ...STILL,
        data: [91.5, 87.25, -3],
        itemStyle: { color: BAR },
        label: { show: true, position: 'right', color: INK, ...HALO, formatter: (p: { dataIndex: number }) => `${p.dataIndex}%` },
        markLine: { symbol: 'none', silent: true, z: 1, lineStyle: { type: 'dashed', color: INK }, label: { position: 'start', color: INK }, data: [{ xAxis: 89 }] },
      },
      {
        type: 'pie',
        ...STILL,
        radius: ['30%', '56%'],
        center: ['80%', '50%'],
        label: { color: INK, formatter: (p: { dataIndex: number }) => `部分${p.dataIndex}\n1.5万元` },
        labelLine: { lineStyle: { color: INK } },
        data: [
          { name: '送温暖', value: 3 },
          { name: '助学', value: 2 },
        ],
      },
    ],
  },
};
