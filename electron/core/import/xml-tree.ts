import { CairnError } from '../errors';
import type { XmlNode } from './reqif-nodes';
import { MAX_XML_DEPTH } from './safe-xml-parser';

/**
 * XML read in one pass into the tree shape the ReqIF reader walks (attributes under `@name`, children by
 * local name, repeated ones as arrays, text under `#text` or as the element's value), checking that it is
 * well-formed on the way. It replaces a validation pass followed by a parse: a 10k-requirement file was read
 * twice, and most of an import's time went there. Namespace prefixes are dropped; `xmlns` declarations are
 * not attributes; entities are left for the caller to decode once (decodeXmlEntities), so nothing expands.
 * A DTD is never read (callers refuse DOCTYPE first); nesting is bounded by MAX_XML_DEPTH.
 */
export class XmlSyntaxError extends Error {}

interface Open {
  name: string;
  local: string;
  node: XmlNode;
  text: string;
  hasChildren: boolean;
  hasAttributes: boolean;
}

const START_TAG = /<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const END_TAG = /<\/([A-Za-z_][\w.:-]*)\s*>/y;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

function lineAndColumn(xml: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = xml.indexOf('\n'); i !== -1 && i < at; i = xml.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}

function attach(parent: Open, local: string, value: unknown): void {
  parent.hasChildren = true;
  const existing = parent.node[local];
  if (existing === undefined) parent.node[local] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else parent.node[local] = [existing, value];
}

/** What a closed element becomes: its text alone when it has neither attributes nor children. */
function valueOf(open: Open): unknown {
  if (!open.hasChildren && !open.hasAttributes) return open.text;
  if (open.text.trim() !== '') open.node['#text'] = open.text;
  return open.node;
}

/**
 * Reads `xml`; `keepsRaw(local, parentLocal)` names elements whose content is kept as the raw markup
 * between their tags (ReqIF's XHTML values), not read into the tree.
 */
export function readXmlTree(xml: string, keepsRaw: (local: string, parentLocal: string) => boolean): XmlNode {
  const fail = (at: number, message: string): never => {
    const { line, column } = lineAndColumn(xml, at);
    throw new XmlSyntaxError(`Not well-formed XML at line ${line}, column ${column}: ${message}`);
  };
  // The closing-tag pattern of each element name kept raw, made once per file: it has thousands of such values.
  const closingTags = new Map<string, RegExp>();
  const closingTag = (name: string): RegExp => {
    const pattern = closingTags.get(name) ?? new RegExp(`</${name.replace(/[.]/g, '\\.')}\\s*>`, 'g');
    closingTags.set(name, pattern);
    return pattern;
  };
  const document: Open = { name: '', local: '', node: {}, text: '', hasChildren: false, hasAttributes: false };
  const stack: Open[] = [document];
  let pos = 0;
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd > pos) {
      const text = xml.slice(pos, textEnd);
      const top = stack[stack.length - 1] as Open;
      if (stack.length === 1) {
        if (text.trim() !== '') fail(pos, 'text outside the root element.');
      } else top.text += text;
    }
    if (lt === -1) break;
    pos = lt;
    const next = xml.charCodeAt(pos + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const [close, what] = xml.startsWith('<!--', pos)
        ? ['-->', 'comment']
        : xml.startsWith('<?', pos)
          ? ['?>', 'processing instruction']
          : xml.startsWith('<![CDATA[', pos)
            ? [']]>', 'CDATA section']
            : ['>', 'declaration'];
      const end = xml.indexOf(close, pos + 2);
      if (end === -1) fail(pos, `the ${what} is not closed.`);
      if (what === 'CDATA section' && stack.length > 1) (stack[stack.length - 1] as Open).text += xml.slice(pos + 9, end);
      pos = end + close.length;
      continue;
    }
    if (next === 47 /* / */) {
      END_TAG.lastIndex = pos;
      const end = END_TAG.exec(xml);
      if (!end) return fail(pos, 'a closing tag is malformed.');
      const open = stack.pop() as Open;
      if (stack.length === 0 || open.name !== end[1]) return fail(pos, `closing tag </${end[1]}> does not match <${open.name || '(none)'}>.`);
      attach(stack[stack.length - 1] as Open, open.local, valueOf(open));
      pos = END_TAG.lastIndex;
      continue;
    }
    START_TAG.lastIndex = pos;
    const start = START_TAG.exec(xml);
    if (!start) return fail(pos, 'a tag is malformed (or the file is cut short).');
    const name = start[1] as string;
    const parent = stack[stack.length - 1] as Open;
    if (stack.length === 1 && document.hasChildren) fail(pos, `a second root element <${name}>.`);
    const open: Open = { name, local: localName(name), node: {}, text: '', hasChildren: false, hasAttributes: false };
    for (const [, attrName = '', double, single] of (start[2] ?? '').matchAll(ATTRIBUTE)) {
      if (attrName === 'xmlns' || attrName.startsWith('xmlns:')) continue;
      const key = `@${localName(attrName)}`;
      if (key in open.node) fail(pos, `attribute "${attrName}" appears twice in <${name}>.`);
      open.node[key] = double ?? single ?? '';
      open.hasAttributes = true;
    }
    pos = START_TAG.lastIndex;
    if (start[3] === '/') {
      attach(parent, open.local, valueOf(open));
      continue;
    }
    if (stack.length > MAX_XML_DEPTH) {
      throw new CairnError('invalid_input', `Line ${lineAndColumn(xml, lt).line}: the XML nests elements more than ${MAX_XML_DEPTH} deep, Cairn's limit for imported files.`);
    }
    if (keepsRaw(open.local, parent.local)) {
      const close = closingTag(name);
      close.lastIndex = pos;
      const end = close.exec(xml);
      if (!end) return fail(lt, `<${name}> is not closed.`);
      attach(parent, open.local, xml.slice(pos, end.index));
      pos = close.lastIndex;
      continue;
    }
    stack.push(open);
  }
  if (stack.length > 1) fail(xml.length, `<${(stack[stack.length - 1] as Open).name}> is not closed (the file may be cut short).`);
  if (!document.hasChildren) fail(0, 'there is no root element.');
  return document.node;
}
