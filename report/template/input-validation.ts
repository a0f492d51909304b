import type ExcelJS from 'exceljs';
import type { Indicator } from '../../core/spec/template-spec.js';

// Excel refuses longer titles (32) and messages (255).
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * Data validation of an entered indicator's value cell: whole numbers ≥ 0 for
 * counts, decimals ≥ 0 for amounts. A warning rather than a stop, so that a
 * person may still type 无 for none; the checker reads that on purpose.
 */
export function indicatorValidation(ind: Indicator): ExcelJS.DataValidation | undefined {
  const name = ind.name.zh;
  const unit = ind.unit.zh;
  const rule = (type: 'whole' | 'decimal', prompt: string, errorTitle: string, error: string): ExcelJS.DataValidation => ({
    type,
    operator: 'greaterThanOrEqual',
    formulae: [0],
    allowBlank: true,
    showInputMessage: true,
    showErrorMessage: true,
    errorStyle: 'warning',
    promptTitle: clip(`${ind.code} ${name}`, 32),
    prompt: clip(prompt, 255),
    errorTitle: clip(errorTitle, 32),
    error: clip(error, 255),
  });
  if (ind.kind === 'count') {
    return rule(
      'whole',
      `请填写不小于 0 的整数（单位：${unit}）。没有的填 0，不要留空。`,
      '请填写整数',
      `“${name}”应为不小于 0 的整数（单位：${unit}），不要带单位、逗号或空格。没有的填 0。`,
    );
  }
  if (ind.kind === 'amount') {
    return rule(
      'decimal',
      `请填写不小于 0 的数（单位：${unit}），最多 ${ind.decimals} 位小数。没有的填 0，不要留空。`,
      '请填写数字',
      `“${name}”应为不小于 0 的数（单位：${unit}），最多 ${ind.decimals} 位小数，不要带单位或文字。没有的填 0。`,
    );
  }
  return undefined;
}

/** The 统计年度 cell: a four-digit year. */
export function yearValidation(): ExcelJS.DataValidation {
  return {
    type: 'whole',
    operator: 'between',
    formulae: [2000, 2100],
    allowBlank: true,
    showInputMessage: true,
    showErrorMessage: true,
    errorStyle: 'warning',
    promptTitle: '统计年度',
    prompt: '请填写四位数年份，如 2025。',
    errorTitle: '年份不正确',
    error: '统计年度应为四位数年份，如 2025。',
  };
}

/** The 统计期 cell: one of the spec's period labels, from a drop-down. */
export function periodValidation(labels: readonly string[]): ExcelJS.DataValidation {
  return {
    type: 'list',
    formulae: [`"${labels.join(',')}"`],
    allowBlank: true,
    showInputMessage: true,
    showErrorMessage: true,
    errorStyle: 'warning',
    promptTitle: '统计期',
    prompt: clip(`请从下拉列表中选择：${labels.join('、')}。`, 255),
    errorTitle: '统计期不正确',
    error: clip(`统计期应为：${labels.join('、')}。`, 255),
  };
}
