import { strFromU8, unzipSync } from 'fflate';

/**
 * Every part of an .xlsx or .docx package as text, by name, except
 * docProps/core.xml (it holds the time of writing): two packages built from the
 * same report compare equal with toEqual.
 */
export function partsExceptCoreProperties(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.keys(files)
      .filter((name) => name !== 'docProps/core.xml')
      .sort()
      .map((name) => [name, strFromU8(files[name])]),
  );
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG's shape from its IHDR (`png 1200×640`), or why it is not one: what two rasterisers must agree on. */
export function pngShape(bytes: Uint8Array): string {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return 'not a PNG (signature)';
  if (strFromU8(bytes.subarray(12, 16)) !== 'IHDR') return 'not a PNG (no IHDR first)';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return `png ${view.getUint32(16)}×${view.getUint32(20)}`;
}

/**
 * As partsExceptCoreProperties, but each `word/media/*.png` part stands as its
 * shape (pngShape): the page draws charts with a canvas, the CLI with sharp,
 * and their PNG bytes differ while every other part must be identical.
 */
export function partsWithPngShapes(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.keys(files)
      .filter((name) => name !== 'docProps/core.xml')
      .sort()
      .map((name) => [name, /^word\/media\/[^/]+\.png$/.test(name) ? pngShape(files[name]) : strFromU8(files[name])]),
  );
}
