/**
 * Renders and signs one large PDF in a fresh process and prints its figures as one JSON line: the peak
 * RSS of a process is only the export's own when nothing else ran in it before.
 * `tsx test/bench/pdf-child.ts --job srs|technical-file --count <requirements> [--extract <audit rows>]`
 */
import { parseArgs } from 'node:util';
import { renderJob, type RenderJob } from '../../electron/core/pdf/render-job';
import { signPreparedPdf } from '../../electron/core/signing/sign-pdf';
import { generateUserKey, unlockKey } from '../../electron/core/signing/user-keys';
import { auditExtractFixture, pageCount } from './pdf-export';
import { benchControl, srsContent } from './srs-fixture';

export interface ChildFigures {
  pages: number;
  bytes: number;
  ms: number;
  cpuMs: number;
  /** Peak resident set of the whole process, in MiB, and its size before the job was built. */
  peakRssMiB: number;
  startRssMiB: number;
}

const { values } = parseArgs({ options: { job: { type: 'string' }, count: { type: 'string' }, extract: { type: 'string', default: '0' } } });
const count = Number(values.count);
const identity = { name: 'Bench Approver', email: 'approver@example.com', organisation: 'Bench Ltd' };
const stored = generateUserKey(identity, 'bench-password', new Date());
const signer = {
  key: unlockKey(stored, 'bench-password'),
  certificatePem: stored.certificatePem,
  fields: { name: identity.name, email: identity.email, reason: 'Bench issue', location: 'Bench' },
};
const startRssMiB = process.memoryUsage().rss / 1048576;

const started = performance.now();
const cpu = process.cpuUsage();
const srs = srsContent(count);
const placeholder = { ...signer.fields, signingTime: '2026-01-01T00:00:00.000Z' };
let job: RenderJob;
if (values.job === 'srs') {
  job = { kind: 'document', content: srs, control: benchControl(srs), placeholder };
} else {
  const extract = auditExtractFixture(Number(values.extract));
  const parts = [{ content: srs, control: benchControl(srs) }, extract];
  const manifest = parts.map(({ control }) => ({ docKey: control.docKey, title: control.title, version: 1, contentSha256: control.contentSha256, signatures: [] }));
  job = { kind: 'bundle', parts, bundle: { productName: 'Bench pump', manufacturer: 'Bench Ltd', issuedAt: '2026-01-01T00:00:00Z', manifest }, placeholder };
}
const pdf = await signPreparedPdf(await renderJob(job, () => undefined), signer, new Date(placeholder.signingTime));
const used = process.cpuUsage(cpu);
const figures: ChildFigures = {
  pages: pageCount(pdf),
  bytes: pdf.length,
  ms: performance.now() - started,
  cpuMs: (used.user + used.system) / 1000,
  peakRssMiB: process.resourceUsage().maxRSS / 1024,
  startRssMiB,
};
console.log(JSON.stringify(figures));
