import type { MethodName } from '../../shared/api/contract';
import type { Step } from './door-scenarios';
import { OWNER, REVIEWER } from './team';

// The technical file's index and the references a team keeps for what Cairn does not write.

const owner = { email: OWNER.email, password: OWNER.password };
const ok = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: true });
const fails = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: false });

export const TECHNICAL_FILE_SCENARIOS: Partial<Record<MethodName, Step[]>> = {
  'technicalFile.index': [ok({ method: 'technicalFile.index', file: true, as: owner, input: {} }), fails({ method: 'technicalFile.index', file: true, input: {} })],
  'technicalFile.setReference': [
    ok({ method: 'technicalFile.setReference', file: true, as: owner, input: { element: 'mdr-ii-labelling', reference: 'IFU-001 rev B, “labelling” folder — Ünal' } }),
    fails({ method: 'technicalFile.setReference', file: true, as: owner, input: { element: 'mdr-ii-nonsense', reference: 'Nowhere' } }),
    // The users scenarios made the reviewer an approver with a new password: approvers sign, they do not keep records.
    fails({
      method: 'technicalFile.setReference',
      file: true,
      as: { email: REVIEWER.email, password: 'reviewer-password-2' },
      input: { element: 'mdr-ii-gspr', reference: 'GSPR-01' },
    }),
  ],
  'technicalFile.removeReference': [
    ok({ method: 'technicalFile.removeReference', file: true, as: owner, input: { element: 'mdr-ii-labelling' } }),
    fails({ method: 'technicalFile.removeReference', file: true, as: owner, input: { element: 'mdr-ii-labelling' } }),
  ],
};
