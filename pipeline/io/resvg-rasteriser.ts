import type { RasterisePng } from '../../report/charts/chart-picture.js';

/**
 * Node's PNG rasteriser for the charts: @resvg/resvg-js, whose prebuilt binary
 * comes inside its per-platform registry package (nothing is downloaded at
 * install or run time). Text is drawn with the machine's own fonts (Windows:
 * 微软雅黑 / 黑体; Debian: fonts-noto-cjk), which the SVG names first; `fontFiles`
 * adds others. Loaded on first use, so commands that draw no chart never load
 * the native module.
 */
export function resvgRasteriser(fontFiles: string[] = []): RasterisePng {
  return async (svg, { width, scale }) => {
    const { Resvg } = await import('@resvg/resvg-js');
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'width', value: Math.round(width * scale) },
      background: '#ffffff',
      font: { loadSystemFonts: true, fontFiles, defaultFontFamily: 'Noto Sans CJK SC' },
    });
    return new Uint8Array(resvg.render().asPng());
  };
}
