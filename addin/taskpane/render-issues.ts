import type { Issue, IssueCounts } from '../../core/issues/index.js';
import { t, type Locale } from '../i18n/ui-text.js';

export type IssueGroup = 'hard' | 'soft' | 'explained';

export const groupOf = (issue: Issue): IssueGroup =>
  issue.severity === 'hard' ? 'hard' : issue.status === 'explained' ? 'explained' : 'soft';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The issue list grouped by severity (强制性 / 提示性 / 已说明) with counts.
 * Each issue is a button carrying its index, so one click handler serves all.
 */
export function renderIssues(doc: Document, issues: readonly Issue[], counts: IssueCounts, locale: Locale, options: { withSheet?: boolean } = {}): HTMLElement {
  const list = el(doc, 'div', 'issue-groups');
  const groups: IssueGroup[] = ['hard', 'soft', 'explained'];
  for (const group of groups) {
    const members = issues.map((issue, index) => ({ issue, index })).filter(({ issue }) => groupOf(issue) === group);
    const section = el(doc, 'section', `issue-group issue-group-${group}`);
    section.dataset.group = group;
    const head = el(doc, 'h2', 'issue-group-head');
    head.append(el(doc, 'span', 'issue-group-name', t(group, locale)), el(doc, 'span', 'issue-count', String(counts[group])));
    section.append(head);
    if (members.length > 0) {
      const ul = el(doc, 'ul', 'issue-list');
      for (const { issue, index } of members) {
        const li = el(doc, 'li');
        const button = el(doc, 'button', `issue issue-${group}`);
        button.type = 'button';
        button.dataset.index = String(index);
        if (issue.cell) button.dataset.cell = issue.cell;
        if (issue.indicator) button.dataset.indicator = issue.indicator;
        // A template of several tables: the cell says which table's sheet it is on (表二 帮扶与经费!D7).
        const cell = options.withSheet && issue.cell && issue.sheet ? `${issue.sheet}!${issue.cell}` : issue.cell;
        const where = [cell, issue.indicator].filter(Boolean).join(' · ');
        button.append(
          el(doc, 'span', 'issue-where', where),
          el(doc, 'span', 'issue-message', issue.message[locale]),
          el(doc, 'span', 'issue-hint', issue.hint[locale]),
        );
        if (issue.explanation) button.append(el(doc, 'span', 'issue-explanation', issue.explanation));
        // What this mistake also causes (a rate over 100): shown here, not as a mistake of its own.
        for (const c of issue.consequences ?? []) {
          const item = el(doc, 'span', 'issue-consequence', t('consequence', locale, { message: c.message[locale] }));
          if (c.cell) item.dataset.cell = c.cell;
          button.append(item);
        }
        li.append(button);
        ul.append(li);
      }
      section.append(ul);
    }
    list.append(section);
  }
  return list;
}
