import { canonicalJson } from '../../core/spec/spec-fingerprint.js';
import { loadSpecFile } from './load-spec.js';

/**
 * The spec a federation bakes into its add-in and pages (`webpack --env
 * spec=指标体系.xlsx` or a spec JSON): loaded and validated as `--spec` is,
 * as canonical JSON (the text its fingerprint is taken of). A bad spec fails
 * with the CLI's words (CliError), so the build stops saying what to fix.
 * @example const json = await buildSpecJson('指标体系.xlsx');
 */
export async function buildSpecJson(path: string): Promise<string> {
  return canonicalJson(await loadSpecFile(path));
}
