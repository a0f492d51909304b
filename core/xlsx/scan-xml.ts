import { CONTENT_TYPES_NAMESPACE, RELATIONSHIPS_NAMESPACE, SPREADSHEETML, SPREADSHEETML_STRICT } from './namespaces.js';
import type { XmlAttributes, XmlHandlers } from './parse-xml.js';

/**
 * Thrown by scanXml at the first construct it does not take (see there). It
 * never leaves the reader: withXmlFallback runs the part again with saxes,
 * which then decides, so a part is read, or refused with saxes' words, exactly
 * as before.
 */
export class XmlFallback extends Error {
  constructor() {
    super('XML outside the fast scanner subset');
    this.name = 'XmlFallback';
  }
}

// One instance: it carries no data, and a throw per fallback should not allocate a stack trace each time.
const FALLBACK = new XmlFallback();
const fallback = (): never => {
  throw FALLBACK;
};

/** ASCII name characters: 1 may start a name (A–Z a–z _ :), 2 may follow (also 0–9 - .). Other names fall back. */
const NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_:]/.test(ch)) NAME[c] = 1;
  else if (/[0-9.-]/.test(ch)) NAME[c] = 2;
}

const XML_DECLARATION =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>$/;

const CARRIAGE_RETURNS = /\r\n?/g;

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A tail longer than this without a `<` is scanned as far as it safely can, so a long run is never held whole. */
const LONG_TAIL = 1 << 20;
/** How much of a text run is left for the next chunk: a reference (`&#x10FFFF;`), a CR LF or `]]` may straddle the cut. */
const TEXT_MARGIN = 16;

/**
 * A fast, strict scanner for the XML that spreadsheet producers write:
 * elements with ASCII names, quoted attributes, text with the predefined and
 * numeric character references, comments, an XML 1.0 declaration. It emits
 * the events saxes would emit for the same part (same names, attribute
 * values, text), and throws XmlFallback at anything else — CDATA, processing
 * instructions, DOCTYPE, non-ASCII names, and everything saxes rejects
 * (unbalanced tags, duplicate attributes, bad characters or references, `]]>`
 * in text, text outside the root, `--` in a comment) — so it never accepts a
 * part saxes would refuse. Handler exceptions pass through unchanged.
 *
 * It takes the text in chunks (`write`, then `close`), holding only the
 * unfinished tail of the last chunk: a comment or a run of text is passed
 * over as it streams, so a part of any size is scanned in bounded memory.
 * Text may be reported in several pieces where a long run was cut.
 */
export class XmlScanner {
  private readonly stack: string[] = [];
  // Namespace bindings in scope (prefix, uri, prefix, uri …; '' is the default namespace) and, per open element,
  // how many there were before it, so that its close drops the ones it declared.
  private readonly bindings: string[] = [];
  private readonly boundBefore: number[] = [];
  private rootSeen = false;
  private started = false;
  private begun = false;
  private inComment = false;
  private pending = '';

  constructor(private readonly handlers: XmlHandlers) {}

  /** Scans what `chunk` completes; the unfinished tail waits for the next chunk. */
  write(chunk: string): void {
    const xml = this.pending === '' ? chunk : this.pending + chunk;
    bindingsChanged();
    const at = this.run(xml, false);
    this.pending = at === 0 ? xml : at >= xml.length ? '' : xml.slice(at);
  }

  /** Scans the rest: the document must be complete here. */
  close(): void {
    const xml = this.pending;
    this.pending = '';
    bindingsChanged();
    this.run(xml, true);
    releaseLongName();
    if (this.inComment || this.stack.length !== 0 || !this.rootSeen) fallback();
  }

