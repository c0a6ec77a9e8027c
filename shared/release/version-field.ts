import { z } from 'zod';

/** A software version as people write it ("1.0.0", "2.1.0-rc.1"): the same string as in test runs and problem reports. */
export const versionField = z
  .string()
  .trim()
  .min(1, 'Required.')
  .max(64, 'At most 64 characters.')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._+-]*$/, 'A version starts with a letter or digit and holds only letters, digits and . _ + -.');
