import { expect, type Locator, type Page } from '@playwright/test';
import { copySample, SAMPLE_OWNER } from '../../support/sample-cache';
import { SignInPage } from './sign-in-page';

export interface NewProject {
  productName: string;
  manufacturer: string;
  ownerName: string;
  email: string;
  password: string;
  path: string;
}

export class HomePage {
  readonly createSection: Locator;
  readonly openSection: Locator;
  readonly recentSection: Locator;
  readonly demoSection: Locator;

  constructor(readonly page: Page) {
    this.createSection = page.getByRole('region', { name: 'Create a project' });
    this.openSection = page.getByRole('region', { name: 'Open a project' });
    this.recentSection = page.getByRole('region', { name: 'Recent projects' });
    this.demoSection = page.getByRole('region', { name: 'Explore the sample project' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: 'Create a project' })).toBeVisible();
  }

  async fillCreate(project: NewProject, confirmation = project.password): Promise<void> {
    const form = this.createSection;
    await form.getByLabel('Product name').fill(project.productName);
    await form.getByLabel('Manufacturer').fill(project.manufacturer);
    await form.getByLabel('Your name').fill(project.ownerName);
    await form.getByLabel('E-mail').fill(project.email);
    await form.getByLabel('Password', { exact: true }).fill(project.password);
    await form.getByLabel('Confirm password').fill(confirmation);
    await form.getByLabel('Project file').fill(project.path);
  }

  async create(project: NewProject): Promise<void> {
    await this.fillCreate(project);
    await this.createSection.getByRole('button', { name: 'Create project' }).click();
  }

  async openByPath(path: string): Promise<void> {
    await this.openSection.getByLabel('Project file path').fill(path);
    await this.openSection.getByLabel('Project file path').press('Enter');
  }

  recentItem(productName: string): Locator {
    return this.recentSection.getByRole('listitem').filter({ hasText: productName });
  }

  async openRecent(productName: string): Promise<void> {
    await this.recentSection.getByRole('button', { name: `Open ${productName}` }).click();
  }

  async createDemo(path: string): Promise<void> {
    await this.demoSection.getByLabel('Save the sample as').fill(path);
    await this.demoSection.getByRole('button', { name: 'Explore the sample project' }).click();
    // Building the sample writes every area's records and signs documents with four people's passwords
    // (slow hashes by design): about 12 s alone, several times that beside another worker on two cores.
    // Wait for the dashboard it ends on, however long that takes; the specs that build it allow for it.
    await expect(this.page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible({ timeout: 180_000 });
  }

  /**
   * Opens a copy of the sample project prepared once per run, signed in as its owner on the dashboard:
   * where createDemo leaves a user, without building the sample again (sample-project.spec builds it).
   */
  async openSample(path: string): Promise<void> {
    const file = copySample(path.endsWith('.cairn') ? path : `${path}.cairn`);
    await this.openByPath(file);
    await new SignInPage(this.page).signIn(SAMPLE_OWNER, SAMPLE_OWNER.password);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  }
}
