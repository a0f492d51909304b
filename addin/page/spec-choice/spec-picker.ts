import type { Issue } from '../../../core/issues/issue.js';
import { renderText } from '../../../core/messages/render-text.js';
import { readSpecFile, specProblemLines } from '../../../core/spec-book/read-spec-file.js';
import { specFingerprint } from '../../../core/spec/spec-fingerprint.js';
import { messageFor } from '../../../core/messages/catalog.js';
import { faultText } from '../../i18n/fault-text.js';
import { t, type Locale, type UiKey } from '../../i18n/ui-text.js';
import type { FallbackSpec } from '../../taskpane/federation-spec.js';
import { forgetChosenSpec, loadChosenSpec, saveChosenSpec } from './spec-store.js';
import { bytesOf } from '../blob-bytes.js';
import { showLines } from '../show-lines.js';

export interface SpecPickerEnv {
  doc: Document;
  /** How the line in use reads: the spec the 汇总 page merges by, or the one the 审核 page checks workbooks without their own by. */
  purpose: 'merge' | 'check';
  /** The localStorage key the choice is kept under (SPEC_STORE_KEYS). */
  storageKey: string;
  /** The page's own spec: the build's (or spec.json beside a hosted page), what 恢复为内置指标体系 returns to. */
  builtIn: FallbackSpec;
  locale: () => Locale;
  /** Called after the spec in use changed (a good file taken, or the built-in restored). */
  onChange: (spec: FallbackSpec) => void;
}

export interface SpecPicker {
  /** The spec in use: the chosen one (origin `chosen`) or the built-in. */
  current(): FallbackSpec;
  /** Reads a picked or dropped file: a good spec is used and remembered; a faulty one is listed and changes nothing. */
  take(file: Blob & { name: string }): Promise<void>;
  /** Words again in the current language. */
  render(): void;
}

/** What the picker last said: a key of the page's words, and the faults of a refused file. */
interface Said {
  key: UiKey | 'forgotten';
  params: Record<string, string | number>;
  problems?: Issue[];
  /** A file the browser could not read (moved since it was picked): why, in the page's fault words. */
  error?: unknown;
}

/**
 * The 指标体系 area of the 汇总 and 审核 pages: says which spec is in use (title, 第 N 版,
 * fingerprint, and where it came from), takes the federation's 指标体系.xlsx or spec.json,
 * lists its faults as `unionstat spec` does, remembers a good one in this browser and goes
 * back to the built-in on request. Elements: #spec-line, #spec-file, #spec-reset,
 * #spec-status, #spec-problems; `body[data-spec]` is the fingerprint in use (for tests).
 */
export function createSpecPicker(env: SpecPickerEnv): SpecPicker {
  const { doc } = env;
  const byId = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const line = byId<HTMLElement>('spec-line');
  const input = byId<HTMLInputElement>('spec-file');
  const reset = byId<HTMLButtonElement>('spec-reset');
  const status = byId<HTMLElement>('spec-status');
  const list = byId<HTMLElement>('spec-problems');

  let inUse: FallbackSpec = env.builtIn;
  let file = '';
  let said: Said | undefined;

  const remembered = loadChosenSpec(env.storageKey);
  if (remembered.kind === 'spec') {
    inUse = { spec: remembered.spec, origin: 'chosen' };
    file = remembered.file;
  } else if (remembered.kind === 'unusable') {
    forgetChosenSpec(env.storageKey);
    said = { key: 'forgotten', params: { file: remembered.file } };
  }

  function render(): void {
    const locale = env.locale();
    const { spec, origin } = inUse;
    const from =
      origin === 'chosen'
        ? t('specFromChosen', locale, { file })
        : t(origin === 'standard' ? 'specFromStandard' : origin === 'build' ? 'specFromBuild' : 'specFromBeside', locale);
    const fingerprint = specFingerprint(spec);
    line.textContent = t(env.purpose === 'merge' ? 'specMergeBy' : 'specCheckBy', locale, { title: spec.title[locale], id: spec.id, version: spec.version, fingerprint }) + from;
    reset.hidden = origin !== 'chosen';
    doc.body.dataset.spec = fingerprint;
    // An unusable spec.json beside a hosted page is said here too: until a spec is chosen, workbooks without their own are not checked.
    status.textContent = said ? sayText(said, locale) + (said.error === undefined ? '' : ` ${faultText(said.error, locale)}`) : (inUse.problem?.[locale] ?? '');
    const problems = said?.problems ? specProblemLines(said.problems, locale) : [];
    showLines(list, problems);
  }

  function sayText(s: Said, locale: Locale): string {
    if (s.key !== 'forgotten') return t(s.key, locale, s.params);
    const origin = env.builtIn.origin;
    const fallback = origin === 'standard' ? 'specFallbackStandard' : origin === 'beside' ? 'specFallbackBeside' : 'specFallbackBuild';
    const { message, hint } = messageFor('spec-choice.forgotten');
    const params = { file: String(s.params.file), fallback: t(fallback, 'zh'), fallbackEn: t(fallback, 'en') };
    return `${renderText(message, params)[locale]}${locale === 'en' ? ' ' : ''}${renderText(hint, params)[locale]}`;
  }

  function use(next: FallbackSpec, nextFile: string, words: Said): void {
    inUse = next;
    file = nextFile;
    said = words;
    render();
    env.onChange(inUse);
  }

  async function take(picked: Blob & { name: string }): Promise<void> {
    const name = picked.name.split(/[\\/]/).pop()!;
    const refuse = (words: Said) => {
      said = words;
      render();
      doc.body.dataset.specRefused = String(Number(doc.body.dataset.specRefused ?? 0) + 1);
    };
    let read: ReturnType<typeof readSpecFile>;
    try {
      read = readSpecFile(name, await bytesOf(picked));
    } catch (error) {
      console.error(error);
      return refuse({ key: 'specRefused', params: { file: name, n: 1 }, error });
    }
    if (!read.ok) return refuse({ key: 'specRefused', params: { file: name, n: read.problems.length }, problems: read.problems });
    saveChosenSpec(env.storageKey, read.spec, name);
    use({ spec: read.spec, origin: 'chosen' }, name, { key: 'specTaken', params: { file: name } });
  }

  input.addEventListener('change', () => {
    const picked = input.files?.[0];
    // Emptied at once, so the same file chosen again after an edit is read again.
    input.value = '';
    if (picked) void take(picked);
  });
  reset.addEventListener('click', () => {
    forgetChosenSpec(env.storageKey);
    use(env.builtIn, '', { key: 'specRestored', params: {} });
  });
  render();
  return { current: () => inUse, take, render };
}
