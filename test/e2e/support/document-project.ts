import { join } from 'node:path';
import type { InputOf, MethodName } from '../../../shared/api/contract';
import { createCore } from '../../../electron/core/core';
import { REPO_ROOT } from './paths';

export const TEAM_PASSWORD = 'document-team-pass';

/** Owner, author, reviewer and approver of the document tests' device. */
export const PEOPLE = {
  owner: { name: 'Olivia Owner', email: 'olivia@docs.example', role: 'owner' as const },
  author: { name: 'Arjun Author', email: 'arjun@docs.example', role: 'author' as const },
  reviewer: { name: 'Rosa Reviewer', email: 'rosa@docs.example', role: 'reviewer' as const },
  approver: { name: 'Anton Approver', email: 'anton@docs.example', role: 'approver' as const },
};

export const PRODUCT = { productName: 'SpiroLog Peak Flow', manufacturer: 'Docs Medical GmbH' };

export interface DocumentProject {
  path: string;
}

/**
 * A project with the four-person team, built through the core's own API (as the CLI would), so a test
 * spends its time on the document flow in the UI rather than on setting up people. With `approvedSummary`
 * the project summary is already written, reviewed and approved.
 */
export async function createDocumentProject(dir: string, options: { approvedSummary: boolean }): Promise<DocumentProject> {
  const path = join(dir, 'spirolog.cairn');
  const core = createCore({ appVersion: '0.1.0', migrationsDir: join(REPO_ROOT, 'migrations'), userDataDir: join(dir, 'core-user-data') });
  const call = async <M extends MethodName>(method: M, input: InputOf<M>) => {
    const result = await core.invoke(method, input);
    if (!result.ok) throw new Error(`Core refused ${method}: ${JSON.stringify(result.error)}`);
    return result.value as { id: number; versions: { id: number }[] };
  };
  const signInAs = (email: string) => call('session.signIn', { email, password: TEAM_PASSWORD });
  try {
    await call('project.create', { path, ...PRODUCT, owner: { name: PEOPLE.owner.name, email: PEOPLE.owner.email, password: TEAM_PASSWORD } });
    const ids: Record<string, number> = {};
    for (const person of [PEOPLE.author, PEOPLE.reviewer, PEOPLE.approver]) {
      ids[person.email] = (await call('users.add', { ...person, password: TEAM_PASSWORD })).id;
    }
    if (options.approvedSummary) {
      await signInAs(PEOPLE.author.email);
      const doc = await call('documents.create', { type: 'project-summary' });
      const versionId = doc.versions[0]?.id ?? 0;
      await call('documents.sendForReview', {
        versionId,
        reviewers: [ids[PEOPLE.reviewer.email] ?? 0],
        approvers: [ids[PEOPLE.approver.email] ?? 0],
        changeNote: 'First issue.',
        password: TEAM_PASSWORD,
      });
      await signInAs(PEOPLE.reviewer.email);
      await call('documents.sign', { versionId, meaning: 'reviewed', password: TEAM_PASSWORD });
      await signInAs(PEOPLE.approver.email);
      await call('documents.sign', { versionId, meaning: 'approved', password: TEAM_PASSWORD });
    }
  } finally {
    await core.close();
  }
  return { path };
}
