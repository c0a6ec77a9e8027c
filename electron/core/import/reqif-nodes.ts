import { decodeXmlEntities } from '../../../shared/text/xml-entities';

/** One parsed XML element as fast-xml-parser gives it: attributes under `@name`, children by tag. */
export type XmlNode = Record<string, unknown>;

/** A child list whether the parser gave one element, several or none. */
export const list = (value: unknown): XmlNode[] => (value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? (value as XmlNode[]) : [value as XmlNode]);
export const child = (node: XmlNode | undefined, name: string): XmlNode | undefined => list(node?.[name])[0];
export const attr = (node: XmlNode | undefined, name: string): string => decodeXmlEntities(String(node?.[`@${name}`] ?? ''));
export const textOf = (value: unknown): string =>
  typeof value === 'string' ? decodeXmlEntities(value).trim() : typeof value === 'object' && value ? textOf((value as XmlNode)['#text']) : '';

/** The first `…-REF` child's text, e.g. DEFINITION > ATTRIBUTE-DEFINITION-STRING-REF or OBJECT > SPEC-OBJECT-REF. */
export function refIn(node: XmlNode | undefined): string {
  if (!node) return '';
  const key = Object.keys(node).find((k) => k.endsWith('-REF'));
  return key ? textOf(list(node[key])[0] ?? node[key]) : '';
}

/** Every child element whose name starts with `prefix` (ATTRIBUTE-VALUE-…), with the suffix as its kind. */
export function childrenByPrefix(node: XmlNode | undefined, prefix: string): { kind: string; node: XmlNode }[] {
  if (!node) return [];
  return Object.keys(node)
    .filter((key) => key.startsWith(prefix))
    .flatMap((key) => list(node[key]).map((n) => ({ kind: key.slice(prefix.length), node: n })));
}
