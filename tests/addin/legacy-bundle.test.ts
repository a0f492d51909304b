/**
 * The add-in's bundles must run in the webviews of perpetual Office 2016/2019 on Windows:
 * IE11 (Trident) and EdgeHTML 18. A production build is parsed as ES5, searched for what
 * no polyfill can give those engines (Proxy, BigInt, modern regex syntax), and then run
 * in Chromium with the ES2017+ built-ins and DOM methods those engines lack removed; the
 * 汇总 tab's IE11 build (summary-pane-legacy.js) merges the sample files there as the CLI does.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as acorn from 'acorn';
import ExcelJS from 'exceljs';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from '../../bench/headless-chromium.js';
import { gridFromExcelJSWorksheet } from '../../core/grid/exceljs-grid.js';
import { standardSpec } from '../../core/templates/index.js';
import { OUTPUT_FILES } from '../../report/build-outputs.js';
import { serveStatic } from '../e2e/static-server.js';
import { buildCli } from '../hostile/build-cli.js';
import { partsExceptCoreProperties } from '../support/package-parts.js';
import { mergeInPane, rosterWorkbook, runCli, STAND_IN_OFFICE, writtenWorkbook } from '../support/summary-pane.js';
import { findSystemProgram } from '../support/system-program.js';
import { builtAddin } from '../support/built-addin.js';
import { cellOf, filledWorkbook, flawedFill } from './template-fill.js';

const work = join(process.cwd(), 'tests/.tmp/legacy-bundle');
const out = join(work, 'dist');
/** What county PCs load: the pane, its 汇总 tab's IE11 build, the ribbon's function file, the check page and its exceljs. */
const SHIPPED = ['taskpane.js', 'summary-pane-legacy.js', 'commands.js', 'check.js', 'exceljs.min.js'];
const samples = join(process.cwd(), 'samples/submissions');

async function build(): Promise<void> {
  await builtAddin(out);
}

type AnyNode = acorn.Node & Record<string, unknown>;

const isIdentifier = (node: unknown, name: string) =>
  !!node && (node as AnyNode).type === 'Identifier' && (node as AnyNode).name === name;

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression']);

/** Names a function (or the program) declares for itself: params, `var`s, inner function declarations. */
function declaredIn(scope: AnyNode): Set<string> {
  const names = new Set<string>();
  for (const param of (scope.params as AnyNode[] | undefined) ?? []) if (param.type === 'Identifier') names.add(param.name as string);
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as AnyNode;
    if (n.type === 'VariableDeclarator' && (n.id as AnyNode).type === 'Identifier') names.add((n.id as AnyNode).name as string);
    if (n.type === 'FunctionDeclaration' && n.id) names.add((n.id as AnyNode).name as string);
    if (n !== scope && FUNCTION_TYPES.has(n.type)) return; // an inner scope: its vars are its own
    for (const key of Object.keys(n)) if (key !== 'type' && n[key] && typeof n[key] === 'object') visit(n[key]);
  };
  visit(scope.body);
  return names;
}

/**
 * Every node of an ESTree with the names bound around it, so that a bundled library's own
 * `var BigInt = require(…)` (webpack's ProvidePlugin) is told apart from the engine's global.
 */
function* walk(node: unknown, bound: ReadonlySet<string> = new Set()): Generator<[AnyNode, ReadonlySet<string>]> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) yield* walk(item, bound);
    return;
  }
  const n = node as AnyNode;
  let inner = bound;
  if (FUNCTION_TYPES.has(n.type) || n.type === 'Program') inner = new Set([...bound, ...declaredIn(n)]);
  yield [n, inner];
  for (const key of Object.keys(n)) {
    if (key === 'type' || key === 'start' || key === 'end' || key === 'loc') continue;
    const value = n[key];
    if (value && typeof value === 'object') yield* walk(value, inner);
  }
}

