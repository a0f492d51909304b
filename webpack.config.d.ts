// Types of webpack.config.js, for the tests that import it (manifest URLs, the e2e build).
import type { Configuration } from 'webpack';

export function rewriteManifest(xml: string, addinUrl: string | undefined): string;

/** The stylesheet with a plain value before each declaration that uses a :root custom property (for IE11). */
export function withCustomPropertyFallbacks(css: string): string;

/** Largest size in bytes of each one-file page. */
export const ONE_FILE_BUDGET: Record<'审核.html' | '汇总.html', number>;

/** The page with its build's scripts and stylesheets inlined (see OneFilePagePlugin). */
export function inlinePage(html: string, assetText: (name: string) => string | undefined): string;

export interface BuildEnv {
  /** Where to write the build (default dist/addin/). */
  outputPath?: string;
  /** Intranet base URL for the manifest (also read from process.env.ADDIN_URL). */
  ADDIN_URL?: string;
  noSourceMaps?: boolean;
  /** Build 汇总.html alone (one self-contained file) instead of the add-in. */
  summary?: boolean;
  WEBPACK_SERVE?: boolean;
  /** A federation's spec (指标体系.xlsx or spec JSON) baked into the bundles: what workbooks without their own spec are checked by. */
  spec?: string;
}

/** The spec at `specPath` as canonical JSON, validated as `--spec` is; undefined without a path. Throws with the CLI's message for a bad spec. */
export function loadBuildSpec(specPath: string | undefined): Promise<string | undefined>;

declare function config(env?: BuildEnv, argv?: { mode?: 'production' | 'development' }): Promise<Configuration>;
export default config;
