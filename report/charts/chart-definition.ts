import type { EChartsOption } from 'echarts';

/** One chart of a report, ready to render: what it shows and its ECharts option. */
export interface ChartDefinition {
  /** Stable id: `rate-A03`, `year-on-year`, `parts-C01`, `submissions`. */
  id: string;
  /** The names a draft may use for it in `{图:…}`. */
  names: string[];
  /** The caption's text, without its number (各单位建会率). */
  title: string;
  width: number;
  height: number;
  option: EChartsOption;
}
