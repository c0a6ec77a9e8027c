/** The people every test project is made with; passwords meet the contract's minimum length. */
export const OWNER = { name: 'Olga Owner', email: 'olga@example.com', password: 'owner-password-1' } as const;
export const REVIEWER = { name: 'Rafael Reviewer', email: 'rafael@example.com', password: 'reviewer-password-1' } as const;

/** Input for project.create at `path`, owned by OWNER. */
export function createInput(path: string, productName = 'Test Pump') {
  return { path, productName, manufacturer: 'Test Devices Ltd', owner: { ...OWNER } };
}
