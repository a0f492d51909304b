import { Inflate, inflateSync } from 'fflate';
import type { ReadLimits } from './read-limits.js';
import { formatBytes, formatSizeOver } from './read-limits.js';
import { ReadRefusal, fileIssue } from './file-issue.js';
import type { XmlSource } from './parse-xml.js';

/** One entry of the zip's central directory: what the archive declares, nothing inflated yet. */
export interface ZipEntry {
  /** The name with `\\` read as `/` (some Windows tools write it). */
  name: string;
  /** The name as the archive spells it. */
  rawName: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/**
 * A zip archive read from its central directory only. Parts are inflated one
 * at a time on request, each held to its declared size and to the archive's
 * running budget, so neither a lying header nor a bomb can allocate more than
 * the limits allow. Names are looked up case-insensitively: producers disagree
 * on `sharedStrings.xml` vs `SharedStrings.xml`.
 */
export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();
  private inflatedBytes = 0;
  /** Streamed parts already counted against the inflate budget (a part may be streamed again). */
  private readonly streamed = new Set<ZipEntry>();

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly fileName: string,
    private readonly limits: ReadLimits,
    readonly entries: readonly ZipEntry[],
    private readonly codecs: ZipCodecs,
  ) {
    for (const entry of entries) this.byName.set(entry.name.toLowerCase(), entry);
  }

  /**
   * Reads the central directory and refuses a bomb before anything is inflated. Throws ReadRefusal.
   * `codecs` may replace the reader's own CRC-32 and inflate with the host's native ones.
   */
  static open(bytes: Uint8Array, fileName: string, limits: ReadLimits, codecs: ZipCodecs = {}): ZipArchive {
    const entries = readCentralDirectory(bytes, fileName);
    let declared = 0;
    let ratioOver: ZipEntry | undefined;
    const seen = new Map<string, string>();
    for (const entry of entries) {
      // Readers disagree on which of two same-named entries counts (first, last, case-folded or not): refuse both.
      const key = entry.name.toLowerCase();
      const other = seen.get(key);
      if (other !== undefined) {
        throw new ReadRefusal(fileIssue('file.zip-duplicate-entry', fileName, { part: other, other: entry.rawName }));
      }
      seen.set(key, entry.rawName);
      declared += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      // Small parts may compress very well (a few repeated tags); only a large, absurdly compressed part is a bomb.
      if (entry.uncompressedSize > 1024 * 1024 && ratio > limits.maxCompressionRatio) ratioOver ??= entry;
    }
    if (declared > limits.maxInflatedBytes) {
      const sizes = formatSizeOver(declared, limits.maxInflatedBytes);
      throw new ReadRefusal(fileIssue('file.zip-bomb', fileName, { declared: sizes.size, limit: sizes.limit }));
    }
    if (ratioOver) {
      const ratio = Math.round(ratioOver.uncompressedSize / Math.max(ratioOver.compressedSize, 1));
      throw new ReadRefusal(fileIssue('file.zip-ratio', fileName, { part: ratioOver.name, ratio, limit: limits.maxCompressionRatio }));
    }
    return new ZipArchive(bytes, fileName, limits, entries, codecs);
  }

  has(name: string): boolean {
    return this.byName.has(normalisePartName(name).toLowerCase());
  }

  /** The entry as the archive spells it, looked up case-insensitively; a leading `/` is ignored. */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(normalisePartName(name).toLowerCase());
  }

  /** Inflates one part and decodes it as XML text; undefined when the archive has no such part. Throws ReadRefusal. */
  readText(name: string): string | undefined {
    const data = this.read(name);
    return data === undefined ? undefined : decodeXmlText(data);
  }

  /**
   * A part's text for the XML readers: inflated whole when it declares at most
   * STREAM_FROM bytes (the common case, and the fastest), otherwise streamed:
   * inflated and decoded in chunks each time the source is pushed, so its
   * size is bounded by the inflate budget, not by what one part may hold in
   * memory. Undefined when the archive has no such part.
   */
  textSource(name: string): XmlSource | undefined {
    const entry = this.entry(name);
    if (!entry) return undefined;
    if (entry.uncompressedSize <= STREAM_FROM) return this.readText(name);
    return (sink) => this.stream(entry, sink);
  }

  /**
   * Inflates a part in steps, handing its text to `sink` chunk by chunk, with
   * the checks `read` makes (budget, declared size, CRC) made as it goes and
   * at its end. When the sink refuses the part, the rest is still inflated
   * (not decoded) so that a damaged archive is named as damaged, as a whole
   * read would. Throws ReadRefusal.
   */
  private stream(entry: ZipEntry, sink: (chunk: string) => void): void {
    const refuse = (code: string, values: Record<string, string | number> = {}): never => {
      throw new ReadRefusal(fileIssue(code, this.fileName, { part: entry.name, ...values }));
    };
    const { compressed } = this.locate(entry.name) as { entry: ZipEntry; compressed: Uint8Array };
    const counted = this.streamed.has(entry);
    if (!counted && entry.uncompressedSize > this.limits.maxInflatedBytes - this.inflatedBytes) {
      const sizes = formatSizeOver(this.inflatedBytes + entry.uncompressedSize, this.limits.maxInflatedBytes);
      refuse('file.zip-bomb', { declared: sizes.size, limit: sizes.limit });
    }
    if (entry.method !== 0 && entry.method !== 8) refuse('file.zip-method', { method: entry.method });
    if (entry.method === 8 && compressed.length === 0) refuse('file.truncated');
    const mismatch = (): never => refuse('file.zip-size-mismatch', { declared: formatBytes(entry.uncompressedSize, 6) });
    const decoder = new TextStreamDecoder();
    let total = 0;
    let crc = 0;
    let sinkError: unknown;
    let passThrough: unknown;
    const take = (data: Uint8Array): void => {
      total += data.length;
      if (total > entry.uncompressedSize) mismatch();
      crc = crc32(data, crc);
      if (sinkError !== undefined) return;
      try {
        const text = decoder.decode(data, false);
        if (text !== '') sink(text);
      } catch (error) {
        // The fast scanner's call for saxes ends this pass at once; a refusal waits for the integrity checks.
        if (!(error instanceof ReadRefusal)) {
          passThrough = error;
          throw error;
        }
        sinkError = error;
      }
    };
    if (entry.method === 0) {
      for (let i = 0; i < compressed.length; i += STREAM_STEP_STORED) take(compressed.subarray(i, i + STREAM_STEP_STORED));
    } else {
      let finished = false;
      const inflater = new Inflate((chunk, final) => {
        take(chunk);
        if (final) finished = true;
      });
      try {
        for (let i = 0; i < compressed.length; i += STREAM_STEP) {
          inflater.push(compressed.subarray(i, i + STREAM_STEP), i + STREAM_STEP >= compressed.length);
        }
      } catch (error) {
        if (error instanceof ReadRefusal || error === passThrough) throw error;
        return refuse('file.zip-damaged');
      }
      if (!finished) refuse('file.zip-damaged');
    }
    if (total !== entry.uncompressedSize) mismatch();
    if (crc >>> 0 !== entry.crc) refuse('file.zip-checksum');
    if (sinkError !== undefined) throw sinkError;
    const tail = decoder.decode(new Uint8Array(0), true);
    if (tail !== '') sink(tail);
    if (!counted) {
      this.streamed.add(entry);
      this.inflatedBytes += total;
    }
  }

  /**
   * A part's entry and compressed bytes, after the checks `read` makes before
   * inflating (encryption, local header, data inside the file); undefined when
   * the archive has no such part. Throws ReadRefusal.
   */
  locate(name: string): { entry: ZipEntry; compressed: Uint8Array } | undefined {
    const entry = this.entry(name);
    if (!entry) return undefined;
    const refuse = (code: string): never => {
      throw new ReadRefusal(fileIssue(code, this.fileName, { part: entry.name }));
    };
    if (entry.flags & 1) throw new ReadRefusal(fileIssue('file.encrypted', this.fileName));
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length) refuse('file.truncated');
    if (view.getUint32(at, true) !== 0x04034b50) refuse('file.zip-damaged');
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) refuse('file.truncated');
    return { entry, compressed: this.bytes.subarray(start, end) };
  }

  /**
   * Counts a located part against the inflate budget as `read` would, without
   * inflating it: for a part whose compressed bytes are known to inflate to
   * data that passed every check. False (nothing counted) when the budget
   * would not allow it, so that `read` refuses it as before.
   */
  countAsInflated(entry: ZipEntry): boolean {
    if (entry.uncompressedSize > this.limits.maxInflatedBytes - this.inflatedBytes) return false;
    this.inflatedBytes += entry.uncompressedSize;
    return true;
  }

  /**
   * Inflates one part, checking its size against the part limit, the declared
   * size and the budget, and its CRC. A part that inflates to anything but its
   * declared size is damaged (not a bomb: the declared sizes were already held
   * to the limits, and inflating stops at the declared size). Throws ReadRefusal.
   */
  read(name: string): Uint8Array | undefined {
    const entry = this.entry(name);
    if (!entry) return undefined;
    const refuse = (code: string, values: Record<string, string | number> = {}): never => {
      throw new ReadRefusal(fileIssue(code, this.fileName, { part: entry.name, ...values }));
    };
    if (entry.uncompressedSize > this.limits.maxPartBytes) {
      const sizes = formatSizeOver(entry.uncompressedSize, this.limits.maxPartBytes);
      refuse('file.part-too-large', { size: sizes.size, limit: sizes.limit });
    }
    const { compressed } = this.locate(name) as { entry: ZipEntry; compressed: Uint8Array };
    const budget = this.limits.maxInflatedBytes - this.inflatedBytes;
    if (entry.uncompressedSize > budget) {
      const sizes = formatSizeOver(this.inflatedBytes + entry.uncompressedSize, this.limits.maxInflatedBytes);
      refuse('file.zip-bomb', { declared: sizes.size, limit: sizes.limit });
    }
    const cap = entry.uncompressedSize;
    const mismatch = (): never => refuse('file.zip-size-mismatch', { declared: formatBytes(entry.uncompressedSize, 6) });
    let data: Uint8Array | undefined;
    if (entry.method === 0) {
      data = compressed;
    } else if (entry.method === 8 && compressed.length === 0) {
      // Even an empty part deflates to at least two bytes; none at all means the data is missing.
      data = entry.uncompressedSize === 0 ? compressed : refuse('file.truncated');
    } else if (entry.method === 8 && (data = this.inflateNatively(compressed, cap)) !== undefined) {
      // Inflated by the host within the cap: checked below like any other result.
    } else if (entry.method === 8) {
      const inflated = compressed.length <= ONE_SHOT_MAX ? inflateOneShot(compressed, cap) : inflateCapped(compressed, cap, mismatch);
      data = inflated ?? refuse('file.zip-damaged');
    } else {
      return refuse('file.zip-method', { method: entry.method });
    }
    if (data.length !== entry.uncompressedSize) mismatch();
    if ((this.codecs.crc32 ?? crc32)(data) >>> 0 !== entry.crc) refuse('file.zip-checksum');
    this.inflatedBytes += data.length;
    return data;
  }

  /** The part inflated by the host's codec, or undefined (none, or it failed: the reader's own inflate decides). */
  private inflateNatively(compressed: Uint8Array, cap: number): Uint8Array | undefined {
    const inflateRaw = this.codecs.inflateRaw;
    if (inflateRaw === undefined || cap <= 0 || compressed.length === 0) return undefined;
    try {
      const data = inflateRaw(compressed, cap);
      return data.length <= cap ? data : undefined;
    } catch {
      return undefined;
    }
  }
}

