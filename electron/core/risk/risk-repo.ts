import type { Db } from '../db/connection';
import type { LabelSource } from '../trace/label-source';
import { RiskChainsRepo } from './risk-chains-repo';
import { RiskControlsRepo } from './risk-controls-repo';
import { RiskPlanRepo } from './risk-plan-repo';
import { RiskRecordsRepo } from './risk-records-repo';

/** The risk management file's tables, one repository per concern, reached as `project.risk`. */
export class RiskRepo {
  readonly plan: RiskPlanRepo;
  readonly records: RiskRecordsRepo;
  readonly chains: RiskChainsRepo;
  readonly controls: RiskControlsRepo;
  /** Hazardous situations as trace-link ends ("software item can contribute to"). */
  readonly situations: LabelSource;

  constructor(db: Db) {
    this.plan = new RiskPlanRepo(db);
    this.records = new RiskRecordsRepo(db);
    this.chains = new RiskChainsRepo(db);
    this.controls = new RiskControlsRepo(db);
    this.situations = { labels: (ids) => this.records.labels('situation', ids) };
  }
}
