/**
 * zrender's own estimate of a text's width (its fallback where there is no
 * canvas, as in Node), reproduced so ECharts lays a chart out the same in Node
 * and in a browser: with a canvas zrender would measure with the machine's
 * fonts, and the page's SVG (and so its 汇总报告) would differ from the CLI's.
 * Latin characters by zrender's width table, every other character (Chinese)
 * one em; a monospace font one em each.
 */
const WIDTH_TABLE = "007LLmW'55;N0500LLLLLLLLLL00NNNLzWW\\\\WQb\\0FWLg\\bWb\\WQ\\WrWWQ000CL5LLFLL0LL**F*gLLLL5F0LF\\FFF5.5N";
const DEFAULT_FONT_SIZE = 12;

const widths = new Map<string, number>([...WIDTH_TABLE].map((c, i) => [String.fromCharCode(i + 32), (c.charCodeAt(0) - 20) / 100]));

export function estimateTextWidth(text: string | undefined, font: string | undefined): { width: number } {
  const t = text || '';
  const f = font || `${DEFAULT_FONT_SIZE}px sans-serif`;
  const size = /((?:\d+)?\.?\d*)px/.exec(f);
  const fontSize = (size && +size[1]) || DEFAULT_FONT_SIZE;
  if (f.includes('mono')) return { width: fontSize * t.length };
  let width = 0;
  for (let i = 0; i < t.length; i++) width += (widths.get(t[i]) ?? 1) * fontSize;
  return { width };
}