/**
 * Native codecs a host may hand the reader in place of its own JavaScript ones
 * (Node's zlib is several times faster than fflate and the loop below); the
 * browser add-in passes none. They change the speed, never the outcome.
 */
export interface ZipCodecs {
  /** CRC-32 of the data, as an unsigned number. */
  crc32?: (data: Uint8Array) => number;
  /**
   * Inflates a raw deflate stream into at most `maxOutput` bytes; throws on
   * anything else (damaged, truncated, larger). The reader then inflates the
   * part itself, which refuses it with its own words, so a part that is not
   * plainly valid reads exactly as without the codec.
   */
  inflateRaw?: (compressed: Uint8Array, maxOutput: number) => Uint8Array;
}

/** Part names inside the package never start with `/`; relationship targets may. */
function normalisePartName(name: string): string {
  return name.replace(/^\/+/, '');
}

function readCentralDirectory(bytes: Uint8Array, fileName: string): ZipEntry[] {
  const truncated = (): never => {
    throw new ReadRefusal(fileIssue('file.truncated', fileName));
  };
  const damaged = (): never => {
    throw new ReadRefusal(fileIssue('file.zip-directory-damaged', fileName));
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(bytes, view);
  if (eocd < 0) return truncated();
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== 0x07064b50) return damaged();
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== 0x06064b50) return damaged();
    count = Number(view.getBigUint64(record + 32, true));
    cdSize = Number(view.getBigUint64(record + 40, true));
    cdOffset = Number(view.getBigUint64(record + 48, true));
  }
  if (cdOffset + cdSize > bytes.length) return truncated();
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length) return truncated();
    if (view.getUint32(at, true) !== 0x02014b50) return damaged();
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > bytes.length) return truncated();
    const rawName = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const entry: ZipEntry = {
      name: rawName.replace(/\\/g, '/'),
      rawName,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    applyZip64Extra(entry, view, at + 46 + nameLength, extraLength, fileName);
    if (!entry.name.endsWith('/')) entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}

