import { parseSpec } from '../../../core/spec/parse-spec.js';
import { specFingerprint } from '../../../core/spec/spec-fingerprint.js';
import { isMultiTable, specTables, tableOfIndicator } from '../../../core/spec/spec-tables.js';
import type { TemplateSpecInput } from '../../../core/spec/template-spec.js';
import { standardSpec } from '../../../core/templates/index.js';
import { twoTableSpec, twoTableSpecInput } from '../../../samples/two-table-spec.js';

function problems(input: TemplateSpecInput): string[] {
  const parsed = parseSpec(input);
  return parsed.success ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
}

const withTables = (tables: TemplateSpecInput['tables'], extra: Partial<TemplateSpecInput> = {}): TemplateSpecInput => ({ ...twoTableSpecInput, tables, ...extra });

describe('specTables: the one normalised list of a spec’s tables', () => {
  it('a spec without tables is one table: its sheet, its title, every section and indicator', () => {
    const tables = specTables(standardSpec);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ sheetName: '基本情况统计表', title: standardSpec.title, sections: ['A', 'B', 'C'] });
    expect(tables[0].indicators.map((i) => i.code)).toEqual(standardSpec.indicators.map((i) => i.code));
    expect(isMultiTable(standardSpec)).toBe(false);
    expect('tables' in standardSpec).toBe(false);
  });

  it('keeps the standard spec’s fingerprint (templates in the field carry it)', () => {
    // The fingerprint of union-basic v1 as written into the _meta of samples/template.xlsx and every template made so far.
    expect(specFingerprint(standardSpec)).toBe('3da311d6b707e228');
    expect(JSON.stringify(standardSpec)).not.toContain('"tables"');
  });

  it('a spec with tables: each with its own sections and indicators, in spec order', () => {
    const tables = specTables(twoTableSpec);
    expect(tables.map((t) => [t.id, t.sheetName, t.sections])).toEqual([
      ['表一', '表一 组织建设', ['A', 'B']],
      ['表二', '表二 帮扶与经费', ['C']],
    ]);
    expect(tables[1].indicators.map((i) => i.code)).toEqual(['C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'C07', 'C08', 'C09', 'C10']);
    expect(tableOfIndicator(twoTableSpec, 'C08').id).toBe('表二');
    expect(tableOfIndicator(twoTableSpec, 'A04').id).toBe('表一');
    expect(isMultiTable(twoTableSpec)).toBe(true);
  });
});

describe('the schema refuses tables that cannot be laid out', () => {
  const [t1, t2] = twoTableSpecInput.tables!;
  it('accepts the two-table example', () => expect(problems(twoTableSpecInput)).toEqual([]));

  it('a section in two tables, or in none', () => {
    expect(problems(withTables([t1, { ...t2, sections: ['B', 'C'] }]))).toEqual(['tables[1].sections[0]: section B is in two tables']);
    expect(problems(withTables([t1, { ...t2, sections: ['A'] }]))).toEqual(expect.arrayContaining(['sections[2].id: section C is in no table']));
  });

  it('an unknown section, a duplicate id, two tables on one sheet (as Excel compares names), a reserved sheet', () => {
    expect(problems(withTables([t1, { ...t2, sections: ['C', 'X'] }]))).toEqual(['tables[1].sections[1]: unknown section X']);
    expect(problems(withTables([t1, { ...t2, id: '表一' }]))).toEqual(['tables[1].id: duplicate table id 表一']);
    expect(problems(withTables([t1, { ...t2, sheetName: '表一 组织建设 ' }]))).toEqual(['tables[1].sheetName: two tables on the sheet 表一 组织建设 ']);
    expect(problems(withTables([t1, { ...t2, sheetName: '_META' }]))).toEqual(["tables[1].sheetName: the sheet name _META is the template's own"]);
  });

  it('the spec’s sheetName is the first table’s', () => {
    expect(problems(withTables([t1, t2], { sheetName: '别的表' }))).toEqual(["sheetName: sheetName must be the first table's sheet (表一 组织建设)"]);
  });

  it('a 其中 row or a rate whose parts are in another table', () => {
    const moved = withTables([{ ...t1, sections: ['A'] }, { ...t2, sections: ['B', 'C'] }]);
    // B09 = B08 / A02 and B01 ≤ A02's parent chain stay apart once B moves to 表二.
    expect(problems(moved)).toEqual(expect.arrayContaining([expect.stringMatching(/^indicators\[\d+\]\.derive: B09 is computed from an indicator of another table$/)]));
    const parentApart = withTables([t1, t2], {
      indicators: twoTableSpecInput.indicators.map((i) => (i.code === 'C06' ? { ...i, parent: 'A04' } : i)),
    });
    expect(problems(parentApart)).toEqual([expect.stringMatching(/^indicators\[\d+\]\.parent: the parent A04 is in another table$/)]);
  });
});
