import type { ChartDefinition } from './chart-definition.js';
import { renderChartSvg } from './render-chart-svg.js';

/**
 * Draws an SVG as PNG bytes at `scale` times its size. Injected: Node draws
 * with sharp (pipeline/io), a browser page with a canvas; the builders never
 * know which.
 */
export type RasterisePng = (svg: string, size: { width: number; height: number; scale: number }) => Promise<Uint8Array>;

/** A chart as the documents embed it: the SVG, and a PNG for Word 2013 and WPS, which show no SVG. */
export interface ChartPicture {
  chart: ChartDefinition;
  svg: string;
  png: Uint8Array;
}

/** PNG fallbacks at twice the size: sharp when printed at the picture's size. */
export const PNG_SCALE = 2;

export async function chartPicture(chart: ChartDefinition, rasterise: RasterisePng): Promise<ChartPicture> {
  const svg = renderChartSvg(chart);
  return { chart, svg, png: await rasterise(svg, { width: chart.width, height: chart.height, scale: PNG_SCALE }) };
}
