import ExcelJS from 'exceljs';
import { standardSpec } from '../../core/templates/index.js';
import { buildFeedback, FEEDBACK_FILES } from '../../report/build-feedback.js';
import { sampleMergeReport, withUnitName } from '../support/sample-merge-report.js';

async function sheet(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb.worksheets[0];
}

const rows = (ws: ExcelJS.Worksheet) => (ws.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));

describe('buildFeedback', () => {
  test('the chase list first, then one 审核意见 per unit with something to fix in what it sent', async () => {
    const files = await buildFeedback(sampleMergeReport(), standardSpec);
    expect(files.map((f) => f.name)).toEqual([FEEDBACK_FILES.list, '审核意见_110102_河东区总工会.xlsx', '审核意见_110201_市直机关工会.xlsx']);
  });

  test('催报/退改: every unit to chase, what to do, its 填报人 and 联系电话 (this year\'s, else last year\'s)', async () => {
    const [list] = await buildFeedback(sampleMergeReport(), standardSpec);
    const ws = await sheet(list.bytes);
    expect(rows(ws)).toEqual([
      ['单位代码', '单位名称', '类别', '事项', '报送状态', '强制性错误', '待说明', '填报人', '联系电话', '联系人来源', '审核意见文件'],
      ['110102', '河东区总工会', '县区', '补充说明', '待说明', 0, 1, '赵丽', '13800000000', '本年报表', '审核意见_110102_河东区总工会.xlsx'],
      ['110103', '河西区总工会', '县区', '催报', '未报', 0, 0, '王红', '010-69876543', '上年报表'],
      ['110201', '市直机关工会', '直属', '退改', '有强制性错误', 1, 0, undefined, '010-66660000', '本年报表', '审核意见_110201_市直机关工会.xlsx'],
    ]);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:1' });
    expect(ws.headerFooter.oddHeader).toBe('&C示例市总工会2024年工会基本情况催报退改清单');
  });

  test('a unit\'s 审核意见: each issue to fix with its cell, the value there, the problem, what to do and the rule', async () => {
    const files = await buildFeedback(sampleMergeReport(), standardSpec);
    const hard = rows(await sheet(files.find((f) => f.name.includes('110201'))!.bytes));
    expect(hard[0]).toEqual(['序号', '文件', '单元格', '指标', '填报值', '审核类别', '问题', '修改意见', '审核规则']);
    expect(hard[1].slice(0, 8)).toEqual([1, '直属/市直机关工会.xlsx', '基本情况统计表!D32', 'C01', '210.5', '强制性（必须改正）', '帮扶资金合计210.50不等于各项之和200.50', '核对送温暖、金秋助学、医疗救助和其他帮扶资金']);
    // The rule in words from the spec, when the issue names one of its rules.
    expect(hard[1][8]).toBe('C01 帮扶资金合计 = C02 送温暖资金 + C03 金秋助学资金 + C04 医疗救助资金 + C05 其他帮扶资金（“本年、上年”栏，允许误差 0.01）');
    const soft = rows(await sheet(files.find((f) => f.name.includes('110102'))!.bytes));
    expect(soft).toHaveLength(2);
    expect(soft[1].slice(2, 6)).toEqual(['基本情况统计表!E38', 'C07', '9000', '提示性（改正或在“说明”栏写明原因）']);
  });

  test('explained issues are settled: a unit whose only issue is explained gets no file', async () => {
    const files = await buildFeedback(sampleMergeReport(), standardSpec);
    expect(files.some((f) => f.name.includes('110301'))).toBe(false);
  });

  test('a unit name Windows cannot have in a file name gets `_` there, and stays whole inside', async () => {
    const report = withUnitName(sampleMergeReport(), '110102', '河东区/总工会:"新"');
    const files = await buildFeedback(report, standardSpec);
    expect(files[1].name).toBe('审核意见_110102_河东区_总工会__新_.xlsx');
    expect((await sheet(files[1].bytes)).headerFooter.oddHeader).toContain('河东区/总工会:"新"');
  });
});
