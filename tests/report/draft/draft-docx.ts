import { Document, Packer, Paragraph, TextRun } from 'docx';
import PizZip from 'pizzip';

/** A minimal draft: one paragraph per text, each typed in one run (or in the given runs). */
export async function draftOf(paragraphs: (string | string[])[]): Promise<Uint8Array> {
  const document = new Document({
    sections: [{ children: paragraphs.map((p) => new Paragraph({ children: (Array.isArray(p) ? p : [p]).map((text) => new TextRun({ text })) })) }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

export function part(docx: Uint8Array, path: string): string | undefined {
  return new PizZip(docx).file(path)?.asText();
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Each body paragraph's text (table cells included, in order), as a reader sees it. */
export function paragraphTexts(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((p) => [...p[1].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1])).join(''));
}
