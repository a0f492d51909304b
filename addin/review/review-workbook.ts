import type { Extracted } from '../../core/grid/extracted.js';
import { extractTemplate } from '../../core/grid/extract-template.js';
import type { WorkbookGrids } from '../../core/grid/grid.js';
import { countIssues, type Issue, type IssueCounts } from '../../core/issues/index.js';
import { check, type CheckContext } from '../../core/rules/index.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import type { CellFill, CellMark } from '../access/workbook-access.js';
import { marksFor } from './marks-for.js';
import { derivedFills } from './derived-fills.js';

/** One check of a workbook, ready for the UI: issues, their counts, the cells to mark and to fill. */
export interface Review {
  /** False when the workbook holds no readable template (the issues say why). */
  found: boolean;
  sheet: string;
  issues: Issue[];
  counts: IssueCounts;
  marks: CellMark[];
  fills: CellFill[];
  extracted?: Extracted;
}

/**
 * Runs the core engine on a workbook the way the task pane and the page need it.
 * @example const review = reviewWorkbook(standardSpec, grids, '基本情况统计表');
 */
export function reviewWorkbook(spec: TemplateSpec, grids: WorkbookGrids, sheet: string, context?: CheckContext): Review {
  const result = extractTemplate(spec, grids);
  if (!result.ok) {
    return { found: false, sheet, issues: result.issues, counts: countIssues(result.issues), marks: [], fills: [] };
  }
  const extracted = result.extracted;
  const { issues, counts } = check(spec, extracted, context);
  return {
    found: true,
    sheet: extracted.sheet,
    issues,
    counts,
    marks: marksFor(issues, extracted.tables?.map((t) => t.sheet) ?? extracted.sheet),
    fills: derivedFills(spec, extracted),
    extracted,
  };
}
