import type PizZip from 'pizzip';

/*
 * The package-level edits a filled draft needs beside its document.xml: media
 * parts, their relationships, and content types for PNG and SVG.
 */

const RELS = 'word/_rels/document.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const RELS_EMPTY = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const MEDIA_TYPES: Record<string, string> = { png: 'image/png', svg: 'image/svg+xml' };

/** Relationship ids already used by document.xml, so new ones never collide. */
export function usedRelIds(zip: PizZip): Set<string> {
  const rels = zip.file(RELS)?.asText() ?? '';
  return new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
}

/** Media paths already in the package. */
export function usedMediaPaths(zip: PizZip): Set<string> {
  return new Set(Object.keys(zip.files).filter((p) => p.startsWith('word/media/')));
}

/** Adds a media part (`word/media/…`) with an image relationship from document.xml. */
export function addImagePart(zip: PizZip, relId: string, path: string, data: Uint8Array): void {
  zip.file(path, data, { binary: true });
  const rels = zip.file(RELS)?.asText() ?? RELS_EMPTY;
  const rel = `<Relationship Id="${relId}" Type="${IMAGE_REL}" Target="${path.slice('word/'.length)}"/>`;
  zip.file(RELS, rels.replace('</Relationships>', `${rel}</Relationships>`));
  const extension = path.slice(path.lastIndexOf('.') + 1);
  const types = zip.file(CONTENT_TYPES)?.asText() ?? '';
  if (!new RegExp(`<Default\\s+Extension="${extension}"`, 'i').test(types)) {
    zip.file(CONTENT_TYPES, types.replace('</Types>', `<Default Extension="${extension}" ContentType="${MEDIA_TYPES[extension]}"/></Types>`));
  }
}

/** A4 with 3.17 cm side margins, when the draft says nothing. */
const DEFAULT_TEXT_WIDTH = 11906 - 2 * 1800;

/** The width between the margins of the draft's last section, in twips: tables and pictures fill it. */
export function textWidth(documentXml: string): number {
  const sections = [...documentXml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)];
  const last = sections[sections.length - 1]?.[0];
  if (!last) return DEFAULT_TEXT_WIDTH;
  const attr = (tag: string, name: string) => {
    const element = last.match(new RegExp(`<w:${tag}\\b[^>]*>`))?.[0];
    const value = element?.match(new RegExp(`\\bw:${name}="(\\d+)"`))?.[1];
    return value === undefined ? undefined : Number(value);
  };
  const width = attr('pgSz', 'w');
  const left = attr('pgMar', 'left') ?? 0;
  const right = attr('pgMar', 'right') ?? 0;
  if (!width || width - left - right < 1440) return DEFAULT_TEXT_WIDTH;
  return width - left - right;
}
