import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import type { SigningKeyInfo } from '../documents-types';
import { field, method } from '../method';

/**
 * An owner's e-signature on a trust change made by someone who is not an owner: the owner's e-mail and
 * their re-entered password (21 CFR 11.200). Owners sign their own trust changes with their own password.
 */
const ownerSignature = z.object({ email: field.email, password: field.password }).strict().optional();

/** Each member's signing key: generated or imported from a PKCS#12 file. */
export const keysMethods = {
  'keys.mine': method<SigningKeyInfo>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: "The signed-in user's signing certificate, if any.",
  }),
  'keys.generate': method<SigningKeyInfo>()({
    input: z.object({ password: field.password, owner: ownerSignature }).strict(),
    kind: 'mutation',
    access: 'user',
    doc: "Generates an RSA-3072 key and X.509 certificate for the signed-in user, encrypted under their password; replacing a key needs an owner's e-signature.",
  }),
  'keys.importPkcs12': method<SigningKeyInfo>()({
    input: z.object({ p12Base64: field.base64(LIMITS.p12Base64), p12Password: z.string().max(LIMITS.passwordMax), password: field.password, owner: ownerSignature }).strict(),
    kind: 'mutation',
    access: 'user',
    doc: "Imports the signed-in user's key and certificate from a PKCS#12 file issued by the company's CA; replacing a key needs an owner's e-signature.",
  }),
} as const;
