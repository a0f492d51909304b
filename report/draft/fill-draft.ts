import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { makeIssue } from '../../core/issues/make-issue.js';
import type { Issue } from '../../core/issues/issue.js';
import { fillPlaceholders, type Locale } from '../../core/messages/render-text.js';
import { reportLabels } from '../../core/messages/report-messages.js';
import { chartPicture, type ChartPicture, type RasterisePng } from '../charts/chart-picture.js';
import type { ChartDefinition } from '../charts/chart-definition.js';
import type { ReportFigures } from '../figures/report-figures.js';
import { closestNames } from './closest-names.js';
import { addImagePart, textWidth, usedMediaPaths, usedRelIds } from './docx-package.js';
import { BLOCK_TAG, CHART_PREFIX, draftCharts, draftTables, normaliseTag } from './draft-blocks.js';
import { draftValues } from './draft-values.js';
import { ooxmlCaptionParagraph, ooxmlPictureParagraph } from './ooxml-picture.js';
import { ooxmlTable } from './ooxml-table.js';

export interface FillDraftOptions {
  /** Draws each chart's PNG fallback (sharp in Node, a canvas in a browser). */
  rasterise: RasterisePng;
  lang?: Locale;
  /** The draft's name, for messages. */
  file?: string;
}

/** The filled report, with notes (figures filled as `—`); or the problems, and nothing to write. */
export type FillDraftResult = { success: true; bytes: Uint8Array; issues: Issue[] } | { success: false; issues: Issue[] };

/** Drawings added here get ids above any a hand-made draft plausibly has. */
const FIRST_DRAWING_ID = 9001;

/**
 * `{表:…}` and `{图:…}` (also with a full-width colon) are handed to docxtemplater's
 * raw-XML module, which replaces their paragraph. Its matcher takes a RegExp
 * (prefix-matcher.js: the value is the first group) though its typings say string.
 */
const blockModule = () =>
  // A new one per document: docxtemplater marks a module attached and refuses to attach it twice.
  ({
    name: 'UnionstatBlockModule',
    matchers: () => [[/^\s*((?:表|图)[:：][\s\S]+?)\s*$/, 'rawxml']],
  }) as unknown as Docxtemplater.DXT.Module;

interface SeenTag {
  raw: string;
  name: string;
  module?: string;
}

/** docxtemplater's template errors, as issues worded from the catalog; anything else is a bug, thrown on. */
function templateIssues(error: unknown): Issue[] {
  if ((error as { name?: string })?.name !== 'TemplateError') throw error;
  const properties = (error as { properties?: { errors?: unknown[]; id?: string } }).properties;
  const errors = properties?.errors ?? [error];
  return errors.map((e) => {
    const p = (e as { properties?: { id?: string; xtag?: string; context?: string } }).properties ?? {};
    const tag = String(p.xtag ?? p.context ?? '');
    switch (p.id) {
      case 'unclosed_tag':
        return makeIssue({ code: 'draft.unclosed-tag', severity: 'hard', values: { tag: `{${tag}` } });
      case 'unopened_tag':
        return makeIssue({ code: 'draft.unopened-tag', severity: 'hard', values: { tag: `${tag}}` } });
      case 'raw_xml_tag_should_be_only_text_in_paragraph':
      case 'raw_tag_outerxml_invalid':
        return makeIssue({ code: 'draft.block-not-alone', severity: 'hard', values: { placeholder: `{${tag.trim()}}` } });
      default:
        return makeIssue({ code: 'draft.syntax', severity: 'hard', values: { tag } });
    }
  });
}

/**
 * Fills the writer's own draft (a .docx) with the federation's figures: bytes
 * in, bytes out, no file system, so the CLI and the 汇总 page share it.
 *
 * Inline placeholders (`{建会率}`, `{A03}`, `{建会率.上年}`, `{建会率.变化}`,
 * `{帮扶资金合计.同比}`, `{工会会员数.万}`, see draftValues) become text in the
 * run that held them, keeping its formatting; Word's splitting of one
 * placeholder across several runs is undone by docxtemplater. `{表:组织建设}` and
 * `{图:建会率}` replace their paragraph with a table, or with a picture (SVG with
 * a PNG fallback) and its caption, numbered 图1, 图2… in the order they appear.
 * Nothing else in the draft changes.
 *
 * docxtemplater is given a parser that only looks names up in fixed maps: no
 * expression, loop or condition in a draft is ever evaluated. A placeholder it
 * does not know, an unclosed brace, or a table placeholder sharing its
 * paragraph with text is refused, each with what to do (the closest names for
 * an unknown one), and nothing is produced.
 */