/** ZIP64 extra field (0x0001): 64-bit values replace the ones set to 0xFFFFFFFF, in this order. */
function applyZip64Extra(entry: ZipEntry, view: DataView, start: number, length: number, fileName: string): void {
  let at = start;
  while (at + 4 <= start + length && at + 4 <= view.byteLength) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        // A ZIP64 field cut short by the extra's own length (or the file) is damage, not a value.
        if (field + 8 > start + length || field + 8 > view.byteLength) throw new ReadRefusal(fileIssue('file.zip-directory-damaged', fileName));
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}

/**
 * Parts up to this compressed size inflate in one call into a buffer of their
 * declared size (fast, no regrowth). fflate then drops output past the buffer
 * instead of growing it, so a lying part costs at most 256 KiB × 1032 (deflate's
 * highest ratio) of work; larger parts go through the stepped, capped stream.
 */
const ONE_SHOT_MAX = 256 * 1024;

/**
 * Parts declaring more than this are streamed (ZipArchive.textSource): a sheet
 * or shared-strings table of a real submission is far smaller, so the usual
 * file never takes the slower path.
 */
export const STREAM_FROM = 4 * 1024 * 1024;
/** Compressed bytes per inflate step: at deflate's highest ratio (about 1032:1) one step yields at most 8 MiB. */
const STREAM_STEP = 8 * 1024;
const STREAM_STEP_STORED = 1024 * 1024;

