import { z } from 'zod';
import { field, method } from '../method';
import type { AppStatus, SignInCandidate } from '../types';

/** Signing in to and out of the open project. */
export const sessionMethods = {
  'session.signIn': method<AppStatus>()({
    input: z.object({ email: field.email, password: field.password }).strict(),
    kind: 'session',
    access: 'project',
    doc: 'Signs a team member in to the open project.',
  }),
  'session.candidates': method<SignInCandidate[]>()({
    input: field.none,
    kind: 'query',
    access: 'project',
    doc: 'Who may sign in to the open project (active team members).',
  }),
  'session.signOut': method<AppStatus>()({
    input: field.none,
    kind: 'session',
    access: 'user',
    doc: 'Signs the current user out; the project stays open.',
  }),
} as const;
