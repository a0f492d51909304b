/// <reference types="office-js" />
import { writeSummary } from '../excel/index.js';
import { pickLocale } from '../i18n/ui-text.js';
import { loadFallbackSpec } from './federation-spec.js';
import { mountPaneTabs } from './summary/pane-tabs.js';
import { createSummaryTab } from './summary/summary-tab.js';

/**
 * Startup wiring of the 汇总 tab, its own bundle beside taskpane.js: the
 * merge and the summary workbook's writer load with it, not with the check.
 * The merge's rounding (core/consolidate/decimal-rounding) needs BigInt, which
 * the IE11 and EdgeHTML 18 webviews lack: there this bundle does not load (or
 * stops here), and the pane stays the check it was. The merge checks every
 * file by the federation's spec: spec.json beside the pane, or the build's.
 * An invalid spec.json (the check tab says why) leaves the pane without the
 * 汇总 tab rather than merging by another spec.
 */
Office.onReady((info) => {
  const review = document.getElementById('app');
  if (!review || info.host !== Office.HostType.Excel || typeof BigInt !== 'function') return;
  const locale = pickLocale(Office.context?.displayLanguage);
  void loadFallbackSpec(window.location.href).then(({ spec, problem }) => {
    if (problem) return;
    mountPaneTabs(review, locale, (root) => {
      createSummaryTab({ root, spec, locale, write: (xlsx, sheets) => writeSummary({ xlsx, sheets }) });
    });
  });
});
