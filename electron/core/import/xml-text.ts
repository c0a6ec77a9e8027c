import { decodeXmlEntities } from '../../../shared/text/xml-entities';

/** Text for an XML attribute value or element content; line breaks in attributes as references so parsers keep them. */
export function escapeXml(text: string, attribute = false): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return attribute ? escaped.replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;') : escaped;
}

const BLOCKS = new Set(['p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'ul', 'ol', 'table']);

/**
 * XHTML (as ReqIF carries rich text) to plain text that keeps its line breaks: <br/> and the end of each
 * block become a newline, list items start with "- ", markup goes, entities are decoded. Indentation
 * between tags that a tool pretty-printed is dropped; text itself is kept as written.
 */
export function xhtmlToText(xhtml: string): string {
  let out = '';
  const tokens = xhtml.match(/<!--[\s\S]*?-->|<[^>]*>|[^<]+/g) ?? [];
  for (const token of tokens) {
    if (token.startsWith('<!--')) continue;
    if (token.startsWith('<')) {
      const match = /^<\s*(\/?)\s*(?:[\w.-]+:)?([\w.-]+)/.exec(token);
      if (!match) continue;
      const [, closing, rawName] = match;
      const name = (rawName ?? '').toLowerCase();
      if (name === 'br') out += '\n';
      else if (!closing && name === 'li') out += '- ';
      else if (BLOCKS.has(name) && out !== '' && !out.endsWith('\n')) out += '\n';
      continue;
    }
    // Whitespace-only runs with a line break are layout of the XML, not content.
    if (/^\s*$/.test(token) && /[\r\n]/.test(token)) continue;
    out += decodeXmlEntities(token.replace(/[ \t]*\r?\n[ \t]*/g, ' '));
  }
  return out.replace(/\n+$/, '');
}

/** Plain text as one XHTML div: lines joined by <br/>, so xhtmlToText gives the same text back. */
export function textToXhtml(text: string): string {
  return `<xhtml:div>${text
    .split(/\r\n|\n|\r/)
    .map((line) => escapeXml(line))
    .join('<xhtml:br/>')}</xhtml:div>`;
}
