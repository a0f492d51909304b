import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { standardSpec } from '../../core/templates/index.js';
import { buildSummaryDocx } from '../../report/build-summary-docx.js';
import { summaryDocument, type SummaryDocument } from '../../report/summary-document.js';
import { sampleMergeReport, withUnitName } from '../support/sample-merge-report.js';
import { HOSTILE_NAMES, nationalReport, parseTables, shown } from './docx-fixtures.js';

async function documentXml(bytes: Uint8Array): Promise<{ xml: string; files: Record<string, Uint8Array> }> {
  const files = unzipSync(bytes);
  return { xml: strFromU8(files['word/document.xml']), files };
}

/** The text of each table cell of the document, row by row, table by table. */
function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1].matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => [...c[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
    ),
  );
}

describe('buildSummaryDocx', () => {
  const spec = standardSpec;

  test('a valid docx with the title, one table per section and the table by unit; nothing of the process', async () => {
    const { xml, files } = await documentXml(await buildSummaryDocx(sampleMergeReport(), spec));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    expect(xml).toContain('示例市总工会2024年工会基本情况汇总');
    const t = tables(xml);
    expect(t).toHaveLength(4);
    expect(t[0][0]).toEqual(['指标', '单位', '本年', '上年', '增减', '增减幅度']);
    expect(t.slice(0, 3).map((x) => x.length - 1)).toEqual(['A', 'B', 'C'].map((s) => spec.indicators.filter((i) => i.section === s).length));
    expect(xml).toContain('四、分单位主要指标');
    expect(t[3][0]).toEqual(['单位', '建会率', '入会率', '集体协商建制率', '职代会建制率', '厂务公开建制率', '帮扶资金合计（万元）']);
    // Each kind's units, then its subtotal; the total last.
    expect(t[3].slice(1).map((r) => r[0])).toEqual(['示例区总工会', '河东区总工会', '县区小计', '市教育工会', '产业小计', '全市合计']);
    expect(t[3][6]).toEqual(['全市合计', '92.5%', '92.0%', '92.3%', '91.9%', '89.2%', '1,234.56']);
    // Who sent what, skipped files and notes are the staff's (报送情况.xlsx), not the report's.
    for (const process of ['报送情况', '河西区总工会', '.xlsx', '上年栏', '说明']) expect(xml).not.toContain(process);
  });

  test('figures formatted for the report: separators, 2-decimal 万元, 1-decimal rates; 其中 indented', async () => {
    const { xml } = await documentXml(await buildSummaryDocx(sampleMergeReport(), spec));
    const [a, b, c] = tables(xml);
    expect(c.find((r) => r[0] === '帮扶资金合计')).toEqual(['帮扶资金合计', '万元', '1,234.56', '1,135.80', '98.76', '增长8.7%']);
    // A rate's 增减 holds its change in 百分点; 增减幅度 says it in words.
    expect(b.find((r) => r[0] === '集体协商建制率')).toEqual(['集体协商建制率', '%', '92.3%', '91.1%', '1.2', '提高1.2个百分点']);
    expect(a.find((r) => r[0] === '建会率')).toEqual(['建会率', '%', '92.5%', '93.5%', '-1.0', '下降1.0个百分点']);
    expect(a.find((r) => r[0] === '职工总数')).toEqual(['职工总数', '人', '250,000', '240,000', '10,000', '增长4.2%']);
    expect(b.map((r) => r[0])).toContain('其中：工资专项集体合同份数');
    // The 其中 row's paragraph is indented; top-level rows are not.
    const partCell = xml.match(/<w:tc>(?:(?!<\/w:tc>)[\s\S])*其中：工资专项集体合同份数[\s\S]*?<\/w:tc>/)![0];
    expect(partCell).toMatch(/<w:ind w:left="420"\/>/);
    expect(xml).toContain('全市已建会企业集体协商建制率为92.3%，比上年提高1.2个百分点；');
    expect(xml).toContain('帮扶资金1,234.56万元，同比增长8.7%');
  });

  test('numbers right-aligned, borders on every cell, table width 100%', async () => {
    const { xml } = await documentXml(await buildSummaryDocx(sampleMergeReport(), spec));
    const row = xml.match(/<w:tr[ >](?:(?!<\/w:tr>)[\s\S])*1,234\.56[\s\S]*?<\/w:tr>/)![0];
    const cells = [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1]);
    expect(cells).toHaveLength(6);
    for (const c of cells) expect(c).toMatch(/<w:tcBorders><w:top w:val="single"[^>]*\/><w:left w:val="single"[^>]*\/><w:bottom w:val="single"[^>]*\/><w:right w:val="single"/);
    expect(cells.slice(2).every((c) => c.includes('<w:jc w:val="right"/>'))).toBe(true);
    const tblPr = [...xml.matchAll(/<w:tblPr>([\s\S]*?)<\/w:tblPr>/g)].map((m) => m[1]);
    expect(tblPr).toHaveLength(4);
    for (const p of tblPr) {
      expect(p).toMatch(/<w:tblW w:type="pct" w:w="(100%|5000)"\/>/);
      expect(p).toMatch(/<w:insideH w:val="single"/);
    }
  });

  test('Chinese fonts set for East Asian text: 宋体 in tables, 仿宋 by default', async () => {
    const { xml, files } = await documentXml(await buildSummaryDocx(sampleMergeReport(), spec));
    expect(xml).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman"\/>/);
    expect(strFromU8(files['word/styles.xml'])).toMatch(/<w:rPrDefault><w:rPr><w:rFonts [^>]*w:eastAsia="仿宋"/);
  });

  test('text from submissions is XML-escaped, not markup', async () => {
    const { xml } = await documentXml(await buildSummaryDocx(withUnitName(sampleMergeReport(), '110102', '河东区<w:t>&"总工会"'), spec));
    expect(xml).toContain('河东区&lt;w:t&gt;&amp;&quot;总工会&quot;');
  });
});

