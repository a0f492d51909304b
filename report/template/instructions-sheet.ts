import type ExcelJS from 'exceljs';
import { INSTRUCTIONS_SHEET_NAME } from '../../core/grid/template-sheet-names.js';
import { rowLabel } from '../../core/spec/spec-lookup.js';
import { specTables } from '../../core/spec/spec-tables.js';
import type { Indicator, TemplateSpec } from '../../core/spec/template-spec.js';
import { describeRule, kindLabel, namedIndicators, ruleFormula, severityLabel } from './describe-rule.js';
import { protectWithoutPassword } from './protect-sheet.js';
import { FONT_NAME, boldFont, bodyFont, cellBorder, headFill, titleFont } from './template-styles.js';
import { CHINESE_NUMERALS } from '../../core/messages/chinese-numerals.js';

export { INSTRUCTIONS_SHEET_NAME };

const WIDTH = 6;

function nameOf(spec: TemplateSpec, code: string): string {
  return spec.indicators.find((i) => i.code === code)?.name.zh ?? code;
}

/** How an indicator is filled in or computed, in words. */
export function indicatorMethod(spec: TemplateSpec, ind: Indicator): string {
  const parts: string[] = [];
  if (ind.derive) {
    const { numerator, denominator, factor } = ind.derive;
    parts.push(
      `公式自动计算，无需填写：${numerator} ${nameOf(spec, numerator)} ÷ ${denominator} ${nameOf(spec, denominator)} × ${factor}，保留 ${ind.decimals} 位小数；分母为空或为 0 时留空`,
    );
  } else if (ind.kind === 'count') {
    parts.push(`填写整数（${ind.unit.zh}）；没有的填 0`);
  } else {
    parts.push(`填写数值（${ind.unit.zh}），最多 ${ind.decimals} 位小数；没有的填 0`);
  }
  if (ind.parent) parts.push(`为 ${ind.parent} ${nameOf(spec, ind.parent)} 的“其中”项，不得大于该项`);
  if (ind.help) parts.push(ind.help.zh);
  return parts.join('；');
}

/** The general advice on typing numbers, partly drawn from the spec (units, decimals, header fields). */
export function fillingAdvice(spec: TemplateSpec): string[] {
  const derived = spec.indicators.filter((i) => i.derive).map((i) => i.name.zh);
  const amounts = spec.indicators.filter((i) => i.kind === 'amount');
  const amountUnits = [...new Set(amounts.map((i) => i.unit.zh))];
  const amountDecimals = Math.max(0, ...amounts.map((i) => i.decimals));
  const required = spec.header.filter((h) => h.required).map((h) => h.label.zh);
  const tables = specTables(spec);
  const lines = [
    // A template of several tables says where each is, and that the header is filled once.
    ...(tables.length > 1
      ? [`本模板共 ${tables.length} 张表：${tables.map((t) => `“${t.title.zh}”在工作表“${t.sheetName}”`).join('，')}；表头（填报单位、单位代码等）只在第一张表中填写。各表都要填写，审核会核对表与表之间的关系（表间审核）。`]
      : []),
    `请在浅黄色单元格中填写；灰色单元格由公式自动计算${derived.length ? `（${derived.join('、')}）` : ''}，不需要填写。`,
    '没有发生的数请填 0（写“无”也可以识别），不要留空：空白表示“未填报”，不等于 0。',
    '请直接填写数字，不要带单位、空格或文字；“1,234”“１２３４”“1.2万”这类写法虽能识别，但会被提示核对，请尽量避免。',
    '计数类指标（家、人、个、份、户、人次）填写整数。',
  ];
  if (amounts.length) lines.push(`金额类指标以“${amountUnits.join('、')}”为单位，最多保留 ${amountDecimals} 位小数。`);
  lines.push(
    '“增减”栏由公式计算（本年 − 上年；比率类为百分点），不需要填写。',
    '本年与上年相比变化较大时（见下方历史审核规则），请在“说明”栏写明原因；提示性审核问题有说明即可通过，强制性审核问题必须改正。',
    `表头各项${required.length ? `（${required.join('、')}）` : ''}请填写完整；单位代码以上级工会下发的名册为准。`,
    '请勿插入或删除行列，不要修改指标代码、名称和表头文字；工作表已保护（无密码），如确需调整可在“审阅”中撤消工作表保护。',
    '请保存为 Excel 工作簿（.xlsx）格式后报送，不要另存为 .xls、.et 或 .csv。',
  );
  return lines;
}

