/**
 * TextDecoder / TextEncoder for engines without them (EdgeHTML 18, the legacy Edge the 汇总 page
 * must still open in): UTF-8 (with `fatal`) and UTF-16, what the xlsx reader and the outputs
 * use. Any other label is refused as the real API refuses an unknown one (RangeError), so a
 * GBK roster is reported, not misread. Loaded first by the page's entries and its worker;
 * installed only where the engine lacks the API.
 */

type Scope = { TextDecoder?: unknown; TextEncoder?: unknown };

const REPLACEMENT = 0xfffd;

/** UTF-8 bytes as text; `fatal` throws on the first malformed sequence, else U+FFFD as WHATWG does. */
function utf8Text(bytes: Uint8Array, fatal: boolean): string {
  // Code points gathered in short runs, so a 16 MiB part never sits in memory as an array of numbers.
  const pieces: string[] = [];
  let out: number[] = [];
  const flush = (): void => {
    pieces.push(String.fromCodePoint(...out));
    out = [];
  };
  const bad = (): void => {
    if (fatal) throw new TypeError('The encoded data was not valid UTF-8.');
    out.push(REPLACEMENT);
  };
  let i = 0;
  while (i < bytes.length) {
    if (out.length >= 4096) flush();
    const b = bytes[i];
    if (b < 0x80) {
      out.push(b);
      i += 1;
      continue;
    }
    // Lead byte: the count of continuation bytes, the payload bits, and the bounds of the second byte.
    let need: number;
    let cp: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) [need, cp] = [1, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) {
      [need, cp] = [2, b & 0x0f];
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      [need, cp] = [3, b & 0x07];
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      bad();
      i += 1;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      if (c === undefined || c < lower || c > upper) break;
      cp = (cp << 6) | (c & 0x3f);
      lower = 0x80;
      upper = 0xbf;
    }
    if (j <= need) {
      bad();
      i += j; // the maximal valid prefix is one error, as the Encoding Standard says
      continue;
    }
    out.push(cp);
    i += need + 1;
  }
  flush();
  return pieces.join('');
}

function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const units: number[] = [];
    for (let i = start; i + 1 < bytes.length && i < start + 8192; i += 2) units.push(littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
    pieces.push(String.fromCharCode(...units));
  }
  if (bytes.length % 2) pieces.push(String.fromCharCode(REPLACEMENT));
  return pieces.join('');
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';
const LABELS: Record<string, Encoding> = { 'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8', 'utf-16le': 'utf-16le', 'utf-16': 'utf-16le', 'utf-16be': 'utf-16be' };

/** The stand-in decoder: the subset of the WHATWG TextDecoder the project calls. */
export class TextDecoderStandIn {
  readonly encoding: Encoding;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;

  constructor(label = 'utf-8', options: { fatal?: boolean; ignoreBOM?: boolean } = {}) {
    const encoding = LABELS[String(label).trim().toLowerCase()];
    if (!encoding) throw new RangeError(`The encoding label provided ('${label}') is invalid.`);
    this.encoding = encoding;
    this.fatal = options.fatal === true;
    this.ignoreBOM = options.ignoreBOM === true;
  }

  decode(input?: ArrayBuffer | ArrayBufferView): string {
    if (input === undefined) return '';
    const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    let text: string;
    if (this.encoding === 'utf-8') text = utf8Text(bytes, this.fatal);
    else text = utf16(bytes, this.encoding === 'utf-16le');
    return !this.ignoreBOM && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}

/** The stand-in encoder: UTF-8, lone surrogates as U+FFFD, as the real one. */
export class TextEncoderStandIn {
  readonly encoding = 'utf-8';

  encode(text = ''): Uint8Array {
    const out: number[] = [];
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
      }
      if (cp >= 0xd800 && cp <= 0xdfff) cp = REPLACEMENT;
      if (cp < 0x80) out.push(cp);
      else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
      else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
      else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    }
    return new Uint8Array(out);
  }
}

const scope = (typeof self !== 'undefined' ? self : globalThis) as unknown as Scope;
if (typeof scope.TextDecoder !== 'function') scope.TextDecoder = TextDecoderStandIn;
if (typeof scope.TextEncoder !== 'function') scope.TextEncoder = TextEncoderStandIn;
