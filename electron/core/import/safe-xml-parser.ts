import { XMLParser, type X2jOptions } from 'fast-xml-parser';

/**
 * The XML parser every import uses: attributes kept under `@name`, namespace prefixes dropped, values left
 * as text, and entities decoded by us once after parsing (decodeXmlEntities), so no DOCTYPE entity can
 * ever expand. Each format adds only what its own structure needs.
 */
export function safeXmlParser(extra: Partial<X2jOptions>): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: false,
    ...extra,
  });
}
