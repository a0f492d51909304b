import type { RasterisePng } from '../../report/charts/chart-picture.js';

/**
 * Node's PNG rasteriser for the charts: sharp (libvips, SVG through librsvg),
 * whose prebuilt binaries come inside its per-platform registry packages
 * (nothing is downloaded at install or run time). Text is drawn with the
 * machine's own fonts through fontconfig (Windows: 微软雅黑 / 黑体; Debian:
 * fonts-noto-cjk), which the SVG names first. Loaded on first use, so commands
 * that draw no chart never load the native module.
 */
export const sharpRasteriser: RasterisePng = async (svg, { scale }) => {
  const { default: sharp } = await import('sharp');
  // libvips reads an SVG at 72 dpi by default (one pixel per SVG unit): `scale` times that draws `scale` times the size.
  const png = await sharp(new TextEncoder().encode(svg), { density: 72 * scale })
    .flatten({ background: '#ffffff' })
    .png()
    .toBuffer();
  return new Uint8Array(png);
};
