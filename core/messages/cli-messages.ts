import type { LocalizedText } from '../spec/template-spec.js';
import { renderText } from './render-text.js';

/**
 * What the `unionstat` command line says in its own voice (option errors,
 * help, output and roster problems), Chinese first. Placeholders are filled by
 * cliText; a code missing here is a programmer error a test catches.
 */
export const cliMessages = {
  'cli.use-format': {
    zh: '“{value}”的格式应为 单位代码=文件路径，例如 --use 990104=报表/丁区-2.xlsx',
    en: '"{value}" should be CODE=PATH, e.g. --use 990104=reports/unit-2.xlsx',
  },
  'cli.use-twice': {
    zh: '单位 {unitCode} 选定了不止一个文件，每个单位只能选定一个',
    en: 'unit {unitCode} is given more than one file; choose one per unit',
  },
  'cli.use-not-input': {
    zh: '--use 选定的文件 {path} 不在报表文件夹中（或不是工作簿）。请选定报表文件夹中的文件。',
    en: 'The file {path} given with --use is not among the submissions (or is not a workbook). Choose a file from the input folder.',
  },
  'cli.use-unreadable': {
    zh: '无法读取 --use 选定的文件 {path}。',
    en: 'Cannot read the file {path} given with --use.',
  },
} satisfies Record<string, LocalizedText>;

export type CliMessageCode = keyof typeof cliMessages;

/** A command-line text in both languages, placeholders filled. */
export function cliText(code: CliMessageCode, params: Record<string, string | number | null | undefined> = {}): LocalizedText {
  return renderText(cliMessages[code], params);
}
