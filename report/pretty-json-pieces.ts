/** About how many characters each piece holds. */
const PIECE = 1 << 16;

/**
 * `JSON.stringify(value, null, indent)` handed out in pieces of about 64 K
 * characters, for a document too large to hold whole (a national
 * figures.json: ~18 MB, held once as text and once more as its UTF-8): the
 * objects and arrays down to `depth` are written here, each value below
 * them by JSON.stringify, indented to its place. The pieces joined are
 * JSON.stringify's text exactly.
 * @example [...prettyJsonPieces({ a: [1, { b: null }] })].join('') === JSON.stringify({ a: [1, { b: null }] }, null, 2) // true
 */
export function* prettyJsonPieces(value: unknown, indent = 2, depth = 3): Generator<string> {
  let buffer = '';
  const pad = (level: number) => ' '.repeat(indent * level);

  function* put(text: string): Generator<string> {
    buffer += text;
    if (buffer.length >= PIECE) {
      yield buffer;
      buffer = '';
    }
  }

  function* write(v: unknown, level: number): Generator<string> {
    if (level >= depth || v === null || typeof v !== 'object') {
      // JSON text has no raw line break inside a string: every one starts an indented line.
      yield* put(JSON.stringify(v, null, indent).replace(/\n/g, `\n${pad(level)}`));
      return;
    }
    const open = `\n${pad(level + 1)}`;
    if (Array.isArray(v)) {
      if (v.length === 0) return yield* put('[]');
      yield* put('[');
      for (let i = 0; i < v.length; i++) {
        yield* put(i ? `,${open}` : open);
        const item = jsonValue(v[i], String(i));
        yield* write(omitted(item) ? null : item, level + 1);
      }
      return yield* put(`\n${pad(level)}]`);
    }
    const entries = Object.keys(v)
      .map((key) => [key, jsonValue((v as Record<string, unknown>)[key], key)] as const)
      .filter(([, item]) => !omitted(item));
    if (entries.length === 0) return yield* put('{}');
    yield* put('{');
    for (let i = 0; i < entries.length; i++) {
      const [key, item] = entries[i];
      yield* put(`${i ? ',' : ''}${open}${JSON.stringify(key)}: `);
      yield* write(item, level + 1);
    }
    yield* put(`\n${pad(level)}}`);
  }

  // Nothing for a value JSON.stringify gives no text for (undefined).
  const root = jsonValue(value, '');
  if (!omitted(root)) yield* write(root, 0);
  if (buffer) yield buffer;
}

/** What JSON.stringify writes for a value: its toJSON() (a Date's) when it has one. */
function jsonValue(v: unknown, key: string): unknown {
  const toJSON = (v as { toJSON?: unknown } | null | undefined)?.toJSON;
  return typeof v === 'object' && v !== null && typeof toJSON === 'function' ? (toJSON as (key: string) => unknown).call(v, key) : v;
}

/** Left out of an object, `null` in an array, as JSON.stringify does. */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}
