import type { FdaResult } from '../regulatory/fda-level';
import type { MdrResult } from '../regulatory/mdr-class';

export interface AssessmentView<R> {
  id: number;
  answers: unknown;
  result: R;
  decidedAt: string;
  decidedBy: string;
}

export interface RegulatoryAssessments {
  mdr: AssessmentView<MdrResult>[];
  fda: AssessmentView<FdaResult>[];
}
