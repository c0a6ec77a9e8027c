import type { RecordLabel } from '../../../shared/api/trace-types';

/** A repository that can name its records by id, for links and reports. */
export interface LabelSource {
  labels(ids: readonly number[]): Map<number, RecordLabel>;
}
