import type { TemplateSpecInput } from '../spec/template-spec.js';

const zh = (zh: string, en: string) => ({ zh, en });

/**
 * The standard template, version 1 (基本情况统计表): DOMAIN.md's 30 indicators
 * and their rules, as data. A federation changes this (or passes its own JSON
 * with --spec) to add or rename indicators without touching code.
 */
export const unionBasicV1: TemplateSpecInput = {
  id: 'union-basic',
  version: 1,
  title: zh('工会基本情况统计表', 'Trade union basic statistics'),
  sheetName: '基本情况统计表',
  periods: [
    { key: 'annual', label: zh('年报', 'Annual') },
    { key: 'half', label: zh('上半年', 'First half') },
  ],
  header: [
    { key: 'unitName', label: zh('填报单位', 'Reporting unit'), aliases: ['单位名称', '填报单位名称', '单位'], required: true },
    { key: 'unitCode', label: zh('单位代码', 'Unit code'), aliases: ['填报单位代码', '名册代码', '代码'], required: true },
    { key: 'year', label: zh('统计年度', 'Year'), aliases: ['年度', '统计年份', '报告年度'], required: true },
    { key: 'period', label: zh('统计期', 'Period'), aliases: ['报告期', '统计期别', '报表期别'], required: true },
    { key: 'preparer', label: zh('填报人', 'Prepared by'), aliases: ['填表人', '统计员'], required: true },
    { key: 'phone', label: zh('联系电话', 'Phone'), aliases: ['电话', '联系方式'], required: true },
    { key: 'head', label: zh('单位负责人', 'Head of unit'), aliases: ['负责人'], required: false },
    { key: 'date', label: zh('填报日期', 'Date'), aliases: ['填表日期', '报送日期'], required: false },
  ],
  columns: [
    { key: 'code', label: zh('代码', 'Code'), aliases: ['指标代码', '编码', '编号'], required: true },
    { key: 'name', label: zh('指标名称', 'Indicator'), aliases: ['指标', '项目'], required: false },
    { key: 'unit', label: zh('计量单位', 'Unit'), aliases: ['单位'], required: false },
    { key: 'current', label: zh('本年', 'This year'), aliases: ['本年数', '本期', '本期数', '本年实际'], required: true },
    { key: 'prior', label: zh('上年', 'Last year'), aliases: ['上年数', '上年同期', '同期', '上期'], required: true },
    { key: 'change', label: zh('增减', 'Change'), aliases: ['增减数', '增减量', '增减额'], required: false },
    { key: 'note', label: zh('说明', 'Explanation'), aliases: ['备注', '情况说明', '差异说明'], required: false },
  ],
  sections: [
    { id: 'A', title: zh('组织建设', 'Union organisation') },
    { id: 'B', title: zh('集体协商与民主管理', 'Collective bargaining and democratic management') },
    { id: 'C', title: zh('帮扶工作', 'Assistance to workers') },
  ],
  indicators: [
    { code: 'A01', section: 'A', name: zh('应建会单位数', 'Units required to have a union'), unit: zh('家', 'units'), kind: 'count', decimals: 0 },
    { code: 'A02', section: 'A', name: zh('已建会单位数', 'Units with a union'), unit: zh('家', 'units'), kind: 'count', decimals: 0 },
    { code: 'A03', section: 'A', name: zh('建会率', 'Union establishment rate'), unit: zh('%', '%'), kind: 'rate', decimals: 1, derive: { numerator: 'A02', denominator: 'A01', factor: 100 } },
    { code: 'A04', section: 'A', name: zh('职工总数', 'Employees'), unit: zh('人', 'persons'), kind: 'count', decimals: 0 },
    { code: 'A05', section: 'A', name: zh('工会会员数', 'Union members'), unit: zh('人', 'persons'), kind: 'count', decimals: 0 },
    { code: 'A06', section: 'A', name: zh('入会率', 'Membership rate'), unit: zh('%', '%'), kind: 'rate', decimals: 1, derive: { numerator: 'A05', denominator: 'A04', factor: 100 } },
    { code: 'A07', section: 'A', parent: 'A05', name: zh('新就业形态劳动者会员数', 'Members in new forms of employment'), unit: zh('人', 'persons'), kind: 'count', decimals: 0 },
    { code: 'A08', section: 'A', parent: 'A05', name: zh('农民工会员数', 'Migrant-worker members'), unit: zh('人', 'persons'), kind: 'count', decimals: 0 },
    { code: 'A09', section: 'A', name: zh('当年新建基层工会数', 'Grassroots unions founded this year'), unit: zh('个', 'unions'), kind: 'count', decimals: 0 },
    { code: 'B01', section: 'B', name: zh('已建会企业数', 'Enterprises with a union'), unit: zh('家', 'enterprises'), kind: 'count', decimals: 0 },
    { code: 'B02', section: 'B', name: zh('建立集体协商制度企业数', 'Enterprises with collective bargaining'), unit: zh('家', 'enterprises'), kind: 'count', decimals: 0 },
    { code: 'B03', section: 'B', name: zh('集体协商建制率', 'Collective bargaining rate'), unit: zh('%', '%'), kind: 'rate', decimals: 1, derive: { numerator: 'B02', denominator: 'B01', factor: 100 } },
    { code: 'B04', section: 'B', name: zh('签订集体合同份数', 'Collective contracts signed'), unit: zh('份', 'contracts'), kind: 'count', decimals: 0 },
    { code: 'B05', section: 'B', parent: 'B04', name: zh('工资专项集体合同份数', 'Wage-specific collective contracts'), unit: zh('份', 'contracts'), kind: 'count', decimals: 0 },
    { code: 'B06', section: 'B', name: zh('集体合同覆盖企业数', 'Enterprises covered by collective contracts'), unit: zh('家', 'enterprises'), kind: 'count', decimals: 0 },
    { code: 'B07', section: 'B', name: zh('集体合同覆盖职工数', 'Employees covered by collective contracts'), unit: zh('人', 'persons'), kind: 'count', decimals: 0 },
    { code: 'B08', section: 'B', name: zh('建立职代会制度单位数', "Units with a workers' congress"), unit: zh('家', 'units'), kind: 'count', decimals: 0 },
    { code: 'B09', section: 'B', name: zh('职代会建制率', "Workers' congress rate"), unit: zh('%', '%'), kind: 'rate', decimals: 1, derive: { numerator: 'B08', denominator: 'A02', factor: 100 } },
    { code: 'B10', section: 'B', name: zh('实行厂务公开单位数', 'Units with open affairs'), unit: zh('家', 'units'), kind: 'count', decimals: 0 },
    { code: 'B11', section: 'B', name: zh('厂务公开建制率', 'Open-affairs rate'), unit: zh('%', '%'), kind: 'rate', decimals: 1, derive: { numerator: 'B10', denominator: 'A02', factor: 100 } },
    { code: 'C01', section: 'C', name: zh('帮扶资金合计', 'Assistance funds, total'), unit: zh('万元', '10k yuan'), kind: 'amount', decimals: 2, help: zh('等于送温暖、金秋助学、医疗救助和其他帮扶资金之和', 'Equals the sum of C02 to C05') },
    { code: 'C02', section: 'C', name: zh('送温暖资金', 'Winter relief funds'), unit: zh('万元', '10k yuan'), kind: 'amount', decimals: 2 },
    { code: 'C03', section: 'C', name: zh('金秋助学资金', 'Student aid funds'), unit: zh('万元', '10k yuan'), kind: 'amount', decimals: 2 },
    { code: 'C04', section: 'C', name: zh('医疗救助资金', 'Medical aid funds'), unit: zh('万元', '10k yuan'), kind: 'amount', decimals: 2 },
    { code: 'C05', section: 'C', name: zh('其他帮扶资金', 'Other assistance funds'), unit: zh('万元', '10k yuan'), kind: 'amount', decimals: 2 },
    { code: 'C06', section: 'C', parent: 'C01', name: zh('中央财政专项帮扶资金', 'Central-budget special funds'), unit: zh('万元', '10k yuan'), kind: 'amount', decimals: 2 },
    { code: 'C07', section: 'C', name: zh('帮扶慰问职工人次', 'Workers helped (person-times)'), unit: zh('人次', 'person-times'), kind: 'count', decimals: 0 },
    { code: 'C08', section: 'C', name: zh('在档困难职工户数', 'Registered hardship households'), unit: zh('户', 'households'), kind: 'count', decimals: 0 },
    { code: 'C09', section: 'C', name: zh('当年解困脱困户数', 'Households lifted out this year'), unit: zh('户', 'households'), kind: 'count', decimals: 0 },
    { code: 'C10', section: 'C', name: zh('人均帮扶金额', 'Assistance per person-time'), unit: zh('元/人次', 'yuan per person-time'), kind: 'ratio', decimals: 2, derive: { numerator: 'C01', denominator: 'C07', factor: 10000 } },
  ],
  rules: [
    // In-table comparisons (表内审核).
    { id: 'A02-le-A01', kind: 'compare', severity: 'hard', left: ['A02'], op: 'le', right: ['A01'] },
    { id: 'A05-le-A04', kind: 'compare', severity: 'soft', left: ['A05'], op: 'le', right: ['A04'] },
    { id: 'A07-le-A05', kind: 'compare', severity: 'hard', left: ['A07'], op: 'le', right: ['A05'] },
    { id: 'A08-le-A05', kind: 'compare', severity: 'hard', left: ['A08'], op: 'le', right: ['A05'] },
    { id: 'B01-le-A02', kind: 'compare', severity: 'hard', left: ['B01'], op: 'le', right: ['A02'] },
    { id: 'B02-le-B01', kind: 'compare', severity: 'hard', left: ['B02'], op: 'le', right: ['B01'] },
    { id: 'B05-le-B04', kind: 'compare', severity: 'hard', left: ['B05'], op: 'le', right: ['B04'] },
    { id: 'B07-le-A04', kind: 'compare', severity: 'soft', left: ['B07'], op: 'le', right: ['A04'] },
    { id: 'B08-le-A02', kind: 'compare', severity: 'hard', left: ['B08'], op: 'le', right: ['A02'] },
    { id: 'B10-le-A02', kind: 'compare', severity: 'hard', left: ['B10'], op: 'le', right: ['A02'] },
    { id: 'C01-sum', kind: 'sum-of-parts', severity: 'hard', total: 'C01', parts: ['C02', 'C03', 'C04', 'C05'], tolerance: 0.01 },
    { id: 'C06-le-C01', kind: 'compare', severity: 'hard', left: ['C06'], op: 'le', right: ['C01'] },
    // Checks every template has.
    { id: 'counts-whole', kind: 'whole-number', severity: 'hard', appliesTo: { kinds: ['count'] } },
    { id: 'counts-amounts-non-negative', kind: 'range', severity: 'hard', appliesTo: { kinds: ['count', 'amount'] }, min: 0 },
    { id: 'amounts-2-decimals', kind: 'max-decimals', severity: 'hard', appliesTo: { kinds: ['amount'] }, decimals: 2 },
    { id: 'rates-0-100', kind: 'range', severity: 'hard', appliesTo: { kinds: ['rate'] }, min: 0, max: 100 },
    { id: 'ratios-non-negative', kind: 'range', severity: 'hard', appliesTo: { kinds: ['ratio'] }, min: 0 },
    { id: 'derived-agree', kind: 'derived-consistency', severity: 'hard', appliesTo: { kinds: ['rate', 'ratio'] } },
    { id: 'current-required', kind: 'required-value', severity: 'hard', appliesTo: { kinds: ['count', 'amount'] }, columns: ['current'] },
    { id: 'prior-required', kind: 'required-value', severity: 'soft', appliesTo: { kinds: ['count', 'amount'] }, columns: ['prior'] },
    // Historical (历史审核).
    { id: 'yoy-threshold', kind: 'historical', severity: 'soft', appliesTo: { kinds: ['count', 'amount', 'rate'] }, maxChangePercent: 30, maxChangePoints: 10 },
    { id: 'prior-matches-last-year', kind: 'prior-matches-last-year', severity: 'soft', appliesTo: { kinds: ['count', 'amount'] }, tolerance: 0.005 },
    // Header (表头).
    { id: 'header-unit-code', kind: 'header', severity: 'hard', field: 'unitCode', check: 'required' },
    { id: 'header-unit-code-roster', kind: 'header', severity: 'hard', field: 'unitCode', check: 'in-roster' },
    { id: 'header-year', kind: 'header', severity: 'hard', field: 'year', check: 'required' },
    { id: 'header-year-collection', kind: 'header', severity: 'hard', field: 'year', check: 'matches-collection' },
    { id: 'header-period', kind: 'header', severity: 'hard', field: 'period', check: 'required' },
    { id: 'header-period-collection', kind: 'header', severity: 'hard', field: 'period', check: 'matches-collection' },
    { id: 'header-unit-name', kind: 'header', severity: 'soft', field: 'unitName', check: 'required' },
    { id: 'header-preparer', kind: 'header', severity: 'soft', field: 'preparer', check: 'required' },
    { id: 'header-phone', kind: 'header', severity: 'soft', field: 'phone', check: 'required' },
  ],
  sentences: [
    {
      section: 'A',
      requires: ['A01', 'A02', 'A03', 'A05', 'A07', 'A08', 'A09'],
      text: zh(
        '{scope}应建会单位{A01.current}家，已建会单位{A02.current}家，建会率为{A03.current}，比上年{A03.changePoints}；工会会员{A05.current}人，其中新就业形态劳动者会员{A07.current}人、农民工会员{A08.current}人；当年新建基层工会{A09.current}个。',
        '{scopeEn}: {A02.current} of {A01.current} units required to have a union have one, an establishment rate of {A03.current} ({A03.changePoints} on last year); {A05.current} union members, of whom {A07.current} in new forms of employment and {A08.current} migrant workers; {A09.current} grassroots unions founded this year.',
      ),
    },
    {
      section: 'B',
      requires: ['B02', 'B03', 'B04', 'B05', 'B07', 'B09', 'B11'],
      text: zh(
        '{scope}已建会企业集体协商建制率为{B03.current}，比上年{B03.changePoints}；共签订集体合同{B04.current}份，其中工资专项集体合同{B05.current}份，覆盖职工{B07.current}人；职代会建制率为{B09.current}，厂务公开建制率为{B11.current}。',
        '{scopeEn}: the collective bargaining rate of unionised enterprises is {B03.current} ({B03.changePoints} on last year); {B04.current} collective contracts were signed, {B05.current} of them wage-specific, covering {B07.current} employees; the workers\' congress rate is {B09.current} and the open-affairs rate {B11.current}.',
      ),
    },
    {
      section: 'C',
      requires: ['C01', 'C06', 'C07', 'C08', 'C09', 'C10'],
      text: zh(
        '{scope}各级工会共筹集发放帮扶资金{C01.current}万元，同比{C01.growth}，其中中央财政专项帮扶资金{C06.current}万元；帮扶慰问职工{C07.current}人次，人均帮扶{C10.current}元；在档困难职工{C08.current}户，当年解困脱困{C09.current}户。',
        '{scopeEn}: unions at all levels raised and paid out {C01.current} (10k yuan) in assistance funds ({C01.growth} year on year), {C06.current} of it central-budget special funds; {C07.current} person-times of workers helped, {C10.current} yuan per person-time; {C08.current} registered hardship households, {C09.current} lifted out this year.',
      ),
    },
  ],
};