describe('the table by unit stamped from one prototype row per look (unit, subtotal)', () => {
  const spec = standardSpec;

  test('the same document.xml as rendering every row with the docx library, hostile names included', async () => {
    for (const report of [sampleMergeReport(), nationalReport(60), withUnitName(sampleMergeReport(), '110102', HOSTILE_NAMES[2][0])]) {
      for (const lang of ['zh', 'en'] as const) {
        const stamped = (await documentXml(await buildSummaryDocx(report, spec, lang))).xml;
        const library = (await documentXml(await buildSummaryDocx(report, spec, lang, { rows: 'library' }))).xml;
        expect(stamped === library).toBe(true);
      }
    }
  });

  test('a national report: well-formed XML with exactly one row per unit, in order, each text as sent', async () => {
    const report = nationalReport(1500);
    const { xml } = await documentXml(await buildSummaryDocx(report, spec));
    const tables = parseTables(xml);
    expect(tables).toHaveLength(4);
    const [head, ...rows] = tables[3];
    expect(head.cells[0]).toBe('单位');
    const { byUnit, byKind, total } = report.summary;
    const expected = [...byKind.flatMap((k) => [...byUnit.filter((u) => u.kind === k.key), k]), total];
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      expect(row.cells[0]).toBe(shown(expected[i].label));
      expect(row.cells[6]).toBe(i === rows.length - 1 ? '1,234.56' : row.cells[6]);
    });
    // Subtotals and the total are bold and shaded; units are not.
    expect(rows.filter((r) => r.structure.includes('w:shd')).map((r) => r.cells[0])).toEqual(['县区小计', '产业小计', '全市合计']);
    // Every hostile name reached the document as text, none as markup.
    for (const [, seen] of HOSTILE_NAMES) expect(rows.some((r) => r.cells[0] === seen)).toBe(true);
    // The only marker-like text left is the unit that chose such a name.
    expect([...new Set(xml.match(/STAMP[0-9a-f]{32}C\d+E?/g))]).toEqual([HOSTILE_NAMES[6][0]]);
  });

  test('Word\'s row markup holds on every row: head row repeats, rows do not split, the same element order as the library\'s row', async () => {
    const report = nationalReport(400);
    const stamped = parseTables((await documentXml(await buildSummaryDocx(report, spec))).xml)[3];
    const library = parseTables((await documentXml(await buildSummaryDocx(report, spec, 'zh', { rows: 'library' }))).xml)[3];
    expect(stamped[0].props).toEqual(['w:tblHeader']);
    const rows = stamped.slice(1);
    expect(rows).toHaveLength(400 - 4 + 3);
    for (const [i, row] of rows.entries()) {
      expect(row.props).toEqual(['w:cantSplit']);
      expect(row.structure).toEqual(library[i + 1].structure);
      expect(row.structure.slice(0, 2)).toEqual(['w:trPr', 'w:cantSplit']);
    }
  });

  test('the package holds the same parts, in the same order, as the library\'s own Packer writes; only document.xml\'s rows are stamped', async () => {
    const report = nationalReport(50);
    const stamped = unzipSync(await buildSummaryDocx(report, spec));
    const library = unzipSync(await buildSummaryDocx(report, spec, 'zh', { rows: 'library' }));
    expect(Object.keys(stamped)).toEqual(Object.keys(library));
    // docProps/core.xml holds the time of writing: the rest of it must match.
    const timeless = (name: string, bytes: Uint8Array) => {
      const text = strFromU8(bytes);
      return name === 'docProps/core.xml' ? text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1') : text;
    };
    for (const name of Object.keys(library)) expect([name, timeless(name, stamped[name])]).toEqual([name, timeless(name, library[name])]);
  });

  test('a docx release without the private Packer.compiler, or whose compile returns something else: the same package, from what toArrayBuffer wrote', async () => {
    const report = nationalReport(20);
    const withCompiler = unzipSync(await buildSummaryDocx(report, spec));
    // Such a release: the member is gone or changed; toArrayBuffer works as documented.
    const packer = Packer as unknown as { compiler?: unknown; toArrayBuffer: typeof Packer.toArrayBuffer };
    const compiler = packer.compiler;
    const toArrayBuffer = packer.toArrayBuffer;
    for (const other of [undefined, { compile: () => ({ files: [] }) }]) {
      packer.compiler = other;
      packer.toArrayBuffer = async (...args) => {
        packer.compiler = compiler;
        try {
          return await toArrayBuffer.apply(Packer, args);
        } finally {
          packer.compiler = other;
        }
      };
      let without: Record<string, Uint8Array>;
      try {
        without = unzipSync(await buildSummaryDocx(report, spec));
      } finally {
        packer.compiler = compiler;
        packer.toArrayBuffer = toArrayBuffer;
      }
      expect(Object.keys(without)).toEqual(Object.keys(withCompiler));
      expect(strFromU8(without['word/document.xml'])).toBe(strFromU8(withCompiler['word/document.xml']));
    }
  });

  test('no units: the table has its head row and the total only, and no marker is left behind', async () => {
    const report = sampleMergeReport();
    report.summary.byUnit = [];
    report.summary.byKind = [];
    const { xml } = await documentXml(await buildSummaryDocx(report, spec));
    const tables = parseTables(xml);
    expect(tables[3].map((r) => r.cells[0])).toEqual(['单位', '全市合计']);
    expect(/STAMP[0-9a-f]{32}/.test(xml)).toBe(false);
  });

  test('characters XML forbids in titles and names are dropped there too', async () => {
    const report = withUnitName(sampleMergeReport(), '110102', '河东区\u0001总工会\uFFFE');
    report.summary.federation.name = '示例市\u0001总工会';
    const { xml } = await documentXml(await buildSummaryDocx(report, spec));
    expect(() => parseTables(xml)).not.toThrow();
    expect(xml).toContain('示例市总工会2024年');
    expect(xml).toContain('>河东区总工会<');
  });
});

