import type { Issue } from '../../../core/issues/issue.js';
import { fillPlaceholders, type Locale } from '../../../core/messages/render-text.js';
import { reportLabels } from '../../../core/messages/report-messages.js';
import type { RasterisePng } from '../../../report/charts/chart-picture.js';
import { fillDraft } from '../../../report/draft/fill-draft.js';
import { FIGURES_FILE, parseFiguresJson } from '../../../report/figures/figures-json.js';
import { t } from '../../i18n/ui-text.js';
import type { OutputFile } from './save-file.js';

/** The filled report to download, with notes (figures left as —); or each problem, and nothing to download. */
export type PageDraftResult = { ok: true; file: OutputFile; notes: string[] } | { ok: false; problems: string[] };

/** An issue as the CLI prints it: what is wrong, then what to do. */
const issueLine = (issue: Issue, lang: Locale) => (lang === 'zh' ? `${issue.message.zh}${issue.hint.zh}` : `${issue.message.en} ${issue.hint.en}`);

/**
 * `unionstat report --draft 草稿 --from out/` in the page: the figures are
 * this merge's figures.json (the file the CLI reads from out/), filled into the
 * draft by the same fillDraft, its charts drawn by `rasterise` (the page's
 * canvas, where the CLI uses sharp). A draft with problems gives them in the
 * catalog's words, as the CLI prints them, and no file.
 */
export async function fillDraftOnPage(outputs: readonly OutputFile[], draft: { name: string; bytes: Uint8Array }, rasterise: RasterisePng, lang: Locale): Promise<PageDraftResult> {
  const figuresFile = outputs.find((f) => f.name === FIGURES_FILE)!;
  const figures = parseFiguresJson(new TextDecoder().decode(figuresFile.bytes), FIGURES_FILE);
  // The page wrote this file itself a moment ago: unreadable here is a fault of the page, said as such.
  if (!figures.success) return { ok: false, problems: [issueLine(figures.issue, lang)] };
  const filled = await fillDraft(draft.bytes, figures.figures, { rasterise, lang, file: draft.name });
  const lines = filled.issues.map((issue) => issueLine(issue, lang));
  if (!filled.success) return { ok: false, problems: [...lines, fillPlaceholders(reportLabels.nothingWritten[lang], { count: filled.issues.length })] };
  return { ok: true, file: { name: t('draftReportName', lang), bytes: filled.bytes }, notes: lines };
}
