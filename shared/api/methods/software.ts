import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { field, method } from '../method';
import type { SoftwareNode } from '../software-types';
import { SOFTWARE_KINDS } from '../software-types';

const prose = z.string().trim().max(LIMITS.text, `At most ${LIMITS.text} characters.`);

/** The software tree: systems, items and units. */
export const softwareMethods = {
  'software.tree': method<SoftwareNode[]>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'The software systems with their items and units, each with its effective safety class.',
  }),
  'software.add': method<SoftwareNode[]>()({
    input: z.strictObject({ parentId: field.id.nullable(), kind: z.enum(SOFTWARE_KINDS), name: field.name, description: prose.default('') }),
    kind: 'mutation',
    access: 'user',
    doc: 'Adds a software system (no parent), item or unit to the tree.',
  }),
  'software.update': method<SoftwareNode[]>()({
    input: z.strictObject({ id: field.id, name: field.name.optional(), description: prose.optional() }),
    kind: 'mutation',
    access: 'user',
    doc: 'Renames or re-describes a system, item or unit.',
  }),
  'software.remove': method<SoftwareNode[]>()({
    input: z.strictObject({ id: field.id }),
    kind: 'mutation',
    access: 'user',
    doc: 'Removes a system, item or unit that has no children and no classification on record.',
  }),
} as const;
