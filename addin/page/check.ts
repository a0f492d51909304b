import ExcelJS from 'exceljs';
import { findCachedEmptyStrings } from '../../core/grid/exceljs-cached-empty-strings.js';
import { specTables } from '../../core/spec/spec-tables.js';
import { screenWorkbookBytes } from '../../core/xlsx/screen-workbook-bytes.js';
import { tooLargeIssue } from '../../core/xlsx/classify-file.js';
import { DEFAULT_READ_LIMITS } from '../../core/xlsx/read-limits.js';
import { pickLocale, t, type Locale } from '../i18n/ui-text.js';
import { loadFallbackSpec, type FallbackSpec } from '../taskpane/federation-spec.js';
import { createReviewPanel, type ReviewPanel } from '../taskpane/review-panel.js';
import { createExcelJSAccess } from './exceljs-access.js';
import { SheetView } from './sheet-view.js';
import { createSpecPicker, type SpecPicker } from './spec-choice/spec-picker.js';
import { SPEC_STORE_KEYS } from './spec-choice/spec-store.js';

/** The wired page: `open` checks a file, as choosing or dropping one does. */
export interface CheckPage {
  open(file: Blob & { name?: string }): Promise<ReviewPanel | undefined>;
}

/**
 * Wires the standalone check page: a file chosen or dropped is read in this
 * browser by the CLI's reader (exceljs only once the user asks the page to
 * change it), checked by the same panel as the task pane, and the sheet
 * drawn with its bad cells marked. The file never leaves the computer. A
 * workbook is checked by the spec it carries; one that carries none by the
 * federation's 指标体系 chosen on the page (remembered by this browser), else by
 * `fallback` (spec.json beside a hosted page, or the build's spec).
 */
export function startCheckPage(doc: Document, locale: Locale, fallback: Promise<FallbackSpec>): CheckPage {
  const panelRoot = doc.getElementById('panel')!;
  const sheetHost = doc.getElementById('sheet')!;
  const input = doc.getElementById('file') as HTMLInputElement;
  const drop = doc.getElementById('drop')!;
  const label = doc.getElementById('drop-label')!;
  const intro = doc.getElementById('intro')!;
  const download = doc.getElementById('download') as HTMLButtonElement;
  const problem = doc.getElementById('problem')!;
  label.textContent = t('openFile', locale);
  intro.textContent = t('pageIntro', locale);
  download.textContent = t('download', locale);
  doc.title = t('title', locale);
  doc.getElementById('spec-heading')!.textContent = t('specHeading', locale);
  doc.getElementById('spec-pick')!.textContent = t('specPickOrDrop', locale);
  doc.getElementById('spec-reset')!.textContent = t('specReset', locale);

  let workbook: ExcelJS.Workbook | undefined;
  let fileName = 'workbook.xlsx';
  /** The file on screen, checked again when the spec for workbooks without their own changes. */
  let lastFile: (Blob & { name?: string }) | undefined;
  const picker: Promise<SpecPicker> = fallback.then((builtIn) =>
    createSpecPicker({
      doc,
      purpose: 'check',
      storageKey: SPEC_STORE_KEYS.check,
      builtIn,
      locale: () => locale,
      onChange: () => {
        if (lastFile) void open(lastFile);
      },
    }),
  );
  // One view for the page's life: a refused file clears it, a new file replaces it.
  const view = new SheetView(sheetHost);

  /** Nothing of the previous file stays on screen once another is chosen, whatever becomes of it. */
  function forgetPrevious(): void {
    workbook = undefined;
    problem.textContent = '';
    download.hidden = true;
    panelRoot.replaceChildren();
    view.clear();
  }

  async function open(file: Blob & { name?: string }): Promise<ReviewPanel | undefined> {
    forgetPrevious();
    lastFile = undefined;
    const name = file.name ?? fileName;
    // The size is known before a byte is read: a file over the limit is refused without loading it into the tab.
    if (file.size > DEFAULT_READ_LIMITS.maxFileBytes) {
      const issue = tooLargeIssue(name, file.size, DEFAULT_READ_LIMITS.maxFileBytes);
      problem.textContent = `${name}：${issue.message[locale]} ${issue.hint[locale]}`;
      return undefined;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    // The same screening and reader as `unionstat check`: an .xls, an encrypted file, a zip bomb or a DOCTYPE
    // gets the same words here as in the federation's report, and exceljs never inflates a hostile file.
    const screened = screenWorkbookBytes(bytes, name);
    if (!screened.ok) {
      problem.textContent = `${name}：${screened.issue.message[locale]} ${screened.issue.hint[locale]}`;
      return undefined;
    }
    fileName = name;
    lastFile = file;
    // Checked and shown from the bounded reader's grids: exceljs, whose memory follows the file, loads it only
    // when the user asks the page to change it (填入计算值, 写入审核结果), and only this file.
    const editable = async (): Promise<ExcelJS.Workbook> => {
      let wb: ExcelJS.Workbook;
      try {
        // Inside the try: where exceljs itself could not load (IE11 and its prebuilt bundle), ExcelJS is undefined.
        wb = new ExcelJS.Workbook();
        await wb.xlsx.load(bytes.buffer as ArrayBuffer);
      } catch {
        // exceljs's own words are English: the page says what to do instead.
        throw Object.assign(new Error('exceljs could not load the file'), {
          zh: `${name}：${t('cannotEdit', 'zh')}`,
          en: `${name}: ${t('cannotEdit', 'en')}`,
        });
      }
      if (lastFile === file) workbook = wb;
      return wb;
    };
    const { spec, origin, problem: specProblem } = (await picker).current();
    const access = createExcelJSAccess(editable, {
      sheetName: specTables(spec)[0].sheetName,
      view,
      grids: screened.workbook,
      cachedEmptyStrings: findCachedEmptyStrings(bytes),
      fileName: name,
      onModified: () => (download.hidden = false),
    });
    const panel = createReviewPanel({ root: panelRoot, access, spec, specOrigin: origin, ...(specProblem ? { specProblem } : {}), locale });
    await panel.runCheck();
    return panel;
  }

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    // Emptied at once, so choosing the same file again (fixed and saved meanwhile) fires 'change' and reads it anew.
    input.value = '';
    if (file) void open(file);
  });
  onFirstFileDropped(drop, (file) => void open(file));
  download.addEventListener('click', async () => {
    if (!workbook) return;
    const buffer = await workbook.xlsx.writeBuffer();
    const url = URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const a = doc.createElement('a');
    a.href = url;
    a.download = fileName.replace(/\.xlsx$/i, '') + '-审核.xlsx';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  onFirstFileDropped(doc.getElementById('drop-spec')!, (file) => void picker.then((p) => p.take(file)));
  void picker.then(() => (doc.body.dataset.ready = 'true'));
  return { open };
}

/**
 * Makes `zone` take the first file dropped on it, marked while something is dragged over it. Its own small
 * handler, not the 汇总 page's wireDropZone: that reads dataTransfer.items (folders), which IE11 lacks.
 */
function onFirstFileDropped(zone: HTMLElement, take: (file: File) => void): void {
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    event.stopPropagation();
    zone.classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file) take(file);
  });
}

startCheckPage(document, pickLocale(navigator.language), loadFallbackSpec(window.location.href));
