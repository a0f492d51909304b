import { parseSpec } from '../core/spec/parse-spec.js';
import type { TemplateSpec, TemplateSpecInput } from '../core/spec/template-spec.js';
import { unionBasicV1 } from '../core/templates/union-basic-v1.js';

const zh = (zh: string, en: string) => ({ zh, en });

/**
 * The example of a template with two tables (samples/指标体系-两表.xlsx): the
 * standard indicators split as 表一 组织建设与民主管理 (sections A, B) and
 * 表二 帮扶与经费 (section C), with the standard rules and two 表间审核 that
 * read both tables (在档困难职工户数 cannot exceed 职工总数; 帮扶慰问人次 at
 * most five times the workers, a soft check).
 */
export const twoTableSpecInput: TemplateSpecInput = {
  ...unionBasicV1,
  id: 'union-two-tables',
  version: 1,
  title: zh('工会基本情况统计表（两表）', 'Trade union statistics (two tables)'),
  sheetName: '表一 组织建设',
  tables: [
    { id: '表一', title: zh('组织建设与民主管理', 'Organisation and democratic management'), sheetName: '表一 组织建设', sections: ['A', 'B'] },
    { id: '表二', title: zh('帮扶与经费', 'Assistance and funds'), sheetName: '表二 帮扶与经费', sections: ['C'] },
  ],
  // 审核公式 first, as 指标体系.xlsx groups them (the round trip keeps the order).
  rules: [
    ...unionBasicV1.rules.filter((r) => r.kind === 'compare' || r.kind === 'sum-of-parts'),
    { id: 'C08-le-A04', kind: 'compare', severity: 'hard', left: ['C08'], op: 'le', right: ['A04'] },
    { id: 'C07-le-A04x5', kind: 'formula', severity: 'soft', formula: 'C07 <= A04 * 5', hint: zh('帮扶慰问人次一般不超过职工总数的 5 倍，请核对。', 'Assisted person-times rarely exceed five times the workers; check.') },
    ...unionBasicV1.rules.filter((r) => r.kind !== 'compare' && r.kind !== 'sum-of-parts'),
  ],
};

/** The two-table example, validated. */
export const twoTableSpec: TemplateSpec = (() => {
  const parsed = parseSpec(twoTableSpecInput);
  if (!parsed.success) throw new Error(`two-table spec invalid: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return parsed.spec;
})();
