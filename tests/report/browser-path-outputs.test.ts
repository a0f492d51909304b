import { strFromU8, unzipSync } from 'fflate';
import { standardSpec } from '../../core/templates/index.js';
import type { MergeReport } from '../../core/merge/merge-report.js';
import { buildFeedback } from '../../report/build-feedback.js';
import { buildOutputs, OUTPUT_FILES, type BuildOutputsOptions, type OutputName } from '../../report/build-outputs.js';
import { fflateDeflater } from '../../report/fflate-deflater.js';
import { isOutputPieces } from '../../report/output-data.js';
import { partsWorkbook } from '../../report/parts-workbook.js';
import { nodeDeflater } from '../../pipeline/write/node-deflater.js';
import { nodeWorkbook } from '../../pipeline/write/streaming-workbook.js';
import { sampleMergeReport } from '../support/sample-merge-report.js';
import { nationalReport } from './docx-fixtures.js';

/*
 * The 汇总 page and the add-in build their outputs with the same builders as
 * the CLI; only the injected pieces differ: fflate instead of node:zlib for
 * the package parts, and exceljs's streaming writer with its parts zipped by
 * fflate instead of by archiver. Every output must come out the same, part by
 * part for the packages; only the time of writing in docProps/core.xml may
 * differ. (run.json is text from buildRunJson alone, nothing injected.)
 */

const date = new Date(2025, 1, 3);
const NODE: BuildOutputsOptions = { deflater: nodeDeflater, createWorkbook: nodeWorkbook };
const BROWSER: BuildOutputsOptions = { deflater: fflateDeflater, createWorkbook: partsWorkbook(fflateDeflater) };

async function outputs(report: MergeReport, pieces: BuildOutputsOptions, lang: 'zh' | 'en'): Promise<Map<OutputName, Uint8Array | string>> {
  const files = new Map<OutputName, Uint8Array | string>();
  await buildOutputs(report, standardSpec, { ...pieces, lang, xlsx: { date, header: { phone: '0371-12345678' } } }, { write: (name, data) => void files.set(name, isOutputPieces(data) ? [...data.pieces].join('') : data) });
  return files;
}

/** Every part as text, docProps/core.xml without its times of writing. */
function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.keys(files)
      .sort()
      .map((name) => {
        const text = strFromU8(files[name]);
        return [name, name === 'docProps/core.xml' ? text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1') : text];
      }),
  );
}

describe.each([
  ['a city (sample report)', () => sampleMergeReport(), 'zh'],
  ['national scale (3,000 status rows: document.xml over several deflate batches)', () => nationalReport(3000), 'zh'],
  ['a city, in English', () => sampleMergeReport(), 'en'],
] as const)('outputs built the browser way equal the CLI\'s: %s', (_case, makeReport, lang) => {
  test('every output, packages part by part', async () => {
    const report = makeReport();
    const [node, browser] = [await outputs(report, NODE, lang), await outputs(report, BROWSER, lang)];
    const names = Object.values(OUTPUT_FILES).filter((name) => name !== OUTPUT_FILES.run);
    expect([...node.keys()].sort()).toEqual([...names].sort());
    expect([...browser.keys()].sort()).toEqual([...names].sort());
    for (const name of names) {
      const [a, b] = [node.get(name)!, browser.get(name)!];
      if (/\.(xlsx|docx)$/.test(name)) {
        expect(typeof a).not.toBe('string');
        const [pa, pb] = [parts(a as Uint8Array), parts(b as Uint8Array)];
        expect(Object.keys(pa).length).toBeGreaterThan(5);
        for (const part of Object.keys(pa)) expect([name, part, pb[part]]).toEqual([name, part, pa[part]]);
        expect(Object.keys(pb)).toEqual(Object.keys(pa));
        // The compressed bytes differ (fflate is not zlib): the comparison is of what they hold.
        expect(Buffer.from(a as Uint8Array).equals(Buffer.from(b as Uint8Array))).toBe(false);
      } else {
        expect([name, b]).toEqual([name, a]);
      }
    }
  });
});

describe('the feedback built the browser way equals the CLI\'s', () => {
  test('the same files, in the same order, part by part', async () => {
    const report = sampleMergeReport();
    // The CLI zips the feedback's parts with node:zlib (pipeline/write), the page with fflate.
    const [node, browser] = [await buildFeedback(report, standardSpec, partsWorkbook(nodeDeflater)), await buildFeedback(report, standardSpec, partsWorkbook(fflateDeflater))];
    expect(browser.map((f) => f.name)).toEqual(node.map((f) => f.name));
    expect(node.length).toBeGreaterThan(1);
    node.forEach((file, i) => {
      const [pa, pb] = [parts(file.bytes), parts(browser[i].bytes)];
      expect(Object.keys(pb)).toEqual(Object.keys(pa));
      for (const part of Object.keys(pa)) expect([file.name, part, pb[part]]).toEqual([file.name, part, pa[part]]);
    });
  });
});
