import type { CheckContext } from '../../core/rules/index.js';
import type { LocalizedText, TemplateSpec } from '../../core/spec/template-spec.js';
import type { WorkbookAccess, WriteOutcome } from '../access/workbook-access.js';
import { faultText } from '../i18n/fault-text.js';
import { t, type Locale, type UiKey } from '../i18n/ui-text.js';
import { reportTable } from '../review/report-table.js';
import type { Review } from '../review/review-workbook.js';
import { checkByOwnSpec } from './check-by-own-spec.js';
import { checkedAt } from './checked-at.js';
import { debounce } from './debounce.js';
import { specSourceLine, type SpecOrigin } from './federation-spec.js';
import { indicatorHelp } from './indicator-help.js';
import { renderIssues } from './render-issues.js';

export interface ReviewPanelOptions {
  root: HTMLElement;
  access: WorkbookAccess;
  /** What a workbook that carries no spec of its own is checked by (a template carries the spec it was made from). */
  spec: TemplateSpec;
  /** Where `spec` came from: the standard template (default), the build, or spec.json beside the page. */
  specOrigin?: SpecOrigin;
  /** Why the configured spec could not be used: workbooks without their own spec are then not checked. */
  specProblem?: LocalizedText;
  locale: Locale;
  context?: CheckContext;
  /** Wait after the last edit before a live re-check. */
  recheckDelayMs?: number;
  /** Re-check on edit once a check has found the template (where the host supports it). */
  liveRecheck?: boolean;
}

export interface ReviewPanel {
  /** The 审核 button: read, check, list, highlight. */
  runCheck(): Promise<Review | undefined>;
  /** 填入计算值, then re-check. */
  fillDerived(): Promise<void>;
  /** 生成审核报告. */
  writeReport(): Promise<void>;
  clearHighlights(): Promise<void>;
  /** What clicking the issue at `index` does: select its cell, show its indicator's 填表说明. */
  selectIssue(index: number): Promise<void>;
  /** Re-check on edit where the host can (ExcelApi 1.7); silently nothing elsewhere. */
  enableLiveRecheck(): Promise<void>;
  readonly review: Review | undefined;
}

const ACTIONS = ['check', 'fill', 'report', 'clear'] as const;
type Action = (typeof ACTIONS)[number];

/**
 * The task pane's UI over a WorkbookAccess: the same panel runs in Excel
 * (addin/excel), on the standalone page (addin/page) and in tests (a fake).
 */
