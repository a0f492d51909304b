import { standardSpec } from '../../core/templates/index.js';
import { buildFiguresJson, figuresJsonPieces } from '../../report/figures/figures-json.js';
import { figuresOfMerge } from '../../report/figures/figures-of-merge.js';
import { outputBytes } from '../../report/output-data.js';
import { prettyJsonPieces } from '../../report/pretty-json-pieces.js';
import { sampleMergeReport } from '../support/sample-merge-report.js';
import { nationalReport } from './docx-fixtures.js';

const joined = (value: unknown, indent?: number, depth?: number) => [...prettyJsonPieces(value, indent, depth)].join('');

describe('prettyJsonPieces', () => {
  test.each([
    ['nested objects and arrays', { a: [1, { b: null, c: 'x\ny' }], d: { e: { f: { g: [true, false, -0.5] } } } }],
    ['empty containers at every depth', { a: {}, b: [], c: [{}, []], d: { e: {}, f: [[]] } }],
    ['what JSON leaves out or writes as null', { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s'), Number.NaN, Infinity], d: Symbol('s'), e: 'kept' }],
    ['a toJSON', { at: new Date(Date.UTC(2025, 0, 2)), nested: [{ toJSON: (key: string) => `key ${key}` }] }],
    ['escapes in keys and strings', { 'k"\\\u2028': '中文 "引号" \\ \u0001', '': [''] }],
    ['a top-level array', [[1, 2], { a: [3] }, 'x']],
    ['a primitive', 'only text'],
    ['null', null],
  ])('the pieces joined are JSON.stringify with two spaces: %s', (_name, value) => {
    expect(joined(value)).toBe(JSON.stringify(value, null, 2));
    for (const depth of [0, 1, 2, 5]) expect(joined(value, 2, depth)).toBe(JSON.stringify(value, null, 2));
    expect(joined(value, 4)).toBe(JSON.stringify(value, null, 4));
  });

  test('a value JSON.stringify gives no text for gives no piece', () => {
    expect([...prettyJsonPieces(undefined)]).toEqual([]);
  });

  test('a national figures.json comes in many pieces of about 64 K characters, together equal to the whole', () => {
    const figures = figuresOfMerge(nationalReport(3000), standardSpec);
    const pieces = [...figuresJsonPieces(figures)];
    expect(pieces.length).toBeGreaterThan(50);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(80_000);
    expect(pieces.join('')).toBe(`${JSON.stringify({ format: 'unionstat-figures', version: 1, spec: figures.spec, summary: figures.summary, statuses: figures.statuses }, null, 2)}\n`);
    expect(buildFiguresJson(figuresOfMerge(sampleMergeReport(), standardSpec))).toBe(
      `${JSON.stringify({ format: 'unionstat-figures', version: 1, spec: standardSpec, summary: sampleMergeReport().summary, statuses: figuresOfMerge(sampleMergeReport(), standardSpec).statuses }, null, 2)}\n`,
    );
  });
});

describe('outputBytes', () => {
  test('text, text in pieces and bytes as the bytes a file gets', () => {
    const text = '单位,代码\r\n甲,1\r\n';
    const expected = new Uint8Array(Buffer.from(text, 'utf8'));
    expect(outputBytes(text)).toEqual(expected);
    expect(outputBytes({ pieces: ['单位,代', '码\r\n甲', ',1\r\n'] })).toEqual(expected);
    expect(outputBytes(expected)).toBe(expected);
  });
});
