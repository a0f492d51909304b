import type { Issue } from '../issues/issue.js';
import { fileIssue } from './file-issue.js';
import { DEFAULT_READ_LIMITS, formatSizeOver, type ReadLimits } from './read-limits.js';

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

/**
 * Says from the first bytes why a file cannot be an .xlsx workbook, before any
 * unzip: empty, too large, an OLE2 compound file (encrypted .xlsx, WPS .et or
 * old .xls), a text file renamed to .xlsx, or anything else that is not a zip.
 * Returns undefined for a zip, which the workbook reader then checks further.
 *
 * @example
 * classifyWorkbookBytes(new Uint8Array(), 'a.xlsx')?.code // 'file.empty'
 */
export function classifyWorkbookBytes(
  bytes: Uint8Array,
  fileName: string,
  limits: Pick<ReadLimits, 'maxFileBytes'> = DEFAULT_READ_LIMITS,
): Issue | undefined {
  if (baseName(fileName).startsWith('~$')) return fileIssue('file.lock-file', fileName);
  if (bytes.length === 0) return fileIssue('file.empty', fileName);
  if (bytes.length > limits.maxFileBytes) return tooLargeIssue(fileName, bytes.length, limits.maxFileBytes);
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return undefined;
  if (startsWith(bytes, OLE2_MAGIC)) return classifyCompoundFile(bytes, fileName);
  if (looksLikeText(bytes)) return fileIssue('file.text-not-workbook', fileName);
  return fileIssue('file.not-zip', fileName);
}

/** `file.too-large`, the size and the limit worded so that they differ (20.02 MiB against 20 MiB). */
export function tooLargeIssue(fileName: string, size: number, limit: number): Issue {
  return fileIssue('file.too-large', fileName, formatSizeOver(size, limit));
}

function classifyCompoundFile(bytes: Uint8Array, fileName: string): Issue {
  const names = compoundFileStreamNames(bytes);
  // An .xlsx with an open password is an OLE2 file holding these two streams (MS-OFFCRYPTO).
  if (names.has('encryptioninfo') || names.has('encryptedpackage')) return fileIssue('file.encrypted', fileName);
  // WPS marks its own binary format with streams named after the vendor (Kingsoft: KSO…, WPS…).
  if (/\.ett?$/i.test(fileName) || [...names].some((n) => /^(wps|kso)/.test(n))) {
    return fileIssue('file.wps-et', fileName);
  }
  return fileIssue('file.xls-binary', fileName);
}

/**
 * The lower-cased names of the entries in an OLE2 compound file's directory.
 * Follows the FAT chain of the directory (MS-CFB); when the structure is
 * damaged, falls back to scanning for the UTF-16 names that matter here.
 */
export function compoundFileStreamNames(bytes: Uint8Array): Set<string> {
  try {
    return readDirectoryNames(bytes);
  } catch {
    const names = new Set<string>();
    for (const name of ['EncryptionInfo', 'EncryptedPackage']) {
      if (indexOfBytes(bytes, utf16le(name)) >= 0) names.add(name.toLowerCase());
    }
    return names;
  }
}

function readDirectoryNames(bytes: Uint8Array): Set<string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) throw new Error('bad sector size');
  const sectorSize = 1 << sectorShift;
  const sectorOffset = (s: number): number => (s + 1) * sectorSize;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = view.getUint32(0x4c + i * 4, true);
    if (s >= 0xfffffffa) break;
    fatSectors.push(s);
  }
  let difat = view.getUint32(0x44, true);
  for (let guard = 0; difat < 0xfffffffa && guard < 1000; guard++) {
    const base = sectorOffset(difat);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector; i++) {
      const s = view.getUint32(base + i * 4, true);
      if (s < 0xfffffffa) fatSectors.push(s);
    }
    difat = view.getUint32(base + perSector * 4, true);
  }
  const nextSector = (s: number): number => {
    const perSector = sectorSize / 4;
    const fatSector = fatSectors[Math.floor(s / perSector)];
    if (fatSector === undefined) throw new Error('FAT out of range');
    return view.getUint32(sectorOffset(fatSector) + (s % perSector) * 4, true);
  };
  const names = new Set<string>();
  let sector = view.getUint32(0x30, true);
  // The guard stops a FAT loop in a damaged file.
  for (let guard = 0; sector < 0xfffffffa && guard < 10_000; guard++) {
    const base = sectorOffset(sector);
    if (base + sectorSize > bytes.length) throw new Error('directory past end of file');
    for (let entry = 0; entry < sectorSize / 128; entry++) {
      const at = base + entry * 128;
      const nameBytes = view.getUint16(at + 0x40, true);
      if (nameBytes < 2 || nameBytes > 64) continue;
      let name = '';
      for (let i = 0; i < nameBytes - 2; i += 2) name += String.fromCharCode(view.getUint16(at + i, true));
      names.add(name.toLowerCase());
    }
    sector = nextSector(sector);
  }
  if (names.size === 0) throw new Error('empty directory');
  return names;
}

/**
 * A text file renamed to .xlsx (CSV, tab-separated, HTML "Excel" exports):
 * a UTF-16 byte-order mark, or no NUL bytes and almost no control characters
 * in the first 4 KiB, in UTF-8 or a GBK-looking encoding.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (control > sample.length / 100) return false;
  return isUtf8(sample) || isGbkLike(sample);
}

function isUtf8(sample: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample);
    return true;
  } catch {
    // The 4 KiB cut may split the last character: accept a truncated tail only.
    for (let cut = 1; cut <= 3; cut++) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, sample.length - cut));
        return true;
      } catch {
        /* try a shorter cut */
      }
    }
    return false;
  }
}

/** GBK: bytes ≥ 0x81 come in pairs, lead 0x81–0xFE, trail 0x40–0xFE except 0x7F. */
function isGbkLike(sample: Uint8Array): boolean {
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b < 0x80) continue;
    if (b === 0x80 || b === 0xff) return false;
    const t = sample[i + 1];
    if (t === undefined) return true;
    if (t < 0x40 || t === 0x7f || t === 0xff) return false;
    i++;
  }
  return true;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}
