import { pickedName } from '../../../addin/taskpane/summary/picked-files.js';
import { summaryOverview } from '../../../addin/taskpane/summary/summary-tab.js';
import { summaryTabMessages, summaryTabText } from '../../../core/messages/summary-tab-messages.js';
import { sampleMergeReport } from '../../support/sample-merge-report.js';

describe('the 汇总 tab’s parts', () => {
  test('a file picked in a folder is named relative to that folder, as the CLI names it relative to --in', () => {
    expect(pickedName({ name: '城区.xlsx', webkitRelativePath: '2025/县区/城区.xlsx' })).toBe('县区/城区.xlsx');
    expect(pickedName({ name: '城区.xlsx', webkitRelativePath: '' })).toBe('城区.xlsx');
    expect(pickedName({ name: '城区.xlsx' })).toBe('城区.xlsx');
  });

  test('the status line counts roster units, units in the totals, missing ones and ones to act on', () => {
    const report = sampleMergeReport();
    const overview = summaryOverview(report);
    expect(overview).toEqual({ units: 5, included: 3, missing: 1, action: 3 });
    expect(summaryTabText('summary.done', 'zh', overview)).toBe('汇总完成：名册 5 个单位，计入汇总 3 个，未报 1 个，需要催报或退改 3 个。');
  });

  test.each(Object.entries(summaryTabMessages))('%s: Chinese without English words', (_key, text) => {
    const words = (text.zh.replace(/\{\w+\}/g, ' ').match(/[A-Za-z]+/g) ?? []).filter((w) => !['CSV', 'Excel', 'xlsx'].includes(w));
    expect(words).toEqual([]);
    expect(text.en.length).toBeGreaterThan(0);
  });
});
