/** An output's text handed over in pieces (see prettyJsonPieces), so that a large one is never held whole. */
export interface OutputPieces {
  pieces: Iterable<string>;
}

/** An output as a builder hands it to its sink: bytes, text, or text in pieces. */
export type OutputData = Uint8Array | string | OutputPieces;

export function isOutputPieces(data: OutputData): data is OutputPieces {
  return typeof data === 'object' && !(data instanceof Uint8Array);
}

/**
 * The output's bytes (text as UTF-8), for a shell that keeps each output
 * whole (the page, for download).
 * @example outputBytes({ pieces: ['a', 'b'] }) // Uint8Array [97, 98]
 */
export function outputBytes(data: OutputData): Uint8Array {
  if (data instanceof Uint8Array) return data;
  const encoder = new TextEncoder();
  if (typeof data === 'string') return encoder.encode(data);
  const parts = [...data.pieces].map((piece) => encoder.encode(piece));
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
