import { roundHalfAwayFromZero } from '../../core/consolidate/decimal-rounding.js';
import type { Figure, FigureGroup, Summary, UnitKind } from '../../core/consolidate/summary-model.js';
import { compactCellList } from '../../core/grid/compact-cell-list.js';
import type { Issue } from '../../core/issues/issue.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { standardSpec } from '../../core/templates/index.js';
import type { FileRecord, MergeReport, SourceRow, UnitStatusRow } from '../../core/merge/merge-report.js';

/**
 * A realistic MergeReport of 示例市总工会 for 2024 (年报), built by hand for the
 * output writers' tests: three accepted submissions (two 县区, one 产业), one
 * rejected (直属, hard issues), one missing, one stranger and one unreadable file.
 *
 * The units' figures below are typed by hand so that the total comes out at the
 * figures the tests expect (e.g. C01 1,234.56 万元, B03 92.3%, C07 32,456 人次).
 * Groups are summed here with plain arithmetic, rates recomputed from the summed
 * parts, and the 同比 follows DOMAIN.md (rates: change in 百分点 between the rates
 * rounded to their decimals; counts and amounts: change and growth %).
 */

type Values = Record<string, number | null>;

interface SampleUnit {
  code: string;
  name: string;
  kind: UnitKind;
  file: string;
  sha256: string;
  current: Values;
  prior: Values;
}

const unit1: SampleUnit = {
  code: '110101',
  name: '示例区总工会',
  kind: '县区',
  file: '县区/示例区.xlsx',
  sha256: 'a'.repeat(64),
  current: {
    A01: 1000, A02: 930, A04: 120000, A05: 111000, A07: 6000, A08: 22000, A09: 60,
    B01: 650, B02: 600, B04: 500, B05: 320, B06: 580, B07: 90000, B08: 850, B10: 820,
    C01: 617.28, C02: 300, C03: 117.28, C04: 150, C05: 50, C06: 100, C07: 16000, C08: 750, C09: 160,
  },
  prior: {
    A01: 950, A02: 890, A04: 115000, A05: 106000, A07: 5000, A08: 21500, A09: 55,
    B01: 620, B02: 565, B04: 470, B05: 300, B06: 550, B07: 87000, B08: 820, B10: 790,
    C01: 567.9, C02: 280, C03: 110.4, C04: 140, C05: 37.5, C06: 90, C07: 15000, C08: 800, C09: 150,
  },
};

const unit2: SampleUnit = {
  code: '110102',
  name: '河东区总工会',
  kind: '县区',
  file: '县区/新建 Microsoft Excel 工作表 (3).xlsx',
  sha256: 'b'.repeat(64),
  current: {
    A01: 600, A02: 560, A04: 80000, A05: 74000, A07: 4000, A08: 15000, A09: 40,
    B01: 400, B02: 370, B04: 300, B05: 200, B06: 360, B07: 56000, B08: 520, B10: 500,
    C01: 370.37, C02: 180, C03: 70.37, C04: 90, C05: 30, C06: 60, C07: 10000, C08: 450, C09: 100,
  },
  prior: {
    A01: 570, A02: 530, A04: 77000, A05: 71000, A07: 3500, A08: 14000, A09: 35,
    B01: 390, B02: 350, B04: 290, B05: 180, B06: 340, B07: 54000, B08: 500, B10: 490,
    C01: 340.74, C02: 168, C03: 66.24, C04: 84, C05: 22.5, C06: 54, C07: 9000, C08: 480, C09: 90,
  },
};

const unit3: SampleUnit = {
  code: '110301',
  name: '市教育工会',
  kind: '产业',
  file: '产业/教育工会2024年报.xlsx',
  sha256: 'c'.repeat(64),
  current: {
    A01: 400, A02: 360, A04: 50000, A05: 45000, A07: 2000, A08: 8000, A09: 20,
    B01: 250, B02: 230, B04: 180, B05: 120, B06: 210, B07: 34000, B08: 330, B10: 330,
    C01: 246.91, C02: 120, C03: 46.91, C04: 60, C05: 20, C06: 40, C07: 6456, C08: 300, C09: 60,
  },
  prior: {
    A01: 380, A02: 356, A04: 48000, A05: 44000, A07: 1500, A08: 8500, A09: 20,
    B01: 240, B02: 224, B04: 190, B05: 120, B06: 210, B07: 34000, B08: 330, B10: 320,
    C01: 227.16, C02: 112, C03: 44.16, C04: 56, C05: 15, C06: 36, C07: 6000, C08: 320, C09: 60,
  },
};

/** The template's table starts on this row (A01); cells below are `D{row}` for 本年. */
const FIRST_ROW = 12;
const SHEET = '基本情况统计表';

function cellOf(spec: TemplateSpec, code: string): string {
  return `D${FIRST_ROW + spec.indicators.findIndex((i) => i.code === code)}`;
}

function sumOf(units: SampleUnit[], column: 'current' | 'prior', code: string, decimals: number): number | null {
  let total = 0;
  for (const u of units) {
    const v = u[column][code];
    if (v === null || v === undefined) return null;
    total += v;
  }
  // Sums of 万元 are exact to the cent, as the consolidation keeps them.
  return roundHalfAwayFromZero(total, decimals);
}

