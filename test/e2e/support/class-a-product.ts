import { expect, type Page } from '@playwright/test';
import type { VerificationMethod } from '../../../shared/requirements/fields';

/** A call to the host's API as the signed-in user, which must succeed. */
export async function hostCall(page: Page, method: string, input: unknown): Promise<void> {
  const answer = await page.request.post(`./api/${method}`, { data: input });
  expect(((await answer.json()) as { ok: boolean }).ok, method).toBe(true);
}

/**
 * A class A software system with one requirement, set up through the host's API: for journeys about what
 * comes after the specification, not about writing it.
 */
export async function classAProduct(page: Page, system: string, requirement: { title: string; text: string; verificationMethod: VerificationMethod }): Promise<void> {
  await hostCall(page, 'software.add', { parentId: null, kind: 'system', name: system, description: '' });
  await hostCall(page, 'classification.classifySystem', { systemId: 1, answers: { contributesToHazardousSituation: false } });
  await hostCall(page, 'requirements.create', requirement);
}
