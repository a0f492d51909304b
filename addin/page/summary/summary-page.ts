import type { FileRecord } from '../../../core/merge/merge-report.js';
import { builtInSpec } from '../../taskpane/federation-spec.js';
import { summaryDocument } from '../../../report/summary-document.js';
import { statusRows } from '../../../report/status-rows.js';
import { faultText } from '../../i18n/fault-text.js';
import { pickLocale, t, type Locale } from '../../i18n/ui-text.js';
import { loadHeader, saveHeader } from './header-store.js';
import { applyPageText } from './page-text.js';
import { wireDropZone } from './drop-zone.js';
import { pickedFromList, type PickedFile } from './pick-files.js';
import { runPageMerge, type PageMergeResult, type PriorInput } from './run-page-merge.js';
import { saveFile, zipOutputs } from './save-file.js';
import { buildFeedback } from '../../../report/build-feedback.js';
import { sortPicked, type SortedPicked } from './sort-picked.js';
import { StatusTable } from './status-table.js';
import { canvasRasteriser } from './canvas-rasteriser.js';
import { renderPreview, renderSentences } from './summary-preview.js';
import { showUnit } from './unit-view.js';
import { wireDraftPanel } from './draft-panel.js';
import { wireTemplatesPanel } from './templates-panel.js';
import { Cancelled, type CancelToken } from './worker-pool.js';
import { createSpecPicker } from '../spec-choice/spec-picker.js';
import { SPEC_STORE_KEYS } from '../spec-choice/spec-store.js';
import type { TemplateSpec } from '../../../core/spec/template-spec.js';

/** The reader worker's source, put here by the one-file build (webpack.config.js, OneFilePagePlugin). */
const WORKER_SOURCE = 'UNION_STATS_WORKER_SOURCE:summary-worker';

let workerUrl: string | undefined;

/** A reader worker started from the inlined source through a blob: URL (the page may be a file:// page). */
function startWorker(): Worker {
  workerUrl ??= URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
  return new Worker(workerUrl);
}

function byId<T extends HTMLElement = HTMLElement>(doc: Document, id: string): T {
  return doc.getElementById(id) as T;
}

/** The page's inputs as chosen so far. */
interface Chosen {
  submissions?: SortedPicked;
  roster?: PickedFile;
  prior?: PriorInput;
}

