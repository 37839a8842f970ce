/**
 * A small XML well-formedness checker (no regex matching of tags: a character scanner): elements
 * nest and close in order, attributes are quoted and unique, entities are the five predefined ones
 * or character references, one root element. Returns the elements found, or throws with the offset.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME_START = /[A-Za-z_:]/;
const NAME_CHAR = /[A-Za-z0-9_:.-]/;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function parseXml(source: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`XML not well-formed at offset ${i}: ${why} (near ${JSON.stringify(source.slice(Math.max(0, i - 20), i + 20))})`);
  };
  const decode = (raw: string): string => {
    let out = '';
    for (let k = 0; k < raw.length; k++) {
      const c = raw[k];
      if (c === '<') fail('"<" in text or attribute');
      if (c !== '&') {
        out += c;
        continue;
      }
      const end = raw.indexOf(';', k);
      if (end < 0) fail('unterminated entity');
      const entity = raw.slice(k + 1, end);
      if (ENTITIES[entity] !== undefined) out += ENTITIES[entity];
      else if (/^#\d+$/.test(entity)) out += String.fromCodePoint(Number(entity.slice(1)));
      else if (/^#x[0-9a-fA-F]+$/.test(entity)) out += String.fromCodePoint(parseInt(entity.slice(2), 16));
      else fail(`unknown entity &${entity};`);
      k = end;
    }
    return out;
  };
  const readName = (): string => {
    if (!NAME_START.test(source[i] ?? '')) fail('expected a name');
    const start = i;
    while (i < source.length && NAME_CHAR.test(source[i])) i++;
    return source.slice(start, i);
  };
  const skipSpace = () => {
    while (i < source.length && /\s/.test(source[i])) i++;
  };
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (source.startsWith('<?', i)) {
        const end = source.indexOf('?>', i);
        if (end < 0) fail('unterminated processing instruction');
        i = end + 2;
      } else if (source.startsWith('<!--', i)) {
        const end = source.indexOf('-->', i);
        if (end < 0) fail('unterminated comment');
        i = end + 3;
      } else return;
    }
  };
  const readElement = (): XmlElement => {
    if (source[i] !== '<') fail('expected "<"');
    i++;
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = i;
      skipSpace();
      if (source.startsWith('/>', i)) {
        i += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (source[i] === '>') {
        i++;
        break;
      }
      if (i === before) fail('expected whitespace before an attribute');
      const attr = readName();
      skipSpace();
      if (source[i] !== '=') fail('expected "="');
      i++;
      skipSpace();
      const quote = source[i];
      if (quote !== '"' && quote !== "'") fail('attribute value not quoted');
      const end = source.indexOf(quote, i + 1);
      if (end < 0) fail('unterminated attribute value');
      if (attr in attributes) fail(`duplicate attribute ${attr}`);
      attributes[attr] = decode(source.slice(i + 1, end));
      i = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (i >= source.length) fail(`unclosed <${name}>`);
      if (source.startsWith('</', i)) {
        i += 2;
        const closing = readName();
        if (closing !== name) fail(`</${closing}> closes <${name}>`);
        skipSpace();
        if (source[i] !== '>') fail('expected ">"');
        i++;
        return { name, attributes, children, text };
      }
      if (source.startsWith('<!--', i)) {
        const end = source.indexOf('-->', i);
        if (end < 0) fail('unterminated comment');
        i = end + 3;
      } else if (source.startsWith('<![CDATA[', i)) {
        const end = source.indexOf(']]>', i);
        if (end < 0) fail('unterminated CDATA');
        text += source.slice(i + 9, end);
        i = end + 3;
      } else if (source[i] === '<') {
        children.push(readElement());
      } else {
        const end = source.indexOf('<', i);
        const raw = source.slice(i, end < 0 ? source.length : end);
        text += decode(raw);
        i += raw.length;
      }
    }
  };
  skipMisc();
  const root = readElement();
  skipMisc();
  if (i !== source.length) fail('content after the root element');
  return root;
}

/** Every element named `name`, depth first. */
export function findAll(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (e.name === name) out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}
