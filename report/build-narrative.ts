import type { Locale } from '../core/messages/render-text.js';
import type { TemplateSpec } from '../core/spec/template-spec.js';
import type { MergeReport } from '../core/merge/merge-report.js';
import { fillSentences } from './fill-sentences.js';
import { summaryTitle } from './summary-title.js';

/** `-->` inside a comment would end it early. */
function commentText(text: string): string {
  return text.replace(/--/g, '—');
}

/**
 * narrative.md: the report's sentences, one paragraph per section of the spec,
 * filled from the federation total in the seeds' phrasing, e.g.
 * `全市已建会企业集体协商建制率为92.3%，比上年提高1.2个百分点。`
 * A sentence whose figures are empty is left out, with an HTML comment saying
 * why (invisible when rendered, visible to whoever edits the file).
 */
export function buildNarrative(report: MergeReport, spec: TemplateSpec, lang: Locale = 'zh'): string {
  const { summary } = report;
  const lines: string[] = [`# ${summaryTitle(summary, spec, lang)}${lang === 'zh' ? '：报告语句' : ': report sentences'}`, ''];
  for (const sentence of fillSentences(summary, spec, lang)) {
    const title = spec.sections.find((s) => s.id === sentence.section)?.title[lang] ?? sentence.section;
    if ('skipped' in sentence) {
      lines.push(
        lang === 'zh'
          ? `<!-- 已略去“${commentText(title)}”的语句：${commentText(sentence.skipped)} -->`
          : `<!-- Sentence on "${commentText(title)}" left out: ${commentText(sentence.skipped)} -->`,
        '',
      );
      continue;
    }
    lines.push(sentence.text, '');
    for (const note of sentence.notes) lines.push(`<!-- ${commentText(note)} -->`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
