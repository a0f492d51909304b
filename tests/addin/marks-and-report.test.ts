import { marksFor } from '../../addin/review/marks-for.js';
import { pickLocale, t } from '../../addin/i18n/ui-text.js';
import { reportTable } from '../../addin/review/report-table.js';
import { indicatorHelp } from '../../addin/taskpane/indicator-help.js';
import { makeIssue } from '../../core/issues/index.js';
import { standardSpec } from '../../core/templates/index.js';

const SHEET = standardSpec.sheetName;
const issue = (severity: 'hard' | 'soft', cell: string, explanation?: string, sheet = SHEET) =>
  makeIssue({ code: 'cell.trimmed', severity, sheet, cell, indicator: 'A01', values: { text: ' 1 ' }, explanation });

describe('marksFor', () => {
  it('marks open issues on the sheet, hard over soft on one cell, explained ones not at all', () => {
    const marks = marksFor([issue('soft', 'D9'), issue('hard', 'D9'), issue('soft', 'E9'), issue('soft', 'D10', '新建企业较多'), issue('hard', 'A1', undefined, '其他表')], SHEET);
    expect(marks).toEqual([
      { sheet: SHEET, cell: 'D9', severity: 'hard' },
      { sheet: SHEET, cell: 'E9', severity: 'soft' },
    ]);
  });
});

describe('reportTable', () => {
  it('has the heads and one row per issue in the chosen language', () => {
    const issues = [issue('hard', 'D9'), issue('soft', 'D10', '新建企业较多')];
    const zh = reportTable(issues, 'zh');
    expect(zh[0]).toEqual(['严重程度', '状态', '单元格', '指标', '问题', '修改建议', '说明']);
    expect(zh[1].slice(0, 4)).toEqual(['强制性', '待处理', `${SHEET}!D9`, 'A01']);
    expect(zh[1][4]).toBe(issues[0].message.zh);
    expect(zh[2].slice(0, 2)).toEqual(['提示性', '已说明']);
    expect(zh[2][6]).toBe('新建企业较多');
    const en = reportTable(issues, 'en');
    expect(en[0][0]).toBe('Severity');
    expect(en[1][4]).toBe(issues[0].message.en);
  });
});

describe('UI language', () => {
  it('is Chinese unless Office says otherwise', () => {
    expect(pickLocale('zh-CN')).toBe('zh');
    expect(pickLocale('zh-TW')).toBe('zh');
    expect(pickLocale(undefined)).toBe('zh');
    expect(pickLocale('en-US')).toBe('en');
    expect(pickLocale('fr-FR')).toBe('en');
    expect(t('checked', 'zh', { hard: 1, soft: 2, explained: 0 })).toBe('审核完成：强制性 1 条，提示性 2 条，已说明 0 条。');
  });
});

describe('indicatorHelp', () => {
  it('explains a rate by its formula and a count by what to type', () => {
    const rate = indicatorHelp(standardSpec, 'A03', 'zh')!;
    expect(rate.title).toBe('A03 建会率');
    expect(rate.lines.join('\n')).toContain('A02 已建会单位数 ÷ A01 应建会单位数 × 100');
    const total = indicatorHelp(standardSpec, 'C01', 'en')!;
    expect(total.lines).toContain('Equals the sum of C02 to C05');
    expect(indicatorHelp(standardSpec, 'Z99', 'zh')).toBeUndefined();
  });
});
