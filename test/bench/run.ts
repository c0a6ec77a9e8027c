// `npm run bench`: runs each bench in turn and prints figures and ratios; nothing here asserts. At the end
// it prints the target table (figure, target, ratio to raw, load average) filled by this run.
// A later area adds its bench module to BENCHES. `--only <name part>` runs a subset (several: comma-separated);
// `--size stretch` adds the 100k-requirement project.
import { parseArgs } from 'node:util';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { createBenchContext, type Bench } from './bench-context';
import { architectureBench } from './architecture-bench';
import { crashSoak } from './crash-soak';
import { encryptionBench } from './encryption-bench';
import { insertBench } from './insert-bench';
import { junitBench } from './junit-bench';
import { figure, timed } from './measure';
import { openBench } from './open-bench';
import { qmsBench } from './qms-bench';
import { releaseBench } from './release-bench';
import { requirementsBench } from './requirements-bench';
import { riskAnalysisPdfBench } from './risk-analysis-pdf-bench';
import { riskBench } from './risk-bench';
import { riskUiBench } from './risk-ui-bench';
import { signBench } from './sign-bench';
import { srsPdfBench } from './srs-pdf-bench';
import { stretchBench } from './stretch-bench';
import { loadNow, targetTable } from './targets';
import { soupBench } from './soup-bench';
import { traceBench } from './trace-bench';
import { benchPdfExport } from './pdf-export';
import { verifyBench } from './verify-bench';
import { integrityBench } from './integrity-bench';

const pdfExport: Bench = { name: 'pdf export of an audit extract', run: () => benchPdfExport() };

const BENCHES: Bench[] = [
  insertBench,
  openBench,
  encryptionBench,
  verifyBench,
  integrityBench,
  pdfExport,
  signBench,
  traceBench,
  requirementsBench,
  soupBench,
  riskBench,
  riskAnalysisPdfBench,
  srsPdfBench,
  riskUiBench,
  architectureBench,
  qmsBench,
  junitBench,
  releaseBench,
  crashSoak,
];

const { values } = parseArgs({ options: { only: { type: 'string' }, size: { type: 'string', default: 'normal' } } });
if (values.size !== 'normal' && values.size !== 'stretch') {
  console.error('usage: npm run bench -- [--only <name part>[,<name part>…]] [--size normal|stretch]');
  process.exit(2);
}
const wanted = values.only?.split(',').map((part) => part.trim().toLowerCase());
const selected = [...BENCHES, ...(values.size === 'stretch' ? [stretchBench] : [])].filter((b) => !wanted || wanted.some((part) => b.name.toLowerCase().includes(part)));
const root = makeTempDir('bench');
process.env.CAIRN_USER_DATA = `${root}/user-data`;
const ctx = createBenchContext(root);
let failed = false;
try {
  for (const bench of selected) {
    console.log(`\n${bench.name}  [load ${loadNow()}]`);
    try {
      const { ms } = await timed(() => bench.run(ctx));
      figure('(bench wall time)', ms / 1000, 's');
    } catch (error) {
      // A bench that cannot run is reported and the others still run.
      failed = true;
      console.log(`  could not run: ${(error as Error).stack ?? String(error)}`);
    }
  }
} finally {
  removeTempDir(root);
}
console.log(`\nTargets (issue 20), load average at the end ${loadNow()}\n${targetTable()}`);
process.exitCode = failed ? 1 : 0;
