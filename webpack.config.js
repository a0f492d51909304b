// Builds the Excel add-in (task pane, commands) and the standalone check page into dist/addin/,
// with office.js from @microsoft/office-js so an intranet host serves everything itself.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const root = path.dirname(fileURLToPath(import.meta.url));
const DEV_URL = 'https://localhost:3000/';

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
      taskpane: './addin/taskpane/taskpane.ts',
      commands: './addin/commands/commands.ts',
      check: './addin/page/check.ts',
    },
    output: { path: outputPath, filename: '[name].js', clean: true },
    resolve: {
      extensions: ['.ts', '.js'],
      // Sources import './x.js' (ESM for Node); the file on disk is x.ts.
      extensionAlias: { '.js': ['.ts', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: {
            configFile: path.join(root, 'addin/tsconfig.json'),
            onlyCompileBundledFiles: true,
            // Types are checked by `tsc -p addin/tsconfig.json` (and by the tests); the bundle only transpiles.
            transpileOnly: true,
          },
        },
        },
      ],
    },
    // exceljs ships a minified browser build that defines the global ExcelJS: the page loads it as is.
    externals: { exceljs: 'ExcelJS' },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './addin/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './addin/commands/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'check.html', template: './addin/page/check.html', chunks: ['check'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'addin/taskpane/review-panel.css', to: 'review-panel.css', info: { minimized: true } },
          { from: 'manifests/assets/*.png', to: 'assets/[name][ext]' },
          { from: 'node_modules/exceljs/dist/exceljs.min.js', to: 'exceljs.min.js', info: { minimized: true } },
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