/** Regex syntax that IE11 / EdgeHTML 18 cannot parse and Babel could not rewrite. */
const MODERN_REGEX = /\\p\{|\\P\{|\(\?<[=!]|\(\?<[A-Za-z_$]/;

/**
 * What in a parsed bundle those engines cannot run whatever is polyfilled, with a snippet each.
 * `allowedFlags`: regex flags accepted in `new RegExp(…, flags)` (the `u` flag is ES2015: EdgeHTML 18 has it, IE11 not).
 */
function unrunnable(source: string, program: acorn.Node, allowedFlags = 'gim'): string[] {
  const found: string[] = [];
  const badFlags = new RegExp(`[^${allowedFlags}]`);
  const at = (node: acorn.Node) => source.slice(node.start, Math.min(node.end, node.start + 120));
  const isGlobal = (node: unknown, name: string, bound: ReadonlySet<string>) => isIdentifier(node, name) && !bound.has(name);
  for (const [node, bound] of walk(program)) {
    if (node.type === 'NewExpression' && isGlobal(node.callee, 'Proxy', bound)) found.push(`new Proxy: ${at(node)}`);
    if (node.type === 'CallExpression' && isGlobal(node.callee, 'BigInt', bound)) found.push(`BigInt(): ${at(node)}`);
    if (node.type === 'Literal' && node.regex) {
      const { pattern, flags } = node.regex as { pattern: string; flags: string };
      if (/[^gim]/.test(flags) || MODERN_REGEX.test(pattern)) found.push(`regex literal: ${at(node)}`);
    }
    if ((node.type === 'NewExpression' || node.type === 'CallExpression') && isGlobal(node.callee, 'RegExp', bound)) {
      const [pattern, flags] = node.arguments as AnyNode[];
      const text = (arg: AnyNode | undefined) => (arg && arg.type === 'Literal' && typeof arg.value === 'string' ? arg.value : '');
      if (badFlags.test(text(flags)) || MODERN_REGEX.test(text(pattern))) found.push(`RegExp(): ${at(node)}`);
    }
  }
  return found;
}

const chromiumPath = findSystemProgram('chromium', 'chromium', 'legacy bundle in Chromium without ES2017+ built-ins');

/**
 * What IE11 lacks beyond what EdgeHTML 18 lacks (run before the common removals, while Symbol is
 * still there): ES2015+ statics and methods (typed arrays' included: IE11 has only set and
 * subarray), Map/Set/WeakMap (IE11's cannot take an iterable and its set() does not chain, so
 * core-js replaces them there anyway), fetch, the URL constructor (IE11's URL only makes object
 * URLs), window.crypto (IE11 calls it msCrypto), NodeList.forEach, folder picking (webkitdirectory);
 * and document.documentMode, by which taskpane.html knows IE11.
 */
const IE11_ONLY = `(() => {
  const strip = (target, names) => { for (const name of names) delete target[name]; };
  strip(Array, ['from', 'of']);
  strip(Array.prototype, ['find', 'findIndex', 'fill', 'copyWithin', 'entries', 'keys', 'values']);
  strip(Object, ['assign', 'is', 'getOwnPropertyDescriptors']);
  strip(String, ['fromCodePoint', 'raw']);
  strip(String.prototype, ['startsWith', 'endsWith', 'includes', 'repeat', 'codePointAt']);
  strip(Number, ['isInteger', 'isFinite', 'isNaN', 'isSafeInteger', 'parseFloat', 'parseInt', 'EPSILON', 'MAX_SAFE_INTEGER', 'MIN_SAFE_INTEGER']);
  strip(Math, ['trunc', 'sign', 'log2', 'log10', 'log1p', 'expm1', 'cbrt', 'hypot', 'imul', 'clz32', 'fround', 'cosh', 'sinh', 'tanh', 'acosh', 'asinh', 'atanh']);
  const TypedArray = Object.getPrototypeOf(Uint8Array);
  strip(TypedArray, ['from', 'of']);
  strip(TypedArray.prototype, ['slice', 'fill', 'indexOf', 'lastIndexOf', 'includes', 'join', 'map', 'filter', 'forEach', 'every', 'some', 'find', 'findIndex', 'findLast', 'findLastIndex', 'reduce', 'reduceRight', 'reverse', 'sort', 'copyWithin', 'entries', 'keys', 'values', 'at', 'toReversed', 'toSorted', 'with', Symbol.iterator]);
  strip(window, ['Map', 'Set', 'WeakMap', 'WeakSet', 'fetch', 'TextEncoder']);
  const objectUrls = { createObjectURL: URL.createObjectURL.bind(URL), revokeObjectURL: URL.revokeObjectURL.bind(URL) };
  Object.defineProperty(window, 'URL', { value: objectUrls, configurable: true, writable: true });
  const crypto = window.crypto;
  Object.defineProperty(window, 'crypto', { value: undefined, configurable: true, writable: true });
  window.msCrypto = crypto;
  strip(NodeList.prototype, ['forEach', 'entries', 'keys', 'values', Symbol.iterator]);
  strip(Element.prototype, ['closest', 'matches', 'getAttributeNames', 'before', 'after', 'replaceWith']);
  strip(HTMLInputElement.prototype, ['webkitdirectory', 'webkitEntries']);
  Object.defineProperty(document, 'documentMode', { value: 11, configurable: true });
})();`;

describe('add-in bundles for the IE11 and EdgeHTML 18 webviews', () => {
  const bundles = new Map<string, string>();

  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    await build();
    for (const name of SHIPPED) bundles.set(name, readFileSync(join(out, name), 'utf8'));
  }, 600_000);

  it('every shipped bundle parses as ES5', () => {
    const failures: string[] = [];
    for (const [name, source] of bundles) {
      try {
        acorn.parse(source, { ecmaVersion: 5, sourceType: 'script' });
      } catch (error) {
        const pos = (error as { pos?: number }).pos ?? 0;
        failures.push(`${name}: ${(error as Error).message} near ${JSON.stringify(source.slice(Math.max(0, pos - 80), pos + 40))}`);
      }
    }
    expect(failures).toEqual([]);
    // Not vacuous: each bundle is real code (exceljs alone is about a megabyte).
    expect(bundles.get('exceljs.min.js')!.length).toBeGreaterThan(500_000);
    expect(bundles.get('taskpane.js')!.length).toBeGreaterThan(100_000);
    // The whole merge, its checks and the summary workbook's writer (exceljs from its sources).
    expect(bundles.get('summary-pane-legacy.js')!.length).toBeGreaterThan(1_000_000);
  });

  it("the ES5 parse rejects exceljs's own ES2018 build, which the add-in used to ship as is", () => {
    const original = readFileSync(join(process.cwd(), 'node_modules/exceljs/dist/exceljs.min.js'), 'utf8');
    expect(() => acorn.parse(original, { ecmaVersion: 5, sourceType: 'script' })).toThrow();
  });

  it('no bundle calls Proxy or BigInt or carries regex syntax those engines cannot parse', () => {
    const found: string[] = [];
    for (const [name, source] of bundles) {
      const program = acorn.parse(source, { ecmaVersion: 5, sourceType: 'script' });
      // The check page's XML readers (exceljs, saxes) use xmlchars, which builds `u`-flag RegExps from
      // strings when it loads: EdgeHTML 18 runs them, IE11 cannot, so the check page is for EdgeHTML 18
      // and newer browsers (INSTALL.md says so). The pane and the ribbon's file must be IE11-clean.
      const checkPage = name === 'exceljs.min.js' || name === 'check.js';
      for (const problem of unrunnable(source, program, checkPage ? 'gimu' : 'gim')) found.push(`${name}: ${problem}`);
    }
    // The one known exception: zod builds its emoji pattern (\p{…}, flag u) only when a schema
    // calls .emoji(), which this project never does; nothing else may appear.
    expect(found.filter((f) => !f.includes('Extended_Pictographic'))).toEqual([]);
    // At most that one pattern in each bundle that carries zod.
    const bundlesWithIt = found.map((f) => f.split(':')[0]);
    expect(new Set(bundlesWithIt).size).toBe(bundlesWithIt.length);
  });

  it('finds a global BigInt call, a Proxy and a named group, not a bound BigInt', () => {
    const source =
      'var a = BigInt("1"); var p = new Proxy({}, {}); var r = new RegExp("(?<y>\\\\d+)");' +
      'var s = new RegExp("x", "u"); (function () { var BigInt = Number; return BigInt(2); })();';
    const program = acorn.parse(source, { ecmaVersion: 5 });
    expect(unrunnable(source, program).map((f) => f.split(':')[0])).toEqual(['BigInt()', 'new Proxy', 'RegExp()', 'RegExp()']);
    expect(unrunnable(source, program, 'gimu')).toHaveLength(3);
  });

  it('the stylesheet gives IE11 a plain value before every custom-property value', () => {
    const css = readFileSync(join(out, 'review-panel.css'), 'utf8');
    const missing: string[] = [];
    let withVar = 0;
    for (const [, body] of css.matchAll(/\{([^{}]*)\}/g)) {
      const declarations = body.split(';').map((d) => d.trim()).filter(Boolean);
      declarations.forEach((declaration, i) => {
        if (!declaration.includes('var(')) return;
        withVar++;
        const property = declaration.split(':')[0].trim();
        const before = declarations[i - 1] ?? '';
        if (!(before.startsWith(`${property}:`) && !before.includes('var('))) missing.push(declaration);
      });
    }
    expect(missing).toEqual([]);
    expect(withVar).toBeGreaterThan(5);
    expect(css).toMatch(/\.issue-hard \{ border-left-color: #c00000; border-left-color: var\(--hard\)/);
  });

  (chromiumPath ? describe : describe.skip)('in Chromium with what IE11 and EdgeHTML 18 lack removed', () => {
    let server: Awaited<ReturnType<typeof serveStatic>>;
    let browser: Browser;
    let profile: string;
    const flawedPath = join(work, 'flawed.xlsx');

    beforeAll(async () => {
      const flawed = filledWorkbook(flawedFill());
      // An emptied rate, so 填入计算值 has something to fill (as in tests/e2e).
      flawed.getWorksheet(standardSpec.sheetName)!.getCell(cellOf('B03')).value = null;
      await flawed.xlsx.writeFile(flawedPath);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(flawedPath);
      const grid = gridFromExcelJSWorksheet(wb.getWorksheet(standardSpec.sheetName)!);
      const cells = Array.from({ length: grid.rowCount }, (_, r) => Array.from({ length: grid.colCount }, (_, c) => grid.cell(r + 1, c + 1)));
      writeFileSync(join(out, 'grid.json'), JSON.stringify(cells));
      writeFileSync(
        join(out, 'probe.html'),
        '<!doctype html><html><body><script>document.documentElement.setAttribute("data-probe", ' +
          '[typeof window.BigInt, typeof window.Proxy, typeof "".normalize, typeof document.body.append, typeof Object.fromEntries, typeof Blob.prototype.arrayBuffer].join());</script></body></html>',
      );
      writeFileSync(
        join(out, 'probe-ie11.html'),
        '<!doctype html><html><body><script>document.documentElement.setAttribute("data-probe", [typeof window.Map, typeof window.Set, typeof Array.from, ' +
          'typeof Array.prototype.find, typeof Object.assign, typeof "".startsWith, typeof Uint8Array.prototype.slice, typeof Uint8Array.from, ' +
          'typeof window.crypto, typeof window.fetch, "webkitdirectory" in document.createElement("input"), typeof URL, document.documentMode].join());</script></body></html>',
      );
      server = await serveStatic(out);
      profile = mkdtempSync(join(tmpdir(), 'union-stats-legacy-'));
      browser = await launchChromium(chromiumPath!);
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    });

    /**
     * A page where, before any script runs, the built-ins missing from IE11 / EdgeHTML 18 are gone;
     * with `ie11`, also the ES2015+ built-ins and DOM methods IE11 alone lacks, and documentMode set.
     */
    async function legacyPage(options: { ie11?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
      const page = await browser.newPage({ locale: 'zh-CN' });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      if (options.ie11) await page.addInitScript(IE11_ONLY);
      await page.addInitScript(() => {
        const w = window as unknown as Record<string, unknown>;
        // IE11 has none of these either (it has Map, Set and WeakMap, but not Symbol or Promise).
        const missing = ['BigInt', 'Proxy', 'Reflect', 'Symbol', 'Promise', 'URLSearchParams', 'TextDecoder', 'WeakRef', 'FinalizationRegistry', 'structuredClone', 'queueMicrotask', 'globalThis'];
        for (const name of missing) delete w[name];
        const strip = (proto: object, names: string[]) => {
          for (const name of names) delete (proto as Record<string, unknown>)[name];
        };
        strip(String.prototype, ['normalize', 'replaceAll', 'padStart', 'padEnd', 'at', 'trimStart', 'trimEnd', 'matchAll']);
        strip(Array.prototype, ['flat', 'flatMap', 'at', 'findLast', 'findLastIndex', 'includes']);
        strip(Object, ['fromEntries', 'entries', 'values', 'hasOwn']);
        strip(Element.prototype, ['append', 'prepend', 'replaceChildren', 'remove', 'toggleAttribute']);
        strip(DocumentFragment.prototype, ['append', 'prepend', 'replaceChildren']);
        strip(Document.prototype, ['append', 'prepend', 'replaceChildren']);
        strip(CharacterData.prototype, ['remove']);
        strip(Blob.prototype, ['arrayBuffer', 'text']);
      });
      return { page, errors };
    }

    it('the environment really lacks them (the probe is not a no-op)', async () => {
      const { page } = await legacyPage();
      // A page with no bundle of ours, so nothing has been patched back in.
      await page.goto(`${server.url}probe.html`);
      expect(await page.locator('html').getAttribute('data-probe')).toBe('undefined,undefined,undefined,undefined,undefined,undefined');
      await page.close();
      // And what IE11 alone lacks, on top.
      const { page: ie11 } = await legacyPage({ ie11: true });
      await ie11.goto(`${server.url}probe-ie11.html`);
      expect(await ie11.locator('html').getAttribute('data-probe')).toBe(
        'undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,false,object,11',
      );
      await ie11.close();
    });

    it('check.html reads a flawed workbook and lists its issues', async () => {
      const { page, errors } = await legacyPage();
      await page.goto(`${server.url}check.html`);
      await page.setInputFiles('#file', flawedPath);
      await page.waitForSelector('button.issue');
      // Only locator reads here (Playwright's isolated world): main-world evaluation needs the Symbol removed above.
      const buttons = page.locator('button.issue');
      const cells: (string | null)[] = [];
      for (let i = 0; i < (await buttons.count()); i++) cells.push(await buttons.nth(i).getAttribute('data-cell'));
      cells.sort();
      // 建会率 over 100 follows from A02 > A01: listed under that issue, and its cell still marked.
      expect(cells).toEqual([cellOf('A02'), cellOf('A05'), cellOf('A06'), cellOf('C01')].sort());
      expect(await page.locator(`button.issue[data-cell="${cellOf('A02')}"] .issue-consequence`).getAttribute('data-cell')).toBe(cellOf('A03'));
      expect(await page.locator('td.mark-hard').count()).toBe(3);
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);

    it('the formula language and the spec workbook reader run there (chevrotain, built to ES5)', async () => {
      const { page, errors } = await legacyPage();
      await page.goto(`${server.url}formula-probe.html`);
      await page.waitForSelector('html[data-book], html[data-failed]');
      const html = page.locator('html');
      expect(await html.getAttribute('data-failed')).toBeNull();
      expect(await html.getAttribute('data-formula')).toBe('A02（120） × 2 ≤ sum(A01:A02)（220） + 上年(A02)（50） * 10%不成立（本年栏）。');
      expect(await html.getAttribute('data-error')).toBe('formula.missing-paren@12');
      expect(await html.getAttribute('data-book')).toBe(`${standardSpec.indicators.length}/${standardSpec.rules.length}`);
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);

    it('the task pane UI checks, lists and fills over a fake workbook', async () => {
      const { page, errors } = await legacyPage();
      await page.goto(`${server.url}harness.html`);
      await page.waitForSelector('body[data-ready="true"]');
      await page.click('button[data-action="check"]');
      await page.waitForSelector('button.issue');
      expect(await page.locator('button.issue').count()).toBe(4);
      await page.click('button[data-action="fill"]');
      await page.waitForSelector('.status:has-text("已填入")');
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);

    it('taskpane.html starts (outside Office it points to the check page) without the fallback note', async () => {
      const { page, errors } = await legacyPage();
      await page.goto(`${server.url}taskpane.html`);
      await page.waitForSelector('#loading', { state: 'detached' });
      expect(await page.locator('#old-webview').isHidden()).toBe(true);
      expect(await page.locator('#app').textContent()).toContain('check.html');
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);

    it('the TextDecoder stand-in decodes UTF-8 and UTF-16 as the real one does', async () => {
      const page = await browser.newPage();
      await page.addInitScript(() => delete (window as unknown as Record<string, unknown>).TextDecoder);
      await page.goto(`${server.url}taskpane.html`);
      await page.waitForSelector('#loading', { state: 'detached' });
      // Valid and broken UTF-8 (overlong, surrogate, truncated, stray continuation), BOMs, odd UTF-16.
      const samples: number[][] = [
        [...Buffer.from('\ufeff工会统计 <c r="A1"/> 😀 é', 'utf8')],
        [0xc0, 0xaf, 0x41, 0xed, 0xa0, 0x80, 0x42, 0xe4, 0xb8, 0x43, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xf0, 0x9f, 0x98],
        [0xff, 0xfe, 0x41, 0x00, 0xe5, 0x5d, 0x3d, 0xd8, 0x00, 0xde],
        [0xfe, 0xff, 0x00, 0x41, 0x5d, 0xe5, 0x00],
      ];
      let seed = 7;
      for (let n = 0; n < 40; n++) {
        const bytes: number[] = [];
        for (let i = 0; i < 30; i++) bytes.push((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24);
        samples.push(bytes);
      }
      const decodeAll = (TD: typeof TextDecoder, list: number[][]) =>
        list.flatMap((bytes) => {
          const data = new Uint8Array(bytes);
          let fatal: string;
          try {
            fatal = new TD('utf-8', { fatal: true }).decode(data);
          } catch (error) {
            fatal = (error as Error).name === 'TypeError' ? 'TypeError' : 'other';
          }
          return [new TD('utf-8').decode(data), fatal, new TD('utf-16le').decode(data.subarray(0, data.length & ~1)), new TD('utf-16be').decode(data.subarray(0, data.length & ~1))];
        });
      const shim = await page.evaluate(
        ({ list, source }) => {
          const run = new Function('TD', 'list', `return (${source})(TD, list);`) as (td: unknown, l: number[][]) => string[];
          return run((window as unknown as { TextDecoder: unknown }).TextDecoder, list);
        },
        { list: samples, source: decodeAll.toString() },
      );
      // Unpaired surrogates aside (the stand-in keeps them), the same strings as Node's decoder.
      const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
      const expected = decodeAll(TextDecoder, samples);
      expect(shim.map((s) => s.replace(lone, '\ufffd'))).toEqual(expected);
      expect(await page.evaluate(() => String(window.TextDecoder).includes('[native code]'))).toBe(false);
      await page.close();
    }, 60_000);

    it('taskpane.html shows the fallback note when its bundle fails to start', async () => {
      const page = await browser.newPage();
      // A bundle that dies on load, as an engine the build does not cover would make it.
      await page.route('**/taskpane.js', (route) => route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("no");' }));
      await page.goto(`${server.url}taskpane.html`);
      await page.waitForSelector('#old-webview:not([hidden])');
      expect(await page.locator('#app').isHidden()).toBe(true);
      await page.close();
    }, 60_000);

    /** taskpane.html in Excel: office.js answered by the stand-in Office, and the URLs the page asked for. */
    async function paneInExcel(page: Page): Promise<string[]> {
      const asked: string[] = [];
      page.on('request', (request) => asked.push(new URL(request.url()).pathname.slice(1)));
      await page.route('**/office-js/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: STAND_IN_OFFICE }));
      await page.goto(`${server.url}taskpane.html`);
      return asked;
    }

    it('taskpane.html in IE11 loads the 汇总 tab built ES5, which merges the sample files (picked as files) and hands Excel the CLI’s 汇总表.xlsx', async () => {
      // IE11 picks files, not folders: this year's files, the Office lock file included, side by side in one folder,
      // which the CLI is given too (so both name the files alike).
      const flat = join(work, 'submissions-2025');
      mkdirSync(flat, { recursive: true });
      const copyFlat = (dir: string): void => {
        for (const name of readdirSync(dir)) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) copyFlat(path);
          else copyFileSync(path, join(flat, name));
        }
      };
      copyFlat(join(samples, '2025'));
      const roster = join(work, '名册.xlsx');
      await rosterWorkbook(join(process.cwd(), 'samples/roster.csv'), roster);
      const cliOut = join(work, 'cli-2025');
      runCli(buildCli(process.cwd(), 'legacy-bundle'), ['merge', '--roster', roster, '--in', flat, '--prior', join(samples, '2024'), '--out', cliOut]);

      const { page, errors } = await legacyPage({ ie11: true });
      const asked = await paneInExcel(page);
      await page.getByRole('tab', { name: '汇总' }).click();
      expect(asked).toContain('summary-pane-legacy.js');
      expect(asked).not.toContain('summary-pane.js');
      // No folder pickers where the engine has no webkitdirectory: the two folder fields are hidden.
      expect(await page.locator('label.summary-field[hidden]').count()).toBe(2);
      const files = readdirSync(flat).map((name) => join(flat, name));
      expect(files.some((file) => file.includes('~$'))).toBe(true);
      const lastYear = readdirSync(join(samples, '2024')).filter((name) => name.endsWith('.xlsx')).map((name) => join(samples, '2024', name));
      await mergeInPane(page, { files, roster, lastYear });
      const xlsx = await writtenWorkbook(page);
      expect(partsExceptCoreProperties(xlsx)).toEqual(partsExceptCoreProperties(new Uint8Array(readFileSync(join(cliOut, OUTPUT_FILES.xlsx)))));
      expect(await page.locator('#no-summary-tab').isHidden()).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    }, 600_000);

    it('taskpane.html says where to merge when the 汇总 tab’s bundle fails to start or to load, and only then', async () => {
      // The IE11 build dying on load, as an engine the build does not cover would make it.
      const { page: broken } = await legacyPage({ ie11: true });
      await broken.route('**/summary-pane-legacy.js', (route) => route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("no");' }));
      await paneInExcel(broken);
      await broken.waitForSelector('#no-summary-tab:not([hidden])');
      expect(await broken.locator('#old-webview').isHidden()).toBe(true);
      await broken.close();
      // Elsewhere the page asks for summary-pane.js, which this build (the add-in's alone) lacks: a failed load.
      const page = await browser.newPage();
      const asked = await paneInExcel(page);
      await page.waitForSelector('#no-summary-tab:not([hidden])');
      expect(asked).toContain('summary-pane.js');
      expect(asked).not.toContain('summary-pane-legacy.js');
      await page.close();
    }, 60_000);
  });
});