  /** Scans xml from its start; returns how far it got (everything, when `final`). */
  private run(xml: string, final: boolean): number {
    const n = xml.length;
    let i = 0;
    if (!this.started) {
      // The declaration is read whole: wait for it (a few dozen characters) unless this is all there is.
      if (!final && n < 4096 && xml.indexOf('?>') < 0) return 0;
      this.started = true;
      releaseLongName();
      if (xml.startsWith('<?xml')) {
        const end = xml.indexOf('?>');
        if (end < 0 || !XML_DECLARATION.test(xml.slice(0, end + 2))) fallback();
        i = end + 2;
      }
    }
    // Every token before the last `<` is complete (a `<` cannot stand inside a tag or text; comments are found whole).
    let cut = final ? n : xml.lastIndexOf('<');
    for (;;) {
      if (this.inComment) {
        if (!skipComment(xml, i, n)) {
          if (final) fallback();
          return cursor;
        }
        this.inComment = false;
        i = cursor;
        if (i > cut) cut = i;
        continue;
      }
      if (i >= cut) break;
      i = this.step(xml, i, cut);
    }
    this.begun = true;
    if (final) return n;
    // A long tail (one tag, then text or a comment, without a `<` after it): scanned as far as is safe.
    while (n - i > LONG_TAIL) {
      const before = i;
      if (this.inComment) {
        if (!skipComment(xml, i, n)) return cursor;
        this.inComment = false;
        i = cursor;
      } else if (xml.charCodeAt(i) === 60) {
        if (xml.startsWith('<!--', i)) {
          this.inComment = true;
          i += 4;
        } else {
          const close = xml.indexOf('>', i);
          if (close < 0) return fallback();
          // The tag alone: its text bound is where it ends.
          i = this.step(xml, i, close + 1);
        }
      } else {
        let safe = n - TEXT_MARGIN;
        // `]]` left for the next chunk, where `]]>` is then seen whole.
        for (let k = 0; k < 2 && xml.charCodeAt(safe - 1) === 93; k++) safe--;
        i = this.step(xml, i, safe);
      }
      if (i === before) break;
    }
    return i;
  }

