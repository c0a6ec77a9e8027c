import { chromium } from 'playwright-core';
import { startHost } from '../e2e/support/host';
import { OWNER } from '../support/team';
import { timed } from './measure';

export const SCROLL_FRAMES = 120;
/**
 * How long the set-up (open, sign in, the landing screen) may take: not part of any figure. The landing
 * screen's summary and walk status take about a second on 100k requirements; what takes longer is the
 * background integrity check of a million audit rows, whose progress the landing screen polls (so the
 * network is idle only once it ends, and it no longer competes with the measured screen).
 */
const SETTLE_MS = 180_000;

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
    // The launch address sets the session cookie; the app is then left (a bare page of the host) so that
    // opening and signing in through the API does not set it loading screens behind the bench's back.
    await page.goto(host.launchUrl);
    await page.goto(new URL('/robots.txt', host.url).href);
    for (const [method, input] of [
      ['project.open', { path: projectPath, password: OWNER.password }],
      ['session.signIn', { email: OWNER.email, password: OWNER.password }],
    ] as const) {
      const answer = await page.request.post(new URL(`/api/${method}`, host.url).href, { data: input, timeout: SETTLE_MS });
      const body = (await answer.json()) as { ok: boolean };
      if (!body.ok) throw new Error(`${method} refused: ${JSON.stringify(body)}`);
    }
    // The landing screen loads its own figures and polls the integrity check until it ends: the measure
    // starts once the host is idle again, so it times the requirements screen alone.
    await page.goto(host.url, { waitUntil: 'networkidle', timeout: SETTLE_MS });
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
    return {
      firstRender: firstRender.ms,
      median: at(0.5),
      p95: at(0.95),
      max: frames.at(-1) ?? 0,
      domRows: await page.locator('[data-testid="requirements-scroll"] [role="row"]').count(),
    };
  } finally {
    await browser.close();
    await host.stop();
  }
}
