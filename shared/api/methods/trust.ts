import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import type { TrustedCertificateView } from '../documents-types';
import { field, method } from '../method';

/** The certificates this project trusts when it checks signed PDFs. */
export const trustMethods = {
  'trust.list': method<TrustedCertificateView[]>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'Certificates this project trusts for verifying signatures.',
  }),
  'trust.add': method<TrustedCertificateView[]>()({
    input: z.object({ certificatePem: z.string().max(LIMITS.text), note: z.string().trim().max(LIMITS.name).default(''), password: field.password }).strict(),
    kind: 'mutation',
    access: 'owner',
    doc: "Adds a certificate (e.g. the company CA's) to the project's trusted list, e-signed by the owner (their password re-entered).",
  }),
  'trust.remove': method<TrustedCertificateView[]>()({
    input: z.object({ id: field.id }).strict(),
    kind: 'mutation',
    access: 'owner',
    doc: 'Removes a certificate from the trusted list.',
  }),
} as const;
