import { summaryTabText } from '../../../core/messages/summary-tab-messages.js';

/**
 * Puts two tabs over the task pane: 审核本表 (the review panel already in
 * `review`) and 汇总 (a new container after it, filled by `mountSummary` the
 * first time it is opened, so the check alone costs nothing more).
 */
export function mountPaneTabs(review: HTMLElement, locale: 'zh' | 'en', mountSummary: (root: HTMLElement) => void): { show(tab: 'check' | 'summary'): void } {
  const doc = review.ownerDocument;
  const bar = doc.createElement('div');
  bar.className = 'pane-tabs';
  bar.setAttribute('role', 'tablist');
  const summary = doc.createElement('section');
  summary.hidden = true;
  let mounted = false;
  const buttons = (['check', 'summary'] as const).map((tab) => {
    const button = doc.createElement('button');
    button.type = 'button';
    button.setAttribute('role', 'tab');
    button.textContent = summaryTabText(tab === 'check' ? 'tab.check' : 'tab.summary', locale);
    button.onclick = () => show(tab);
    bar.append(button);
    return { tab, button };
  });
  function show(tab: 'check' | 'summary'): void {
    if (tab === 'summary' && !mounted) {
      mounted = true;
      mountSummary(summary);
    }
    review.hidden = tab !== 'check';
    summary.hidden = tab !== 'summary';
    for (const b of buttons) b.button.setAttribute('aria-selected', String(b.tab === tab));
  }
  review.parentNode!.insertBefore(bar, review);
  review.parentNode!.insertBefore(summary, review.nextSibling);
  show('check');
  return { show };
}
