import type { Db } from '../db/connection';
import { TestCasesRepo } from './test-cases-repo';
import { TestEvidenceRepo } from './test-evidence-repo';
import { TestRunsRepo } from './test-runs-repo';

/** The testing tables (0013), one repository per concern, reached as `project.tests`. */
export class TestsRepo {
  readonly cases: TestCasesRepo;
  readonly runs: TestRunsRepo;
  readonly evidence: TestEvidenceRepo;

  constructor(db: Db) {
    this.cases = new TestCasesRepo(db);
    this.runs = new TestRunsRepo(db);
    this.evidence = new TestEvidenceRepo(db);
  }
}