  /**
   * Tokens from `i` while they start before `end`: runs of text up to the next
   * `<` (or `end`) and pieces of markup; stops after a comment's `<!--`.
   * Returns where it stopped.
   */
  private step(xml: string, i: number, end: number): number {
    const { stack, bindings, boundBefore } = this;
    const onOpen = this.handlers.open;
    const onClose = this.handlers.close;
    const onText = this.handlers.text;
    const wantsText = this.handlers.wantsText;
    while (i < end) {
      if (xml.charCodeAt(i) !== 60) {
        if (stack.length === 0) {
          // Outside the root only whitespace may stand; saxes reports it as text too (except before anything at all).
          let k = i;
          for (; k < end; k++) {
            const c = xml.charCodeAt(k);
            if (c === 60) break;
            if (c !== 32 && c !== 10 && c !== 9 && c !== 13) fallback();
          }
          if (k > i && (i > 0 || this.begun) && onText !== undefined && (wantsText === undefined || wantsText())) onText(xml.slice(i, k).replace(CARRIAGE_RETURNS, '\n'));
          i = k;
          continue;
        }
        // Text no handler wants (whitespace between elements, values outside a capture) is checked, never built:
        // a run of millions of line ends would otherwise become a rope of millions of pieces.
        const keep = onText !== undefined && (wantsText === undefined || wantsText());
        const text = readText(xml, i, end, keep);
        if (keep && text !== '') (onText as (text: string) => void)(text);
        i = cursor;
        continue;
      }
      i++;
      const first = xml.charCodeAt(i);
      if (first === 47) {
        // </name S? >
        const start = ++i;
        i = skipName(xml, i);
        const slot = internName(xml, start, i);
        i = skipSpace(xml, i);
        if (xml.charCodeAt(i) !== 62 || stack.length === 0 || stack.pop() !== NAMES[slot]) fallback();
        const closedUri = onClose === undefined ? '' : namespaceOf(bindings, PREFIXES[slot] as string);
        const bound = boundBefore.pop() as number;
        if (bound !== bindings.length) {
          bindings.length = bound;
          bindingsChanged();
        }
        i++;
        if (onClose !== undefined) onClose(LOCAL_NAMES[slot] as string, closedUri);
        continue;
      }
      if (first === 33) {
        // A comment is passed over (its text is nobody's); CDATA and declarations are left to saxes.
        if (!xml.startsWith('!--', i)) fallback();
        this.inComment = true;
        return i + 3;
      }
      // <?…?> is left to saxes: `?` cannot start a name.
      const start = i;
      i = skipName(xml, i);
      const slot = internName(xml, start, i);
      const local = LOCAL_NAMES[slot] as string;
      // Read now: interning the attribute names below may reuse the slot.
      const name = NAMES[slot] as string;
      const prefix = PREFIXES[slot] as string;
      if (stack.length === 0 && this.rootSeen) fallback();
      this.rootSeen = true;
      const attributes: string[] = [];
      const before = bindings.length;
      let prefixedAttributes = false;
      let selfClosing = false;
      for (;;) {
        let c = xml.charCodeAt(i);
        if (c === 62) {
          i++;
          break;
        }
        if (c === 47) {
          if (xml.charCodeAt(i + 1) !== 62) fallback();
          selfClosing = true;
          i += 2;
          break;
        }
        if (c !== 32 && c !== 10 && c !== 9 && c !== 13) fallback();
        i = skipSpace(xml, i);
        c = xml.charCodeAt(i);
        if (c === 62 || c === 47) continue;
        // An attribute: name S? = S? "value"; it must be followed by space, `>` or `/>`.
        const nameStart = i;
        i = skipName(xml, i);
        const attributeSlot = internName(xml, nameStart, i);
        const attributeName = NAMES[attributeSlot] as string;
        i = skipSpace(xml, i);
        if (xml.charCodeAt(i) !== 61) fallback();
        i = skipSpace(xml, i + 1);
        const quote = xml.charCodeAt(i);
        if (quote !== 34 && quote !== 39) fallback();
        // A duplicate is an error saxes reports; past a few dozen attributes the pairwise check is left to saxes too.
        if (attributes.length >= 64) fallback();
        for (let k = 0; k < attributes.length; k += 2) if (attributes[k] === attributeName) fallback();
        const attributeValue = readAttributeValue(xml, i + 1, xml.length, quote);
        attributes.push(attributeName, attributeValue);
        if (attributeName.charCodeAt(0) === 120 && attributeName.startsWith('xmlns')) {
          // A URI with surrounding whitespace is read by saxes its own way: left to it, so both agree.
          if (/^\s|\s$/.test(attributeValue)) fallback();
          // xmlns="…" binds the default namespace, xmlns:p="…" a prefix; anything odd (xmlns:p="", binding xml or
          // xmlns, xmlnsfoo) is left to saxes, which knows the rules of Namespaces in XML.
          if (attributeName.length === 5) bindings.push('', knownUri(attributeValue));
          else if (attributeName.charCodeAt(5) === 58 && attributeValue !== '' && !/^xml/i.test(attributeName.slice(6))) bindings.push(attributeName.slice(6), knownUri(attributeValue));
          else fallback();
          bindingsChanged();
        } else if (PREFIXES[attributeSlot] !== '') {
          prefixedAttributes = true;
        }
        i = cursor + 1;
        c = xml.charCodeAt(i);
        if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 62 && c !== 47) fallback();
      }
      const uri = namespaceOf(bindings, prefix);
      // An attribute with an unbound prefix is an error saxes reports.
      if (prefixedAttributes) for (let k = 0; k < attributes.length; k += 2) checkAttributePrefix(bindings, attributes[k]);
      onOpen(local, attributes as XmlAttributes, selfClosing, uri);
      if (selfClosing) {
        if (bindings.length !== before) {
          bindings.length = before;
          bindingsChanged();
        }
        if (onClose !== undefined) onClose(local, uri);
      } else {
        stack.push(name);
        boundBefore.push(before);
      }
    }
    return i;
  }
}

