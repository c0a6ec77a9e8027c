import { chromium } from 'playwright-core';
import { startHost } from '../e2e/support/host';
import { OWNER } from '../support/team';
import { timed } from './measure';

export const SCROLL_FRAMES = 120;

/**
 * Opens the project in Chromium through the HTTP host (unlocked with the owner's password, signed in)
 * and times the requirements screen: from the click on Requirements to its first row, then scroll
 * frames at 600 px each.
 */
export async function requirementsScreenFigures(projectPath: string) {
  const host = await startHost();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(host.launchUrl);
    for (const [method, input] of [['project.open', { path: projectPath, password: OWNER.password }], ['session.signIn', { email: OWNER.email, password: OWNER.password }]] as const) {
      const answer = await page.evaluate(async ([m, i]) => (await fetch(`./api/${m}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(i) })).json(), [method, input] as const);
      if (!(answer as { ok: boolean }).ok) throw new Error(`${method} refused: ${JSON.stringify(answer)}`);
    }
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Requirements' }).waitFor();
    const firstRender = await timed(async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Requirements' }).click();
      await page.locator('[data-cell="0:1"]').waitFor();
    });
    const frames = await page.locator('[data-testid="requirements-scroll"]').evaluate(async (element, count) => {
      const deltas: number[] = [];
      let last = performance.now();
      for (let i = 0; i < count; i++) {
        element.scrollTop += 600;
        await new Promise(requestAnimationFrame);
        const now = performance.now();
        deltas.push(now - last);
        last = now;
      }
      return deltas.sort((a, b) => a - b);
    }, SCROLL_FRAMES);
    const at = (q: number) => frames[Math.min(frames.length - 1, Math.floor(q * frames.length))] ?? 0;
    return { firstRender: firstRender.ms, median: at(0.5), p95: at(0.95), max: frames.at(-1) ?? 0, domRows: await page.locator('[data-testid="requirements-scroll"] [role="row"]').count() };
  } finally {
    await browser.close();
    await host.stop();
  }
}