describe('the figure tables stamped from one prototype row per level', () => {
  const spec = standardSpec;

  /**
   * The sample report's document with its figure tables made harder: levels
   * 0, 1 and 2 in every order (a table starting with a 其中 row included),
   * hostile labels and units, blank cells, and a section with no rows.
   */
  function hardDocument(lang: 'zh' | 'en'): SummaryDocument {
    const doc = summaryDocument(sampleMergeReport(), spec, lang);
    const [a, b, c] = doc.sections;
    const levels = [1, 0, 2, 2, 1, 0, 2, 0];
    a.rows = a.rows.map((r, i) => ({ ...r, level: levels[i % levels.length], label: i === 2 ? `${r.label}\n（续）\t` : r.label }));
    b.rows = b.rows.map((r, i) => ({
      ...r,
      level: i % 3,
      label: HOSTILE_NAMES[i % HOSTILE_NAMES.length][0],
      unit: i % 2 ? '<w:b/>' : '',
      change: i % 4 ? r.change : '\u0001&\uFFFE',
    }));
    c.rows = c.rows.map((r) => ({ ...r, level: 0 }));
    doc.sections.splice(2, 0, { ...c, heading: '空表 <empty>', rows: [] });
    return doc;
  }

  test('the same document.xml as rendering every row with the docx library: levels 0/1/2, hostile labels, an empty section', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const document = hardDocument(lang);
      const report = sampleMergeReport();
      const stamped = (await documentXml(await buildSummaryDocx(report, spec, lang, { document }))).xml;
      const library = (await documentXml(await buildSummaryDocx(report, spec, lang, { document, rows: 'library' }))).xml;
      expect(stamped === library).toBe(true);
    }
  });

  test('every figure row as sent, in order, indented two characters per level, the empty section with its head row only', async () => {
    const document = hardDocument('zh');
    const { xml } = await documentXml(await buildSummaryDocx(sampleMergeReport(), spec, 'zh', { document }));
    const parsed = parseTables(xml);
    expect(parsed).toHaveLength(5);
    const figureTables = [parsed[0], parsed[1], parsed[3], parsed[2]];
    const sections = document.sections;
    expect(sections[2].rows).toHaveLength(0);
    expect(parsed[2]).toHaveLength(1);
    expect(parsed[2][0].cells).toEqual(['指标', '单位', '本年', '上年', '增减', '增减幅度']);
    [sections[0], sections[1], sections[3]].forEach((section, t) => {
      const [head, ...rows] = figureTables[t];
      expect(head.props).toEqual(['w:tblHeader']);
      expect(rows.map((r) => r.cells)).toEqual(
        section.rows.map((r) => [r.label, r.unit, r.current, r.prior, r.change, r.growth].map((text) => shown(text).replace(/[\u0001\uFFFE]/g, ''))),
      );
      for (const row of rows) expect(row.props).toEqual(['w:cantSplit']);
    });
    // Each row's first paragraph carries its level's indent (420 twips a level), none at level 0.
    const rowXml = [...xml.matchAll(/<w:tr>(?:(?!<\/w:tr>)[\s\S])*<\/w:tr>/g)].map((m) => m[0]).filter((r) => r.includes('<w:cantSplit/>'));
    const levels = [...sections[0].rows, ...sections[1].rows, ...sections[3].rows].map((r) => r.level);
    const indents = rowXml.slice(0, levels.length).map((r) => /^(?:(?!<\/w:tc>)[\s\S])*?<w:ind w:left="(\d+)"\/>/.exec(r.slice(r.indexOf('<w:tc>')))?.[1]);
    expect(indents).toEqual(levels.map((l) => (l ? String(l * 420) : undefined)));
    expect(new Set(levels)).toEqual(new Set([0, 1, 2]));
    // No prototype is left: the only marker-like text is the label that chose it.
    expect([...new Set(xml.match(/STAMP[0-9a-f]{32}C\d/g))]).toEqual([HOSTILE_NAMES[6][0]]);
  });

  test('the standard document: its figure rows and 其中 indents match the library\'s row for row', async () => {
    const report = nationalReport(40);
    const stamped = parseTables((await documentXml(await buildSummaryDocx(report, spec))).xml);
    const library = parseTables((await documentXml(await buildSummaryDocx(report, spec, 'zh', { rows: 'library' }))).xml);
    expect(stamped.map((t) => t.length)).toEqual(library.map((t) => t.length));
    expect(stamped.slice(0, 3)).toEqual(library.slice(0, 3));
  });
});
