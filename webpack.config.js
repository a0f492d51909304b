// Builds the Excel add-in (task pane, commands) and the standalone check page into dist/addin/,
// with office.js from @microsoft/office-js so an intranet host serves everything itself.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';

const root = path.dirname(fileURLToPath(import.meta.url));
const DEV_URL = 'https://localhost:3000/';

const DOM_SHIMS = './addin/legacy/dom-shims.ts';

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

/** Office hosts other than Excel: their office.js files are never loaded by this add-in. */
const OTHER_HOSTS = ['access', 'onenote', 'outlook', 'powerpoint', 'project', 'visio', 'word'];

/** The manifest with its dev URL replaced by ADDIN_URL (e.g. https://stats.example.gov.cn/union-stats/). */
export function rewriteManifest(xml, addinUrl) {
  if (!addinUrl) return xml;
  const base = addinUrl.endsWith('/') ? addinUrl : `${addinUrl}/`;
  // Page and icon URLs take the full base; AppDomain takes the origin alone.
  return xml.split(DEV_URL).join(base).split(new URL(DEV_URL).origin).join(new URL(base).origin);
}

export default async (env = {}, argv = {}) => {
  const mode = argv.mode ?? 'production';
  // dist/addin, beside the CLI's dist/node: the folder an intranet web server hosts.
  const outputPath = env.outputPath ? path.resolve(env.outputPath) : path.join(root, 'dist', 'addin');
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
      ],
    },
    // check.ts uses the global ExcelJS defined by the exceljs entry above (one copy, loaded by check.html).
    externals: { exceljs: 'ExcelJS' },
    performance: { hints: false },
    plugins: [
      new MarkMinimizedPlugin('exceljs.min.js'),
      // zod builds its int64/uint64 bounds with BigInt() when it loads; on engines without BigInt
      // those calls get a stand-in instead of a ReferenceError (see the module for why that is safe).
      new webpack.ProvidePlugin({ BigInt: [path.join(root, 'addin/legacy/bigint-stand-in.ts'), 'bigIntOrStandIn'] }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './addin/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './addin/commands/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'check.html', template: './addin/page/check.html', chunks: ['check'] }),
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
