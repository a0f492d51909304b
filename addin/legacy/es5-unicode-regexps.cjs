// Webpack loader for xmlchars (the character tables of saxes, the xlsx reader's fallback XML parser): its modules
// build RegExps with the `u` flag when they load, a SyntaxError in IE11 that would stop the whole bundle before
// anything ran. Each becomes the pattern regexpu-core (Babel's own rewriter for `u` literals) gives engines
// without `u`: astral characters as surrogate pairs, so the same strings match. A `u` RegExp this loader does
// not recognise fails the build rather than reaching IE11.
const rewritePattern = require('regexpu-core');

/** `exports.NAME = new RegExp(…, "u");`, as xmlchars's compiled modules write every one of them. */
const UNICODE_REGEXP = /^(exports\.(\w+)) = new RegExp\(.*, "u"\);$/gm;

/** The ES5 form of a `u`-flag RegExp's source (flags other than `u` kept). */
function es5Pattern(regexp) {
  return rewritePattern(regexp.source, regexp.flags, { unicodeFlag: 'transform' });
}

function es5UnicodeRegExps(source) {
  // The module's own values, as Node builds them: xmlchars's modules require nothing.
  const values = require(this.resourcePath);
  const out = source.replace(UNICODE_REGEXP, (line, target, name) => {
    const regexp = values[name];
    if (!(regexp instanceof RegExp) || !regexp.flags.includes('u')) throw new Error(`${this.resourcePath}: ${name} is not a u-flag RegExp`);
    const flags = regexp.flags.replace('u', '');
    return `${target} = new RegExp(${JSON.stringify(es5Pattern(regexp))}${flags ? `, ${JSON.stringify(flags)}` : ''});`;
  });
  if (/RegExp\([^;]*["'][gimsy]*u[gimsy]*["']\s*\)/.test(out)) throw new Error(`${this.resourcePath}: a u-flag RegExp this loader does not rewrite`);
  return out;
}

module.exports = es5UnicodeRegExps;
module.exports.es5Pattern = es5Pattern;
