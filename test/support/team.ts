/** The people every test project is made with; passwords meet the contract's minimum length. */
export const OWNER = { name: 'Olga Owner', email: 'olga@example.com', password: 'owner-password-1' } as const;
export const REVIEWER = { name: 'Rafael Reviewer', email: 'rafael@example.com', password: 'reviewer-password-1' } as const;

/** Input for project.create at `path`, owned by OWNER. */
export function createInput(path: string, productName = 'Test Pump') {
  return { path, productName, manufacturer: 'Test Devices Ltd', owner: { ...OWNER } };
}

/**
 * Three members to join OWNER, the author last: in the four-member team their key slot is the fourth, the
 * one an unlock that tries every slot reaches last (encryption tests and bench).
 */
export const THREE_MORE_MEMBERS = [
  { name: 'Cal Checker', email: 'cal@example.com', role: 'reviewer', password: 'checker-pass-1' },
  { name: 'Dee Decider', email: 'dee@example.com', role: 'approver', password: 'decider-pass-1' },
  { name: 'Bea Builder', email: 'bea@example.com', role: 'author', password: 'builder-pass-1' },
] as const;
