import type { Handlers } from '../context';
import { demoHandlers } from '../demo/demo-project';
import { appHandlers } from './app-handlers';
import { auditHandlers } from './audit-handlers';
import { documentsHandlers } from './documents-handlers';
import { exportHandlers } from './export-handlers';
import { keysHandlers } from './keys-handlers';
import { projectHandlers } from './project-handlers';
import { sessionHandlers } from './session-handlers';
import { usersHandlers } from './users-handlers';

/** Every method of the contract, each implemented once; `satisfies` makes a missing one a type error. */
export const handlers = {
  ...appHandlers,
  ...sessionHandlers,
  ...demoHandlers,
  ...projectHandlers,
  ...usersHandlers,
  ...auditHandlers,
  ...documentsHandlers,
  ...exportHandlers,
  ...keysHandlers,
} satisfies Handlers;
