import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import { refineWith } from '../regulatory/answer-schema';
import { ACCEPTABILITY, HARM_LEVELS, PROBABILITY_MODES, SCALE_MAX_LEVELS, type RiskScales } from './scales';
import { validateScales } from './validate-scales';

const name = z.string().trim().max(LIMITS.name, `At most ${LIMITS.name} characters.`);
const definition = z.string().trim().max(LIMITS.text, `At most ${LIMITS.text} characters.`);
const levels = <T extends z.ZodType>(level: T) => z.array(level).max(SCALE_MAX_LEVELS, `At most ${SCALE_MAX_LEVELS} levels.`);
const probabilityLevel = z.strictObject({ name, definition, min: z.number().min(0).max(1) });
const grid = <T extends z.ZodType>(cell: T) => z.array(z.array(cell).max(SCALE_MAX_LEVELS)).max(SCALE_MAX_LEVELS);

/** Scales as sent by a form or a file: shape checked here, meaning checked by validateScales. */
export const riskScalesSchema = z
  .strictObject({
    probabilityUnit: name,
    probabilityMode: z.enum(PROBABILITY_MODES),
    severity: levels(z.strictObject({ name, definition, harm: z.enum(HARM_LEVELS) })),
    probability: levels(probabilityLevel),
    p1: levels(probabilityLevel),
    p2: levels(probabilityLevel),
    combination: grid(z.number().int()),
    acceptability: grid(z.enum(ACCEPTABILITY)),
  })
  .superRefine(refineWith((s: RiskScales) => validateScales(s)));
