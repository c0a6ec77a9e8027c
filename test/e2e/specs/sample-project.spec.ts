import { join } from 'node:path';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { SignInPage } from '../pages/sign-in-page';
import { TeamPage } from '../pages/team-page';
import { expect, test } from '../support/fixtures';

const TEAM = [
  ['Dr. Miriam Okafor', 'Owner'],
  ['Jonas Brandt', 'Author'],
  ['Sofia Lindqvist', 'Reviewer'],
  ['Henrik Vogel', 'Approver'],
] as const;

test('the sample project opens with the BreathWise team, and its password works for everyone', async ({ page, projectDir }) => {
  // The sample holds every area's records (its test runs included): building it nears a minute on a busy machine.
  test.setTimeout(300_000);
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const signIn = new SignInPage(page);
  const team = new TeamPage(page);
  await home.goto();
  await expect(home.demoSection).toContainText('breathwise-demo');

  await home.createDemo(join(projectDir, 'breathwise'));
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByTestId('product-name')).toHaveText('BreathWise Home Spirometry');
  await expect(page.getByTestId('manufacturer')).toHaveText('Alder Respiratory Technologies GmbH');
  await shell.expectSignedIn('Dr. Miriam Okafor', 'Owner');
  const teamCard = page.getByRole('list', { name: 'Team members' });
  for (const [name, role] of TEAM) await expect(teamCard.getByRole('listitem').filter({ hasText: name })).toContainText(role);
  await expect(page.getByTestId('milestone-team')).toContainText('4 active members');

  // Sign in as the reviewer with the shown password: the team is read-only for her.
  await shell.signOut();
  await signIn.signIn({ name: 'Sofia Lindqvist', email: 'sofia.lindqvist@alder-resp.example' }, 'breathwise-demo');
  await shell.expectSignedIn('Sofia Lindqvist', 'Reviewer');
  await expect(page.getByRole('button', { name: 'Edit product details' })).toHaveCount(0);
  await shell.go('Team');
  await expect(team.members.getByRole('row')).toHaveCount(5);
  await expect(team.addForm).toHaveCount(0);
  await expect(team.members.getByRole('button')).toHaveCount(0);
  await expect(team.members.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Change your password' })).toBeVisible();
});
