import { z } from 'zod';
import type { DiagramLayout } from '../../architecture/diagram-types';
import { LIMITS } from '../../domain/limits';
import type { ArchitectureView } from '../architecture-types';
import { INTERFACE_DIRECTIONS } from '../architecture-types';
import { field, method } from '../method';

const prose = z.string().trim().max(LIMITS.text, `At most ${LIMITS.text} characters.`);
const short = z.string().trim().max(LIMITS.name, `At most ${LIMITS.name} characters.`);

/** An interface end: a software node or SOUP item by id, or an external system or hardware by name. */
const end = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('software'), id: field.id }),
  z.strictObject({ kind: z.literal('soup'), id: field.id }),
  z.strictObject({ kind: z.literal('external'), name: field.name }),
]);

/** Software architecture (IEC 62304 5.3) and detailed design (5.4): interfaces, segregation, unit designs, the diagram. */
export const architectureMethods = {
  'architecture.get': method<ArchitectureView>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'The architecture: software tree, interfaces, segregation per item, unit designs, what the class still requires, and the laid-out diagram.',
  }),
  'architecture.diagram': method<DiagramLayout>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'The architecture diagram, laid out: boxes for systems, items, units, SOUP and external systems, and routed interface edges.',
  }),
  'architecture.addInterface': method<ArchitectureView>()({
    input: z.strictObject({
      name: field.name,
      description: prose.default(''),
      from: end,
      to: end,
      protocol: short.default(''),
      dataExchanged: prose.default(''),
      direction: z.enum(INTERFACE_DIRECTIONS),
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Records an interface (IF-n) between two ends, at least one of them software or SOUP.',
  }),
  'architecture.updateInterface': method<ArchitectureView>()({
    input: z.strictObject({
      id: field.id,
      name: field.name.optional(),
      description: prose.optional(),
      from: end.optional(),
      to: end.optional(),
      protocol: short.optional(),
      dataExchanged: prose.optional(),
      direction: z.enum(INTERFACE_DIRECTIONS).optional(),
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Changes fields of an interface; its trace links become suspect.',
  }),
  'architecture.removeInterface': method<ArchitectureView>()({
    input: z.strictObject({ id: field.id }),
    kind: 'mutation',
    access: 'user',
    doc: 'Removes an interface and its trace links.',
  }),
  'architecture.setSegregation': method<ArchitectureView>()({
    input: z.strictObject({ itemId: field.id, measure: prose, effectiveness: prose }),
    kind: 'mutation',
    access: 'user',
    doc: 'Records how an item is segregated and how that is made effective (5.3.5); both empty clears it.',
  }),
  'architecture.setUnitDesign': method<ArchitectureView>()({
    input: z.strictObject({ unitId: field.id, design: prose, interfaces: prose.default('') }),
    kind: 'mutation',
    access: 'user',
    doc: "Records a unit's detailed design and the design of its interfaces (5.4.2, 5.4.3); both empty clears it.",
  }),
} as const;
