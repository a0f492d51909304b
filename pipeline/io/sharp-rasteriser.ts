import type { RasterisePng } from '../../report/charts/chart-picture.js';

type Sharp = typeof import('sharp').default;

let loading: Promise<Sharp> | undefined;
let loaded: Sharp | undefined;

/** sharp, imported once; a failure to load is met again by whoever asks next. */
function loadSharp(): Promise<Sharp> {
  loading ??= import('sharp').then<Sharp>(
    (module) => (loaded = module.default),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function draw(sharp: Sharp, svg: string, scale: number): Promise<Uint8Array> {
  // libvips reads an SVG at 72 dpi by default (one pixel per SVG unit): `scale` times that draws `scale` times the size.
  return sharp(new TextEncoder().encode(svg), { density: 72 * scale })
    .flatten({ background: '#ffffff' })
    .png()
    .toBuffer()
    .then((png) => new Uint8Array(png));
}

/**
 * Node's PNG rasteriser for the charts: sharp (libvips, SVG through librsvg),
 * whose prebuilt binaries come inside its per-platform registry packages
 * (nothing is downloaded at install or run time). Text is drawn with the
 * machine's own fonts through fontconfig (Windows: 微软雅黑 / 黑体; Debian:
 * fonts-noto-cjk), which the SVG names first. Loaded on first use, so commands
 * that draw no chart never load the native module; once loaded, a call hands
 * its SVG to libvips's threads at once, so the caller's thread goes on with
 * other work while the PNG is drawn.
 */
export const sharpRasteriser: RasterisePng = (svg, { scale }) => (loaded ? draw(loaded, svg, scale) : loadSharp().then((sharp) => draw(sharp, svg, scale)));

/** A small drawing with Chinese text: its first use is what loads fontconfig's fonts and librsvg. */
const WARM_UP_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><text x="0" y="15" font-family="\'Microsoft YaHei\', \'Noto Sans CJK SC\', sans-serif" font-size="13">预热</text></svg>';

/**
 * Loads sharp and draws a first small picture (fonts, librsvg) on libvips's
 * threads, ahead of the charts (the merge calls it when the reading starts);
 * nothing to wait for, and a failure is left to the charts to meet.
 */
export function warmSharpRasteriser(): void {
  sharpRasteriser(WARM_UP_SVG, { width: 40, height: 20, scale: 1 }).catch(() => undefined);
}
