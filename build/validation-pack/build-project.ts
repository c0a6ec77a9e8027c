import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import type { SoftwareNode } from '../../shared/api/software-types';
import type { Core } from '../../electron/core/core';
import { listCell, readRecords, RECORDS_DIR } from './records';

/** The project's owner, who approves and signs its documents in the pack. */
export interface PackOwner {
  name: string;
  email: string;
  password: string;
}

/** Calls the core and fails loudly: a pack built past a refusal would misstate Cairn's records. */
export function caller(core: Core) {
  return async <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
    const result = await core.call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}${result.error.field ? ` (${result.error.field})` : ''}`);
    return result.value as OutputOf<M>;
  };
}

type Call = ReturnType<typeof caller>;

const base64Of = (root: string, path: string) => readFileSync(join(root, path)).toString('base64');

/** Software items under one system, from software-items.csv. */
async function addArchitecture(call: Call, root: string): Promise<void> {
  const tree = await call('software.add', { parentId: null, kind: 'system', name: 'Cairn', description: 'Cairn, as built from this repository.' });
  const system = tree.find((node) => node.name === 'Cairn');
  if (!system) throw new Error('software.add did not return the Cairn system');
  for (const item of readRecords(root, 'software-items.csv')) {
    await call('software.add', { parentId: system.id, kind: 'item', name: item.Name ?? '', description: item.Description ?? '' });
  }
}

/** requirements.csv through the same import people use, with the mapping Cairn proposes for it. */
async function importRequirements(call: Call, root: string): Promise<void> {
  const file = { fileName: 'requirements.csv', base64: base64Of(root, `${RECORDS_DIR}/requirements.csv`) };
  const preview = await call('requirements.previewImport', file);
  await call('requirements.import', { ...file, mapping: preview.mapping });
}

/** One test case per row of test-cases.csv, numbered as the row says, verifying its requirements. */
async function addTestCases(call: Call, root: string): Promise<void> {
  const requirements = await call('requirements.list', {});
  const idOf = new Map(requirements.rows.map((r) => [r.humanId, r.id]));
  for (const row of readRecords(root, 'test-cases.csv')) {
    const requirementIds = listCell(row.Verifies).map((humanId) => {
      const id = idOf.get(humanId);
      if (id === undefined) throw new Error(`test-cases.csv: ${row['Test case']} verifies ${humanId}, which requirements.csv does not hold`);
      return id;
    });
    const created = await call('tests.createCase', { title: row.Title ?? '', level: 'system', automated: true, objective: `Runs ${row.Tests}.`, requirementIds });
    // The JUnit names carry these IDs as [TC-n] tags: a case numbered otherwise would match no test.
    if (created.humanId !== row['Test case'])
      throw new Error(`test-cases.csv lists ${row['Test case']} where Cairn numbered ${created.humanId}: keep the rows in order, from TC-1`);
  }
}

/** The runtime packages of Cairn's own lockfile, each with the purpose and items soup.csv gives. */
async function importSoup(call: Call, root: string): Promise<number> {
  const content = readFileSync(join(root, 'package-lock.json'), 'utf8');
  const preview = await call('soup.previewImport', { content, source: 'package-lock.json' });
  await call('soup.applyImport', { content, source: 'package-lock.json', token: preview.token });
  const flatten = (nodes: readonly SoftwareNode[]): SoftwareNode[] => nodes.flatMap((node) => [node, ...flatten(node.children)]);
  const itemId = new Map(flatten(await call('software.tree', {})).map((node) => [node.name, node.id]));
  const list = await call('soup.list', {});
  for (const row of readRecords(root, 'soup.csv')) {
    const soup = list.items.find((entry) => entry.name === row.Package && entry.direct);
    if (!soup) throw new Error(`soup.csv names ${row.Package}, which package-lock.json does not list as a direct runtime dependency`);
    await call('soup.update', { id: soup.id, purpose: row.Purpose ?? '' });
    const itemIds = listCell(row.Items).map((name) => {
      const id = itemId.get(name);
      if (id === undefined) throw new Error(`soup.csv: ${row.Package} is used by "${name}", which software-items.csv does not name`);
      return id;
    });
    await call('soup.setItems', { id: soup.id, itemIds });
  }
  return list.items.length;
}

/** The problems Cairn is released with, from known-anomalies.csv. */
async function addKnownAnomalies(call: Call, root: string, version: string): Promise<void> {
  for (const row of readRecords(root, 'known-anomalies.csv')) {
    const criticality = row.Criticality === 'high' || row.Criticality === 'medium' ? row.Criticality : 'low';
    await call('problems.create', { title: row.Title ?? '', source: 'internal', type: 'corrective', criticality, description: row.Description ?? '', foundInVersion: version });
  }
}

/** The JUnit results of the test run, as one run of this version. */
async function importResults(call: Call, junitPath: string, version: string, source: string): Promise<OutputOf<'tests.importJunit'>> {
  return call('tests.importJunit', {
    fileName: basename(junitPath),
    base64: readFileSync(junitPath).toString('base64'),
    softwareVersion: version,
    title: `Cairn ${version} automated tests`,
    environment: `${process.platform} ${process.arch}, Node ${process.versions.node}`,
    tools: source,
  });
}

export interface BuiltProject {
  soupItems: number;
  results: OutputOf<'tests.importJunit'>;
}

/** Cairn's own project: its architecture, requirements, test cases, SOUP, anomalies and test results. */
export async function buildCairnProject(
  core: Core,
  o: { root: string; path: string; version: string; owner: PackOwner; junitPath: string; junitSource: string },
): Promise<BuiltProject> {
  const call = caller(core);
  await call('project.create', { path: o.path, productName: 'Cairn', manufacturer: 'The Cairn project', owner: o.owner });
  await addArchitecture(call, o.root);
  await importRequirements(call, o.root);
  await addTestCases(call, o.root);
  const soupItems = await importSoup(call, o.root);
  await addKnownAnomalies(call, o.root, o.version);
  // The test report and the known anomalies are documents of a release.
  await call('releases.create', { version: o.version, title: `Cairn ${o.version}` });
  const results = await importResults(call, o.junitPath, o.version, o.junitSource);
  return { soupItems, results };
}