/** Wires the 汇总 page: inputs, the merge on workers with progress and cancel, results and downloads. */
export function startSummaryPage(doc: Document, initialLocale: Locale): { locale(): Locale } {
  let locale = initialLocale;
  const chosen: Chosen = {};
  let result: PageMergeResult | undefined;
  /** The spec `result` was merged by: its outputs, templates and 审核意见 are all of that spec. */
  let resultSpec: TemplateSpec | undefined;
  let cancel: CancelToken | undefined;

  const problem = byId(doc, 'problem');
  const showProblem = (text: string) => {
    problem.textContent = text;
    problem.hidden = text === '';
  };

  // The federation's spec: one it chose on this page (remembered by this browser), else the build's.
  const specPicker = createSpecPicker({
    doc,
    purpose: 'merge',
    storageKey: SPEC_STORE_KEYS.summary,
    builtIn: builtInSpec(),
    locale: () => locale,
    onChange: () => {
      // Results merged by another spec are not this spec's: they go, and the page says to merge again.
      if (!result) return;
      result = undefined;
      resultSpec = undefined;
      byId(doc, 'results').hidden = true;
      delete doc.body.dataset.merged;
      showProblem(t('specRemerge', locale));
    },
  });
  const draftPanel = wireDraftPanel(doc, { run: () => result, locale: () => locale });
  const templatesPanel = wireTemplatesPanel(doc, { spec: () => resultSpec ?? specPicker.current().spec, run: () => result, locale: () => locale });

  const header = loadHeader();
  const preparer = byId<HTMLInputElement>(doc, 'preparer');
  const phone = byId<HTMLInputElement>(doc, 'phone');
  const head = byId<HTMLInputElement>(doc, 'head');
  preparer.value = header.preparer;
  phone.value = header.phone;
  head.value = header.head;

  function describeChoices(): void {
    const subs = chosen.submissions;
    byId(doc, 'chosen-submissions').textContent = subs
      ? t('chosenFiles', locale, { n: subs.workbooks.length, skipped: subs.skipped.length })
      : t('nothingChosen', locale);
    byId(doc, 'chosen-roster').textContent = chosen.roster ? t('chosenOne', locale, { name: chosen.roster.name }) : t('nothingChosen', locale);
    const prior = chosen.prior;
    const priorSorted = prior?.kind === 'folder' ? sortPicked(prior.files) : undefined;
    byId(doc, 'chosen-prior').textContent = !prior
      ? t('nothingChosen', locale)
      : prior.kind === 'summary'
        ? t('chosenOne', locale, { name: prior.file.name })
        : t('chosenFiles', locale, { n: priorSorted!.workbooks.length, skipped: priorSorted!.skipped.length });
    byId(doc, 'clear-prior').hidden = !prior;
  }

  function applyLocale(): void {
    doc.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
    doc.title = t('summaryTitle', locale);
    applyPageText(doc, locale);
    specPicker.render();
    describeChoices();
    if (result) showResults(result);
  }

  // Submissions: a dropped folder (or files), a chosen folder, or chosen files.
  const takeSubmissions = (picked: PickedFile[]) => {
    if (picked.length === 0) return;
    chosen.submissions = sortPicked(picked);
    describeChoices();
  };
  const takeRoster = (picked: PickedFile[]) => {
    const file = picked.find((p) => /\.(xlsx|csv)$/i.test(p.name)) ?? picked[0];
    if (!file) return;
    chosen.roster = file;
    describeChoices();
  };
  const takePrior = (picked: PickedFile[], fromFolder: boolean) => {
    if (picked.length === 0) return;
    // One .xlsx given alone is last year's 汇总表; a folder (or several files) is last year's submissions.
    chosen.prior = !fromFolder && picked.length === 1 ? { kind: 'summary', file: picked[0] } : { kind: 'folder', files: picked };
    describeChoices();
  };
  const onInput = (id: string, take: (picked: PickedFile[]) => void) => {
    const input = byId<HTMLInputElement>(doc, id);
    input.addEventListener('change', () => {
      if (input.files) take(pickedFromList(input.files));
      // Picking the same folder again after changing a file must read it again.
      input.value = '';
    });
  };
  onInput('submissions-folder', takeSubmissions);
  onInput('submissions-files', takeSubmissions);
  onInput('roster', takeRoster);
  onInput('prior-folder', (picked) => takePrior(picked, true));
  onInput('prior-file', (picked) => takePrior(picked, false));
  const onDrop = (id: string, take: (picked: PickedFile[], folder: boolean) => void) =>
    wireDropZone(
      byId(doc, id),
      (picked, folder) => {
        showProblem('');
        take(picked, folder);
      },
      (error) => {
        console.error(error);
        showProblem(t('dropFailed', locale));
      },
    );
  onDrop('drop-submissions', takeSubmissions);
  onDrop('drop-roster', takeRoster);
  onDrop('drop-prior', takePrior);
  onDrop('drop-spec', (picked) => {
    const file = picked.find((p) => /\.(xlsx|json)$/i.test(p.name)) ?? picked[0];
    if (file) void specPicker.take(file.file);
  });
  byId(doc, 'clear-prior').addEventListener('click', () => {
    chosen.prior = undefined;
    describeChoices();
  });
  // The browser opens a file dropped beside the zones: that would leave the page and lose the inputs.
  doc.addEventListener('dragover', (event) => event.preventDefault());
  doc.addEventListener('drop', (event) => event.preventDefault());

  byId(doc, 'lang').addEventListener('click', () => {
    locale = locale === 'zh' ? 'en' : 'zh';
    applyLocale();
  });

  const progress = byId(doc, 'progress');
  const bar = byId<HTMLProgressElement>(doc, 'progress-bar');
  const progressText = byId(doc, 'progress-text');
  const progressFile = byId(doc, 'progress-file');
  const start = byId<HTMLButtonElement>(doc, 'start');

  byId(doc, 'cancel').addEventListener('click', () => {
    if (cancel) cancel.cancelled = true;
  });

  start.addEventListener('click', async () => {
    showProblem('');
    if (!chosen.submissions || chosen.submissions.workbooks.length === 0) return showProblem(t('needSubmissions', locale));
    if (!chosen.roster) return showProblem(t('needRoster', locale));
    const fields = { preparer: preparer.value.trim(), phone: phone.value.trim(), head: head.value.trim() };
    saveHeader(fields);
    const yearText = byId<HTMLInputElement>(doc, 'year').value.trim();
    const period = byId<HTMLSelectElement>(doc, 'period').value as '' | 'annual' | 'half';
    cancel = { cancelled: false };
    draftPanel.reset();
    templatesPanel.reset();
    start.disabled = true;
    progress.hidden = false;
    byId(doc, 'results').hidden = true;
    bar.removeAttribute('value');
    progressText.textContent = '';
    progressFile.textContent = '';
    const began = Date.now();
    const spec = specPicker.current().spec;
    try {
      result = await runPageMerge(
        {
          spec,
          submissions: chosen.submissions,
          roster: chosen.roster,
          prior: chosen.prior,
          year: yearText ? Number(yearText) : undefined,
          period: period || undefined,
          header: fields,
          lang: locale,
        },
        {
          startWorker,
          cores: navigator.hardwareConcurrency,
          cancel,
          rasterise: canvasRasteriser,
          onProgress: (stage, done, total, current) => {
            if (stage === 'outputs') {
              bar.removeAttribute('value');
              progressText.textContent = t('progressOutputs', locale);
              progressFile.textContent = '';
              return;
            }
            bar.max = Math.max(total, 1);
            bar.value = done;
            progressText.textContent = t(stage === 'prior' ? 'progressPrior' : 'progressRead', locale, { done, total });
            progressFile.textContent = current ? t('progressFile', locale, { name: current }) : '';
          },
        },
      );
      if (specPicker.current().spec !== spec) {
        // The spec changed while the files were read: this result is of the spec no longer chosen.
        result = undefined;
        return showProblem(t('specRemerge', locale));
      }
      resultSpec = spec;
      showResults(result);
      byId(doc, 'done').textContent = t('mergeDone', locale, { seconds: ((Date.now() - began) / 1000).toFixed(1) });
      doc.body.dataset.merged = 'true';
    } catch (error) {
      if (!(error instanceof Cancelled)) console.error(error);
      if (error instanceof Cancelled) showProblem(t('cancelled', locale));
      else showProblem(t('mergeFailed', locale, { reason: faultText(error, locale) }));
    } finally {
      progress.hidden = true;
      start.disabled = false;
      cancel = undefined;
    }
  });

  let table: StatusTable | undefined;
  function showResults(run: PageMergeResult): void {
    const { report } = run;
    const document = summaryDocument(report, resultSpec!, locale);
    renderSentences(byId(doc, 'sentence-list'), document);
    renderPreview(byId(doc, 'preview'), document);
    const files = new Map<string, FileRecord>(report.files.map((f) => [f.file, f]));
    const actionCount = report.statuses.filter((s) => s.status !== 'reported').length;
    byId(doc, 'status-count').textContent = t('statusCount', locale, { total: report.statuses.length, action: actionCount });
    const filter = byId<HTMLInputElement>(doc, 'needs-action');
    table = new StatusTable({
      table: byId<HTMLTableElement>(doc, 'status-table'),
      statuses: report.statuses,
      rows: statusRows(report, locale),
      locale,
      onSelect: (index) =>
        void showUnit(report.statuses[index], {
          issuesHost: byId(doc, 'unit-issues'),
          sheetHost: byId(doc, 'unit-sheet'),
          spec: resultSpec!,
          locale,
          files,
          blobs: run.blobs,
        }),
    });
    table.filterNeedsAction(filter.checked);
    const list = byId(doc, 'download-list');
    list.replaceChildren(
      ...run.outputs.map((file) => {
        const li = doc.createElement('li');
        const a = doc.createElement('a');
        a.href = '#';
        a.textContent = file.name;
        a.dataset.file = file.name;
        a.addEventListener('click', (event) => {
          event.preventDefault();
          saveFile(doc, file);
        });
        li.append(a);
        return li;
      }),
    );
    renderDuplicates(run);
    templatesPanel.describe();
    byId(doc, 'results').hidden = false;
  }

  /** Each unit that sent differing files, its files to choose from (the one counted, if chosen, checked). */
  function renderDuplicates(run: PageMergeResult): void {
    byId(doc, 'duplicates').hidden = run.candidates.length === 0;
    const chosen = new Map((run.report.choices ?? []).filter((c) => c.applied).map((c) => [c.unitCode, c.file]));
    const bytes = new Map(run.report.files.map((f) => [f.file, f.bytes]));
    byId(doc, 'duplicate-list').replaceChildren(
      ...run.candidates.map((unit) => {
        const set = doc.createElement('fieldset');
        set.dataset.unit = unit.unitCode;
        const legend = doc.createElement('legend');
        legend.textContent = t('duplicateUnit', locale, { name: unit.unitName, code: unit.unitCode });
        set.append(legend);
        for (const file of unit.files) {
          const label = doc.createElement('label');
          const radio = doc.createElement('input');
          radio.type = 'radio';
          radio.name = `use-${unit.unitCode}`;
          radio.value = file.file;
          radio.dataset.sha256 = file.sha256;
          radio.checked = chosen.get(unit.unitCode) === file.file;
          label.append(radio, ` ${t('duplicateFile', locale, { file: file.file, size: bytes.get(file.file) ?? 0, hash: file.sha256.slice(0, 12) })}`);
          const line = doc.createElement('div');
          line.append(label);
          set.append(line);
        }
        return set;
      }),
    );
  }
  byId(doc, 'rechoose').addEventListener('click', async () => {
    if (!result) return;
    const choices = Array.from(doc.querySelectorAll<HTMLInputElement>('#duplicate-list input[type=radio]:checked'), (radio) => ({
      unitCode: radio.name.slice('use-'.length),
      file: radio.value,
      sha256: radio.dataset.sha256!,
    }));
    const button = byId<HTMLButtonElement>(doc, 'rechoose');
    button.disabled = true;
    try {
      result = await result.remerge(choices);
      showResults(result);
      doc.body.dataset.remerged = String(Number(doc.body.dataset.remerged ?? 0) + 1);
    } catch (error) {
      console.error(error);
      showProblem(t('mergeFailed', locale, { reason: faultText(error, locale) }));
    } finally {
      button.disabled = false;
    }
  });
  byId<HTMLInputElement>(doc, 'needs-action').addEventListener('change', (event) => table?.filterNeedsAction((event.target as HTMLInputElement).checked));
  byId(doc, 'download-all').addEventListener('click', () => {
    if (!result) return;
    saveFile(doc, { name: t('zipName', locale, { year: result.report.summary.year }), bytes: zipOutputs(result.outputs) });
  });

  // 审核意见 as `unionstat merge --feedback` writes them (the 审核意见 folder's files), zipped.
  byId(doc, 'download-feedback').addEventListener('click', async () => {
    if (!result) return;
    const files = await buildFeedback(result.report, resultSpec!);
    saveFile(doc, { name: t('feedbackZipName', locale, { year: result.report.summary.year }), bytes: zipOutputs(files) });
  });

  applyLocale();
  doc.body.dataset.ready = 'true';
  return { locale: () => locale };
}

/** The words of a failure: a user-facing error carries both languages; anything else is shown as it is. */

startSummaryPage(document, pickLocale(navigator.language));
