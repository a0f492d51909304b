import { t, type Locale, type UiKey } from '../../i18n/ui-text.js';

/** Fills every element marked `data-text="key"` with its words in `locale` (the page switches language in place). */
export function applyPageText(root: ParentNode, locale: Locale): void {
  root.querySelectorAll<HTMLElement>('[data-text]').forEach((node) => {
    node.textContent = t(node.dataset.text as UiKey, locale);
  });
}
