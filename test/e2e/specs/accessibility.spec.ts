import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { AuditPage } from '../pages/audit-page';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { SignInPage } from '../pages/sign-in-page';
import { expect, test } from '../support/fixtures';

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

test('axe finds no violations on home, sign-in, dashboard, team and audit trail', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const signIn = new SignInPage(page);
  await home.goto();
  await expectNoViolations(page, 'home');

  // Errors shown too: a failed create keeps the page accessible.
  await home.createSection.getByRole('button', { name: 'Create project' }).click();
  await expect(home.createSection.getByLabel('Product name')).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, 'home with errors');

  await home.createDemo(join(projectDir, 'sample'));
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByTestId('milestone-team')).toBeVisible();
  await expectNoViolations(page, 'dashboard');

  await shell.go('Team');
  await expect(page.getByRole('table', { name: 'Members' })).toBeVisible();
  await expectNoViolations(page, 'team');

  await shell.go('Audit trail');
  const audit = new AuditPage(page);
  await audit.row('Henrik Vogel added as approver').click();
  await expect(audit.detail).toBeVisible();
  await expectNoViolations(page, 'audit trail');

  await shell.signOut();
  await signIn.expectShown('BreathWise Home Spirometry');
  await signIn.signIn('Jonas Brandt', 'not-his-password');
  await expect(signIn.passwordError()).toBeVisible();
  await expectNoViolations(page, 'sign-in');
});