export async function fillDraft(draft: Uint8Array, figures: ReportFigures, options: FillDraftOptions): Promise<FillDraftResult> {
  const lang = options.lang ?? 'zh';
  const file = options.file ?? '';
  let zip: PizZip;
  try {
    zip = new PizZip(draft);
  } catch {
    zip = undefined as unknown as PizZip;
  }
  if (!zip?.file('word/document.xml')) {
    return { success: false, issues: [makeIssue({ code: 'draft.not-docx', severity: 'hard', values: { file } })] };
  }

  const values = draftValues(figures, lang);
  const tables = draftTables(figures, lang);
  const charts = draftCharts(figures, lang);
  const seen: SeenTag[] = [];
  // Filled in between compiling (which finds the tags) and rendering (which asks for their text).
  const blockXml = new Map<string, () => string>();
  const parser = (tag: string, meta?: { tag?: { module?: string } }) => {
    const name = normaliseTag(tag);
    seen.push({ raw: tag, name, module: meta?.tag?.module });
    return { get: () => (BLOCK_TAG.test(name) ? (blockXml.get(name)?.() ?? '') : (values.get(name)?.text ?? '')) };
  };

  let doc: Docxtemplater;
  try {
    // errorLogging off: problems are returned as issues, not printed by the library.
    doc = new Docxtemplater(zip, { parser, modules: [blockModule()], paragraphLoop: true, linebreaks: false, errorLogging: false });
  } catch (error) {
    return { success: false, issues: templateIssues(error) };
  }

  const issues: Issue[] = [];
  const known = [...values.keys(), ...tables.keys(), ...charts.keys()];
  const reported = new Set<string>();
  for (const tag of seen) {
    if (reported.has(tag.raw)) continue;
    reported.add(tag.raw);
    if (tag.module !== undefined && tag.module !== 'rawxml') {
      // A loop or condition ({#…}, {^…}) or any other module's tag: drafts hold names only.
      issues.push(makeIssue({ code: 'draft.syntax', severity: 'hard', values: { tag: tag.raw } }));
    } else if (!values.has(tag.name) && !tables.has(tag.name) && !charts.has(tag.name)) {
      issues.push(
        makeIssue({
          code: 'draft.unknown-placeholder',
          severity: 'hard',
          values: { placeholder: `{${tag.raw.trim()}}`, suggestions: closestNames(tag.name, known).map((n) => `{${n}}`).join('、') },
        }),
      );
    } else if (values.get(tag.name)?.empty) {
      issues.push(makeIssue({ code: 'draft.empty-figure', severity: 'soft', values: { placeholder: `{${tag.raw.trim()}}` } }));
    }
  }
  if (issues.some((i) => i.severity === 'hard')) return { success: false, issues: issues.filter((i) => i.severity === 'hard') };

  // One picture per chart the draft names, drawn before rendering (rendering is synchronous).
  const pictures = new Map<ChartDefinition, ChartPicture>();
  for (const tag of seen) {
    const chart = charts.get(tag.name);
    if (chart && !pictures.has(chart)) pictures.set(chart, await chartPicture(chart, options.rasterise));
  }
  const width = textWidth(zip.file('word/document.xml')!.asText());
  const relIds = usedRelIds(zip);
  const mediaPaths = usedMediaPaths(zip);
  const fresh = (make: (n: number) => string, used: Set<string>) => {
    let n = 1;
    while (used.has(make(n))) n++;
    used.add(make(n));
    return make(n);
  };
  const media = new Map<ChartDefinition, { pngRel: string; svgRel: string; png: string; svg: string }>();
  let figureNumber = 0;
  let drawingId = FIRST_DRAWING_ID;
  for (const [name, table] of tables) blockXml.set(name, () => ooxmlTable(table, width));
  for (const [name, chart] of charts) {
    blockXml.set(name, () => {
      let m = media.get(chart);
      if (!m) {
        m = {
          pngRel: fresh((n) => `rIdUnionstatChart${n}`, relIds),
          svgRel: fresh((n) => `rIdUnionstatChart${n}`, relIds),
          png: fresh((n) => `word/media/unionstat-chart${n}.png`, mediaPaths),
          svg: '',
        };
        m.svg = m.png.replace(/\.png$/, '.svg');
        mediaPaths.add(m.svg);
        media.set(chart, m);
      }
      figureNumber++;
      const caption = fillPlaceholders(reportLabels.caption[lang], { number: figureNumber, title: chart.title });
      return (
        ooxmlPictureParagraph({ pngRel: m.pngRel, svgRel: m.svgRel, id: drawingId++, name: caption, width: chart.width, height: chart.height, maxWidth: width }) +
        ooxmlCaptionParagraph(caption)
      );
    });
  }

  try {
    doc.render({});
  } catch (error) {
    return { success: false, issues: templateIssues(error) };
  }
  const out = doc.getZip() as PizZip;
  const encoder = new TextEncoder();
  for (const [chart, m] of media) {
    const picture = pictures.get(chart)!;
    addImagePart(out, m.pngRel, m.png, picture.png);
    addImagePart(out, m.svgRel, m.svg, encoder.encode(picture.svg));
  }
  return { success: true, bytes: out.generate({ type: 'uint8array', compression: 'DEFLATE' }), issues };
}
