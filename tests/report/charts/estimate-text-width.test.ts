import { platformApi } from 'zrender/lib/core/platform.js';
import { estimateTextWidth } from '../../../report/charts/estimate-text-width.js';

// In Node zrender has no canvas and measures by its own estimate: ours must give the same widths, so charts drawn in the page equal the CLI's.
describe('estimateTextWidth', () => {
  const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(i + 32)).join('');
  const cases: [string, string | undefined][] = [
    [ascii, '12px sans-serif'],
    ['各单位建会率 98.5%', "13px 'Microsoft YaHei', sans-serif"],
    ['下降16.5%', 'bold 14.5px sans-serif'],
    ['abc 123', '12px monospace'],
    ['', undefined],
    ['青溪县总工会', undefined],
  ];
  it.each(cases)('measures %j in %j as zrender does without a canvas', (text, font) => {
    expect(estimateTextWidth(text, font).width).toBe(platformApi.measureText(text, font as string).width);
  });
  it('is not a constant: wider for longer text and larger fonts', () => {
    expect(estimateTextWidth('工会工会', '12px sans-serif').width).toBe(48);
    expect(estimateTextWidth('工会', '24px sans-serif').width).toBe(48);
    expect(estimateTextWidth('ii', '12px sans-serif').width).toBeLessThan(estimateTextWidth('WW', '12px sans-serif').width);
  });
});
