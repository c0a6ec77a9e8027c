import { XMLValidator } from 'fast-xml-parser';
import { safeXmlParser } from './safe-xml-parser';
import { decodeXmlEntities } from '../../../shared/text/xml-entities';

/**
 * Reads JUnit XML as test runners write it (vitest, Playwright, Jest, pytest, Maven Surefire, …): a
 * `<testsuites>` or `<testsuite>` root, suites nested to any depth, and per `<testcase>` a `<failure>`
 * (a check did not hold), an `<error>` (the test itself broke) or a `<skipped>`, each with its message
 * and text, plus `<properties>` on the case. No DTD is ever read: a DOCTYPE is refused outright.
 */

export class JunitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JunitError';
  }
}

export type JunitOutcome = 'passed' | 'failed' | 'error' | 'skipped';

export interface JunitCase {
  name: string;
  classname: string;
  /** `classname › name`, or the name alone: what a saved mapping and the unmapped list show. */
  fullName: string;
  /** Suite names from the outermost in. */
  suites: string[];
  outcome: JunitOutcome;
  /** The failure's, error's or skip's message attribute. */
  message: string;
  /** The failure's or error's body (often a stack trace). */
  text: string;
  durationMs: number | null;
  properties: { name: string; value: string }[];
}

export interface JunitFile {
  suites: number;
  cases: JunitCase[];
}

type Node = Record<string, unknown>;

const ALWAYS_LISTS = new Set(['testsuite', 'testcase', 'property', 'properties', 'failure', 'error', 'skipped']);

const parser = safeXmlParser({
  cdataPropName: '#cdata',
  isArray: (name) => ALWAYS_LISTS.has(name),
});

const nodes = (value: unknown): Node[] => (Array.isArray(value) ? value.map((v) => (typeof v === 'object' && v !== null ? (v as Node) : { '#text': String(v) })) : []);
const attr = (node: Node, name: string): string => decodeXmlEntities(String(node[`@${name}`] ?? ''));

/** Element text: entity-decoded character data plus CDATA sections as written. */
function textOf(node: Node): string {
  const plain = node['#text'];
  const cdata = node['#cdata'];
  const parts = [typeof plain === 'string' ? decodeXmlEntities(plain) : '', ...(Array.isArray(cdata) ? cdata : cdata === undefined ? [] : [cdata]).map(String)];
  return parts.join('').trim();
}

function durationOf(node: Node, where: string): number | null {
  const raw = attr(node, 'time').trim().replace(/,/g, '');
  if (raw === '') return null;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0) throw new JunitError(`${where}: time="${raw}" is not a number of seconds.`);
  return Math.round(seconds * 1000);
}

function readCase(node: Node, suites: string[], where: string): JunitCase {
  const name = attr(node, 'name').trim();
  if (!name) throw new JunitError(`${where} has no name attribute.`);
  const classname = attr(node, 'classname').trim();
  const failure = nodes(node.failure)[0];
  const error = nodes(node.error)[0];
  const skipped = nodes(node.skipped)[0];
  const [outcome, detail]: [JunitOutcome, Node | undefined] = error ? ['error', error] : failure ? ['failed', failure] : skipped ? ['skipped', skipped] : ['passed', undefined];
  const properties = nodes(node.properties)
    .flatMap((p) => nodes(p.property))
    .map((p) => ({ name: attr(p, 'name').trim(), value: (attr(p, 'value') || textOf(p)).trim() }));
  return {
    name,
    classname,
    fullName: classname ? `${classname} › ${name}` : name,
    suites,
    outcome,
    message: detail ? attr(detail, 'message').trim() : '',
    text: detail ? textOf(detail) : '',
    durationMs: durationOf(node, where),
    properties: properties.filter((p) => p.name !== ''),
  };
}

function readSuite(node: Node, path: string[], where: string, out: JunitFile): void {
  out.suites += 1;
  const name = attr(node, 'name').trim();
  const suites = name ? [...path, name] : path;
  nodes(node.testcase).forEach((tc, i) => out.cases.push(readCase(tc, suites, `<testcase> ${i + 1} of ${where}`)));
  nodes(node.testsuite).forEach((child, i) => readSuite(child, suites, `<testsuite> ${i + 1} in ${where}`, out));
}

/** Parses a JUnit file, or throws a JunitError naming the line or element at fault. */
export function readJunit(bytes: Buffer): JunitFile {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (/<!DOCTYPE/i.test(text)) throw new JunitError('The file declares a DOCTYPE; JUnit files have none and Cairn does not read DTDs.');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new JunitError(`Not well-formed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`);
  const doc = parser.parse(text) as Node;
  const out: JunitFile = { suites: 0, cases: [] };
  if (doc.testsuites !== undefined) {
    const root = nodes([doc.testsuites].flat())[0] ?? {};
    nodes(root.testsuite).forEach((suite, i) => readSuite(suite, [], `<testsuite> ${i + 1}`, out));
  } else if (doc.testsuite !== undefined) {
    nodes(doc.testsuite).forEach((suite, i) => readSuite(suite, [], `<testsuite> ${i + 1}`, out));
  } else {
    const root = Object.keys(doc).find((k) => !k.startsWith('?'));
    throw new JunitError(`The root element is <${root ?? 'nothing'}>; a JUnit file starts with <testsuites> or <testsuite>.`);
  }
  if (out.cases.length === 0) throw new JunitError('The file holds no <testcase>: there is no result to import.');
  return out;
}
