import type { RasterisePng } from '../../../report/charts/chart-picture.js';

/**
 * The page's PNG rasteriser for the charts (the CLI uses sharp): the SVG
 * drawn through an Image from a blob: URL onto a canvas of width×height×scale
 * on white, read back with toBlob. Offline: the SVG names only local fonts.
 */
export const canvasRasteriser: RasterisePng = async (svg, { width, height, scale }) => {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 2d context unavailable');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'));
    return new Uint8Array(await png.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
};
