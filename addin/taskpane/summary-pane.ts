/// <reference types="office-js" />
import { writeSummary } from '../excel/index.js';
import { pickLocale } from '../i18n/ui-text.js';
import { loadFallbackSpec } from './federation-spec.js';
import { mountPaneTabs } from './summary/pane-tabs.js';
import { createSummaryTab } from './summary/summary-tab.js';

/**
 * Startup wiring of the 汇总 tab, its own bundle beside taskpane.js: the
 * merge and the summary workbook's writer load with it, not with the check.
 * Built twice (webpack.config.js): summary-pane.js, ES2017 with no BigInt,
 * for WebView2 and EdgeHTML 18 (with the encoding stand-ins); and
 * summary-pane-legacy.js, ES5 with core-js and the dom-shims, which
 * taskpane.html loads in IE11. The merge checks every file by the
 * federation's spec: spec.json beside the pane, or the build's. An invalid
 * spec.json (the check tab says why) leaves the pane without the 汇总 tab
 * rather than merging by another spec.
 */
Office.onReady((info) => {
  const review = document.getElementById('app');
  if (!review || info.host !== Office.HostType.Excel) return;
  const locale = pickLocale(Office.context?.displayLanguage);
  void loadFallbackSpec(window.location.href).then(({ spec, problem }) => {
    if (problem) return;
    mountPaneTabs(review, locale, (root) => {
      createSummaryTab({ root, spec, locale, write: (xlsx, sheets) => writeSummary({ xlsx, sheets }) });
    });
  });
});
