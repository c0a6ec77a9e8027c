import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startHost } from '../e2e/support/host';
import { createInput, OWNER } from '../support/team';
import { createTestCore } from '../support/test-core';
import type { Bench } from './bench-context';
import { figure, timed } from './measure';
import { CHAINS, riskCsv } from './risk-bench';

/** Signs in through the HTTP door inside the page, so the bench times the screen and not the sign-in form. */
async function signIn(page: Page, url: string, projectPath: string) {
  await page.goto(url);
  for (const [method, input] of [
    ['project.open', { path: projectPath }],
    ['session.signIn', { email: OWNER.email, password: OWNER.password }],
  ] as const) {
    const answer = await page.evaluate(
      async ([m, i]) => (await fetch(`./api/${m}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(i) })).json(),
      [method, input] as const,
    );
    if (!(answer as { ok: boolean }).ok) throw new Error(`${method} refused: ${JSON.stringify(answer)}`);
  }
  await page.reload();
}

/** The risk screen in Chromium: first render of the heat maps and table, a text filter, a heat-map cell filter and grouping by hazard. */
async function browserFigures(projectPath: string) {
  const host = await startHost();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, host.launchUrl, projectPath);
    const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Risk management' });
    await nav.waitFor();
    const shown = page.getByTestId('risk-shown');
    const firstRender = await timed(async () => {
      await nav.click();
      await page.getByRole('rowheader', { name: 'RISK-1', exact: true }).waitFor();
    });
    const domRows = await page.locator('[data-testid="risk-scroll"] [role="row"]').count();
    const search = page.getByRole('searchbox', { name: 'Search' });
    const textFilter = await timed(async () => {
      await search.fill('Hazard 7');
      await shown.filter({ hasText: 'shown' }).waitFor();
    });
    const narrowed = await shown.textContent();
    await search.fill('');
    await shown.filter({ hasText: /^[\d,]+ chains$/ }).waitFor();
    const cellFilter = await timed(async () => {
      await page
        .getByRole('button', { name: /^Before risk control, P\d × S\d: [1-9]/ })
        .first()
        .click();
      await shown.filter({ hasText: 'shown' }).waitFor();
    });
    const cellShown = await shown.textContent();
    await page.getByRole('button', { name: /^Clear cell/ }).click();
    const grouped = await timed(async () => {
      await page.getByLabel('Group by').selectOption('hazard');
      await page
        .getByRole('grid', { name: 'Risk chains' })
        .getByRole('gridcell', { name: /^HAZ-1 / })
        .waitFor();
    });
    return { firstRender: firstRender.ms, textFilter: textFilter.ms, cellFilter: cellFilter.ms, grouped: grouped.ms, narrowed, cellShown, domRows };
  } finally {
    await browser.close();
    await host.stop();
  }
}

/** 2,000 chains with 5,000 controls: the risk screen in Chromium and the risk management report as PDF. */
export const riskUiBench: Bench = {
  name: `risk screen and report: ${CHAINS.toLocaleString('en-US')} chains in Chromium, report PDF`,
  async run(ctx) {
    const path = join(ctx.scratch('risk-ui'), 'risk.cairn');
    const core = createTestCore({ userDataDir: ctx.userDataDir, clock: () => new Date() });
    const must = async (method: Parameters<typeof core.call>[0], input: unknown) => {
      const result = await core.call(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value;
    };
    try {
      await must('project.create', createInput(path));
      const { csv, controls } = riskCsv();
      const file = { fileName: 'risks.csv', base64: Buffer.from(csv).toString('base64') };
      const preview = (await must('risk.previewImport', file)) as { mapping: unknown };
      await must('risk.import', { ...file, mapping: preview.mapping });
      const analysis = (await must('documents.create', { type: 'risk-analysis' })) as { id: number };
      const report = (await must('documents.create', { type: 'risk-report' })) as { id: number };
      const reportPdf = await timed(() => must('documents.exportPdf', { documentId: report.id }) as Promise<{ base64: string }>);
      const analysisPdf = await timed(() => must('documents.exportPdf', { documentId: analysis.id }) as Promise<{ base64: string }>);
      figure(`risk management report PDF, ${CHAINS} chains with ${controls} controls`, reportPdf.ms, 'ms', `${Math.round((reportPdf.value.base64.length * 0.75) / 1024)} KiB`);
      figure('risk analysis PDF (landscape table of every chain)', analysisPdf.ms, 'ms', `${Math.round((analysisPdf.value.base64.length * 0.75) / 1024)} KiB`);
    } finally {
      await core.close();
    }
    const b = await browserFigures(path);
    figure('risk screen first render (click to first row, Chromium)', b.firstRender, 'ms');
    figure('text filter over every chain', b.textFilter, 'ms', b.narrowed ?? '');
    figure('heat-map cell filter', b.cellFilter, 'ms', b.cellShown ?? '');
    figure('group by hazard (every chain under its hazard header)', b.grouped, 'ms');
    figure('table rows in the DOM after first render (virtualised)', b.domRows, 'rows', `of ${CHAINS}`);
  },
};
