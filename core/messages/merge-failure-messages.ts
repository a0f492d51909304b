import type { MessageEntry } from './message-entry.js';
import { renderText } from './render-text.js';
import type { LocalizedText } from '../spec/template-spec.js';

/** Why a merge produced no report at all (see buildMergeReport); each shell words the hint its own way if it must. */
export const mergeFailureMessages: Record<string, MessageEntry> = {
  'merge.no-year': {
    message: {
      zh: '无法确定统计年度：没有可读取的报表写明年度。',
      en: 'Cannot tell the year: no readable submission names it.',
    },
    hint: { zh: '请用 --year 指定，例如 --year 2024。', en: 'Pass --year, e.g. --year 2024.' },
  },
  // Said after merge.no-year when files of another version of the template were left unread (see OtherVersionFiles).
  'merge.other-version-files': {
    message: {
      zh: '其中 {files} 份报表是按本模板的其他版本（第 {found} 版）填写的，按第 {version} 版汇总时不予读取。请用与这些报表同一版本的指标体系汇总，或请各单位用第 {version} 版模板重新填报。',
      en: '{files} of the files were made from another version of this template (version {found}) and are not read when merging by version {version}. Merge by the 指标体系 of their version, or have the units refill the version {version} template.',
    },
    hint: { zh: '', en: '' },
  },
  'merge.not-reconciled': {
    message: {
      zh: '汇总结果核对不平，未写出任何文件（报告中的错表比没有表更糟）：',
      en: 'The summary does not reconcile; nothing was written:',
    },
    hint: {
      zh: '这是程序错误，请把 run 目录和输入文件交给技术支持。',
      en: 'This is a bug: send the inputs to support.',
    },
  },
};

/** The sentence on files of another version, for a no-year failure that has them (empty otherwise). */
export function otherVersionSentence(other: { files: number; versions: readonly number[]; expected: number } | undefined): LocalizedText {
  if (!other) return { zh: '', en: '' };
  return renderText(mergeFailureMessages['merge.other-version-files'].message, {
    files: other.files,
    found: other.versions.join('、') || '?',
    version: other.expected,
  });
}
