import { prefilledUnits } from '../../../report/template/build-unit-templates.js';
import { faultText } from '../../i18n/fault-text.js';
import { t, type Locale } from '../../i18n/ui-text.js';
import type { TemplateSpec } from '../../../core/spec/template-spec.js';
import { pageUnitTemplates, type TemplatePlan } from './page-templates.js';
import type { PageMergeResult } from './run-page-merge.js';
import { saveFile } from './save-file.js';

export interface TemplatesPanelEnv {
  /** The spec the page merged by: the templates are made from it. */
  spec: () => TemplateSpec;
  run: () => PageMergeResult | undefined;
  locale: () => Locale;
}

/**
 * "生成各单位下一期模板（zip）" (and this period's): each roster unit's pre-filled
 * template, zipped, as `unionstat template --roster` writes them. The hints
 * say which year and whose 上年 figures before anything is built;
 * `body[data-templates]` counts the zips made, for tests.
 */
export function wireTemplatesPanel(doc: Document, env: TemplatesPanelEnv): { describe(): void; reset(): void } {
  const status = doc.getElementById('templates-status')!;
  const periodOf = (run: PageMergeResult, locale: Locale) => env.spec().periods.find((p) => p.key === run.report.summary.period)?.label[locale] ?? run.report.summary.period;

  function describe(): void {
    const run = env.run();
    if (!run) return;
    const locale = env.locale();
    const { year } = run.report.summary;
    const period = periodOf(run, locale);
    doc.getElementById('templates-next-hint')!.textContent = t('templatesNextHint', locale, { year: year + 1, period });
    doc.getElementById('templates-this-hint')!.textContent = t(run.prior ? 'templatesThisHint' : 'templatesThisNoPrior', locale, { year, period });
  }

  async function build(plan: TemplatePlan, button: HTMLButtonElement): Promise<void> {
    const run = env.run();
    if (!run) return;
    const locale = env.locale();
    button.disabled = true;
    status.textContent = t('templatesWorking', locale);
    try {
      const zip = await pageUnitTemplates(run, env.spec(), plan, locale);
      saveFile(doc, zip);
      // What the CLI says after writing them: how many, how many with 上年, and which are left open.
      const units = prefilledUnits(env.spec(), { units: run.roster.units, year: zip.year, period: run.report.summary.period, prior: zip.prior });
      const open = units.filter((u) => Object.keys(u.prior).length === 0).map((u) => u.unitName);
      const done = t('templatesDone', locale, { n: units.length, year: zip.year, file: zip.name, filled: units.length - open.length });
      status.textContent = open.length > 0 ? `${done} ${t('templatesOpen', locale, { names: open.join('、') })}` : done;
      doc.body.dataset.templates = String(Number(doc.body.dataset.templates ?? 0) + 1);
    } catch (error) {
      console.error(error);
      status.textContent = t('templatesFailed', locale, { reason: faultText(error, locale) });
    } finally {
      button.disabled = false;
    }
  }

  const next = doc.getElementById('download-templates') as HTMLButtonElement;
  const thisPeriod = doc.getElementById('download-templates-this') as HTMLButtonElement;
  next.addEventListener('click', () => void build('next-year', next));
  thisPeriod.addEventListener('click', () => void build('this-year', thisPeriod));
  return {
    describe,
    reset: () => {
      status.textContent = '';
    },
  };
}
