import { join } from 'node:path';
import { z } from 'zod';
import { contract, type MethodName } from '../../shared/api/contract';
import { defaultScales } from '../../shared/risk/presets';
import { core, PATH_KEY } from './bad-payloads';

const STRING_CANDIDATES = ['Valid text', 'valid@example.com', '2026-01-01T00:00:00Z', 'Valid-password-123', 'VmFsaWQ='];
const NUMBER_CANDIDATES = [1, 0, 1000];

function firstAccepted(schema: z.ZodType, candidates: readonly unknown[]): unknown {
  return candidates.find((c) => schema.safeParse(c).success) ?? candidates[0];
}

/**
 * A plausible valid input synthesised from a schema, so bad payloads can be derived for any method,
 * including ones added after this test was written. File paths point into `dir`, named after `tag`.
 */
export function validInput(schema: z.ZodType, dir: string, tag: string, key = ''): unknown {
  const inner = core(schema);
  if (inner instanceof z.ZodObject) {
    const out: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(inner.shape) as [string, z.ZodType][]) {
      const value = validInput(field, dir, tag, name);
      if (value !== undefined) out[name] = value;
    }
    return out;
  }
  if (inner instanceof z.ZodString) {
    // File paths point inside the test's folder, never at the current directory.
    return PATH_KEY.test(key) ? join(dir, `${key}-${tag}.cairn`) : firstAccepted(schema, STRING_CANDIDATES);
  }
  if (inner instanceof z.ZodNumber) return firstAccepted(schema, NUMBER_CANDIDATES);
  if (inner instanceof z.ZodBoolean) return false;
  if (inner instanceof z.ZodEnum) return inner.options[0];
  if (inner instanceof z.ZodArray) {
    // An empty list where the schema allows one; otherwise one valid element.
    return schema.safeParse([]).success ? [] : [validInput(inner.element as z.ZodType, dir, tag, key)];
  }
  if (inner instanceof z.ZodDiscriminatedUnion || inner instanceof z.ZodUnion) {
    return validInput(inner.options[0] as z.ZodType, dir, tag, key);
  }
  if (inner instanceof z.ZodLiteral) return inner.value;
  return undefined;
}

/**
 * Valid inputs written by hand where a method's schema has rules across fields that a synthesiser
 * cannot guess (a classification's answers must agree with each other).
 */
const HAND_WRITTEN: Partial<Record<MethodName, unknown>> = {
  'classification.classifySystem': { systemId: 1, answers: { contributesToHazardousSituation: false }, externalControls: [], rationaleExtra: 'Valid text' },
  // A record's fields are checked against its kind, and a training date is a calendar date.
  'qms.saveRecord': { kind: 'supplier', fields: { name: 'Valid text', supplies: 'Valid text', criticality: 'minor', status: 'pending' } },
  'qms.recordTraining': { traineeId: 1, docKey: 'QM', version: 1, trainedOn: '2026-01-01', method: 'Valid text', password: 'Valid-password-123' },
  // Scales are checked as a whole (3–6 levels, a full matrix), and an import mapping is a record the synthesiser leaves out.
  'risk.updatePlan': { scope: 'Valid text', scales: defaultScales() },
  'risk.import': { fileName: 'risks.csv', base64: 'VmFsaWQ=', mapping: {} },
  // Significance answers are a record keyed by question ID, which the synthesiser leaves out.
  'changes.assessSignificance': { id: 1, region: 'eu', answers: { admin: true }, rationale: 'Valid text' },
  // A SOUP website is a web address, an anomaly review date a calendar date, an import token a 64-digit hash.
  'soup.add': { name: 'Valid text', ecosystem: 'npm', version: '1.0.0', supplier: 'Valid text', licence: 'MIT', website: 'https://example.com', direct: true },
  'soup.update': {
    id: 1,
    name: 'Valid text',
    version: '1.0.0',
    supplier: 'Valid text',
    licence: 'MIT',
    website: 'https://example.com',
    purpose: 'Valid text',
    functionalRequirements: 'Valid text',
    performanceRequirements: 'Valid text',
    hardwareSoftwareRequirements: 'Valid text',
    riskLevel: 'low',
    anomalyReview: 'Valid text',
    anomalyReviewedAt: '2026-01-01',
  },
  'soup.applyImport': { content: 'flask==3.0.0', source: 'requirements.txt', token: 'a'.repeat(64) },
  // An artefact's SHA-256 is 64 hexadecimal digits.
  'releases.addArtefact': { id: 1, name: 'Valid text', sha256: 'a'.repeat(64), sizeBytes: 1 },
};

/** A valid input for a contract method: hand-written where needed, otherwise synthesised from its schema. */
export function validInputFor(method: MethodName, dir: string): unknown {
  return HAND_WRITTEN[method] ?? validInput(contract[method].input, dir, method);
}
