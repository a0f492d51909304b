/// <reference types="office-js" />
import { createExcelAccess } from '../excel/index.js';
import { specTables } from '../../core/spec/spec-tables.js';
import { pickLocale, t } from '../i18n/ui-text.js';
import { loadFallbackSpec } from './federation-spec.js';
import { createReviewPanel } from './review-panel.js';
import { documentSettingsStore } from './settings-store.js';

/**
 * Startup wiring only: the work is in createReviewPanel (tested with a fake
 * workbook) and createExcelAccess (tested with office-addin-mock).
 */
Office.onReady((info) => {
  const root = document.getElementById('app');
  if (!root) return;
  const locale = pickLocale(Office.context?.displayLanguage);
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  document.title = t('title', locale);
  if (info.host !== Office.HostType.Excel) {
    root.textContent = t('notInExcel', locale);
    return;
  }
  // A workbook is checked by the spec it carries; one that carries none by spec.json beside the pane, or the build's.
  void loadFallbackSpec(window.location.href).then((fallback) => {
    const panel = createReviewPanel({
      root,
      access: createExcelAccess({
        sheetName: specTables(fallback.spec)[0].sheetName,
        store: Office.context.document?.settings ? documentSettingsStore(Office.context.document.settings) : undefined,
      }),
      spec: fallback.spec,
      specOrigin: fallback.origin,
      ...(fallback.problem ? { specProblem: fallback.problem } : {}),
      locale,
    });
    // The ribbon's 审核本表 opens the pane with ?autorun: check at once and show the results.
    if (new URLSearchParams(window.location.search).has('autorun')) void panel.runCheck();
  });
});
