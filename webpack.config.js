// Builds the Excel add-in (task pane with the ES5 build of its 汇总 tab, commands) and the standalone check page
// into dist/addin/, with office.js from @microsoft/office-js so an intranet host serves everything itself; and the
// one-file pages 审核.html and 汇总.html (everything inlined, for file:// and sending as one file).
// `webpack --env summary` builds 汇总.html and the 汇总 tab's ES2017 summary-pane.js, into the same folder
// (see package.json's build:addin).
// `--env spec=path/to/指标体系.xlsx` (or a spec JSON) bakes a federation's spec into every bundle: what a
// workbook that carries no spec of its own is checked by (addin/taskpane/federation-spec.ts).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { createRequire } from 'node:module';
import webpack from 'webpack';

const root = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const DEV_URL = 'https://localhost:3000/';

const DOM_SHIMS = './addin/legacy/dom-shims.ts';
// TextDecoder / TextEncoder where the engine lacks them (EdgeHTML 18): the xlsx reader and the outputs use both.
const ENCODING_SHIMS = './addin/legacy/encoding-shims.ts';

/**
 * Babel for the IE11 / EdgeHTML 18 webviews: ES5 syntax, and core-js polyfills for the
 * built-ins each module uses (Promise, Map, Set, Symbol, URLSearchParams, Object.entries…).
 * No babel.config file, so jest's transforms are untouched.
 */
const LEGACY_BABEL = {
  babelrc: false,
  configFile: false,
  // CommonJS files in node_modules get require() polyfills, ES modules get imports.
  sourceType: 'unambiguous',
  cacheDirectory: path.join(root, 'node_modules/.cache/babel-loader'),
  presets: [['@babel/preset-env', { targets: { ie: '11', edge: '18' }, useBuiltIns: 'usage', corejs: '3.51', bugfixes: true }]],
};

/**
 * Babel for the 汇总 page: Chrome / Edge (EdgeHTML 18 included) / Firefox / 360's Chromium. Not ES5:
 * the reader's and the merge's loops stay native (async, for…of, classes), which a worker at
 * national scale needs; only what EdgeHTML 18 lacks (object spread, `?.`, `??`) is lowered.
 */
const PAGE_BABEL = {
  ...LEGACY_BABEL,
  cacheDirectory: path.join(root, 'node_modules/.cache/babel-loader-page'),
  presets: [['@babel/preset-env', { targets: { chrome: '70', edge: '18', firefox: '68' }, useBuiltIns: 'usage', corejs: '3.51', bugfixes: true }]],
};

/** What the merge's code is given in a browser build: the 汇总 page, and the task pane's 汇总 tab in both its builds. */
const SUMMARY_ALIASES = {
  // csv-parse's browser build: its Node build needs Node's Buffer (the roster's CSV is parsed in the browser).
  'csv-parse/sync$': path.join(root, 'node_modules/csv-parse/dist/esm/sync.js'),
  // exceljs's streaming writer (report/parts-workbook.ts) requires these and never calls them there: the
  // parts are zipped by fflate, no file is opened, no sheet is encrypted.
  archiver: path.join(root, 'addin/page/summary/archiver-stand-in.cjs'),
  // arquero's Apache Arrow import/export, never called by the merge: its BigInt literals would stop
  // the page on EdgeHTML 18 before any of it ran.
  '@uwdata/flechette$': path.join(root, 'addin/legacy/arrow-stand-in.ts'),
  // exceljs from its sources, not its 1 MB prebuilt bundle: the units' templates (report/template) need its
  // Workbook, whose xforms the streaming writer above already brings, so the page carries them once.
  exceljs$: path.join(root, 'addin/page/summary/exceljs-from-sources.cjs'),
  // Sample files the page carries as data (the sample report draft), not code: see the .docx rule of summaryPageConfig.
  '@samples': path.join(root, 'samples'),
};

/** What exceljs's writer needs of Node, from the browser builds exceljs itself depends on. */
const NODE_FALLBACKS = {
  fs: false,
  crypto: false,
  stream: require.resolve('readable-stream'),
  events: require.resolve('events/'),
  buffer: require.resolve('buffer/'),
  util: require.resolve('util/'),
  string_decoder: require.resolve('string_decoder/'),
};

