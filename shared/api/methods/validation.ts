import { z } from 'zod';
import { method } from '../method';
import type { ValidationRunView } from '../validation-types';

/** Cairn's validation of itself on this computer (ISO 13485 4.1.6): the same IQ and OQ as `cairn validate`. */
export const validationMethods = {
  'validation.run': method<ValidationRunView>()({
    input: z.strictObject({
      // Said explicitly: a full run takes a while, so no empty call starts one by default.
      scenarios: z.union([
        z.literal('all'),
        z
          .array(
            z
              .string()
              .trim()
              .regex(/^OQ-\d{2}$/, 'An OQ scenario id such as OQ-01.'),
          )
          .min(1, 'Name at least one scenario, or "all".')
          .max(20),
      ]),
    }),
    kind: 'job',
    access: 'user',
    doc: "Runs Cairn's installation and operational qualification in a separate process (every OQ scenario, or the named ones), signs the report and records it against Cairn's entry in the QMS tool list (authors and owners).",
  }),
} as const;
