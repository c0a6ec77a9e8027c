import type { InputOf } from '../../../shared/api/contract';

/** A requirement of the sample as written, with the names of the software items it is allocated to. */
export type NewRequirement = Omit<InputOf<'requirements.create'>, 'itemIds'> & { items: string[] };

export const LINK = 'Spirometer link';
export const MEASURE = 'Measurement and quality checks';
export const TREND = 'Trend analysis and alerts';
export const VIEWER = 'Education content viewer';
export const PORTAL = 'BreathWise clinician portal';
export const APP = 'BreathWise mobile app';

/** One requirement: the fields every row has, in a fixed order, then those only some rows have. */
export const r = (
  title: string,
  text: string,
  type: NewRequirement['type'],
  source: NewRequirement['source'],
  sourceRef: string,
  items: string[],
  extra: Partial<NewRequirement> = {},
): NewRequirement => ({
  title,
  text,
  type,
  source,
  sourceRef,
  items,
  ...extra,
});
