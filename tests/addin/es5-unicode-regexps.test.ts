/**
 * The loader that rewrites xmlchars's `u`-flag RegExps for IE11 (addin/legacy/es5-unicode-regexps.cjs):
 * the rewritten modules build no `u` RegExp, and every rewritten RegExp matches exactly the strings
 * the original matches, astral characters (surrogate pairs) included.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(process.cwd(), 'package.json'));
const loader = require('./addin/legacy/es5-unicode-regexps.cjs') as (this: { resourcePath: string }, source: string) => string;

/** The modules saxes loads. */
const MODULES = ['xmlchars/xml/1.0/ed5', 'xmlchars/xml/1.1/ed2', 'xmlchars/xmlns/1.0/ed3'];

/** A module's source through the loader, evaluated as CommonJS. */
function rewritten(path: string): { source: string; exports: Record<string, unknown> } {
  const source = loader.call({ resourcePath: path }, readFileSync(path, 'utf8'));
  const exports: Record<string, unknown> = {};
  new Function('exports', source)(exports);
  return { source, exports };
}

/** Every BMP code point but lone surrogates, and astral ones across all planes (every 97th, and the ends of the ranges XML names). */
function samples(): string[] {
  const out: string[] = [];
  for (let cp = 0; cp <= 0xffff; cp++) if (cp < 0xd800 || cp > 0xdfff) out.push(String.fromCodePoint(cp));
  for (let cp = 0x10000; cp <= 0x10ffff; cp += 97) out.push(String.fromCodePoint(cp));
  for (const cp of [0x10000, 0xeffff, 0xf0000, 0x10ffff]) out.push(String.fromCodePoint(cp));
  return out;
}

describe('es5-unicode-regexps loader', () => {
  const chars = samples();
  // Names and runs: a start character, then name characters; astral ones in the middle and at the ends.
  const strings = [...chars, 'a𐀀b', '𐀀x', '_-.9', '9a', 'x:y', 'ab cd', ' \t\r\n', ' \u00a0', '', 'ns:tag', '\ud800', '\udc00', '\ud800x'];

  it.each(MODULES)('%s: no u flag left, and the same strings match', (name) => {
    const path = require.resolve(name);
    const original = require(name) as Record<string, unknown>;
    const { source, exports } = rewritten(path);
    expect(source).not.toMatch(/"u"\)/);
    const regexps = Object.keys(original).filter((key) => original[key] instanceof RegExp);
    expect(regexps.length).toBeGreaterThanOrEqual(3);
    for (const key of regexps) {
      const before = original[key] as RegExp;
      const after = exports[key] as RegExp;
      expect([key, before.flags]).toEqual([key, 'u']);
      expect([key, after.flags]).toEqual([key, '']);
      const differ = strings.filter((s) => before.test(s) !== after.test(s));
      expect([key, differ]).toEqual([key, []]);
    }
    // Not vacuous: astral characters are among the matches (XML names allow U+10000–U+EFFFF).
    const nameStart = (exports.NAME_START_CHAR_RE ?? exports.NC_NAME_START_CHAR_RE) as RegExp;
    expect(nameStart.test('𐀀')).toBe(true);
    expect(nameStart.test('\ud800')).toBe(false);
  });

  it('refuses a u-flag RegExp it does not know how to rewrite', () => {
    const path = require.resolve('xmlchars/xml/1.0/ed5');
    expect(() => loader.call({ resourcePath: path }, 'var x = new RegExp("[\\\\u{10000}]", "u");')).toThrow(/does not rewrite/);
  });
});