/** Free names in the merge's dependencies: BigInt where the engine lacks it (zod), Node's Buffer and process (exceljs's writer). */
function summaryProvidePlugin() {
  return new webpack.ProvidePlugin({
    BigInt: [path.join(root, 'addin/legacy/bigint-stand-in.ts'), 'bigIntOrStandIn'],
    Buffer: ['buffer/', 'Buffer'],
    process: 'process/browser.js',
  });
}

/** What a one-file page may weigh: it travels by e-mail and WeChat, and a browser parses it on every open. */
export const ONE_FILE_BUDGET = { '审核.html': 3 * 1024 * 1024, '汇总.html': 4 * 1024 * 1024 };

/** The page's code names a worker by this string; the one-file build puts the worker's source in its place. */
const WORKER_PLACEHOLDER = /(["'])UNION_STATS_WORKER_SOURCE:([\w-]+)\1/g;

/** A script's text made safe inside <script>…</script>: `</script` would end the element early. */
function scriptText(source) {
  return source.replace(/\/\/# sourceMappingURL=\S+\s*$/, '').replace(/<\/(script)/gi, '<\\/$1');
}

/** A JavaScript string literal of `source` (U+2028/2029 escaped: EdgeHTML 18 refuses them raw in a literal). */
function stringLiteral(source) {
  return JSON.stringify(source).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The page `html` with every `<script src>` and stylesheet `<link>` of this build inlined: styles
 * where the link was, scripts at the end of the body in their order (an inline script does not
 * wait as `defer` does, and the pages find their elements when they start). A src or href that is
 * not an asset of the build fails the build: nothing may be fetched.
 */
export function inlinePage(html, assetText) {
  // html-webpack-plugin's minifier may drop the quotes around attribute values.
  const attribute = (tag, name) => {
    const match = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(tag);
    return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
  };
  const take = (name) => {
    const text = assetText(name.split('?')[0]);
    if (text === undefined) throw new Error(`one-file page: ${name} is not part of the build`);
    return text;
  };
  const scripts = [];
  let page = html.replace(/<script\b[^>]*>\s*<\/script>/g, (tag) => {
    const src = attribute(tag, 'src');
    if (src === undefined) return tag;
    scripts.push(take(src));
    return '';
  });
  page = page.replace(/<link\b[^>]*>/g, (tag) => {
    if (attribute(tag, 'rel') !== 'stylesheet') return tag;
    return `<style>${take(attribute(tag, 'href')).replace(/<\/(style)/gi, '<\\/$1')}</style>`;
  });
  const inline = scripts.map((s) => `<script>${scriptText(s)}</script>`).join('\n');
  if (!page.includes('</body>')) throw new Error('one-file page: no </body>');
  return page.replace('</body>', () => `${inline}\n</body>`);
}

/**
 * Writes `to`, a self-contained copy of the built page `from`: scripts, styles and the sources of
 * the workers its code names (see WORKER_PLACEHOLDER) inlined, so it opens double-clicked from a
 * folder holding only it, offline. `drop` lists assets that only served to build it.
 */
class OneFilePagePlugin {
  constructor({ from, to, drop = [] }) {
    this.from = from;
    this.to = to;
    this.drop = drop;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('OneFilePagePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // After html-webpack-plugin (OPTIMIZE_INLINE), the minimizer and the source maps.
        { name: 'OneFilePagePlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const html = compilation.getAsset(this.from);
          if (!html) return;
          const text = (name) => {
            const asset = compilation.getAsset(name);
            if (!asset) return undefined;
            return asset.source.source().toString('utf8').replace(WORKER_PLACEHOLDER, (whole, quote, worker) => {
              const code = compilation.getAsset(`${worker}.js`);
              if (!code) throw new Error(`one-file page: no worker bundle ${worker}.js`);
              return stringLiteral(scriptText(code.source.source().toString('utf8')));
            });
          };
          const page = inlinePage(html.source.source().toString('utf8'), text);
          compilation.emitAsset(this.to, new webpack.sources.RawSource(page), { minimized: true });
          for (const name of this.drop) if (compilation.getAsset(name)) compilation.deleteAsset(name);
        },
      );
    });
  }
}

/**
 * Marks an emitted asset as minimized so the minimizer skips it: exceljs.min.js is minified
 * already and Babel prints it compact, so minifying its 1 MB again would only add build time.
 */
class MarkMinimizedPlugin {
  constructor(assetName) {
    this.assetName = assetName;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('MarkMinimizedPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'MarkMinimizedPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 },
        () => {
          if (compilation.getAsset(this.assetName)) compilation.updateAsset(this.assetName, (source) => source, { minimized: true });
        },
      );
    });
  }
}

