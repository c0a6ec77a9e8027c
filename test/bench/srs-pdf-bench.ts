import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Bench } from './bench-context';
import { figure } from './measure';
import type { ChildFigures } from './pdf-child';
import { pageCount } from './pdf-export';
import { rawPdfkit, tablesOf } from './raw-pdfkit';
import { srsContent } from './srs-fixture';
import { target, targetAtLeast } from './targets';

const SMALL = 2_500;
const LARGE = Number(process.env.CAIRN_BENCH_SRS ?? 10_000);
/** The technical file: an SRS and an audit extract sized to about 2,000 pages together. */
const BUNDLE = { requirements: 10_000, extract: 16_500 };

/** Renders and signs one PDF in a fresh process (see pdf-child.ts) and returns its figures. */
export async function inChild(args: string[]): Promise<ChildFigures> {
  const child = fileURLToPath(new URL('./pdf-child.ts', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', child, ...args], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ChildFigures;
}

/** CPU time of drawing the SRS's tables with raw pdfkit in this process: the baseline for pages per CPU second. */
async function rawRate(requirements: number): Promise<{ pages: number; cpuMs: number }> {
  const content = srsContent(requirements);
  const cpu = process.cpuUsage();
  const pdf = await rawPdfkit(tablesOf(content), content.orientation);
  const used = process.cpuUsage(cpu);
  return { pages: pageCount(pdf), cpuMs: (used.user + used.system) / 1000 };
}

const mib = (figures: ChildFigures) => `${Math.round(figures.peakRssMiB)} MiB peak (${Math.round(figures.startRssMiB)} MiB before the job)`;

/** The SRS of 10k requirements and a 2,000-page technical file: memory, speed against raw pdfkit, signed. */
export const srsPdfBench: Bench = {
  name: `SRS PDF of ${LARGE.toLocaleString('en-US')} requirements and a technical file: peak RSS, pages/s vs raw pdfkit`,
  async run() {
    const small = await inChild(['--job', 'srs', '--count', String(SMALL)]);
    figure(`SRS of ${SMALL.toLocaleString('en-US')} requirements: ${small.pages} pages`, small.ms / 1000, 's', `CPU ${(small.cpuMs / 1000).toFixed(1)} s, ${mib(small)}`);
    const large = await inChild(['--job', 'srs', '--count', String(LARGE)]);
    figure(`SRS of ${LARGE.toLocaleString('en-US')} requirements: ${large.pages} pages`, large.ms / 1000, 's', `CPU ${(large.cpuMs / 1000).toFixed(1)} s, ${mib(large)}`);
    const growth = ((large.peakRssMiB - small.peakRssMiB) * 1000) / Math.max(1, large.pages - small.pages);
    target(`SRS PDF of ${LARGE.toLocaleString('en-US')} requirements (${large.pages} pages, signed): peak RSS`, large.peakRssMiB, 'MiB', 400);
    target(`SRS PDF peak RSS growth per 1,000 pages (${small.pages} → ${large.pages} pages)`, growth, 'MiB', 50, undefined, '< 50 MiB (flat in page count)');

    const raw = await rawRate(LARGE);
    const cairnRate = (large.pages * 1000) / large.cpuMs;
    const rawPagesPerS = (raw.pages * 1000) / raw.cpuMs;
    figure(`raw pdfkit, the same ${LARGE.toLocaleString('en-US')} requirements' cells: ${raw.pages} pages`, raw.cpuMs, 'ms CPU', `${rawPagesPerS.toFixed(1)} pages/s`);
    targetAtLeast(
      'SRS PDF pages per CPU second vs raw pdfkit on the same content',
      cairnRate / rawPagesPerS,
      '×',
      0.7,
      `${cairnRate.toFixed(1)} vs ${rawPagesPerS.toFixed(1)} pages/s`,
    );

    const bundle = await inChild(['--job', 'technical-file', '--count', String(BUNDLE.requirements), '--extract', String(BUNDLE.extract)]);
    figure(`technical file: ${bundle.pages} pages`, bundle.ms / 1000, 's', `CPU ${(bundle.cpuMs / 1000).toFixed(1)} s, ${mib(bundle)}`);
    target(`technical file of ${bundle.pages.toLocaleString('en-US')} pages, signed: wall time`, bundle.ms / 1000, 's', 40, `CPU ${(bundle.cpuMs / 1000).toFixed(1)} s`);
    target(`technical file of ${bundle.pages.toLocaleString('en-US')} pages: peak RSS`, bundle.peakRssMiB, 'MiB', 500);
  },
};
