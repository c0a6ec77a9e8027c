import { CoreFixture } from '../integration/core-fixture';

/** Creates the document types the sample does not hold yet, so a test over the sample reads every type. */
async function holdEveryDocumentType(f: CoreFixture): Promise<void> {
  const held = new Set((await f.ok('documents.list', {})).map((d) => d.type));
  if (!held.has('detailed-design')) await f.ok('documents.create', { type: 'detailed-design' });
  if (!held.has('release-record')) await f.ok('documents.create', { type: 'release-record', version: '1.0.0' });
  for (const type of ['training-record', 'capa-log', 'audit-reports', 'management-reviews', 'supplier-list'] as const)
    if (!held.has(type)) await f.ok('documents.create', { type });
}

/** A fixture on a copy of the sample, its owner signed in, holding a document of every type. */
export async function sampleWithEveryDocumentType(): Promise<CoreFixture> {
  const f = new CoreFixture();
  await f.sample();
  await holdEveryDocumentType(f);
  return f;
}
