import type { LocalizedText } from '../spec/template-spec.js';
import type { MessageEntry } from './message-entry.js';

const entry = (zh: string, en: string, hintZh: string, hintEn: string): MessageEntry => ({ message: { zh, en }, hint: { zh: hintZh, en: hintEn } });

/**
 * The spec a template carries in its `_meta` sheet (core/spec/decode-embedded-spec,
 * core/grid/extract-template): refused when it cannot be trusted, and a file made
 * from another version of the federation's spec, with what differs.
 */
export const specMetaMessages: Record<string, MessageEntry> = {
  'spec-meta.too-large': entry(
    '模板隐藏工作表 {metaSheet} 中自带的指标体系声明为 {size} 字节，超过上限 {limit} 字节，未读取。',
    'The spec carried in the hidden sheet {metaSheet} declares {size} bytes, over the limit of {limit}; it was not read.',
    '该文件的隐藏工作表已被改动。请向上级索取原模板，把数字填入后重新报送。',
    'The hidden sheet of this file was changed. Ask the federation for the original template, enter the figures in it and resubmit.',
  ),
  'spec-meta.garbled': entry(
    '模板隐藏工作表 {metaSheet} 中自带的指标体系已损坏，无法读出，不能据以审核。',
    'The spec carried in the hidden sheet {metaSheet} is damaged and cannot be read, so it cannot be used to check the file.',
    '该文件的隐藏工作表已被改动或损坏。请向上级索取原模板，把数字填入后重新报送。',
    'The hidden sheet of this file was changed or damaged. Ask the federation for the original template, enter the figures in it and resubmit.',
  ),
  'spec-meta.tampered': entry(
    '模板隐藏工作表 {metaSheet} 中自带的指标体系与其指纹或版本号不符（被改动过），不能据以审核。',
    'The spec carried in the hidden sheet {metaSheet} does not match its fingerprint or version (it was edited), so it cannot be used to check the file.',
    '请不要改动模板的隐藏工作表。请向上级索取原模板，把数字填入后重新报送。',
    'Do not edit the hidden sheet of the template. Ask the federation for the original template, enter the figures in it and resubmit.',
  ),
  'spec-meta.unsupported': entry(
    '模板自带的指标体系（“{template}”第 {version} 版）含有本程序不认识的内容，可能由更新版本的工会统计助手生成。',
    'The spec carried by the template ("{template}" version {version}) holds content this program does not know; it may have been made by a newer version of Union Stats.',
    '请把工会统计助手更新到最新版本后重新审核。',
    'Update Union Stats to its latest version and check again.',
  ),
  'spec-meta.other-version': entry(
    '该文件由“{template}”第 {foundVersion} 版（指纹 {foundFingerprint}）生成，本次收集使用第 {version} 版（指纹 {fingerprint}），两版的统计表不同：{changes}。按现行指标体系无法正确读取，未计入汇总。',
    'The file was made from "{templateEn}" version {foundVersion} (fingerprint {foundFingerprint}); this collection uses version {version} (fingerprint {fingerprint}), and the tables differ: {changesEn}. It cannot be read by the current spec and is left out of the totals.',
    '请下载本次下发的模板（第 {version} 版），把数字填入新模板后重新报送。',
    'Download the template sent out for this collection (version {version}), enter the figures in it and resubmit.',
  ),
  'spec-meta.other-version-compatible': entry(
    '该文件由“{template}”第 {foundVersion} 版（指纹 {foundFingerprint}）生成，本次收集使用第 {version} 版（指纹 {fingerprint}）。两版统计表的指标相同，已按现行指标体系审核并计入汇总；两版的差别：{changes}。',
    'The file was made from "{templateEn}" version {foundVersion} (fingerprint {foundFingerprint}); this collection uses version {version} (fingerprint {fingerprint}). The tables have the same indicators, so it was checked by the current spec and summed; what differs: {changesEn}.',
    '下次请使用最新下发的模板填报。',
    'Next time, fill in the template most recently sent out.',
  ),
};

/** The words of one difference between two versions of a spec (core/spec/diff-specs), filled with its values. */
export const specDiffText = {
  'indicator-added': { zh: '新增指标 {code}“{name}”', en: 'indicator {code} "{nameEn}" added' },
  'indicator-removed': { zh: '删去指标 {code}“{name}”', en: 'indicator {code} "{nameEn}" removed' },
  'indicator-renamed': { zh: '{code} 由“{from}”改名为“{to}”', en: '{code} renamed from "{fromEn}" to "{toEn}"' },
  'indicator-recoded': { zh: '“{name}”的代码由 {from} 改为 {to}', en: 'the code of "{nameEn}" changed from {from} to {to}' },
  'indicator-changed': { zh: '{code}“{name}”的{fields}改变', en: '{code} "{nameEn}": {fieldsEn} changed' },
  'rule-added': { zh: '新增审核 {rule}', en: 'check {rule} added' },
  'rule-removed': { zh: '删去审核 {rule}', en: 'check {rule} removed' },
  'rule-changed': { zh: '审核 {rule} 的{fields}改变', en: 'check {rule}: {fieldsEn} changed' },
  'layout-changed': { zh: '{parts}改变', en: '{partsEn} changed' },
  more: { zh: '等，共 {n} 处', en: 'and more, {n} in all' },
  none: { zh: '仅文字说明不同', en: 'only descriptive text differs' },
  /** How differences and fields are listed. */
  listJoin: { zh: '；', en: '; ' },
  fieldJoin: { zh: '、', en: ', ' },
  fieldChange: { zh: '{field}（{from} → {to}）', en: '{field} ({from} → {to})' },
} satisfies Record<string, LocalizedText>;

