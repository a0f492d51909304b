import type { DuplicateChoice } from '../../../core/merge/duplicate-choice.js';
import { duplicateCandidates } from '../../../core/merge/duplicate-choice.js';
import { UNIT_STATUS_LABELS, type MergeReport } from '../../../core/merge/merge-report.js';
import { summaryTabText, type SummaryTabKey } from '../../../core/messages/summary-tab-messages.js';
import type { TemplateSpec } from '../../../core/spec/template-spec.js';
import type { SummarySheet, WriteSummaryResult } from '../../excel/write-summary.js';
import { faultText } from '../../i18n/fault-text.js';
import { pickedFiles } from './picked-files.js';
import { runSummaryMerge, type SummaryMergeInput, type SummaryMergeResult } from './run-summary-merge.js';
import { summarySheets } from './summary-sheets.js';
import { otherVersionSentence } from '../../../core/messages/merge-failure-messages.js';

export interface SummaryTabOptions {
  root: HTMLElement;
  spec: TemplateSpec;
  locale: 'zh' | 'en';
  /** Puts the summary into Excel (addin/excel/write-summary). */
  write(xlsx: Uint8Array, sheets: () => SummarySheet[]): Promise<WriteSummaryResult>;
  /** The merge; runSummaryMerge unless a test hands in another. */
  merge?: (input: SummaryMergeInput) => Promise<SummaryMergeResult>;
}

/** Statuses staff must act on: chase, send back, or choose a file. */
const ACTION = new Set(['hard-issues', 'duplicate', 'unreadable', 'not-in-roster']);

/** One line of what the merge found, for the pane's status line. */
export function summaryOverview(report: MergeReport): Record<'units' | 'included' | 'missing' | 'action', number> {
  const inRoster = report.statuses.filter((s) => s.status !== 'not-in-roster' && s.status !== 'unreadable');
  return {
    units: inRoster.length,
    included: report.statuses.filter((s) => s.included).length,
    missing: report.statuses.filter((s) => s.status === 'missing').length,
    action: report.statuses.filter((s) => ACTION.has(s.status)).length,
  };
}

/**
 * The task pane's 汇总 tab: this year's files (several, or a folder where the
 * webview can pick one), the roster, last year's files; the merge; a unit
 * list of what to chase, with a choice of file for a unit that sent differing
 * files; and writing the summary into Excel.
 */
