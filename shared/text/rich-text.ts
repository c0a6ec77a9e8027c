import { decodeXmlEntities } from './xml-entities';

/**
 * Rich text as Cairn keeps it: the safe subset of XHTML that requirement tools write (paragraphs, line
 * breaks, lists, bold, italic, underline, sub/superscript, tables). Everything is parsed into this tree
 * and rebuilt from it, so no attribute, no link, no style and no element outside the subset can survive:
 * there is nothing left that a browser could run. The core stores the rebuilt XHTML; the screen renders
 * the same tree, never the stored string.
 */
export const RICH_TAGS = ['div', 'p', 'br', 'ul', 'ol', 'li', 'b', 'strong', 'i', 'em', 'u', 'sub', 'sup', 'table', 'thead', 'tbody', 'tr', 'th', 'td'] as const;
export type RichTag = (typeof RICH_TAGS)[number];
export type RichNode = string | { tag: RichTag; children: RichNode[] };

const ALLOWED = new Set<string>(RICH_TAGS);
/** Elements read as the nearest safe one, so their text keeps its place as a block. */
const RENAMED: Record<string, RichTag> = {
  h1: 'p',
  h2: 'p',
  h3: 'p',
  h4: 'p',
  h5: 'p',
  h6: 'p',
  pre: 'p',
  blockquote: 'div',
  dl: 'div',
  dt: 'p',
  dd: 'p',
  caption: 'p',
  tfoot: 'tbody',
};
/** Elements dropped with everything inside them: code, styling, embedded documents and form controls. */
const DROPPED = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'noscript',
  'template',
  'svg',
  'math',
  'head',
  'title',
  'applet',
  'textarea',
  'select',
  'button',
  'option',
]);
/** Elements that never have content (HTML void elements); `br` is the only one kept. */
const VOID = new Set(['br', 'img', 'input', 'embed', 'link', 'meta', 'base', 'hr', 'area', 'col', 'param', 'source', 'track', 'wbr']);
/** Nesting kept; anything deeper is flattened into its ancestor (its text stays). */
const MAX_DEPTH = 24;

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][\s\S]*?>|<\/?[A-Za-z][^\s/>]*(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>|[^<]+|</g;
const TAG = /^<(\/?)(?:[\w.-]+:)?([\w.-]+)/;

interface Open {
  /** The element's name as written (lower case), to match its closing tag. */
  name: string;
  /** The node it became, or null when it was unwrapped (its children go to the parent). */
  node: Extract<RichNode, object> | null;
}

/** XHTML as a tree of safe nodes; malformed markup is read as far as it makes sense, never refused. */
export function parseRichText(xhtml: string): RichNode[] {
  const root: RichNode[] = [];
  const stack: Open[] = [];
  const target = () => stack.findLast((o) => o.node !== null)?.node?.children ?? root;
  let dropping: { name: string; depth: number } | null = null;
  for (const match of xhtml.matchAll(TOKEN)) {
    const token = match[0];
    if (token.startsWith('<![CDATA[')) {
      if (!dropping) addText(target(), match[1] ?? '');
      continue;
    }
    if (token.startsWith('<!') || token.startsWith('<?')) continue;
    const tag = token.length > 1 && token.startsWith('<') ? TAG.exec(token) : null;
    if (!tag) {
      if (!dropping) addText(target(), decodeXmlEntities(token));
      continue;
    }
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();
    const selfClosing = token.endsWith('/>') || VOID.has(name);
    if (dropping) {
      if (name === dropping.name && !selfClosing) dropping.depth += closing ? -1 : 1;
      if (dropping.depth === 0) dropping = null;
      continue;
    }
    if (closing) {
      const at = stack.findLastIndex((o) => o.name === name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (DROPPED.has(name)) {
      if (!selfClosing) dropping = { name, depth: 1 };
      continue;
    }
    const as = ALLOWED.has(name) ? (name as RichTag) : RENAMED[name];
    const node = as && stack.length < MAX_DEPTH ? { tag: as, children: [] } : null;
    if (node) target().push(node);
    if (!selfClosing) stack.push({ name, node });
  }
  return root;
}

/** Text kept as written, except runs of layout whitespace between tags that a tool pretty-printed. */
function addText(into: RichNode[], text: string): void {
  if (text === '' || (/^\s*$/.test(text) && /[\r\n]/.test(text))) return;
  const last = into.at(-1);
  if (typeof last === 'string') into[into.length - 1] = last + text;
  else into.push(text);
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function serialise(nodes: readonly RichNode[]): string {
  return nodes.map((n) => (typeof n === 'string' ? escapeText(n) : n.tag === 'br' ? '<br/>' : `<${n.tag}>${serialise(n.children)}</${n.tag}>`)).join('');
}

/**
 * The safe, canonical XHTML of any XHTML: one `div` holding the kept elements, no attributes, no namespace
 * prefix, text escaped. Sanitising its own output gives it back unchanged.
 */
export function sanitiseRichText(xhtml: string): string {
  const nodes = parseRichText(xhtml);
  const only = nodes.length === 1 ? nodes[0] : undefined;
  return typeof only === 'object' && only.tag === 'div' ? serialise(nodes) : `<div>${serialise(nodes)}</div>`;
}

/** Canonical rich text with each element in the XHTML namespace under the `xhtml:` prefix, as ReqIF carries it. */
export function prefixedRichText(canonical: string): string {
  return canonical.replace(/<(\/?)([a-z]+)/g, '<$1xhtml:$2');
}
