import { standardSpec } from '../../core/templates/index.js';
import { buildNarrative } from '../../report/build-narrative.js';
import { sampleMergeReport } from '../support/sample-merge-report.js';

const A = '全市应建会单位2,000家，已建会单位1,850家，建会率为92.5%，比上年下降1.0个百分点；工会会员23万人，其中新就业形态劳动者会员1.2万人、农民工会员4.5万人；当年新建基层工会120个。';
const B = '全市已建会企业集体协商建制率为92.3%，比上年提高1.2个百分点；共签订集体合同980份，其中工资专项集体合同640份，覆盖职工18万人；职代会建制率为91.9%，厂务公开建制率为89.2%。';
const C = '全市各级工会共筹集发放帮扶资金1,234.56万元，同比增长8.7%，其中中央财政专项帮扶资金200.00万元；帮扶慰问职工3.2万人次，人均帮扶380.38元；在档困难职工1,500户，当年解困脱困320户。';

describe('buildNarrative', () => {
  test('writes one sentence per section in the reports’ phrasing, filled from the total', () => {
    const text = buildNarrative(sampleMergeReport(), standardSpec);
    const paragraphs = text.split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('<!--'));
    expect(paragraphs).toEqual([A, B, C]);
    expect(text.startsWith('# 示例市总工会2024年工会基本情况汇总：报告语句\n')).toBe(true);
  });

  test('skips a sentence whose required figure is empty and says why in a comment', () => {
    const report = sampleMergeReport();
    report.summary.total.figures.B04 = { ...report.summary.total.figures.B04, current: null, change: null, growthPercent: null };
    const text = buildNarrative(report, standardSpec);
    expect(text).toContain(A);
    expect(text).toContain(C);
    expect(text).not.toContain('共签订集体合同');
    expect(text).toContain('<!-- 已略去“集体协商与民主管理”的语句：B04 本年数据为空 -->');
  });

  test('skips a sentence when its growth cannot be computed (上年 0)', () => {
    const report = sampleMergeReport();
    report.summary.total.figures.C01 = { ...report.summary.total.figures.C01, prior: 0, change: 1234.56, growthPercent: null };
    const text = buildNarrative(report, standardSpec);
    expect(text).not.toContain('帮扶资金');
    expect(text).toContain('C01 上年为0，无法计算增长率');
  });

  test('writes 人次 below 10,000 in full and an exact multiple of 万 without a decimal', () => {
    const report = sampleMergeReport();
    report.summary.total.figures.C07 = { ...report.summary.total.figures.C07, current: 9876 };
    expect(buildNarrative(report, standardSpec)).toContain('帮扶慰问职工9,876人次');
    report.summary.total.figures.C07 = { ...report.summary.total.figures.C07, current: 20000 };
    expect(buildNarrative(report, standardSpec)).toContain('帮扶慰问职工2万人次');
  });

  test('notes a total that leaves out a unit with an empty value', () => {
    const report = sampleMergeReport();
    report.summary.total.figures.A09 = { ...report.summary.total.figures.A09, missing: { current: ['110102'] } };
    expect(buildNarrative(report, standardSpec)).toContain('<!-- A09 合计未含数据为空的单位：110102 -->');
  });

  test('names the half-year in the title', () => {
    const report = sampleMergeReport();
    report.summary.period = 'half';
    expect(buildNarrative(report, standardSpec).split('\n')[0]).toBe('# 示例市总工会2024年上半年工会基本情况汇总：报告语句');
  });

  test('writes English with the English scope and exact figures', () => {
    const text = buildNarrative(sampleMergeReport(), standardSpec, 'en');
    expect(text).toContain('Citywide: the collective bargaining rate of unionised enterprises is 92.3% (up 1.2 pp on last year);');
    expect(text).toContain('Citywide: unions at all levels raised and paid out 1,234.56 (10k yuan) in assistance funds (up 8.7% year on year)');
    expect(text).toContain('32,456 person-times');
  });
});
