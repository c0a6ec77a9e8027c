// `npm run bench`: runs each bench in turn and prints figures and ratios; nothing here asserts.
// A later area adds its bench module to BENCHES. `--only <name part>` runs a subset.
import { parseArgs } from 'node:util';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { createBenchContext, type Bench } from './bench-context';
import { architectureBench } from './architecture-bench';
import { crashSoak } from './crash-soak';
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
import { soupBench } from './soup-bench';
import { traceBench } from './trace-bench';
import { benchPdfExport } from './pdf-export';
import { verifyBench } from './verify-bench';
import { integrityBench } from './integrity-bench';

const pdfExport: Bench = { name: 'pdf export of an audit extract', run: () => benchPdfExport() };

const BENCHES: Bench[] = [insertBench, openBench, verifyBench, integrityBench, pdfExport, signBench, traceBench, requirementsBench, soupBench, riskBench, riskAnalysisPdfBench, riskUiBench, architectureBench, qmsBench, junitBench, releaseBench, crashSoak];

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const root = makeTempDir('bench');
process.env.CAIRN_USER_DATA = `${root}/user-data`;
const ctx = createBenchContext(root);
let failed = false;
try {
  for (const bench of BENCHES.filter((b) => !values.only || b.name.includes(values.only))) {
    console.log(`\n${bench.name}`);
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
process.exitCode = failed ? 1 : 0;
