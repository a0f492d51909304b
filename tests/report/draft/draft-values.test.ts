import { standardSpec } from '../../../core/templates/index.js';
import { closestNames, editDistance } from '../../../report/draft/closest-names.js';
import { normaliseTag } from '../../../report/draft/draft-blocks.js';
import { draftValues } from '../../../report/draft/draft-values.js';
import { figuresOfMerge } from '../../../report/figures/figures-of-merge.js';
import { sampleMergeReport } from '../../support/sample-merge-report.js';

describe('draft values', () => {
  test('counts in 万 as the reports write them: people to two decimals, 人次 to one', () => {
    const f = figuresOfMerge(sampleMergeReport(), standardSpec);
    f.summary.total.figures.A05.current = 1497804;
    f.summary.total.figures.C07.current = 39032;
    const values = draftValues(f);
    expect(values.get('工会会员数.万')?.text).toBe('149.78万');
    expect(values.get('A05.万')?.text).toBe('149.78万');
    expect(values.get('帮扶慰问职工人次.万')?.text).toBe('3.9万');
    // Only counts have 万; amounts are already in 万元.
    expect(values.has('帮扶资金合计.万')).toBe(false);
  });

  test('changes in words: rates in 百分点, others with their unit, no change as 持平', () => {
    const f = figuresOfMerge(sampleMergeReport(), standardSpec);
    const t = f.summary.total.figures;
    Object.assign(t.A03, { current: 91.8, prior: 92.1, change: -0.3 });
    Object.assign(t.A01, { change: 1234 });
    Object.assign(t.C01, { change: -56.78, growthPercent: 7.06 });
    Object.assign(t.A09, { change: 0, growthPercent: 0 });
    const values = draftValues(f);
    expect(values.get('建会率.变化')?.text).toBe('下降0.3个百分点');
    expect(values.get('建会率.同比')?.text).toBe('下降0.3个百分点');
    expect(values.get('应建会单位数.变化')?.text).toBe('增加1,234家');
    expect(values.get('帮扶资金合计.变化')?.text).toBe('减少56.78万元');
    expect(values.get('帮扶资金合计.同比')?.text).toBe('增长7.1%');
    expect(values.get('A09.变化')?.text).toBe('持平');
    expect(values.get('A09.同比')?.text).toBe('持平');
  });

  test('the closest names to a mistyped one, nearest first', () => {
    expect(editDistance('建会律', '建会率')).toBe(1);
    expect(closestNames('建会律', ['年度', '入会率', '建会率'])).toEqual(['建会率', '入会率', '年度']);
    expect(closestNames('帮扶资金合计.同期', ['帮扶资金合计.同比', '帮扶资金合计.上年', '帮扶资金合计'], 1)).toEqual(['帮扶资金合计.同比']);
  });

  test('block names read with a full-width colon and spaces as typed by a Chinese input method', () => {
    expect(normaliseTag(' 图： 建会率 ')).toBe('图:建会率');
    expect(normaliseTag('表:分单位')).toBe('表:分单位');
    expect(normaliseTag(' 建会率 ')).toBe('建会率');
  });
});