/** Every figure of a group: sums for entered indicators, rates and ratios from the summed parts, then 同比. */
export function figuresOf(spec: TemplateSpec, sums: { current: Values; prior: Values }): Record<string, Figure> {
  const value = (code: string, column: 'current' | 'prior'): number | null => {
    const ind = spec.indicators.find((i) => i.code === code)!;
    if (!ind.derive) return sums[column][code] ?? null;
    const n = value(ind.derive.numerator, column);
    const d = value(ind.derive.denominator, column);
    if (n === null || d === null || d === 0) return null;
    return (n / d) * ind.derive.factor;
  };
  const figures: Record<string, Figure> = {};
  for (const ind of spec.indicators) {
    const current = value(ind.code, 'current');
    const prior = value(ind.code, 'prior');
    let change: number | null = null;
    let growthPercent: number | null = null;
    if (current !== null && prior !== null) {
      if (ind.kind === 'rate' || ind.kind === 'ratio') {
        change = roundHalfAwayFromZero(
          roundHalfAwayFromZero(current, ind.decimals) - roundHalfAwayFromZero(prior, ind.decimals),
          ind.decimals,
        );
      } else {
        change = roundHalfAwayFromZero(current - prior, ind.decimals);
      }
      if (ind.kind !== 'rate' && prior !== 0) growthPercent = ((current - prior) / prior) * 100;
    }
    figures[ind.code] = { code: ind.code, current, prior, change, growthPercent };
  }
  return figures;
}

function groupOf(
  spec: TemplateSpec,
  units: SampleUnit[],
  key: string,
  label: string,
  level: FigureGroup['level'],
  kind?: UnitKind,
): FigureGroup {
  const sums = { current: {} as Values, prior: {} as Values };
  for (const ind of spec.indicators) {
    if (ind.derive) continue;
    sums.current[ind.code] = sumOf(units, 'current', ind.code, ind.decimals);
    sums.prior[ind.code] = sumOf(units, 'prior', ind.code, ind.decimals);
  }
  return { key, label, level, ...(kind ? { kind } : {}), units: units.length, figures: figuresOf(spec, sums) };
}

function issue(partial: Partial<Issue> & Pick<Issue, 'ruleId' | 'code' | 'severity' | 'message' | 'hint'>): Issue {
  return { status: 'open', related: [], values: {}, ...partial };
}

export interface SampleOptions {
  spec?: TemplateSpec;
}

