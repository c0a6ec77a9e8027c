import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { pdftotext } from '../support/pdf-tools';

/** The Documents screen: the list, one document's detail, and the dialogs opened from them. */
export class DocumentsPage {
  readonly list: Locator;
  readonly dialog: Locator;
  readonly verifyCard: Locator;
  readonly verifyResult: Locator;
  readonly driftNotice: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('table', { name: 'Controlled documents' });
    this.dialog = page.getByRole('dialog');
    this.verifyCard = page.getByRole('region', { name: 'Check a PDF someone sent back' });
    this.verifyResult = page.getByTestId('verify-pdf-result');
    this.driftNotice = page.getByTestId('drift-notice');
  }

  /** The list row of a document, by its ID or the start of it (audit extracts carry their date). */
  row(docKey: string): Locator {
    return this.list.locator(`[data-testid^="document-${docKey}"]`);
  }

  async open(docKey: string): Promise<void> {
    await this.row(docKey)
      .getByRole('button', { name: new RegExp(`^${docKey}`) })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(docKey) })).toBeVisible();
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('button', { name: '← All documents' }).click();
    await expect(this.list).toBeVisible();
  }

  async createProjectSummary(): Promise<void> {
    await this.page.getByRole('button', { name: 'New document…' }).click();
    await this.dialog.getByRole('radio', { name: /Project summary/ }).check();
    await this.dialog.getByRole('button', { name: 'Create draft' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /PROJECT-SUMMARY/ })).toBeVisible();
  }

  /** Creates a document made from the records alone (SSC, 62304-PLAN, SDP …) and waits for its page. */
  async createRecordDocument(label: RegExp, docKey: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New document…' }).click();
    await this.dialog.getByRole('radio', { name: label }).check();
    await this.dialog.getByRole('button', { name: 'Create draft' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(docKey) })).toBeVisible();
  }

  /** Exports the open document unsigned into `dir` and returns its text as pdftotext reads it, spaces collapsed. */
  async exportText(dir: string): Promise<string> {
    const download = await this.exportPdf(null);
    const pdf = join(dir, download.suggestedFilename());
    await download.saveAs(pdf);
    return pdftotext(pdf).replace(/\s+/g, ' ');
  }

  tab(name: 'Preview' | 'Versions & signatures'): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** The document's header badge: version, state and drift marker. */
  state(): Locator {
    return this.page.getByTestId('document-state');
  }

  action(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('button', { name });
  }

  /** Ticks a person in the send-for-review dialog's reviewer or approver group. */
  async choose(group: 'Reviewers (optional)' | 'Approvers (at least one)', name: string): Promise<void> {
    await this.dialog
      .getByRole('group', { name: group })
      .getByRole('checkbox', { name: new RegExp(name) })
      .check();
  }

  signaturePassword(): Locator {
    return this.dialog.getByLabel('Your password (electronic signature)');
  }

  async submitDialog(name: string | RegExp): Promise<void> {
    await this.dialog.getByRole('button', { name }).click();
  }

  /** Exports from the open document's Export dialog and hands back the browser's download. */
  async exportPdf(password: string | null): Promise<Download> {
    await this.action('Export PDF…').click();
    if (password !== null) {
      await this.dialog.getByRole('checkbox', { name: /Sign the PDF/ }).check();
      await this.signaturePassword().fill(password);
    }
    const download = this.page.waitForEvent('download');
    await this.submitDialog(/^Export PDF$/);
    return download;
  }

  /** Exports the technical file (unsigned) from the list screen and hands back its two downloads, the PDF and the manifest. */
  async exportTechnicalFile(): Promise<{ pdf: Download | undefined; manifest: Download | undefined }> {
    await this.page.getByRole('button', { name: 'Export technical file…' }).click();
    const downloads: Download[] = [];
    this.page.on('download', (download) => downloads.push(download));
    await this.submitDialog('Export technical file');
    await expect(this.page.getByRole('status').filter({ hasText: 'and its manifest were downloaded' })).toBeVisible();
    await expect.poll(() => downloads.length).toBe(2);
    return { pdf: downloads.find((d) => d.suggestedFilename().endsWith('.pdf')), manifest: downloads.find((d) => d.suggestedFilename().endsWith('.manifest.json')) };
  }

  async verify(file: string): Promise<void> {
    await this.verifyCard.getByLabel('PDF to check').setInputFiles(file);
    await expect(this.verifyResult).toBeVisible();
  }
}
