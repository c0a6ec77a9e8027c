import { join } from 'node:path';
import { AuditPage } from '../pages/audit-page';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { SignInPage } from '../pages/sign-in-page';
import { TeamPage } from '../pages/team-page';
import { expect, test } from '../support/fixtures';

const OWNER = { name: 'Hana Keller', email: 'hana@oximetry.example', password: 'correct-horse-1' };

test('create a project, sign out and in, manage the team, and find it all in the audit trail', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const signIn = new SignInPage(page);
  const shell = new ShellPage(page);
  const team = new TeamPage(page);
  const audit = new AuditPage(page);
  await home.goto();

  // The path follows the product name until edited, in the core's suggested folder while nothing is recent.
  await home.createSection.getByLabel('Product name').fill('PulseGuard Oximeter');
  await expect(home.createSection.getByLabel('Project file')).toHaveValue(/^\/.+\/pulseguard-oximeter\.cairn$/);

  // Client-side checks: mismatched confirmation is caught before the core is asked.
  await home.fillCreate(
    {
      productName: 'PulseGuard Oximeter',
      manufacturer: 'Keller Medical',
      ownerName: OWNER.name,
      email: OWNER.email,
      password: OWNER.password,
      path: join(projectDir, 'pulseguard'),
    },
    'something-else',
  );
  await home.createSection.getByRole('button', { name: 'Create project' }).click();
  await expect(home.createSection.getByLabel('Confirm password')).toHaveAccessibleDescription('The two passwords differ.');
  await expect(home.createSection.getByLabel('Confirm password')).toBeFocused();

  // The core's refusal lands next to the field it names: a folder that does not exist.
  await home.createSection.getByLabel('Confirm password').fill(OWNER.password);
  await home.createSection.getByLabel('Project file').fill(join(projectDir, 'no-such-folder', 'pulseguard'));
  await home.createSection.getByLabel('Project file').press('Enter');
  await expect(home.createSection.getByLabel('Project file')).toHaveAccessibleDescription(/does not exist/);

  await home.createSection.getByLabel('Project file').fill(join(projectDir, 'pulseguard'));
  await home.createSection.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await shell.expectSignedIn(OWNER.name, 'Owner');
  await expect(page.getByTestId('product-name')).toHaveText('PulseGuard Oximeter');
  await expect(page.getByTestId('milestone-team')).toContainText('Only the owner so far');

  // Sign out, then a wrong password is refused at the password field, then the right one works.
  await shell.signOut();
  await signIn.expectShown('PulseGuard Oximeter');
  await signIn.signIn(OWNER, 'not-the-password');
  await expect(signIn.passwordError()).toHaveText('That e-mail address and password do not match a team member.');
  await expect(signIn.password).toHaveAttribute('aria-invalid', 'true');
  await signIn.password.fill(OWNER.password);
  await signIn.password.press('Enter');
  await shell.expectSignedIn(OWNER.name, 'Owner');

  // Team: add two people with roles, then deactivate one of them.
  await shell.go('Team');
  await team.add({ name: 'Ravi Menon', email: 'ravi@oximetry.example', role: 'Reviewer', password: 'ravi-first-pass' });
  await expect(team.member('ravi@oximetry.example')).toContainText('Active');
  await expect(team.member('ravi@oximetry.example').getByLabel('Role of Ravi Menon')).toHaveValue('reviewer');
  await team.add({ name: 'Lena Fischer', email: 'lena@oximetry.example', role: 'Author', password: 'lena-first-pass' });
  await expect(team.member('lena@oximetry.example')).toBeVisible();

  // A duplicate e-mail is the core's refusal, shown at the e-mail field.
  await team.add({ name: 'Ravi Again', email: 'ravi@oximetry.example', role: 'Author', password: 'ravi-first-pass' });
  await expect(team.addForm.getByLabel('E-mail')).toHaveAccessibleDescription(/already belongs to a team member/);

  await team.deactivate('Lena Fischer', 'lena@oximetry.example');
  await expect(team.member('lena@oximetry.example')).toContainText('Inactive');
  await expect(team.member('lena@oximetry.example').getByRole('button', { name: 'Reactivate Lena Fischer' })).toBeVisible();
  // The file got a new key with the deactivation (issue 15): its new recovery key is shown this once.
  const newKey = page.getByRole('region', { name: 'New recovery key' });
  await expect(newKey).toContainText('Deactivating Lena Fischer gave this project file a new key');
  await expect(newKey.getByTestId('recovery-key')).toHaveText(/^[A-Z2-7]{4}(-[A-Z2-7]{1,4}){12}$/);
  await newKey.getByRole('button', { name: 'I have stored the recovery key' }).click();
  await expect(newKey).toHaveCount(0);

  // The refused member is still typed in the add form: leaving asks first (issue 17), and the owner lets it go.
  page.once('dialog', (dialog) => void dialog.accept());
  // The audit trail shows every step, by the right person, newest first.
  await shell.go('Audit trail');
  // Creation also makes the owner's first key and its signed creation anchor (issue 14): rows 4 and 5.
  await audit.expectTotal(11);
  const expected = [
    [
      '11',
      OWNER.name,
      'Rekey',
      'project',
      "Project key replaced after Lena Fischer's deactivation: their key slot, the previous key and its recovery key no longer open this file",
    ],
    ['10', OWNER.name, 'Deactivate', 'user', 'Lena Fischer deactivated'],
    ['9', OWNER.name, 'Create', 'user', 'Lena Fischer added as author'],
    ['8', OWNER.name, 'Create', 'user', 'Ravi Menon added as reviewer'],
    ['7', OWNER.name, 'Sign in', 'user', `${OWNER.name} signed in`],
    ['6', OWNER.name, 'Sign out', 'user', `${OWNER.name} signed out`],
  ];
  const creation = [
    ['3', OWNER.name, 'Sign in', 'user', `${OWNER.name} signed in`],
    ['2', OWNER.name, 'Create', 'user', `${OWNER.name} added as owner`],
    ['1', OWNER.name, 'Create', 'project', 'Project "PulseGuard Oximeter" created'],
  ];
  const rows = [...expected.map((row, index) => [index, row] as const), ...creation.map((row, index) => [index + 8, row] as const)];
  for (const [index, [seq, who, action, entity, summary]] of rows) {
    const cells = audit.cells(index);
    await expect(cells.nth(0)).toHaveText(seq!);
    await expect(cells.nth(2)).toHaveText(who!);
    await expect(cells.nth(3)).toHaveText(action!);
    await expect(cells.nth(4)).toHaveText(entity!);
    await expect(cells.nth(6)).toHaveText(summary!);
  }

  // Selecting the deactivation shows what changed, field by field.
  await audit.row('Lena Fischer deactivated').click();
  const activeLine = audit.detail.getByRole('row', { name: /^active/ });
  await expect(activeLine.getByRole('cell').nth(0)).toHaveText('true');
  await expect(activeLine.getByRole('cell').nth(1)).toHaveText('false');

  await page.getByRole('button', { name: 'Verify chain' }).click();
  await expect(page.getByTestId('verify-result')).toHaveText('Intact: all 11 rows check out');
});
