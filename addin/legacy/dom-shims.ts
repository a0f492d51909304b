/**
 * Small shims for the webviews of perpetual Office 2016/2019 on Windows (IE11, EdgeHTML 18):
 * the DOM and string methods the add-in uses that core-js does not provide. Loaded first by
 * every entry (webpack.config.js); each one is installed only where the engine lacks it.
 */

// TextDecoder / TextEncoder (IE11, EdgeHTML 18): the same stand-ins the page's workers load.
import './encoding-shims.js';

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