/** Scans one whole part (see XmlScanner). */
export function scanXml(xml: string, handlers: XmlHandlers): void {
  const scanner = new XmlScanner(handlers);
  scanner.write(xml);
  scanner.close();
}

/**
 * Passes over a comment's text from `k` (after `<!--`): true with cursor after
 * its `-->`; false with cursor where to go on when the text ends first (a
 * trailing `-` or high surrogate is left for the next chunk). `--` not closing
 * the comment, and characters XML forbids, fall back (saxes refuses them).
 */
function skipComment(xml: string, k: number, n: number): boolean {
  for (; k < n; k++) {
    const c = xml.charCodeAt(k);
    if (c === 45) {
      if (k + 2 >= n) break;
      if (xml.charCodeAt(k + 1) === 45) {
        if (xml.charCodeAt(k + 2) !== 62) fallback();
        cursor = k + 3;
        return true;
      }
    } else if ((c >= 0x20 && c < 0xd800) || c === 10 || c === 9 || c === 13) {
      // allowed
    } else {
      if (c >= 0xd800 && c <= 0xdbff && k + 1 >= n) break;
      k = checkOther(xml, k, c);
    }
  }
  cursor = k;
  return false;
}

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** The URIs readers compare against, so that an element's URI is the very same string and the comparison is by identity. */
const KNOWN_URIS = [SPREADSHEETML, SPREADSHEETML_STRICT, RELATIONSHIPS_NAMESPACE, CONTENT_TYPES_NAMESPACE];

function knownUri(uri: string): string {
  for (const known of KNOWN_URIS) if (uri === known) return known;
  return uri;
}

/**
 * The last prefix looked up and its URI, valid while the bindings stay as they
 * were: they change only at elements declaring namespaces (the root, mostly),
 * while every element asks, so most lookups are one comparison.
 */
let cachedPrefix: string | undefined;
let cachedUri = '';

function bindingsChanged(): void {
  cachedPrefix = undefined;
}

/** The URI bound to `prefix` ('' when an unprefixed name is in no namespace); an unbound prefix falls back. */
function namespaceOf(bindings: readonly string[], prefix: string): string {
  if (prefix === cachedPrefix) return cachedUri;
  let uri: string | undefined;
  for (let k = bindings.length - 2; k >= 0 && uri === undefined; k -= 2) if (bindings[k] === prefix) uri = bindings[k + 1];
  if (uri === undefined) {
    if (prefix === '') uri = '';
    else if (prefix === 'xml') uri = XML_NAMESPACE;
    else return fallback();
  }
  cachedPrefix = prefix;
  cachedUri = uri;
  return uri;
}

function checkAttributePrefix(bindings: readonly string[], name: string): void {
  const colon = name.indexOf(':');
  if (colon < 0 || name.startsWith('xmlns')) return;
  namespaceOf(bindings, name.slice(0, colon));
}

/** Where readText and readAttributeValue stopped (module state: no object per call). */
let cursor = 0;

/** The end of an ASCII XML name starting at `i`; falls back when there is none. */
function skipName(xml: string, i: number): number {
  const c = xml.charCodeAt(i);
  if (!(c < 128 && NAME[c] === 1)) fallback();
  let j = i + 1;
  for (;;) {
    const d = xml.charCodeAt(j);
    if (d < 128 && NAME[d] !== 0) j++;
    else break;
  }
  // A non-ASCII name character (legal in XML) is left to saxes.
  if (xml.charCodeAt(j) >= 128) fallback();
  return j;
}

function skipSpace(xml: string, i: number): number {
  for (;;) {
    const c = xml.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) i++;
    else return i;
  }
}

/**
 * Character data from `start` to the next `<` (cursor is left there, or at
 * `end`): checked as saxes checks it (XML 1.0 characters, `]]>`, references)
 * and decoded, in one pass.
 */
