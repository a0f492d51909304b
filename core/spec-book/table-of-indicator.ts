import type { SpecTable, TemplateSpecInput } from '../spec/template-spec.js';

/** Each indicator's table, by its section (indicators of a section in no table are left out). */
export function tableOfIndicatorIn(tables: readonly SpecTable[], indicators: TemplateSpecInput['indicators']): Map<string, SpecTable> {
  const bySection = new Map<string, SpecTable>();
  for (const t of tables) for (const s of t.sections) bySection.set(s, t);
  const out = new Map<string, SpecTable>();
  for (const ind of indicators) {
    const t = bySection.get(ind.section);
    if (t) out.set(ind.code, t);
  }
  return out;
}