export function createSummaryTab(options: SummaryTabOptions): { run(): Promise<void> } {
  const { root, spec, locale } = options;
  const doc = root.ownerDocument;
  const text = (key: SummaryTabKey, params?: Record<string, string | number>) => summaryTabText(key, locale, params);
  const merge = options.merge ?? runSummaryMerge;
  let result: Extract<SummaryMergeResult, { ok: true }> | undefined;
  const choices = new Map<string, DuplicateChoice>();
  let busy = false;

  const field = (label: SummaryTabKey, multiple: boolean, folder: boolean, accept?: string) => {
    const wrap = doc.createElement('label');
    wrap.className = 'summary-field';
    const caption = doc.createElement('span');
    caption.textContent = text(label);
    const input = doc.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    if (accept) input.accept = accept;
    // Folders where the webview can pick them (EdgeHTML, WebView2); IE11 picks files only, and this input stays hidden.
    if (folder) {
      if (!('webkitdirectory' in input)) wrap.hidden = true;
      input.setAttribute('webkitdirectory', '');
    }
    wrap.append(caption, input);
    root.append(wrap);
    return input;
  };

  root.replaceChildren();
  root.classList.add('summary-tab');
  const files = field('summary.files', true, false, '.xlsx,.xlsm,.xls,.et,.ods');
  const folder = field('summary.folder', true, true);
  const roster = field('summary.roster', false, false, '.xlsx,.csv,.txt');
  const prior = field('summary.prior', true, false, '.xlsx,.xlsm');
  const priorFolder = field('summary.prior-folder', true, true);
  const toolbar = doc.createElement('div');
  toolbar.className = 'toolbar';
  const runButton = doc.createElement('button');
  runButton.type = 'button';
  runButton.className = 'primary';
  runButton.textContent = text('summary.run');
  const writeButton = doc.createElement('button');
  writeButton.type = 'button';
  writeButton.textContent = text('summary.write');
  writeButton.disabled = true;
  toolbar.append(runButton, writeButton);
  const progress = doc.createElement('progress');
  progress.hidden = true;
  const status = doc.createElement('p');
  status.className = 'status';
  status.setAttribute('role', 'status');
  const units = doc.createElement('div');
  units.className = 'summary-units';
  root.append(toolbar, progress, status, units);

  const say = (line: string) => void (status.textContent = line);

  function showUnits(report: MergeReport): void {
    units.replaceChildren();
    const candidates = new Map(duplicateCandidates(report).map((c) => [c.unitCode, c]));
    const list = doc.createElement('ul');
    for (const s of report.statuses) {
      if (!ACTION.has(s.status) && s.status !== 'missing' && !s.chosen) continue;
      const item = doc.createElement('li');
      item.className = `summary-unit summary-${s.status}`;
      item.textContent = `${s.code ? `${s.code} ` : ''}${s.name}：${UNIT_STATUS_LABELS[s.status][locale]}${s.files.length ? `（${s.files.join('、')}）` : ''}`;
      const candidate = candidates.get(s.code);
      if (candidate) {
        const pick = doc.createElement('select');
        const none = doc.createElement('option');
        none.value = '';
        none.textContent = text('summary.choose-none');
        pick.append(none);
        candidate.files.forEach((f, i) => {
          const option = doc.createElement('option');
          option.value = String(i);
          option.textContent = f.file;
          pick.append(option);
        });
        pick.onchange = () => {
          const f = candidate.files[Number(pick.value)];
          if (pick.value === '' || !f) choices.delete(s.code);
          else choices.set(s.code, { unitCode: s.code, file: f.file, sha256: f.sha256 });
        };
        const label = doc.createElement('span');
        label.textContent = text('summary.choose');
        item.append(doc.createElement('br'), label, pick);
      }
      list.append(item);
    }
    units.append(list);
    if (candidates.size > 0) {
      const again = doc.createElement('button');
      again.type = 'button';
      again.textContent = text('summary.rerun');
      again.onclick = () => void run();
      units.append(again);
    }
  }

  async function guarded(work: () => Promise<void>): Promise<void> {
    if (busy) return;
    busy = true;
    runButton.disabled = true;
    try {
      await work();
    } catch (error) {
      say(text('summary.failed', { reason: faultText(error, locale, 'pane') }));
    } finally {
      busy = false;
      runButton.disabled = false;
    }
  }

  const run = () =>
    guarded(async () => {
      const current = pickedFiles([files.files, folder.files]);
      const [rosterFile] = pickedFiles([roster.files]);
      if (current.length === 0 || !rosterFile) return say(text('summary.need-files'));
      writeButton.disabled = true;
      progress.hidden = false;
      const outcome = await merge({
        spec,
        files: current,
        roster: rosterFile,
        lastYear: pickedFiles([prior.files, priorFolder.files]),
        choices: [...choices.values()],
        onProgress: (done, total, file) => {
          progress.max = total;
          progress.value = done;
          say(text('summary.reading', { done, total, file }));
        },
      });
      progress.hidden = true;
      if (!outcome.ok) {
        result = undefined;
        if ('roster' in outcome) {
          say([text('summary.roster-bad'), ...outcome.roster.map((p) => `${p.line ? text('summary.line', { line: p.line }) : ''}${p[locale]}`)].join('\n'));
        } else if (outcome.failure.code === 'merge.no-year') {
          // Files of another version of the template, left unread, are often why: said with it.
          const other = otherVersionSentence(outcome.failure.otherVersion)[locale];
          say(other ? `${text('summary.no-year')}\n${other}` : text('summary.no-year'));
        } else say(text('summary.not-reconciled'));
        return;
      }
      result = outcome;
      say(text('summary.done', summaryOverview(outcome.report)));
      showUnits(outcome.report);
      writeButton.disabled = false;
    });

  writeButton.onclick = () =>
    void guarded(async () => {
      if (!result) return;
      const xlsx = result.xlsx;
      const where = await options.write(xlsx, () => summarySheets(xlsx, spec));
      say(where.where === 'new-workbook' ? text('summary.written-workbook') : text('summary.written-sheets', { sheets: where.sheets.join('、') }));
    });
  runButton.onclick = () => void run();
  return { run };
}
