/**
 * Small shims for the webviews of perpetual Office 2016/2019 on Windows (IE11, EdgeHTML 18):
 * the DOM and string methods the add-in uses that core-js does not provide. Loaded first by
 * every entry (webpack.config.js); each one is installed only where the engine lacks it.
 */

type Insertable = Node | string;

function toNode(item: Insertable): Node {
  return typeof item === 'string' ? document.createTextNode(item) : item;
}

function define(target: object, name: string, value: unknown): void {
  if (name in target) return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

// ParentNode.append (IE11) and replaceChildren (IE11 and EdgeHTML 18).
for (const proto of [Element.prototype, DocumentFragment.prototype]) {
  define(proto, 'append', function append(this: ParentNode & Node, ...items: Insertable[]) {
    for (const item of items) this.appendChild(toNode(item));
  });
  define(proto, 'replaceChildren', function replaceChildren(this: ParentNode & Node, ...items: Insertable[]) {
    while (this.firstChild) this.removeChild(this.firstChild);
    for (const item of items) this.appendChild(toNode(item));
  });
}

// Blob.arrayBuffer (IE11 and EdgeHTML 18): the check page reads the chosen file with it.
define(Blob.prototype, 'arrayBuffer', function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(this);
  });
});

// ChildNode.remove (IE11).
define(Element.prototype, 'remove', function remove(this: Element) {
  if (this.parentNode) this.parentNode.removeChild(this);
});

// IE11's classList.add/remove take only their first argument.
(function fixMultiTokenClassList() {
  const probe = document.createElement('span');
  probe.classList.add('a', 'b');
  if (probe.classList.contains('b')) return;
  const proto = DOMTokenList.prototype;
  const add = proto.add;
  const remove = proto.remove;
  proto.add = function addAll(this: DOMTokenList, ...tokens: string[]) {
    for (const token of tokens) add.call(this, token);
  };
  proto.remove = function removeAll(this: DOMTokenList, ...tokens: string[]) {
    for (const token of tokens) remove.call(this, token);
  };
})();

/**
 * String.prototype.normalize is missing on IE11 (core-js has no polyfill: the Unicode tables
 * are large). The add-in only asks for NFKC, to match labels, codes and sheet names typed with
 * full-width characters (`Ａ０１`, `（`, the ideographic space); the stand-in folds exactly
 * those and leaves other text as it is.
 */
define(String.prototype, 'normalize', function normalize(this: string, form?: string) {
  const text = String(this);
  if (form !== 'NFKC' && form !== 'NFKD') return text;
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
});

/**
 * TextDecoder is missing on IE11 and EdgeHTML 18 (core-js has none); the check page's workbook
 * reader decodes UTF-8 (sometimes with `fatal`) and UTF-16 parts with it. WHATWG behaviour for
 * those three encodings: a leading BOM is dropped, bad UTF-8 becomes U+FFFD or, with `fatal`, a TypeError
 * (unpaired UTF-16 surrogates are passed through, which XML text never needs).
 */
class LegacyTextDecoder {
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  readonly fatal: boolean;
  readonly ignoreBOM = false;

  constructor(label = 'utf-8', options: { fatal?: boolean } = {}) {
    const name = String(label).trim().toLowerCase();
    if (name === 'utf-8' || name === 'utf8' || name === 'unicode-1-1-utf-8') this.encoding = 'utf-8';
    else if (name === 'utf-16le' || name === 'utf-16') this.encoding = 'utf-16le';
    else if (name === 'utf-16be') this.encoding = 'utf-16be';
    else throw new RangeError(`The encoding label provided ('${label}') is not supported here.`);
    this.fatal = !!options.fatal;
  }

  decode(input?: ArrayBuffer | ArrayBufferView): string {
    const bytes =
      input === undefined
        ? new Uint8Array(0)
        : input instanceof ArrayBuffer
          ? new Uint8Array(input)
          : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    const units = this.encoding === 'utf-8' ? utf8Units(bytes, this.fatal) : utf16Units(bytes, this.encoding === 'utf-16be', this.fatal);
    let text = '';
    for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode.apply(null, units.slice(i, i + 8192));
    return text;
  }
}

function invalid(fatal: boolean, units: number[]): void {
  if (fatal) throw new TypeError('The encoded data was not valid.');
  units.push(0xfffd);
}

function utf8Units(bytes: Uint8Array, fatal: boolean): number[] {
  const units: number[] = [];
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      units.push(b);
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) {
      invalid(fatal, units);
      i++;
      continue;
    }
    // Allowed range of the second byte (rules out overlongs, surrogates and code points above U+10FFFF).
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      if (c === undefined || c < (j === 1 ? lo : 0x80) || c > (j === 1 ? hi : 0xbf)) break;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (j <= need) {
      invalid(fatal, units);
      i += j; // the bytes read so far are one error; the offending byte is read again
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else units.push(cp);
    i += need + 1;
  }
  return units;
}

function utf16Units(bytes: Uint8Array, bigEndian: boolean, fatal: boolean): number[] {
  const units: number[] = [];
  const at = (k: number) => (bigEndian ? (bytes[k] << 8) | bytes[k + 1] : bytes[k] | (bytes[k + 1] << 8));
  let i = bytes.length >= 2 && at(0) === 0xfeff ? 2 : 0;
  for (; i + 1 < bytes.length; i += 2) units.push(at(i));
  if (i < bytes.length) invalid(fatal, units);
  return units;
}

if (typeof (window as unknown as { TextDecoder?: unknown }).TextDecoder === 'undefined') {
  (window as unknown as { TextDecoder: unknown }).TextDecoder = LegacyTextDecoder;
}