function heading(ws: ExcelJS.Worksheet, row: number, text: string): void {
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = boldFont;
}

function tableRow(ws: ExcelJS.Worksheet, row: number, values: (string | number)[], head = false): void {
  values.forEach((value, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = value;
    cell.font = head ? boldFont : bodyFont;
    cell.border = cellBorder;
    cell.alignment = { vertical: 'middle', wrapText: true, horizontal: head ? 'center' : 'left' };
    if (head) cell.fill = headFill;
  });
}

/**
 * The 填表说明 sheet, generated from the spec: the filling advice, every
 * indicator with code, name, unit, kind and how it is filled or computed, and
 * every rule in words.
 */
export function addInstructionsSheet(wb: ExcelJS.Workbook, spec: TemplateSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(INSTRUCTIONS_SHEET_NAME, {
    properties: { defaultRowHeight: 18 },
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  [10, 34, 12, 10, 64, 26].forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  ws.mergeCells(1, 1, 1, WIDTH);
  const title = ws.getCell(1, 1);
  title.value = `${spec.title.zh}填表说明`;
  title.font = { ...titleFont, name: FONT_NAME };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  ws.mergeCells(2, 1, 2, WIDTH);
  ws.getCell(2, 1).value = `模板：${spec.id} 第 ${spec.version} 版`;
  ws.getCell(2, 1).font = bodyFont;

  let row = 4;
  let part = 0;
  heading(ws, row++, `${CHINESE_NUMERALS[part++]}、填写要求`);
  fillingAdvice(spec).forEach((line, i) => {
    ws.mergeCells(row, 1, row, WIDTH);
    const cell = ws.getCell(row, 1);
    cell.value = `${i + 1}. ${line}`;
    cell.font = bodyFont;
    cell.alignment = { wrapText: true, vertical: 'top' };
    ws.getRow(row).height = line.length > 70 ? 32 : 18;
    row++;
  });

  row++;
  heading(ws, row++, `${CHINESE_NUMERALS[part++]}、指标说明`);
  tableRow(ws, row++, ['代码', '指标名称', '计量单位', '类型', '填写或计算方法', '相关表内审核规则'], true);
  for (const ind of spec.indicators) {
    // Rules as their text, never their ids: a county reads `A02 ≤ A01（强制性）`, not `A02-le-A01`.
    const rules = spec.rules
      .filter((r) => namedIndicators(r).has(ind.code))
      .map((r) => `${ruleFormula(spec, r)}（${r.severity === 'hard' ? '强制性' : '提示性'}）`);
    tableRow(ws, row++, [ind.code, rowLabel(spec, ind), ind.unit.zh, kindLabel(ind.kind).zh, indicatorMethod(spec, ind), rules.join('、')]);
  }

  row++;
  heading(ws, row++, `${CHINESE_NUMERALS[part++]}、审核规则`);
  tableRow(ws, row, ['序号', '审核类型', '审核内容', '', '', ''], true);
  ws.mergeCells(row, 3, row, WIDTH);
  row++;
  spec.rules.forEach((rule, i) => {
    tableRow(ws, row, [i + 1, severityLabel(rule.severity).zh, describeRule(spec, rule).zh, '', '', '']);
    ws.mergeCells(row, 3, row, WIDTH);
    row++;
  });
  protectWithoutPassword(ws);
  return ws;
}
