import type { Role } from '../../../shared/domain/roles';

/**
 * The sample product: a home spirometry app that a small company could plausibly bring to market.
 * Later areas add their records for the same device, so the demo reads as one coherent technical file.
 */
export const DEMO_PRODUCT = {
  productName: 'BreathWise Home Spirometry',
  manufacturer: 'Alder Respiratory Technologies GmbH',
} as const;

/** Shared by every demo account and printed by `cairn demo`; the sample holds no real data. */
export const DEMO_PASSWORD = 'breathwise-demo';

export const DEMO_TEAM: readonly [{ name: string; email: string; role: 'owner' }, ...{ name: string; email: string; role: Role }[]] = [
  { name: 'Dr. Miriam Okafor', email: 'miriam.okafor@alder-resp.example', role: 'owner' },
  { name: 'Jonas Brandt', email: 'jonas.brandt@alder-resp.example', role: 'author' },
  { name: 'Sofia Lindqvist', email: 'sofia.lindqvist@alder-resp.example', role: 'reviewer' },
  { name: 'Henrik Vogel', email: 'henrik.vogel@alder-resp.example', role: 'approver' },
];
