import type { Locale } from '../../core/messages/render-text.js';
import { renderText } from '../../core/messages/render-text.js';
import { specSourceText } from '../../core/messages/spec-meta-messages.js';
import { parseSpec } from '../../core/spec/parse-spec.js';
import type { LocalizedText, TemplateSpec } from '../../core/spec/template-spec.js';
import { standardSpec } from '../../core/templates/index.js';

/**
 * The spec JSON a federation baked into this build (`webpack --env spec=…`,
 * see webpack.config.js), or undefined for the standard build.
 */
declare const UNION_STATS_BUILD_SPEC: string | undefined;

/**
 * Where the spec for workbooks that carry none came from: the standard template, the build,
 * spec.json beside the page, or a 指标体系.xlsx / spec.json the user chose on the page.
 */
export type SpecOrigin = 'standard' | 'build' | 'beside' | 'chosen';

/** What a workbook without a spec of its own is checked by, and, when spec.json was there but unusable, why. */
export interface FallbackSpec {
  spec: TemplateSpec;
  origin: SpecOrigin;
  /** spec.json beside the page is invalid: workbooks without their own spec are not checked (never by a guess). */
  problem?: LocalizedText;
}

/** The file a federation puts beside taskpane.html / check.html on its intranet host. */
export const SPEC_FILE_NAME = 'spec.json';

/** The spec of this build: the federation's when one was baked in, else the standard template. */
export function builtInSpec(): FallbackSpec {
  const baked = typeof UNION_STATS_BUILD_SPEC === 'string' ? UNION_STATS_BUILD_SPEC : undefined;
  if (baked === undefined) return { spec: standardSpec, origin: 'standard' };
  const parsed = parseSpec(JSON.parse(baked));
  // The build validated it; a bundle whose baked spec does not parse is a build fault.
  if (!parsed.success) throw new Error('the spec baked into this build is invalid');
  return { spec: parsed.spec, origin: 'build' };
}

/** Fetches a text over XHR (IE11 and EdgeHTML have no fetch): the text on 200, undefined otherwise. */
export type GetText = (url: string) => Promise<string | undefined>;

export const xhrGetText: GetText = (url) =>
  new Promise((resolve) => {
    try {
      const xhr = new XMLHttpRequest();
      xhr.open('GET', url, true);
      xhr.onload = () => resolve(xhr.status === 200 ? xhr.responseText : undefined);
      xhr.onerror = () => resolve(undefined);
      xhr.send();
    } catch {
      resolve(undefined);
    }
  });

/**
 * The spec for workbooks that carry none: spec.json beside the page when the
 * page is served over http(s) and the file is there (a federation sets it
 * once on its host), else the build's. A file:// page (审核.html opened from a
 * folder) asks for nothing: its spec is the build's.
 * @example const fallback = await loadFallbackSpec(window.location.href);
 */
export async function loadFallbackSpec(pageUrl: string, getText: GetText = xhrGetText): Promise<FallbackSpec> {
  const built = builtInSpec();
  if (!/^https?:/i.test(pageUrl)) return built;
  // The folder of the page, without URL (IE11 has none).
  const text = await getText(pageUrl.replace(/[?#].*$/, '').replace(/[^/]*$/, '') + SPEC_FILE_NAME);
  if (text === undefined) return built;
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ...built, problem: configInvalid(specSourceText.configNotJson) };
  }
  const parsed = parseSpec(json);
  if (!parsed.success) {
    return { ...built, problem: configInvalid(renderText(specSourceText.configProblems, { n: parsed.problems.length, path: parsed.problems[0].path })) };
  }
  return { spec: parsed.spec, origin: 'beside' };
}

function configInvalid(problem: LocalizedText): LocalizedText {
  return { zh: renderText(specSourceText.configInvalid, { problem: problem.zh }).zh, en: renderText(specSourceText.configInvalid, { problem: problem.en }).en };
}

/** The line the pane and the page show: which spec a workbook was checked by. */
export function specSourceLine(spec: TemplateSpec, source: 'embedded' | SpecOrigin, fingerprint: string, locale: Locale): string {
  const key = source === 'embedded' ? 'embedded' : source === 'standard' ? 'standard' : 'configured';
  return renderText(specSourceText[key], { title: spec.title.zh, titleEn: spec.title.en, id: spec.id, version: spec.version, fingerprint })[locale];
}