/**
 * The stylesheet with a plain fallback before every declaration that uses a `:root` custom
 * property: IE11 ignores `var(--x)`, and would lose the red/amber severity colours.
 */
export function withCustomPropertyFallbacks(css) {
  const root = /:root\s*\{([^}]*)\}/.exec(css);
  if (!root) return css;
  const values = new Map();
  for (const [, name, value] of root[1].matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)) values.set(name, value.trim());
  const resolve = (value) => value.replace(/var\((--[\w-]+)\)/g, (whole, name) => values.get(name) ?? whole);
  return css.replace(/([{;]\s*)([\w-]+)\s*:\s*([^;{}]*var\(--[^;{}]*)(?=[;}])/g, (whole, lead, prop, value) => {
    const plain = resolve(value);
    return plain.includes('var(') ? whole : `${lead}${prop}: ${plain.trim()}; ${prop}: ${value}`;
  });
}

/**
 * The spec given with `--env spec=…` as canonical JSON, loaded and validated by the CLI's own loader
 * (pipeline/io/build-spec-json.ts, bundled here with esbuild since this config is plain JavaScript);
 * undefined without one. A bad spec stops the build with the CLI's message.
 */
export async function loadBuildSpec(specPath) {
  if (!specPath) return undefined;
  const { build } = await import('esbuild');
  const out = path.join(root, 'node_modules/.cache/union-stats/build-spec-json.mjs');
  await build({
    entryPoints: [path.join(root, 'pipeline/io/build-spec-json.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
  const { buildSpecJson } = await import(`${pathToFileURL(out).href}?${Date.now()}`);
  try {
    return await buildSpecJson(path.resolve(specPath));
  } catch (error) {
    throw new Error(error?.zh ? `${error.zh}\n${error.en}` : String(error?.message ?? error));
  }
}

/** DefinePlugin of the baked spec: the standard build defines nothing, so the code falls back to the standard spec. */
function buildSpecPlugins(specJson) {
  return specJson === undefined ? [] : [new webpack.DefinePlugin({ UNION_STATS_BUILD_SPEC: JSON.stringify(specJson) })];
}

/** Modules of the check page (addin/page, not its 汇总 page), which take exceljs as check.html's global ExcelJS. */
function isCheckPageModule(issuer) {
  if (!issuer) return false;
  const relative = path.relative(path.join(root, 'addin/page'), issuer);
  return !relative.startsWith('..') && !path.isAbsolute(relative) && !relative.startsWith(`summary${path.sep}`);
}

/** Office hosts other than Excel: their office.js files are never loaded by this add-in. */
const OTHER_HOSTS = ['access', 'onenote', 'outlook', 'powerpoint', 'project', 'visio', 'word'];

/** The manifest with its dev URL replaced by ADDIN_URL (e.g. https://stats.example.gov.cn/union-stats/). */
export function rewriteManifest(xml, addinUrl) {
  if (!addinUrl) return xml;
  const base = addinUrl.endsWith('/') ? addinUrl : `${addinUrl}/`;
  // Page and icon URLs take the full base; AppDomain takes the origin alone.
  return xml.split(DEV_URL).join(base).split(new URL(DEV_URL).origin).join(new URL(base).origin);
}

/**
 * 汇总.html alone: the page and its reader worker, bundled for current browsers and inlined into
 * one file; nothing else is left in the folder (no clean: it is written beside the add-in's build).
 */
function summaryPageConfig(mode, outputPath, specJson) {
  const typescript = {
    loader: 'ts-loader',
    options: { configFile: path.join(root, 'addin/tsconfig.json'), onlyCompileBundledFiles: true, transpileOnly: true },
  };
  return {
    mode,
    context: root,
    devtool: false,
    entry: {
      // dom-shims: replaceChildren and friends, which EdgeHTML 18 lacks (the sheet view and the tables use them).
      summary: [DOM_SHIMS, ENCODING_SHIMS, './addin/page/summary/summary-page.ts'],
      'summary-worker': [ENCODING_SHIMS, './addin/page/summary/summary-worker.ts'],
      // The task pane's 汇总 tab: the same merge and outputs as this page, so the same browser build
      // (taskpane.html loads it after the ES5 check bundle; in IE11, which cannot parse it, summary-pane-legacy.js
      // of the add-in's build instead).
      'summary-pane': [ENCODING_SHIMS, './addin/taskpane/summary-pane.ts'],
    },
    output: { path: outputPath, filename: '[name].js', clean: false, asyncChunks: false },
    resolve: {
      extensions: ['.ts', '.js'],
      extensionAlias: { '.js': ['.ts', '.js'] },
      alias: SUMMARY_ALIASES,
      fallback: NODE_FALLBACKS,
    },
    // The worker bundle runs in a Worker: `self` is its global object, and it loads no chunks.
    target: ['web', 'es2017'],
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: [{ loader: 'babel-loader', options: PAGE_BABEL }, typescript] },
        { test: /\.[cm]?js$/, include: /node_modules/, exclude: /node_modules[\\/]core-js[\\/]/, use: { loader: 'babel-loader', options: PAGE_BABEL } },
        // The sample report draft, offered for download by the page: inlined as a data: URL, so it works offline.
        { test: /\.docx$/, type: 'asset/inline' },
      ],
    },
    performance: { hints: false },
    plugins: [
      ...buildSpecPlugins(specJson),
      summaryProvidePlugin(),
      new HtmlWebpackPlugin({ filename: 'summary-source.html', template: './addin/page/summary/summary.html', chunks: ['summary'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'addin/taskpane/review-panel.css', to: 'review-panel.css', info: { minimized: true } },
          { from: 'addin/page/summary/summary-page.css', to: 'summary-page.css', info: { minimized: true } },
        ],
      }),
      new OneFilePagePlugin({
        from: 'summary-source.html',
        to: '汇总.html',
        drop: ['summary-source.html', 'summary.js', 'summary-worker.js', 'review-panel.css', 'summary-page.css', 'summary.js.LICENSE.txt', 'summary-worker.js.LICENSE.txt'],
      }),
    ],
  };
}

