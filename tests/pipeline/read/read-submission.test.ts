import { readFileSync, readdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { extractTemplate } from '../../../core/grid/extract-template.js';
import { standardSpec } from '../../../core/templates/index.js';
import { readWorkbookFast } from '../../../core/xlsx/read-workbook-fast.js';
import type { FoundFile } from '../../../pipeline/read/find-workbooks.js';
import { readSubmission, type ReadSubmission } from '../../../pipeline/read/read-submission.js';
import { makeHostileCorpus } from '../../fixtures/hostile/make-hostile-corpus.js';
import { XLSX_CORPUS } from '../../support/shared-corpus.js';

/**
 * What readSubmission gave when it parsed every sheet up front: `preload: 'all'`
 * with the reader's own inflate and CRC (no node:zlib codecs), then the extraction.
 */
function byPreloadingEverySheet(path: string): Pick<ReadSubmission, 'failure' | 'failureIssues' | 'extracted'> {
  const bytes = new Uint8Array(readFileSync(path));
  const result = readWorkbookFast(bytes, basename(path), undefined, { preload: 'all' });
  if (!result.ok) return { failure: 'unreadable', failureIssues: [result.issue] };
  const extraction = extractTemplate(standardSpec, result.workbook);
  if (!extraction.ok) return { failure: 'not-template', failureIssues: extraction.issues };
  return { failureIssues: [], extracted: extraction.extracted };
}

function workbooksUnder(folder: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) out.push(...workbooksUnder(path));
    else if (/\.(xlsx|xlsm|xls|et|ods|csv)$/i.test(name)) out.push(path);
  }
  return out.sort();
}

const root = mkdtempSync(join(tmpdir(), 'read-submission-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readSubmission screens the sheets it does not extract', () => {
  it('refuses, extracts or rejects exactly as parsing every sheet up front did: hostile corpus, samples, real-world corpus', async () => {
    await makeHostileCorpus(join(root, 'hostile'));
    const paths = [...workbooksUnder(join(root, 'hostile')), ...workbooksUnder(join(process.cwd(), 'samples')), ...workbooksUnder(XLSX_CORPUS)];
    expect(paths.length).toBeGreaterThan(60);
    const outcomes = new Set<string>();
    for (const path of paths) {
      const file: FoundFile = { path, name: basename(path) };
      const read = await readSubmission(standardSpec, file);
      const expected = byPreloadingEverySheet(path);
      expect({ path, failure: read.failure, issues: read.failureIssues, extracted: read.extracted }).toEqual({
        path,
        failure: expected.failure,
        issues: expected.failureIssues,
        extracted: expected.extracted,
      });
      outcomes.add(read.failure ? `${read.failure}:${read.failureIssues[0]?.code}` : 'extracted');
    }
    // The comparison covers refusals from sheets beyond the template's (DOCTYPE, row limit, bombs), not only clean files.
    for (const code of ['unreadable:file.xml-doctype', 'unreadable:file.sheet-too-large', 'unreadable:file.malformed-xml', 'extracted']) {
      expect(outcomes).toContain(code);
    }
  }, 120_000);
});
