import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { Issue } from '../../core/issues/issue.js';
import { makeIssue } from '../../core/issues/make-issue.js';
import { fillPlaceholders } from '../../core/messages/render-text.js';
import { reportLabels } from '../../core/messages/report-messages.js';
import { fillDraft } from '../../report/draft/fill-draft.js';
import { FIGURES_FILE, parseFiguresJson } from '../../report/figures/figures-json.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { sharpRasteriser } from '../io/sharp-rasteriser.js';
import { CliError, EXIT } from './cli-error.js';
import { parseOptions } from './cli-options.js';
import type { Effects } from './effects.js';

export const ReportOptions = z.object({
  draft: z.string().min(1),
  from: z.string().min(1),
  out: z.string().min(1),
});

/** A refusal that stops the command: the issue's text, what to do, exit 2. */
function refuse(issue: Issue): CliError {
  return new CliError(`${issue.message.zh}${issue.hint.zh}`, `${issue.message.en} ${issue.hint.en}`, EXIT.usage);
}

const issueLine = (issue: Issue, lang: 'zh' | 'en') => (lang === 'zh' ? `${issue.message.zh}${issue.hint.zh}` : `${issue.message.en} ${issue.hint.en}`);

/**
 * `unionstat report --draft 报告草稿.docx --from out/ --out 报告.docx`: reads the
 * figures the merge wrote into `--from` (figures.json) and the draft, fills it
 * (report/draft/fill-draft) and writes the report atomically. A draft with
 * problems is refused with each problem and what to do, and nothing is
 * written; the draft itself is never written to.
 * @example await runReport({ draft: '报告草稿.docx', from: 'out', out: '报告.docx' }, processEffects())
 */
export async function runReport(raw: unknown, effects: Effects): Promise<number> {
  const options = parseOptions(ReportOptions, raw);
  const out = resolve(options.out);
  if (!/\.docx$/i.test(out)) throw refuse(makeIssue({ code: 'report.out-not-docx', severity: 'hard', values: { file: options.out } }));
  if (out === resolve(options.draft)) throw refuse(makeIssue({ code: 'report.out-is-draft', severity: 'hard', values: { file: options.out } }));
  if (!(await stat(dirname(out)).catch(() => undefined))?.isDirectory()) {
    throw refuse(makeIssue({ code: 'report.out-dir-missing', severity: 'hard', values: { dir: dirname(out) } }));
  }
  const figuresPath = join(options.from, FIGURES_FILE);
  const figuresText = await readFile(figuresPath, 'utf8').catch(() => undefined);
  if (figuresText === undefined) {
    throw refuse(makeIssue({ code: 'report.figures-missing', severity: 'hard', values: { dir: options.from, file: FIGURES_FILE } }));
  }
  const figures = parseFiguresJson(figuresText, figuresPath);
  if (!figures.success) throw refuse(figures.issue);
  const draft = await readFile(options.draft).catch(() => undefined);
  if (!draft) throw refuse(makeIssue({ code: 'report.draft-missing', severity: 'hard', values: { file: options.draft } }));

  const filled = await fillDraft(new Uint8Array(draft), figures.figures, {
    rasterise: sharpRasteriser,
    lang: effects.lang,
    file: options.draft,
  });
  for (const issue of filled.issues) effects.err(issueLine(issue, effects.lang));
  if (!filled.success) {
    effects.err(fillPlaceholders(reportLabels.nothingWritten[effects.lang], { count: filled.issues.length }));
    return EXIT.usage;
  }
  await writeFileAtomic(out, filled.bytes);
  effects.out(fillPlaceholders(reportLabels.written[effects.lang], { file: out }));
  return EXIT.ok;
}
