import type { Page } from '@playwright/test';
import { join } from 'node:path';
import type { AppStatus } from '../../../shared/api/types';
import type { RecentProject } from '../../../shared/api/recent-types';
import { HomePage } from '../pages/home-page';
import { expect, test } from '../support/fixtures';

// Each worker serves its tests from one host (support/fixtures.ts). These tests run in a row on one
// worker and prove that what one test leaves on the host — a project open and signed in to, a locked
// encrypted file, the recent-projects list — is gone for the next. Set up through the API: what the
// screens do is proven elsewhere; here only the host's state between tests matters.

test.describe.configure({ mode: 'serial' });

const OWNER = { name: 'Ida Isolation', email: 'ida@isolation.example', password: 'isolation-pass' };

/** The host every test of this file was served by: the first sets it, the others compare. */
let firstHostUrl: string | null = null;

async function call<T>(page: Page, method: string, input: unknown = {}): Promise<T> {
  const answer = (await (await page.request.post(`./api/${method}`, { data: input })).json()) as { ok: boolean; value: T; error?: unknown };
  expect(answer.ok, `${method}: ${JSON.stringify(answer.error)}`).toBe(true);
  return answer.value;
}

/** What a fresh host shows: no project, nobody signed in, nothing locked, an empty recent list on screen and through the API. */
async function expectFreshHost(page: Page): Promise<void> {
  const home = new HomePage(page);
  await home.goto();
  await expect(home.recentSection).toContainText('will be listed here');
  const status = await call<AppStatus>(page, 'app.status');
  expect({ project: status.project, user: status.user, locked: status.locked }).toEqual({ project: null, user: null, locked: null });
  expect(await call<RecentProject[]>(page, 'recent.list')).toEqual([]);
}

function sameHostAsBefore(url: string): void {
  firstHostUrl ??= url;
  expect(url).toBe(firstHostUrl);
}

test('a test leaves a project open and signed in to, with a recent entry', async ({ page, host, projectDir }) => {
  sameHostAsBefore(host.url);
  await expectFreshHost(page);
  await call(page, 'project.create', { path: join(projectDir, 'left-open'), productName: 'Left Open', manufacturer: 'Isolation Ltd', owner: OWNER });
  const status = await call<AppStatus>(page, 'app.status');
  expect(status.project?.productName).toBe('Left Open');
  expect(status.user?.name).toBe(OWNER.name);
  expect(await call<RecentProject[]>(page, 'recent.list')).toHaveLength(1);
});

test('the next test on the same host sees none of it, and leaves an encrypted file locked', async ({ page, host, projectDir }) => {
  sameHostAsBefore(host.url);
  await expectFreshHost(page);
  const path = join(projectDir, 'left-locked.cairn');
  await call(page, 'project.create', { path, productName: 'Left Locked', manufacturer: 'Isolation Ltd', owner: OWNER });
  await call(page, 'project.close');
  await call(page, 'project.open', { path });
  expect((await call<AppStatus>(page, 'app.status')).locked).toBe(path);
});

test('the test after that finds nothing locked and nothing recent', async ({ page, host }) => {
  sameHostAsBefore(host.url);
  await expectFreshHost(page);
});
