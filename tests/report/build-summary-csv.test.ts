import { standardSpec } from '../../core/templates/index.js';
import { buildSummaryCsv, CSV_HEAD, summaryCsvPieces } from '../../report/build-summary-csv.js';
import { nationalReport } from './docx-fixtures.js';
import { sampleMergeReport, withUnitName } from '../support/sample-merge-report.js';

/** RFC 4180 reader for the test: quoted fields with doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || record.length) throw new Error('last record not terminated by CRLF');
  return records;
}

describe('buildSummaryCsv', () => {
  const spec = standardSpec;

  test('UTF-8 with BOM, the header, one record per unit × indicator, then subtotals and the total', () => {
    const csv = buildSummaryCsv(sampleMergeReport(), spec);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const records = parseCsv(csv.slice(1));
    expect(records[0]).toEqual(CSV_HEAD);
    // 3 units + 2 kind subtotals + the total, each with every indicator.
    expect(records).toHaveLength(1 + 6 * spec.indicators.length);
    expect(records.every((r) => r.length === CSV_HEAD.length)).toBe(true);
    const total = records.filter((r) => r[0] === '110000');
    expect(total).toHaveLength(spec.indicators.length);
    expect(total.find((r) => r[2] === 'C01')).toEqual(['110000', '全市合计', 'C01', '帮扶资金合计', '万元', '1234.56', '1135.8', '98.76', '8.7']);
    expect(total.find((r) => r[2] === 'B03')).toEqual(['110000', '全市合计', 'B03', '集体协商建制率', '%', '92.3', '91.1', '1.2', '']);
    expect(records.find((r) => r[0] === '县区' && r[2] === 'A01')?.slice(0, 7)).toEqual(['县区', '县区小计', 'A01', '应建会单位数', '家', '1600', '1520']);
  });

  test('negative numbers stay numbers: no quote, no apostrophe', () => {
    const csv = buildSummaryCsv(sampleMergeReport(), spec);
    // 在档困难职工户数 fell from 1,600 to 1,500 in the total.
    expect(csv).toContain('110000,全市合计,C08,在档困难职工户数,户,1500,1600,-100,-6.3\r\n');
  });

  test.each([
    ['=HYPERLINK("http://x","点我")', `"'=HYPERLINK(""http://x"",""点我"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
  ])('a unit name %j cannot run as a formula', (name, field) => {
    const csv = buildSummaryCsv(withUnitName(sampleMergeReport(), '110301', name), spec);
    expect(csv).toContain(`110301,${field},A01,`);
    const records = parseCsv(csv.slice(1));
    expect(records.filter((r) => r[0] === '110301').every((r) => r[1] === `'${name}`)).toBe(true);
  });

  test('an empty figure is an empty field, not 0', () => {
    const report = sampleMergeReport();
    report.summary.total.figures.A09 = { ...report.summary.total.figures.A09, prior: null, change: null, growthPercent: null };
    expect(buildSummaryCsv(report, spec)).toContain('110000,全市合计,A09,当年新建基层工会数,个,120,,,\r\n');
  });

  test('in pieces (a national CSV is written without being held whole): whole records, together the same text', () => {
    const report = nationalReport(3000);
    const pieces = [...summaryCsvPieces(report, spec)];
    expect(pieces.length).toBeGreaterThan(20);
    for (const piece of pieces) expect(piece.endsWith('\r\n')).toBe(true);
    const csv = pieces.join('');
    const { byUnit, byKind } = report.summary;
    expect(byUnit.length).toBeGreaterThan(2900);
    expect(parseCsv(csv.slice(1))).toHaveLength(1 + (byUnit.length + byKind.length + 1) * spec.indicators.length);
    expect([...summaryCsvPieces(sampleMergeReport(), spec)].join('')).toBe(buildSummaryCsv(sampleMergeReport(), spec));
  });
});
