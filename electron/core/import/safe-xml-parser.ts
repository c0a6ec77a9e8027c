import { XMLParser, type X2jOptions } from 'fast-xml-parser';
import { CairnError } from '../errors';

/**
 * Elements nested inside one another in an imported XML file. Real ReqIF hierarchies and JUnit suites
 * stay far below; a deeper file is refused as bad input rather than left to exhaust the parser.
 */
export const MAX_XML_DEPTH = 100;

/** fast-xml-parser's own words when a document nests deeper than maxNestedTags. */
const TOO_DEEP = 'Maximum nested tags exceeded';

/** The line on which the document first nests deeper than `max` elements (a rough tag scan, for the message). */
function lineTooDeep(xml: string, max: number): number {
  let depth = 0;
  let line = 1;
  for (let i = 0; i < xml.length; i += 1) {
    const ch = xml.charCodeAt(i);
    if (ch === 10) line += 1;
    else if (ch === 60 /* < */) {
      const next = xml[i + 1];
      if (next === '/') depth -= 1;
      else if (next !== '?' && next !== '!') {
        const end = xml.indexOf('>', i);
        if (end > 0 && xml[end - 1] !== '/') depth += 1;
        if (depth > max) return line;
      }
    }
  }
  return line;
}

/** A parser that turns too-deep nesting into a typed refusal naming the limit and the line. */
class DepthLimitedParser extends XMLParser {
  override parse(xml: string | Buffer, validation?: boolean | object): unknown {
    try {
      return super.parse(xml, validation as boolean);
    } catch (error) {
      if ((error as Error).message !== TOO_DEEP) throw error;
      const line = lineTooDeep(xml.toString(), MAX_XML_DEPTH);
      throw new CairnError('invalid_input', `Line ${line}: the XML nests elements more than ${MAX_XML_DEPTH} deep, Cairn's limit for imported files.`);
    }
  }
}

/**
 * The XML parser every import uses: attributes kept under `@name`, namespace prefixes dropped, values left
 * as text, and entities decoded by us once after parsing (decodeXmlEntities), so no DOCTYPE entity can
 * ever expand. Nesting is bounded by MAX_XML_DEPTH. Each format adds only what its own structure needs.
 */
export function safeXmlParser(extra: Partial<X2jOptions>): XMLParser {
  return new DepthLimitedParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: false,
    maxNestedTags: MAX_XML_DEPTH,
    ...extra,
  });
}
