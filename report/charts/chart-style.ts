/*
 * How every chart looks. Printed reports are often grey: the colours differ in
 * lightness, not only in hue, and every bar or slice carries its value as text,
 * so nothing depends on telling two colours apart. Text is left to the viewer's
 * fonts (the SVG names the usual Chinese system fonts first); the PNG fallback
 * is drawn with the fonts of the machine that draws it.
 */

export const CHART_FONT = "'Microsoft YaHei', 'PingFang SC', 'SimHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif";
export const CHART_FONT_SIZE = 13;
/** Width of every chart in CSS pixels: about 15 cm at 96 dpi, the text width of an A4 page. */
export const CHART_WIDTH = 600;

export const INK = '#000000';
/** Bars of one series. */
export const BAR = '#2f4b7c';
/** Negative growth: light fill, dark outline, so it reads apart from BAR in grey. */
export const BAR_NEGATIVE = '#c5cfe0';
export const GRID_LINE = '#d9d9d9';
/** Slices of a part-of-whole chart, dark to light: each differs in lightness from the next. */
export const SLICES = ['#1f3864', '#4472c4', '#9db4e0', '#dde5f3', '#595959', '#a6a6a6'] as const;

/** What every option starts from: no animation (SSR draws the final frame), one font, black text. */
export const BASE_OPTION = {
  animation: false,
  textStyle: { fontFamily: CHART_FONT, fontSize: CHART_FONT_SIZE, color: INK },
} as const;

/** A white box behind value labels, so a reference line passing behind them does not cross out digits. */
export const HALO: { backgroundColor: string; padding: number[] } = { backgroundColor: '#ffffff', padding: [1, 2] };

/**
 * Series that do not react to the pointer: a printed or pasted chart has none,
 * and without hover states ECharts writes no <style> block into the SVG.
 */
export const STILL = { silent: true, emphasis: { disabled: true } } as const;