/** A fresh report on every call: tests may change it (a unit's name, a null figure) without affecting others. */
export function sampleMergeReport(options: SampleOptions = {}): MergeReport {
  const spec = options.spec ?? standardSpec;
  const accepted = [unit1, unit2, unit3].map((u) => structuredClone(u));
  const byUnit = accepted.map((u) => groupOf(spec, [u], u.code, u.name, 'unit', u.kind));
  const kinds: UnitKind[] = ['县区', '产业'];
  const byKind = kinds.map((k) => groupOf(spec, accepted.filter((u) => u.kind === k), k, `${k}小计`, 'kind', k));
  const total = groupOf(spec, accepted, '110000', '全市合计', 'total');

  const summary: Summary = {
    spec: { id: spec.id, version: spec.version },
    year: 2024,
    period: 'annual',
    federation: { code: '110000', name: '示例市总工会', scope: '全市' },
    total,
    byKind,
    byUnit,
    priorSources: { '110101': 'last-year-file', '110102': 'last-year-file', '110301': 'prior-column' },
  };

  const explainedA07 = issue({
    ruleId: 'yoy-threshold',
    code: 'historical',
    severity: 'soft',
    status: 'explained',
    indicator: 'A07',
    column: 'current',
    sheet: SHEET,
    cell: cellOf(spec, 'A07'),
    values: { current: 2000, prior: 1500, changePercent: 33.3, maxChangePercent: 30 },
    message: { zh: 'A07 本年比上年增长33.3%，超过30%', en: 'A07 grew 33.3% on last year, more than 30%' },
    hint: { zh: '请在“说明”栏写明原因', en: 'Explain the change in the 说明 column' },
    explanation: '开展新就业形态劳动者集中入会行动',
  });
  const openC07 = issue({
    ruleId: 'prior-matches-last-year',
    code: 'prior-matches-last-year',
    severity: 'soft',
    indicator: 'C07',
    column: 'prior',
    sheet: SHEET,
    cell: `E${FIRST_ROW + spec.indicators.findIndex((i) => i.code === 'C07')}`,
    values: { prior: 9000, lastYear: 8800 },
    message: { zh: 'C07 上年数9000与上年报送的8800不一致', en: 'C07 last year 9000 differs from the 8800 submitted last year' },
    hint: { zh: '核对上年报表，或在“说明”栏写明原因', en: "Check last year's file or explain in the 说明 column" },
  });
  const hardC01 = issue({
    ruleId: 'C01-sum',
    code: 'sum-of-parts',
    severity: 'hard',
    indicator: 'C01',
    column: 'current',
    sheet: SHEET,
    cell: cellOf(spec, 'C01'),
    related: ['C02', 'C03', 'C04', 'C05'].map((c) => cellOf(spec, c)),
    values: { total: 210.5, parts: 200.5 },
    message: { zh: '帮扶资金合计210.50不等于各项之和200.50', en: 'Assistance funds total 210.50 is not the sum of its parts 200.50' },
    hint: { zh: '核对送温暖、金秋助学、医疗救助和其他帮扶资金', en: 'Check C02 to C05' },
  });
  const notWorkbook = issue({
    ruleId: 'file.not-zip',
    code: 'file.not-zip',
    severity: 'hard',
    message: { zh: '文件不是有效的 xlsx 工作簿', en: 'The file is not a valid xlsx workbook' },
    hint: { zh: '请用 Excel 或 WPS 另存为 .xlsx 后重新报送', en: 'Save it as .xlsx in Excel or WPS and send it again' },
  });

  const files: FileRecord[] = [
    { file: unit1.file, sha256: unit1.sha256, bytes: 18342, outcome: 'accepted', unitCode: unit1.code, unitName: unit1.name, sheet: SHEET, issues: [] },
    { file: unit2.file, sha256: unit2.sha256, bytes: 18517, outcome: 'accepted', unitCode: unit2.code, unitName: unit2.name, sheet: SHEET, issues: [openC07] },
    { file: unit3.file, sha256: unit3.sha256, bytes: 19020, outcome: 'accepted', unitCode: unit3.code, unitName: unit3.name, sheet: SHEET, issues: [explainedA07] },
    { file: '直属/市直机关工会.xlsx', sha256: 'd'.repeat(64), bytes: 17990, outcome: 'rejected', unitCode: '110201', unitName: '市直机关工会', sheet: SHEET, issues: [hardC01] },
    { file: '其他/某某协会工会.xlsx', sha256: 'e'.repeat(64), bytes: 17001, outcome: 'not-in-roster', unitCode: '119999', unitName: '某某协会工会', sheet: SHEET, issues: [] },
    { file: '统计表（终版）.xls.xlsx', sha256: 'f'.repeat(64), bytes: 512, outcome: 'unreadable', issues: [notWorkbook] },
  ];

  const statuses: UnitStatusRow[] = [
    { code: unit1.code, name: unit1.name, kind: '县区', parent: '110000', status: 'reported', files: [unit1.file], counts: { hard: 0, soft: 0, explained: 0 }, included: true },
    { code: unit2.code, name: unit2.name, kind: '县区', parent: '110000', status: 'needs-explanation', files: [unit2.file], counts: { hard: 0, soft: 1, explained: 0 }, included: true },
    { code: '110103', name: '河西区总工会', kind: '县区', parent: '110000', status: 'missing', files: [], counts: { hard: 0, soft: 0, explained: 0 }, included: false },
    { code: '110201', name: '市直机关工会', kind: '直属', parent: '110000', status: 'hard-issues', files: ['直属/市直机关工会.xlsx'], counts: { hard: 1, soft: 0, explained: 0 }, included: false },
    { code: unit3.code, name: unit3.name, kind: '产业', parent: '110000', status: 'reported', files: [unit3.file], counts: { hard: 0, soft: 0, explained: 1 }, included: true },
    { code: '119999', name: '某某协会工会', status: 'not-in-roster', files: ['其他/某某协会工会.xlsx'], counts: { hard: 0, soft: 0, explained: 0 }, included: false },
    { code: '', name: '统计表（终版）.xls.xlsx', status: 'unreadable', files: ['统计表（终版）.xls.xlsx'], counts: { hard: 1, soft: 0, explained: 0 }, included: false },
  ];

  const sources: SourceRow[] = accepted.map((u) => {
    const cells = spec.indicators.map((ind) => cellOf(spec, ind.code));
    return { unitCode: u.code, file: u.file, sheet: SHEET, cells: compactCellList(cells), indicators: cells.length, sha256: u.sha256 };
  });

  return {
    summary,
    statuses,
    files,
    sources,
    notes: [{ zh: '市教育工会的上年数取自其本年报表的“上年”栏。', en: "市教育工会's last-year figures come from the 上年 column of its file." }],
    // 河西区 sent nothing this year: its contact is last year's.
    contacts: {
      [unit1.code]: { preparer: '李明', phone: '010-61234567', from: 'this-year' },
      [unit2.code]: { preparer: '赵丽', phone: '13800000000', from: 'this-year' },
      '110103': { preparer: '王红', phone: '010-69876543', from: 'last-year' },
      '110201': { phone: '010-66660000', from: 'this-year' },
    },
  };
}

/** The report with one unit's name replaced (its group label, status row, file record), e.g. to test escaping. */
export function withUnitName(report: MergeReport, code: string, name: string): MergeReport {
  for (const g of report.summary.byUnit) if (g.key === code) g.label = name;
  for (const s of report.statuses) if (s.code === code) s.name = name;
  for (const f of report.files) if (f.unitCode === code) f.unitName = name;
  return report;
}