/** Names of what may change in an indicator, a rule or the layout of a spec. */
export const specFieldNames = {
  name: { zh: '名称', en: 'name' },
  unit: { zh: '计量单位', en: 'unit' },
  kind: { zh: '类型', en: 'kind' },
  decimals: { zh: '小数位', en: 'decimals' },
  derive: { zh: '计算公式', en: 'computation' },
  parent: { zh: '上级指标', en: 'parent' },
  section: { zh: '所属部分', en: 'section' },
  severity: { zh: '级别', en: 'level' },
  tolerance: { zh: '容差', en: 'tolerance' },
  formula: { zh: '公式', en: 'formula' },
  appliesTo: { zh: '适用指标', en: 'indicators' },
  columns: { zh: '适用栏', en: 'columns' },
  min: { zh: '下限', en: 'minimum' },
  max: { zh: '上限', en: 'maximum' },
  maxChangePercent: { zh: '变动幅度上限（%）', en: 'largest change (%)' },
  maxChangePoints: { zh: '变动上限（百分点）', en: 'largest change (points)' },
  check: { zh: '审核方式', en: 'check' },
  field: { zh: '表头项', en: 'header field' },
  message: { zh: '错误信息', en: 'message' },
  hint: { zh: '修改说明', en: 'hint' },
  title: { zh: '表名', en: 'title' },
  sheetName: { zh: '工作表名', en: 'sheet name' },
  header: { zh: '表头', en: 'header fields' },
  columnsLayout: { zh: '表栏', en: 'table columns' },
  periods: { zh: '统计期', en: 'periods' },
  sections: { zh: '部分', en: 'sections' },
  sentences: { zh: '报告语句', en: 'report sentences' },
  help: { zh: '填表说明', en: 'how-to-fill notes' },
  kindCount: { zh: '计数', en: 'count' },
  kindAmount: { zh: '金额', en: 'amount' },
  kindRate: { zh: '比率', en: 'rate' },
  kindRatio: { zh: '比值', en: 'ratio' },
  hard: { zh: '强制性', en: 'hard' },
  soft: { zh: '提示性', en: 'soft' },
  empty: { zh: '无', en: 'none' },
  'rule.derived-consistency': { zh: '比率核对', en: 'rate agreement' },
  'rule.range': { zh: '取值范围', en: 'range' },
  'rule.whole-number': { zh: '整数', en: 'whole numbers' },
  'rule.max-decimals': { zh: '小数位数', en: 'decimals' },
  'rule.historical': { zh: '历史变动', en: 'change on last year' },
  'rule.prior-matches-last-year': { zh: '上年数核对', en: "last year's figures" },
  'rule.required-value': { zh: '必填', en: 'required values' },
  'rule.header': { zh: '表头', en: 'header' },
  'header.required': { zh: '必填', en: 'required' },
  'header.matches-collection': { zh: '与本次收集一致', en: 'matches the collection' },
  'header.in-roster': { zh: '在名册中', en: 'in the roster' },
} satisfies Record<string, LocalizedText>;

/** What the task pane and the check page say about the spec a workbook is checked by. */
export const specSourceText = {
  embedded: { zh: '按本工作簿自带的指标体系审核：{title}（{id}）第 {version} 版，指纹 {fingerprint}', en: 'Checked by the spec this workbook carries: {titleEn} ({id}) version {version}, fingerprint {fingerprint}' },
  standard: { zh: '本工作簿未自带指标体系，按内置标准模板审核：{title}（{id}）第 {version} 版', en: 'This workbook carries no spec; checked by the built-in standard template: {titleEn} ({id}) version {version}' },
  configured: { zh: '本工作簿未自带指标体系，按本联合会配置的指标体系审核：{title}（{id}）第 {version} 版，指纹 {fingerprint}', en: "This workbook carries no spec; checked by the federation's configured spec: {titleEn} ({id}) version {version}, fingerprint {fingerprint}" },
  differs: {
    zh: '注意：本工作簿自带的指标体系与本联合会配置的（“{title}”第 {version} 版，指纹 {fingerprint}）不同；上级汇总时按上级的指标体系审核，请确认使用的是最新下发的模板。',
    en: "Note: the spec this workbook carries differs from the federation's configured one (\"{titleEn}\" version {version}, fingerprint {fingerprint}); the federation checks by its own, so make sure this is the template most recently sent out.",
  },
  configInvalid: {
    zh: '本页面旁的指标体系文件 spec.json 无效（{problem}），未使用；未自带指标体系的工作簿无法审核。请联系上级技术人员。',
    en: 'The spec file spec.json beside this page is invalid ({problem}) and was not used; workbooks that carry no spec cannot be checked. Contact the federation.',
  },
  configNotJson: { zh: '不是有效的 JSON', en: 'not valid JSON' },
  configProblems: { zh: '{n} 处错误，第一处在 {path}', en: '{n} problem(s), the first at {path}' },
} satisfies Record<string, LocalizedText>;