/** One-shot inflate into `cap + 1` bytes: a result of that length means the part is larger than declared. */
function inflateOneShot(compressed: Uint8Array, cap: number): Uint8Array | undefined {
  try {
    return inflateSync(compressed, { out: new Uint8Array(cap + 1) });
  } catch {
    return undefined;
  }
}

/**
 * Inflates in 64 KiB input steps and stops as soon as the output passes `cap`,
 * so a part that lies about its size costs at most `cap` bytes and little time.
 * Returns undefined when the deflate stream ends before its final block.
 */
function inflateCapped(compressed: Uint8Array, cap: number, overflow: () => never): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > cap) overflow();
    chunks.push(chunk);
    if (final) finished = true;
  });
  const step = 65536;
  try {
    if (compressed.length === 0) inflater.push(compressed, true);
    for (let i = 0; i < compressed.length; i += step) {
      inflater.push(compressed.subarray(i, i + step), i + step >= compressed.length);
    }
  } catch (error) {
    if (error instanceof ReadRefusal) throw error;
    return undefined;
  }
  if (!finished) return undefined;
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

let utf8: TextDecoder | undefined;

/**
 * decodeXmlText for a part that arrives in chunks: the byte-order mark is read
 * from the first bytes, and a character cut by a chunk boundary is completed
 * by the next chunk.
 */
class TextStreamDecoder {
  private decoder: TextDecoder | undefined;
  private head = new Uint8Array(0);
  private first = true;

  decode(data: Uint8Array, final: boolean): string {
    if (this.decoder === undefined) {
      // Two bytes decide the encoding: wait for them unless the part ends first.
      const head = this.head.length === 0 ? data : concatBytes(this.head, data);
      if (head.length < 2 && !final) {
        this.head = head.slice();
        return '';
      }
      this.head = new Uint8Array(0);
      let encoding = 'utf-8';
      let skip = 0;
      if (head[0] === 0xff && head[1] === 0xfe) [encoding, skip] = ['utf-16le', 2];
      else if (head[0] === 0xfe && head[1] === 0xff) [encoding, skip] = ['utf-16be', 2];
      this.decoder = new TextDecoder(encoding);
      data = head.subarray(skip);
    }
    let text = this.decoder.decode(data, { stream: !final });
    if (this.first && text !== '') {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return text;
  }
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** XML parts are UTF-8 unless they carry a UTF-16 byte-order mark. */
function decodeXmlText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  // One decoder for every part: a non-streaming decode keeps no state between calls, and making one per part costs.
  utf8 ??= new TextDecoder('utf-8');
  const text = utf8.decode(data);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (zip's checksum, as an unsigned number), eight bytes a step ("slicing by 8": eight 256-entry tables in one array). */
export function crc32(data: Uint8Array, previous = 0): number {
  if (!crcTable) {
    const t = new Uint32Array(256 * 8);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      t[n] = c >>> 0;
    }
    for (let n = 0; n < 256; n++) {
      for (let k = 1; k < 8; k++) t[k * 256 + n] = (t[(k - 1) * 256 + n] >>> 8) ^ t[t[(k - 1) * 256 + n] & 0xff];
    }
    crcTable = t;
  }
  const t = crcTable;
  let crc = previous ^ -1;
  const n = data.length;
  const whole = n - (n % 8);
  let i = 0;
  for (; i < whole; i += 8) {
    const a = crc ^ (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
    const b = data[i + 4] | (data[i + 5] << 8) | (data[i + 6] << 16) | (data[i + 7] << 24);
    crc =
      t[1792 + (a & 0xff)] ^
      t[1536 + ((a >>> 8) & 0xff)] ^
      t[1280 + ((a >>> 16) & 0xff)] ^
      t[1024 + (a >>> 24)] ^
      t[768 + (b & 0xff)] ^
      t[512 + ((b >>> 8) & 0xff)] ^
      t[256 + ((b >>> 16) & 0xff)] ^
      t[b >>> 24];
  }
  for (; i < n; i++) crc = t[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
