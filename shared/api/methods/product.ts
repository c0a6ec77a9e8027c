import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { field, method } from '../method';
import type { ProductProfile } from '../product-types';
import { SOFTWARE_FORMS } from '../product-types';
import { MARKETS } from '../../regulatory/markets';

const prose = z.string().trim().max(LIMITS.text, `At most ${LIMITS.text} characters.`);

/** The product profile: intended purpose, users, population, environment, markets and form. */
export const productMethods = {
  'product.get': method<ProductProfile>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'The product profile: intended purpose, users, population, environment, markets, form.',
  }),
  'product.update': method<ProductProfile>()({
    input: z.strictObject({
      productName: field.name.optional(),
      manufacturer: field.name.optional(),
      intendedPurpose: prose.optional(),
      intendedUsers: prose.optional(),
      patientPopulation: prose.optional(),
      useEnvironment: prose.optional(),
      markets: z.array(z.enum(MARKETS)).max(MARKETS.length).optional(),
      softwareForm: z.enum(SOFTWARE_FORMS).optional(),
      hardwareDevice: prose.optional(),
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Changes fields of the product profile (authors and owners).',
  }),
} as const;