export default async (env = {}, argv = {}) => {
  const mode = argv.mode ?? 'production';
  // dist/addin, beside the CLI's dist/node: the folder an intranet web server hosts.
  const outputPath = env.outputPath ? path.resolve(env.outputPath) : path.join(root, 'dist', 'addin');
  const specJson = await loadBuildSpec(env.spec);
  if (env.summary) return summaryPageConfig(mode, outputPath, specJson);
  const addinUrl = env.ADDIN_URL ?? process.env.ADDIN_URL;
  const config = {
    mode,
    context: root,
    devtool: env.noSourceMaps ? false : mode === 'production' ? 'source-map' : 'eval-source-map',
    entry: {
      // dom-shims first: DOM and string methods IE11 / EdgeHTML 18 lack and core-js does not provide.
      taskpane: [DOM_SHIMS, './addin/taskpane/taskpane.ts'],
      commands: './addin/commands/commands.ts',
      check: [DOM_SHIMS, './addin/page/check.ts'],
      // The 汇总 tab for the IE11 webview, which cannot parse the ES2017 summary-pane.js of the 汇总 page's build:
      // the same entry built ES5 like the pane (taskpane.html loads it where document.documentMode is set).
      'summary-pane-legacy': [DOM_SHIMS, './addin/taskpane/summary-pane.ts'],
      // exceljs's browser build is ES2018 (const, classes, async, object spread): it goes through
      // Babel like everything else and still defines the global ExcelJS that check.html loads.
      exceljs: {
        import: './node_modules/exceljs/dist/exceljs.min.js',
        filename: 'exceljs.min.js',
        library: { name: 'ExcelJS', type: 'window' },
      },
    },
    output: { path: outputPath, filename: '[name].js', clean: true },
    resolve: {
      extensions: ['.ts', '.js'],
      // Sources import './x.js' (ESM for Node); the file on disk is x.ts.
      extensionAlias: { '.js': ['.ts', '.js'] },
      // The merge's code in summary-pane-legacy.js: the same as in the 汇总 page's build.
      alias: SUMMARY_ALIASES,
      fallback: NODE_FALLBACKS,
    },
    // The webviews of perpetual Office 2016/2019 on Windows are IE11 and EdgeHTML 18: ES5 syntax,
    // no BigInt, no Proxy. Emit ES5 for webpack's own runtime as well.
    target: ['web', 'es5'],
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // Loaders run last to first: ts-loader strips types, then Babel lowers to ES5.
          use: [
            { loader: 'babel-loader', options: LEGACY_BABEL },
            {
              loader: 'ts-loader',
              options: {
                configFile: path.join(root, 'addin/tsconfig.json'),
                onlyCompileBundledFiles: true,
                // Types are checked by `tsc -p addin/tsconfig.json` (and by the tests); the bundle only transpiles.
                transpileOnly: true,
              },
            },
          ],
        },
        {
          // Dependencies ship ES2018+ (zod: classes, spread, `??`, `?.`); lower them too.
          // core-js is what Babel injects (transpiling it would make it import itself).
          test: /\.[cm]?js$/,
          include: /node_modules/,
          exclude: /node_modules[\\/]core-js[\\/]/,
          use: { loader: 'babel-loader', options: LEGACY_BABEL },
        },
        // The 汇总 tab's stand-ins for CommonJS modules (SUMMARY_ALIASES): ES2015, lowered like the rest.
        { test: /\.cjs$/, include: path.join(root, 'addin'), use: { loader: 'babel-loader', options: LEGACY_BABEL } },
        // saxes's character tables build `u`-flag RegExps when they load (IE11: SyntaxError): rewritten for ES5 first.
        { test: /node_modules[\\/]xmlchars[\\/].*\.js$/, enforce: 'pre', use: path.join(root, 'addin/legacy/es5-unicode-regexps.cjs') },
      ],
    },
    // check.ts uses the global ExcelJS defined by the exceljs entry above (one copy, loaded by check.html); the
    // 汇总 tab's merge takes exceljs from its sources (SUMMARY_ALIASES), as the 汇总 page does.
    // window.ExcelJS, not the bare global: where exceljs.min.js cannot load (IE11 cannot parse its copy of
    // xmlchars), the check page still starts, checks with the bounded reader, and only changing the file is refused.
    externals: [({ request, contextInfo }, callback) => (request === 'exceljs' && isCheckPageModule(contextInfo?.issuer) ? callback(null, 'window.ExcelJS') : callback())],
    performance: { hints: false },
    plugins: [
      ...buildSpecPlugins(specJson),
      new MarkMinimizedPlugin('exceljs.min.js'),
      // zod builds its int64/uint64 bounds with BigInt() when it loads; on engines without BigInt
      // those calls get a stand-in instead of a ReferenceError (see the module for why that is safe).
      // Buffer and process: only exceljs's writer, in the 汇总 tab, names them.
      summaryProvidePlugin(),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './addin/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './addin/commands/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'check.html', template: './addin/page/check.html', chunks: ['check'] }),
      // The same page as one file: check.js, exceljs and the stylesheet inside (check.html stays for intranet hosts).
      new OneFilePagePlugin({ from: 'check.html', to: '审核.html' }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: 'addin/taskpane/review-panel.css',
            to: 'review-panel.css',
            info: { minimized: true },
            transform: (content) => withCustomPropertyFallbacks(content.toString('utf8')),
          },
          { from: 'manifests/assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifests/manifest.xml',
            to: 'manifest.xml',
            transform: (content) => rewriteManifest(content.toString('utf8'), addinUrl),
          },
          {
            from: 'node_modules/@microsoft/office-js/dist',
            to: 'office-js',
            // Already minified by Microsoft: skip the minimizer (thousands of files).
            info: { minimized: true },
            globOptions: {
              ignore: ['**/*.debug.js', '**/*.d.ts', '**/outlook_strings.js', ...OTHER_HOSTS.map((h) => `**/${h}*.js`)],
            },
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
    },
  };
  if (env.WEBPACK_SERVE) {
    // Only the dev server needs the trusted localhost certificate (installed on first run).
    const devCerts = await import('office-addin-dev-certs');
    config.devServer.server = { type: 'https', options: await devCerts.default.getHttpsServerOptions() };
  }
  return config;
};
