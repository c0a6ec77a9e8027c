import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { classificationAnswersSchema } from '../../regulatory/classification';
import { checkExternalControls, checkSituations, type ExternalControlInput } from '../../regulatory/external-controls';
import { itemClassInputSchema } from '../../regulatory/item-class';
import { safetyClassSchema } from '../../regulatory/safety-class';
import { refineWith } from '../../regulatory/answer-schema';
import { field, method } from '../method';
import type { ClassificationHistory, ClassificationRiskFile } from '../classification-types';

const prose = z.string().trim().max(LIMITS.text, `At most ${LIMITS.text} characters.`);
/** A free-text control, or one picked from the risk file by id (its name then comes from the file). */
const externalControl = z.strictObject({ riskControlId: field.id.optional(), control: prose.default(''), independence: prose });

type ClassifyChecked = { answers: z.output<typeof classificationAnswersSchema>; externalControls: ExternalControlInput[]; situationIds: number[] };

const classifyInput = z
  .strictObject({
    systemId: field.id,
    answers: classificationAnswersSchema,
    /** The risk file's hazardous situations this system can contribute to; linked from the system when saved. */
    situationIds: z.array(field.id).max(500).default([]),
    externalControls: z.array(externalControl).max(50).default([]),
    rationaleExtra: prose.default(''),
  })
  .superRefine(refineWith((v: ClassifyChecked) => checkSituations(v.answers, v.situationIds)))
  .superRefine(refineWith((v: ClassifyChecked) => checkExternalControls(v.answers, v.externalControls)));

/** IEC 62304 software safety classification of systems and items, with its history. */
export const classificationMethods = {
  'classification.classifySystem': method<ClassificationHistory>()({
    input: classifyInput,
    kind: 'mutation',
    access: 'user',
    doc: "Answers the IEC 62304 4.3 questions for a system; the class and its rationale are derived and kept with the system's history.",
  }),
  'classification.riskFile': method<ClassificationRiskFile>()({
    input: z.strictObject({ systemId: field.id }),
    kind: 'query',
    access: 'user',
    doc: "The risk file as one system's classification sees it: hazardous situations with their worst severity, and risk controls with whether they are external to the system.",
  }),
  'classification.setItemClass': method<ClassificationHistory>()({
    input: z.strictObject({
      itemId: field.id,
      itemClass: safetyClassSchema.nullable(),
      segregation: itemClassInputSchema.shape.segregation,
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Gives an item a lower class than its parent on a segregation argument, or (null) returns it to inheriting.',
  }),
  'classification.history': method<ClassificationHistory>()({
    input: z.strictObject({ id: field.id }),
    kind: 'query',
    access: 'user',
    doc: 'A system, item or unit with every classification decision on record.',
  }),
} as const;