export function createReviewPanel(options: ReviewPanelOptions): ReviewPanel {
  const { root, access, locale } = options;
  const fallback = options.spec;
  const origin = options.specOrigin ?? 'standard';
  /** The spec of the workbook checked last: its own, or the fallback. */
  let spec = fallback;
  const doc = root.ownerDocument;
  let review: Review | undefined;
  let busy = false;

  root.replaceChildren();
  root.classList.add('review-panel');
  const toolbar = doc.createElement('div');
  toolbar.className = 'toolbar';
  const buttonLabel: Record<Action, UiKey> = { check: 'check', fill: 'fill', report: 'report', clear: 'clear' };
  const buttons = new Map<Action, HTMLButtonElement>();
  for (const action of ACTIONS) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.dataset.action = action;
    button.textContent = t(buttonLabel[action], locale);
    if (action === 'check') button.classList.add('primary');
    const hidden =
      (action === 'fill' && !access.capabilities.fill) ||
      (action === 'report' && !access.capabilities.report) ||
      (action === 'clear' && !access.capabilities.highlight);
    button.hidden = hidden;
    if (action !== 'check') button.disabled = true;
    buttons.set(action, button);
    toolbar.append(button);
  }
  const checkedFile = doc.createElement('p');
  checkedFile.className = 'checked-file';
  checkedFile.hidden = true;
  const specSource = doc.createElement('p');
  specSource.className = 'spec-source';
  specSource.hidden = true;
  const status = doc.createElement('p');
  status.className = 'status';
  status.setAttribute('role', 'status');
  const warning = doc.createElement('p');
  warning.className = 'warning';
  warning.hidden = true;
  const issuesBox = doc.createElement('div');
  issuesBox.className = 'issues';
  const help = doc.createElement('aside');
  help.className = 'help';
  root.append(toolbar, checkedFile, specSource, status, warning, issuesBox, help);
  showHelp(undefined);
  if (options.specProblem) warn(options.specProblem[locale]);

  function say(text: string): void {
    status.textContent = text;
  }

  function warn(text: string | undefined): void {
    warning.hidden = text === undefined;
    warning.textContent = text ?? '';
  }

  function showHelp(code: string | undefined): void {
    help.replaceChildren();
    const title = doc.createElement('h2');
    title.textContent = t('helpTitle', locale);
    help.append(title);
    const content = code ? indicatorHelp(spec, code, locale) : undefined;
    if (!content) {
      const p = doc.createElement('p');
      p.textContent = t('helpPick', locale);
      help.append(p);
      return;
    }
    const name = doc.createElement('h3');
    name.textContent = content.title;
    const ul = doc.createElement('ul');
    for (const line of content.lines) {
      const li = doc.createElement('li');
      li.textContent = line;
      ul.append(li);
    }
    help.append(name, ul);
  }

  function noteProtected(outcome: WriteOutcome): void {
    if (!outcome.done) warn(t('protectedSheet', locale));
  }

  /** Runs one user action at a time, and turns an unexpected failure into a status line, not a console log. */
  async function guarded<T>(work: () => Promise<T>): Promise<T | undefined> {
    if (busy) return undefined;
    busy = true;
    for (const b of buttons.values()) b.setAttribute('aria-busy', 'true');
    try {
      return await work();
    } catch (error) {
      say(t('failed', locale, { reason: faultText(error, locale, 'pane') }));
      return undefined;
    } finally {
      busy = false;
      for (const b of buttons.values()) b.removeAttribute('aria-busy');
    }
  }

  async function check(): Promise<Review | undefined> {
    say(t('checking', locale));
    warn(undefined);
    specSource.hidden = true;
    // A template carries the spec it was made from: the workbook is checked by it, as it was filled in.
    const checked = await checkByOwnSpec(access, { spec: fallback, origin, ...(options.specProblem ? { problem: options.specProblem } : {}) }, options.context);
    const { read } = checked;
    review = checked.review;
    if (checked.spec && checked.source && checked.fingerprint) {
      spec = checked.spec;
      specSource.textContent = specSourceLine(spec, checked.source, checked.fingerprint, locale);
      specSource.hidden = false;
    }
    // Which file these results are of, and when: a county re-checks often, and must not mistake old results for new.
    checkedFile.hidden = read.fileName === undefined;
    checkedFile.textContent = read.fileName === undefined ? '' : t('fileChecked', locale, { file: read.fileName, time: checkedAt(new Date()) });
    issuesBox.replaceChildren(renderIssues(doc, review.issues, review.counts, locale, { withSheet: review.extracted?.tables !== undefined }));
    warn(checked.differs?.[locale]);
    buttons.get('fill')!.disabled = !review.found || review.fills.length === 0;
    buttons.get('report')!.disabled = !review.found;
    buttons.get('clear')!.disabled = false;
    if (!review.found) {
      say(checked.refusal?.[locale] ?? t('notTemplate', locale));
      return review;
    }
    const total = review.counts.hard + review.counts.soft + review.counts.explained;
    say(total === 0 ? t('noIssues', locale) : t('checked', locale, { ...review.counts }));
    // The adapter refuses (without trying) when protection forbids formatting; the panel only words it.
    if (access.capabilities.highlight) noteProtected(await access.highlight(review.marks));
    if (options.liveRecheck !== false) await enableLiveRecheck();
    return review;
  }

  const runCheck = () => guarded(check);

  async function fillDerived(): Promise<void> {
    await guarded(async () => {
      if (!review || review.fills.length === 0) {
        say(t('nothingToFill', locale));
        return;
      }
      const outcome = await access.fillDerived(review.fills);
      if (!outcome.done) {
        noteProtected(outcome);
        return;
      }
      await check();
      say(t('filled', locale, { n: outcome.cells }));
    });
  }

  async function writeReport(): Promise<void> {
    await guarded(async () => {
      if (!review) return;
      const sheet = t('reportSheet', locale);
      const outcome = await access.writeReport(sheet, reportTable(review.issues, locale));
      if (outcome.done) say(t('reportWritten', locale, { sheet }));
      else noteProtected(outcome);
    });
  }

  async function clearHighlights(): Promise<void> {
    await guarded(async () => {
      await access.clearHighlights();
      say(t('cleared', locale));
    });
  }

  async function selectIssue(index: number): Promise<void> {
    const issue = review?.issues[index];
    if (!issue) return;
    issuesBox.querySelectorAll('.issue.selected').forEach((node) => node.classList.remove('selected'));
    issuesBox.querySelector(`.issue[data-index="${index}"]`)?.classList.add('selected');
    showHelp(issue.indicator);
    if (issue.cell) await guarded(() => access.select(issue.sheet ?? review!.sheet, issue.cell!));
  }

  let unsubscribe: (() => Promise<void>) | undefined;
  async function enableLiveRecheck(): Promise<void> {
    if (!access.capabilities.liveRecheck || !access.onChanged || unsubscribe) return;
    const recheck = debounce(() => void runCheck(), options.recheckDelayMs ?? 1500);
    try {
      unsubscribe = await access.onChanged(recheck);
    } catch {
      // Live re-check is a convenience: where the host refuses it, the 审核 button still works.
      unsubscribe = undefined;
    }
  }

  toolbar.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]')?.dataset.action as Action | undefined;
    if (action === 'check') void runCheck();
    else if (action === 'fill') void fillDerived();
    else if (action === 'report') void writeReport();
    else if (action === 'clear') void clearHighlights();
  });
  issuesBox.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button.issue');
    if (button?.dataset.index) void selectIssue(Number(button.dataset.index));
  });

  return {
    runCheck,
    fillDerived,
    writeReport,
    clearHighlights,
    selectIssue,
    enableLiveRecheck,
    get review() {
      return review;
    },
  };
}
