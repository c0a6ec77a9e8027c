import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import { hasUnsafeNameChars, UNSAFE_NAME_MESSAGE } from '../domain/safe-text';

/**
 * How a method touches state:
 * - `query` reads only;
 * - `mutation` changes the open project: the dispatcher runs it in one transaction with its audit rows;
 * - `session` opens, creates or closes a project or signs a person in or out; it manages its own
 *   transaction because the database it writes to is the one it opens;
 * - `job` is long-running (PDF export): asynchronous, reports progress, and writes any audited step in
 *   its own transaction;
 * - `app` changes app-level state outside any project (recent list).
 */
export type MethodKind = 'query' | 'mutation' | 'session' | 'job' | 'app';

/** Who may call: anyone, anyone with a project open, a signed-in user, or a signed-in owner. */
export type Access = 'anyone' | 'project' | 'user' | 'owner';

export interface MethodDef<I extends z.ZodType, O> {
  input: I;
  kind: MethodKind;
  access: Access;
  /** One sentence for --help and docs. */
  doc: string;
  /** Phantom: carries the output type to the clients; never set at run time. */
  output?: O;
}

/** Curried so the output type is named while the input schema's type is inferred. */
export function method<O>() {
  return <I extends z.ZodType>(def: Omit<MethodDef<I, O>, 'output'>): MethodDef<I, O> => def;
}

/** Field schemas shared by several methods, so each bound is stated once. */
export const field = {
  text: (max: number) => z.string().trim().min(1, 'Required.').max(max, `At most ${max} characters.`),
  name: z
    .string()
    .trim()
    .min(1, 'Required.')
    .max(LIMITS.name, `At most ${LIMITS.name} characters.`)
    .refine((name) => !hasUnsafeNameChars(name), UNSAFE_NAME_MESSAGE),
  email: z.string().trim().max(LIMITS.email).pipe(z.email('Not an e-mail address.')),
  newPassword: z.string().min(LIMITS.passwordMin, `At least ${LIMITS.passwordMin} characters.`).max(LIMITS.passwordMax, `At most ${LIMITS.passwordMax} characters.`),
  /** A password being re-entered (sign-in, e-signature): only its presence is checked here. */
  password: z.string().min(1, 'Required.').max(LIMITS.passwordMax),
  path: z
    .string()
    .trim()
    .min(1, 'Required.')
    .max(LIMITS.path, `At most ${LIMITS.path} characters.`)
    .refine((p) => !p.includes('\0'), 'A path cannot contain a NUL character.'),
  id: z.number().int().positive(),
  none: z.object({}).strict(),
  /** A file sent for import: its name (for the format and messages) and its bytes. */
  importFile: {
    fileName: z.string().trim().min(1, 'Required.').max(LIMITS.name),
    base64: z
      .string()
      .min(1, 'Required.')
      .max(LIMITS.pdfBase64, 'The file is too large.')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64.'),
    /** A workbook's sheet to read; the first with data when absent. Other formats ignore it. */
    sheet: z.string().trim().min(1).max(LIMITS.name).optional(),
  },
  instant: z.iso.datetime({ offset: true }),
  /** Bytes sent inline (a PDF to verify, a PKCS#12 file), base64-encoded, at most `max` characters. */
  base64: (max: number) =>
    z
      .string()
      .max(max, 'The file is too large.')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64-encoded data.'),
};
