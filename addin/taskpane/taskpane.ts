/// <reference types="office-js" />
import { standardSpec } from '../../core/templates/index.js';
import { createExcelAccess } from '../excel/index.js';
import { pickLocale, t } from '../i18n/ui-text.js';
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
  const panel = createReviewPanel({
    root,
    access: createExcelAccess({
      sheetName: standardSpec.sheetName,
      store: Office.context.document?.settings ? documentSettingsStore(Office.context.document.settings) : undefined,
    }),
    spec: standardSpec,
    locale,
  });
  // The ribbon's 审核本表 opens the pane with ?autorun: check at once and show the results.
  if (new URLSearchParams(window.location.search).has('autorun')) void panel.runCheck();
});
