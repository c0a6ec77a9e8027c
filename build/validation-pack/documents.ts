import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputOf } from '../../shared/api/contract';
import type { Core } from '../../electron/core/core';
import { caller, type PackOwner } from './build-project';

/** The documents the pack issues from Cairn's own project, in the order a reader takes them. */
function packDocuments(version: string): InputOf<'documents.create'>[] {
  return [{ type: 'srs' }, { type: 'trace-matrix' }, { type: 'test-report', version }, { type: 'soup-list' }, { type: 'known-anomalies', version }];
}

/**
 * Creates each document, approves it (the pack's owner is the project's only member, so the approval is
 * a recorded self-approval) and exports it signed into `dir`; returns the file names.
 */
export async function issueDocuments(core: Core, o: { dir: string; version: string; owner: PackOwner }): Promise<string[]> {
  const call = caller(core);
  const me = (await call('users.list', {})).find((user) => user.email === o.owner.email);
  if (!me) throw new Error(`${o.owner.email} is not on the project team`);
  const files: string[] = [];
  for (const input of packDocuments(o.version)) {
    const created = await call('documents.create', input);
    const draft = created.versions.at(-1);
    if (!draft) throw new Error(`${created.docKey} was created without a version`);
    await call('documents.sendForReview', { versionId: draft.id, approvers: [me.id], changeNote: `Cairn ${o.version} validation pack`, password: o.owner.password });
    await call('documents.sign', { versionId: draft.id, meaning: 'approved', password: o.owner.password, acknowledgeSelfApproval: true });
    const pdf = await call('documents.exportPdf', { documentId: created.id, sign: true, password: o.owner.password });
    writeFileSync(join(o.dir, pdf.fileName), Buffer.from(pdf.base64, 'base64'));
    files.push(pdf.fileName);
  }
  return files;
}