function readText(xml: string, start: number, end: number, keep: boolean): string {
  let out = '';
  let from = start;
  let k = start;
  for (; k < end; k++) {
    const c = xml.charCodeAt(k);
    if (c >= 0x20 && c < 0xd800) {
      if (c === 60) break;
      if (c === 38) {
        if (keep) out += xml.slice(from, k);
        // A reference may end past `end` (a chunk's safe cut): the text goes on to its `;`.
        k = readReference(xml, k, xml.length);
        if (keep) out += referenced;
        from = k + 1;
      } else if (c === 62 && k - 2 >= start && xml.charCodeAt(k - 1) === 93 && xml.charCodeAt(k - 2) === 93) {
        fallback();
      }
    } else if (c === 10 || c === 9) {
      // allowed as is
    } else if (c === 13) {
      // End-of-line handling: CR LF and a lone CR are read as LF.
      if (keep) out += `${xml.slice(from, k)}\n`;
      if (xml.charCodeAt(k + 1) === 10) k++;
      from = k + 1;
    } else {
      k = checkOther(xml, k, c);
    }
  }
  cursor = k;
  if (!keep) return '';
  return from === start ? xml.slice(start, k) : out + xml.slice(from, k);
}

/**
 * An attribute value from `start` to the closing `quote` (cursor is left on
 * it): `<` is refused, tab and newlines become spaces (attribute-value
 * normalisation), references are decoded.
 */
function readAttributeValue(xml: string, start: number, end: number, quote: number): string {
  let out = '';
  let from = start;
  let k = start;
  for (; ; k++) {
    if (k >= end) fallback();
    const c = xml.charCodeAt(k);
    if (c === quote) break;
    if (c >= 0x20 && c < 0xd800) {
      if (c === 38) {
        out += xml.slice(from, k);
        k = readReference(xml, k, end);
        out += referenced;
        from = k + 1;
      } else if (c === 60) {
        fallback();
      }
    } else if (c === 10 || c === 9 || c === 13) {
      // CR LF counts once, as in end-of-line handling.
      out += `${xml.slice(from, k)} `;
      if (c === 13 && xml.charCodeAt(k + 1) === 10) k++;
      from = k + 1;
    } else {
      k = checkOther(xml, k, c);
    }
  }
  cursor = k;
  return from === start ? xml.slice(start, k) : out + xml.slice(from, k);
}

/** What readReference decoded (module state, like cursor). */
let referenced = '';

/** The reference starting with `&` at `k`: sets `referenced`, returns the index of its `;`. */
function readReference(xml: string, k: number, end: number): number {
  // `&quot;` (every string in a formula), `&amp;`, `&lt;`, `&gt;` read in place: no slice, no lookup.
  const first = xml.charCodeAt(k + 1);
  if (first === 113 && k + 5 < end && xml.charCodeAt(k + 2) === 117 && xml.charCodeAt(k + 3) === 111 && xml.charCodeAt(k + 4) === 116 && xml.charCodeAt(k + 5) === 59) {
    referenced = '"';
    return k + 5;
  }
  if (first === 97 && k + 4 < end && xml.charCodeAt(k + 2) === 109 && xml.charCodeAt(k + 3) === 112 && xml.charCodeAt(k + 4) === 59) {
    referenced = '&';
    return k + 4;
  }
  if ((first === 108 || first === 103) && k + 3 < end && xml.charCodeAt(k + 2) === 116 && xml.charCodeAt(k + 3) === 59) {
    referenced = first === 108 ? '<' : '>';
    return k + 3;
  }
  let semicolon = k + 1;
  // The longest reference taken is `&#x10FFFF;` or `&#1114111;`; anything longer is left to saxes.
  const limit = Math.min(end, k + 10);
  while (semicolon < limit && xml.charCodeAt(semicolon) !== 59) semicolon++;
  if (semicolon >= limit) fallback();
  referenced = reference(xml.slice(k + 1, semicolon));
  return semicolon;
}

/**
 * Characters outside the plain ranges: a surrogate pair is allowed (returns
 * the index of its second half); a lone surrogate, U+FFFE/U+FFFF or a
 * control character falls back.
 */
