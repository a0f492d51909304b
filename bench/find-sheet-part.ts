import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

/**
 * The zip part of a named sheet, found through the workbook's own index
 * (workbook.xml → its relationships), as the raw baseline is told once before
 * it is timed. The generated workbooks all share it.
 */
export function findSheetPart(path: string, sheetName: string): string {
  const zip = unzipSync(readFileSync(path), { filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels' });
  const workbook = strFromU8(zip['xl/workbook.xml']);
  const rels = strFromU8(zip['xl/_rels/workbook.xml.rels']);
  const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    if (name === undefined || id === undefined || decode(name) !== sheetName) continue;
    for (const r of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      if (/\bId="([^"]*)"/.exec(r[0])?.[1] !== id) continue;
      const target = /\bTarget="([^"]*)"/.exec(r[0])?.[1] ?? '';
      return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    }
  }
  throw new Error(`${path}: no sheet named ${sheetName}`);
}
