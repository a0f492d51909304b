import { faultText } from '../../i18n/fault-text.js';
import { t, type Locale } from '../../i18n/ui-text.js';
import { canvasRasteriser } from './canvas-rasteriser.js';
import { fillDraftOnPage } from './page-draft.js';
import { wireDropZone } from './drop-zone.js';
import { pickedFromList, type PickedFile } from './pick-files.js';
import { bytesOf } from '../blob-bytes.js';
import type { PageMergeResult } from './run-page-merge.js';
import { sampleDraftBytes } from './sample-draft.js';
import { saveFile } from './save-file.js';
import { showLines } from '../show-lines.js';

export interface DraftPanelEnv {
  /** The merge shown, if any: its figures.json fills the draft. */
  run: () => PageMergeResult | undefined;
  locale: () => Locale;
}

/**
 * "用我的报告草稿生成报告": a .docx dropped or picked is filled with the shown
 * merge's figures and 报告.docx downloaded; a draft with problems lists them
 * and nothing is downloaded. The sample draft, carried inside the page, can be
 * downloaded to start from. `body[data-draft]` says how the last one ended
 * (filled / refused), for tests and assistive tools alike.
 */
export function wireDraftPanel(doc: Document, env: DraftPanelEnv): { reset(): void } {
  const status = doc.getElementById('draft-status')!;
  const problems = doc.getElementById('draft-problems')!;
  const zone = doc.getElementById('drop-draft')!;
  const input = doc.getElementById('draft') as HTMLInputElement;

  const show = (text: string, lines: readonly string[] = []) => {
    status.textContent = text;
    showLines(problems, lines);
  };

  async function fill(picked: PickedFile[]): Promise<void> {
    const draft = picked.find((p) => /\.docx$/i.test(p.name)) ?? picked[0];
    if (!draft) return;
    const locale = env.locale();
    const run = env.run();
    const name = draft.name.split('/').pop()!;
    if (!run) return show(t('draftNeedsMerge', locale));
    show(t('draftFilling', locale, { name }));
    delete doc.body.dataset.draft;
    try {
      const filled = await fillDraftOnPage(run.outputs, { name, bytes: await bytesOf(draft.file) }, canvasRasteriser, locale);
      if (filled.ok) {
        saveFile(doc, filled.file);
        show(t('draftDone', locale, { name, file: filled.file.name }), filled.notes);
        doc.body.dataset.draft = 'filled';
      } else {
        show(t('draftRefused', locale, { name }), filled.problems);
        doc.body.dataset.draft = 'refused';
      }
    } catch (error) {
      console.error(error);
      show(t('draftFailed', locale, { name, reason: faultText(error, locale) }));
      doc.body.dataset.draft = 'failed';
    }
  }

  input.addEventListener('change', () => {
    if (input.files) void fill(pickedFromList(input.files));
    // Picking the same draft again after editing it must fill it again.
    input.value = '';
  });
  wireDropZone(
    zone,
    (picked) => void fill(picked),
    (error) => {
      console.error(error);
      show(t('dropFailed', env.locale()));
    },
  );
  doc.getElementById('download-sample-draft')!.addEventListener('click', () => {
    saveFile(doc, { name: t('sampleDraftName', env.locale()), bytes: sampleDraftBytes() });
  });
  return {
    reset: () => {
      show('');
      delete doc.body.dataset.draft;
    },
  };
}
