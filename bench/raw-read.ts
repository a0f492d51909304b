/**
 * The raw-read baseline, run as its own process by the bench: the least work
 * that still reads the same values as the merge. For each file: unzip only the
 * template sheet and the shared strings with fflate, SAX-parse them with
 * saxes, and sum the numeric value column by indicator code. Nothing else: no
 * checks, no styles, no outputs.
 *
 * Usage: node raw-read.js <folder> <sheet part> <code col> <value col>
 * Prints one JSON line: { files, ms, total, codes }.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

/** Column number (1-based) of an A1 reference. */
function colOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col;
}

function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const parser = new SaxesParser();
  let inT = false;
  let current = '';
  parser.on('opentag', (tag) => {
    if (tag.name === 't') inT = true;
    else if (tag.name === 'si') current = '';
  });
  parser.on('text', (text) => {
    if (inT) current += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 't') inT = false;
    else if (tag.name === 'si') out.push(current);
  });
  parser.write(xml).close();
  return out;
}

function sumSheet(xml: string, strings: string[], codeCol: number, valueCol: number, sums: Map<string, number>): void {
  const parser = new SaxesParser();
  let col = 0;
  let type = '';
  let text = '';
  let inValue = false;
  let code: string | undefined;
  let value: number | undefined;
  parser.on('opentag', (tag) => {
    const name = tag.name;
    if (name === 'c') {
      col = colOf(String(tag.attributes.r ?? ''));
      type = String(tag.attributes.t ?? '');
      text = '';
    } else if (name === 'v' || name === 't') {
      inValue = true;
    } else if (name === 'row') {
      code = undefined;
      value = undefined;
    }
  });
  parser.on('text', (t) => {
    if (inValue) text += t;
  });
  parser.on('closetag', (tag) => {
    const name = tag.name;
    if (name === 'v' || name === 't') inValue = false;
    else if (name === 'c') {
      if (col === codeCol) code = type === 's' ? strings[Number(text)] : text;
      else if (col === valueCol && text !== '' && type !== 's' && type !== 'str' && type !== 'inlineStr' && type !== 'e') {
        const n = Number(text);
        if (Number.isFinite(n)) value = n;
      }
    } else if (name === 'row' && code !== undefined && value !== undefined) {
      sums.set(code, (sums.get(code) ?? 0) + value);
    }
  });
  parser.write(xml).close();
}

function main(): void {
  const [folder, sheetPart, codeColText, valueColText] = process.argv.slice(2);
  const codeCol = Number(codeColText);
  const valueCol = Number(valueColText);
  const started = performance.now();
  const sums = new Map<string, number>();
  const names = readdirSync(folder).filter((n) => n.endsWith('.xlsx')).sort();
  for (const name of names) {
    const zip = unzipSync(readFileSync(join(folder, name)), {
      filter: (f) => f.name === sheetPart || f.name === 'xl/sharedStrings.xml',
    });
    const ssBytes = zip['xl/sharedStrings.xml'];
    const strings = ssBytes ? parseSharedStrings(strFromU8(ssBytes)) : [];
    sumSheet(strFromU8(zip[sheetPart]), strings, codeCol, valueCol, sums);
  }
  const ms = performance.now() - started;
  let total = 0;
  for (const v of sums.values()) total += v;
  process.stdout.write(`${JSON.stringify({ files: names.length, ms, total, codes: sums.size })}\n`);
}

main();
