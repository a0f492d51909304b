import { SaxesParser } from 'saxes';

/** An element with its namespace resolved, for tests that read XML like a schema would. */
export interface XmlElement {
  uri: string;
  local: string;
  /** Attributes by qualified name as written (`xsi:type`, `DefaultValue`). */
  attributes: Record<string, string>;
  /** Attribute values by `{uri}local`, for namespaced attributes such as xsi:type. */
  nsAttributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses with saxes (strict, namespace-aware): anything not well-formed throws. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    const nsAttributes: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) {
      const a = attr as { name: string; value: string; uri: string; local: string };
      attributes[a.name] = a.value;
      nsAttributes[`{${a.uri}}${a.local}`] = a.value;
    }
    const el: XmlElement = { uri: tag.uri ?? '', local: tag.local ?? tag.name, attributes, nsAttributes, children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

export const childrenNamed = (el: XmlElement, local: string): XmlElement[] => el.children.filter((c) => c.local === local);

export function child(el: XmlElement, local: string): XmlElement {
  const found = childrenNamed(el, local);
  if (found.length !== 1) throw new Error(`expected one <${local}> in <${el.local}>, found ${found.length}`);
  return found[0];
}

/** Follows a path of local names, one element at each step. */
export const at = (el: XmlElement, ...path: string[]): XmlElement => path.reduce(child, el);

export function* descendants(el: XmlElement): Generator<XmlElement> {
  for (const c of el.children) {
    yield c;
    yield* descendants(c);
  }
}
