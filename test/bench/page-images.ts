/**
 * Page-image comparison of three documents, to show a change to the PDF engine moved nothing on the page.
 * `tsx test/bench/page-images.ts render <dir>` writes the SRS of 300 requirements, an audit extract of
 * 600 entries (landscape) and a technical file of both, then their pages as PNGs (`pdftoppm -r 50`);
 * `tsx test/bench/page-images.ts compare <before> <after>` reports every page whose image differs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderJob, type RenderJob } from '../../electron/core/pdf/render-job';
import { auditExtractFixture } from './pdf-export';
import { benchControl, srsContent } from './srs-fixture';

function jobs(): Record<string, RenderJob> {
  const srs = srsContent(300);
  const parts = [{ content: srs, control: benchControl(srs) }, auditExtractFixture(600)];
  const manifest = parts.map(({ control }) => ({ docKey: control.docKey, title: control.title, version: 1, contentSha256: control.contentSha256, signatures: [] }));
  return {
    srs: { kind: 'document', ...parts[0]!, placeholder: null },
    audit: { kind: 'document', ...parts[1]!, placeholder: null },
    'technical-file': { kind: 'bundle', parts, bundle: { productName: 'Bench pump', manufacturer: 'Bench Ltd', issuedAt: '2026-01-01T00:00:00Z', manifest }, placeholder: null },
  };
}

async function render(dir: string): Promise<void> {
  for (const [name, job] of Object.entries(jobs())) {
    mkdirSync(join(dir, name), { recursive: true });
    const pdf = join(dir, `${name}.pdf`);
    writeFileSync(pdf, await renderJob(job, () => undefined));
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(dir, name, 'page')]);
  }
}

function compare(before: string, after: string): number {
  let differing = 0;
  for (const name of Object.keys(jobs())) {
    const pagesBefore = readdirSync(join(before, name)).sort();
    const pagesAfter = readdirSync(join(after, name)).sort();
    const changed = pagesBefore.filter((page) => !pagesAfter.includes(page) || !readFileSync(join(before, name, page)).equals(readFileSync(join(after, name, page))));
    const added = pagesAfter.filter((page) => !pagesBefore.includes(page));
    differing += changed.length + added.length;
    console.log(
      `${name}: ${pagesBefore.length} pages before, ${pagesAfter.length} after; ${changed.length + added.length} differ${changed.length + added.length ? `: ${[...changed, ...added].join(', ')}` : ''}`,
    );
  }
  return differing;
}

const { positionals } = parseArgs({ allowPositionals: true });
const [command, first, second] = positionals;
if (command === 'render' && first) await render(first);
else if (command === 'compare' && first && second) process.exitCode = compare(first, second) > 0 ? 3 : 0;
else {
  console.error('usage: tsx test/bench/page-images.ts render <dir> | compare <before> <after>');
  process.exitCode = 2;
}
