import { pathToFileURL } from 'node:url';
import { a1 } from '../core/grid/address.js';
import type { Extracted, ExtractedRow } from '../core/grid/extracted.js';
import { check } from '../core/rules/check.js';
import { standardSpec } from '../core/templates/index.js';

// A valid 2024 annual submission of a district union: rates agree with their parts, moves stay under the thresholds.
const CURRENT = [1250, 1080, 86.4, 186500, 160300, 86.0, 12600, 41200, 56, 920, 810, 88.0, 765, 402, 880, 158000, 960, 88.9, 940, 87.0, 1234.56, 612.3, 208.75, 301.41, 112.1, 180, 32000, 2150, 420, 385.8];
const PRIOR = [1180, 1000, 84.7, 179200, 152800, 85.3, 10400, 39800, 48, 860, 742, 86.3, 700, 371, 830, 149500, 890, 89.0, 870, 87.0, 1136.2, 566, 195.4, 279.3, 95.5, 165, 30500, 2380, 390, 372.52];

function validSubmission(): Extracted {
  const rows: Record<string, ExtractedRow> = {};
  standardSpec.indicators.forEach((ind, i) => {
    const row = 9 + i;
    const value = (v: number, col: number) => ({ reading: { state: 'number' as const, value: v }, notes: [], row, col, cell: a1(row, col) });
    rows[ind.code] = { code: ind.code, row, name: ind.name.zh, current: value(CURRENT[i], 4), prior: value(PRIOR[i], 5), note: null };
  });
  const field = (key: 'unitName' | 'unitCode' | 'year' | 'period' | 'preparer' | 'phone', text: string, row: number) => ({
    key, text, cell: a1(row, 2), labelCell: a1(row, 1),
  });
  return {
    sheet: standardSpec.sheetName,
    header: {
      unitName: field('unitName', '玄武区总工会', 2),
      unitCode: field('unitCode', '320102', 3),
      year: field('year', '2024', 4),
      period: field('period', '年报', 5),
      preparer: field('preparer', '王丽', 6),
      phone: field('phone', '025-84561234', 7),
    },
    unitCode: '320102',
    unitName: '玄武区总工会',
    year: 2024,
    period: 'annual',
    headRow: 8,
    columns: { code: 1, name: 2, unit: 3, current: 4, prior: 5, change: 6, note: 7 },
    rows,
    issues: [],
  };
}

/** Milliseconds per `check` of a valid standard submission with a full context, after warm-up. */
export function benchCheck(iterations = 20000): { msPerCheck: number } {
  const extracted = validSubmission();
  const context = {
    collection: { year: 2024, period: 'annual' as const },
    rosterCodes: new Set(['320102']),
    lastYear: { values: Object.fromEntries(standardSpec.indicators.map((ind, i) => [ind.code, PRIOR[i]])), source: 'last-year.xlsx' },
  };
  const first = check(standardSpec, extracted, context);
  // A benchmark of a submission that fails would time message rendering, not the rules.
  if (first.issues.length > 0) throw new Error(`bench submission is not valid: ${first.issues[0].message.en}`);
  for (let i = 0; i < Math.min(2000, iterations); i++) check(standardSpec, extracted, context);
  const start = performance.now();
  for (let i = 0; i < iterations; i++) check(standardSpec, extracted, context);
  return { msPerCheck: (performance.now() - start) / iterations };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { msPerCheck } = benchCheck();
  process.stdout.write(`check (standard spec, valid submission): ${(msPerCheck * 1000).toFixed(1)} µs per call\n`);
}