function checkOther(xml: string, k: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = xml.charCodeAt(k + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return k + 1;
    return fallback();
  }
  if (c >= 0xe000 && c <= 0xfffd) return k;
  return fallback();
}

/** `amp` → `&`, `#x4E2D` → `中`; anything else (an undefined entity, a character XML 1.0 forbids) falls back. */
function reference(name: string): string {
  const predefined = PREDEFINED[name];
  if (predefined !== undefined && Object.prototype.hasOwnProperty.call(PREDEFINED, name)) return predefined;
  let code = NaN;
  if (/^#x[0-9a-fA-F]{1,6}$/.test(name)) code = parseInt(name.slice(2), 16);
  else if (/^#[0-9]{1,7}$/.test(name)) code = parseInt(name.slice(1), 10);
  const isChar =
    code === 9 ||
    code === 10 ||
    code === 13 ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff);
  return isChar ? String.fromCodePoint(code) : fallback();
}

/**
 * Element and attribute names repeat across a part and across the thousands
 * of files of a merge: a small direct-mapped cache, keyed by length and first
 * and last characters, hands out the same string (and its local name) instead
 * of new slices each time. A slot holds the last name that mapped there, as a
 * copy: a slice could share the whole part's text and keep it alive. Names
 * longer than MAX_INTERNED go through LONG_SLOT, cleared after each part.
 */
const SLOTS = 1024;
const LONG_SLOT = SLOTS;
const MAX_INTERNED = 64;
const NAMES: (string | undefined)[] = new Array(SLOTS + 1).fill(undefined);
const LOCAL_NAMES: (string | undefined)[] = new Array(SLOTS + 1).fill(undefined);
const PREFIXES: (string | undefined)[] = new Array(SLOTS + 1).fill(undefined);

/** The NAMES slot holding xml[start, end) (and LOCAL_NAMES the name without its prefix). */
function internName(xml: string, start: number, end: number): number {
  const length = end - start;
  if (length > MAX_INTERNED) {
    const name = xml.slice(start, end);
    const prefix = prefixOf(name);
    NAMES[LONG_SLOT] = name;
    LOCAL_NAMES[LONG_SLOT] = localName(name);
    PREFIXES[LONG_SLOT] = prefix;
    return LONG_SLOT;
  }
  const slot = (Math.imul(length, 961) + Math.imul(xml.charCodeAt(start), 31) + xml.charCodeAt(end - 1)) & (SLOTS - 1);
  const cached = NAMES[slot];
  if (cached !== undefined && cached.length === length) {
    let k = 0;
    while (k < length && cached.charCodeAt(k) === xml.charCodeAt(start + k)) k++;
    if (k === length) return slot;
  }
  const name = copyOf(xml, start, end);
  const prefix = prefixOf(name);
  NAMES[slot] = name;
  LOCAL_NAMES[slot] = localName(name);
  PREFIXES[slot] = prefix;
  return slot;
}

/** xml[start, end) as a string of its own: V8 makes slices of 13 characters or more views into the whole text. */
function copyOf(xml: string, start: number, end: number): string {
  if (end - start < 13) return xml.slice(start, end);
  const codes: number[] = [];
  for (let k = start; k < end; k++) codes.push(xml.charCodeAt(k));
  return String.fromCharCode(...codes);
}

/** `x:c` → `c`: elements are matched by namespace URI and local name, whatever prefix a producer binds. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** `x:c` → `x`, `c` → ''. A name with two colons is not namespace-well-formed: saxes decides. */
function prefixOf(name: string): string {
  const colon = name.indexOf(':');
  if (colon < 0) return '';
  if (colon === 0 || colon === name.length - 1 || name.indexOf(':', colon + 1) >= 0) return fallback();
  return name.slice(0, colon);
}

/** Lets go of a long name (and the part it may share) once a part is scanned. */
function releaseLongName(): void {
  NAMES[LONG_SLOT] = undefined;
  LOCAL_NAMES[LONG_SLOT] = undefined;
  PREFIXES[LONG_SLOT] = undefined;
}
