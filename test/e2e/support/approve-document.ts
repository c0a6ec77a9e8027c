import { expect } from '@playwright/test';
import type { DocumentsPage } from '../pages/documents-page';

/** Sends the open document for review and approves it as the only person in the company (who acknowledges approving alone). */
export async function approveAlone(docs: DocumentsPage, person: { name: string; password: string }): Promise<void> {
  await docs.action('Send for review…').click();
  await docs.choose('Approvers (at least one)', person.name);
  await docs.signaturePassword().fill(person.password);
  await docs.submitDialog('Sign and send for review');
  await expect(docs.state()).toContainText('In review');
  await docs.action('Sign as approver…').click();
  await docs.dialog.getByRole('checkbox', { name: /no one else in this organisation can approve/ }).check();
  await docs.signaturePassword().fill(person.password);
  await docs.submitDialog('Sign as approver');
  await expect(docs.state()).toContainText('Approved');
}
