import type { InputOf } from '../../../../shared/api/contract';
import type { ProductProfile } from '../../../../shared/api/product-types';
import { SOFTWARE_FORMS } from '../../../../shared/api/product-types';
import { MARKET_LABELS, MARKETS, orderedMarkets } from '../../../../shared/regulatory/markets';
import type { Option } from '../../components/SelectField';

/** The profile fields the wizard edits, all held as text while being typed. */
export type ProfileField = keyof InputOf<'product.update'> & keyof ProductProfile;

export interface StepField {
  key: ProfileField;
  label: string;
  /** `checks`: one checkbox per option, any number ticked (held as the ticked values joined by commas). */
  kind: 'line' | 'prose' | 'choice' | 'checks';
  options?: readonly Option[];
  /** Shown only when another field has this value (the hardware device for in-device software). */
  when?: { key: ProfileField; value: string };
}

export interface ProductStep {
  id: string;
  title: string;
  guidance: string;
  fields: StepField[];
}

export const MARKET_OPTIONS: readonly Option[] = MARKETS.map((m) => ({ value: m, label: MARKET_LABELS[m] }));

export const FORM_OPTIONS: readonly Option[] = [
  { value: '', label: 'Not chosen yet' },
  { value: 'samd', label: 'Standalone software (SaMD)' },
  { value: 'in-device', label: 'Part of a hardware device' },
];

export const PRODUCT_STEPS: readonly ProductStep[] = [
  {
    id: 'identity',
    title: 'Device and manufacturer',
    guidance: 'A reviewer checks that every record names the same device and the legal manufacturer who answers for it.',
    fields: [
      { key: 'productName', label: 'Device name', kind: 'line' },
      { key: 'manufacturer', label: 'Manufacturer', kind: 'line' },
    ],
  },
  {
    id: 'purpose',
    title: 'Intended purpose',
    guidance:
      'State what the software does for whom and with what medical aim. Reviewers read every later claim, risk and test against this sentence, so keep it precise rather than broad.',
    fields: [{ key: 'intendedPurpose', label: 'Intended purpose', kind: 'prose' }],
  },
  {
    id: 'people',
    title: 'Users and patients',
    guidance:
      'Who operates the software (clinicians, lay users, carers) and whose health it affects. Reviewers look for the training users can be assumed to have and any vulnerable groups.',
    fields: [
      { key: 'intendedUsers', label: 'Intended users', kind: 'prose' },
      { key: 'patientPopulation', label: 'Patient population', kind: 'prose' },
    ],
  },
  {
    id: 'environment',
    title: 'Use environment',
    guidance: 'Where it is used — hospital ward, clinic, home, on the move. Reviewers expect the risks and usability work to match these settings.',
    fields: [{ key: 'useEnvironment', label: 'Use environment', kind: 'prose' }],
  },
  {
    id: 'markets',
    title: 'Markets',
    guidance:
      'The markets decide which rules apply: EU MDR, the US FDA or another regulator. Reviewers check that the classification follows each chosen market; the quality system’s procedures name each one’s authority and deadlines.',
    fields: [{ key: 'markets', label: 'Markets', kind: 'checks', options: MARKET_OPTIONS }],
  },
  {
    id: 'form',
    title: 'Software form',
    guidance:
      'Whether the software is a medical device on its own or runs inside a hardware device. For the latter, reviewers want to know which device, since its risks become yours.',
    fields: [
      { key: 'softwareForm', label: 'The software is', kind: 'choice', options: FORM_OPTIONS },
      { key: 'hardwareDevice', label: 'Which hardware device', kind: 'line', when: { key: 'softwareForm', value: 'in-device' } },
    ],
  },
];

/** Which of the core's `missing` labels belong to each step. */
const MISSING_BY_STEP: Record<string, readonly string[]> = {
  purpose: ['intended purpose'],
  people: ['intended users', 'patient population'],
  environment: ['use environment'],
  markets: ['markets'],
  form: ['standalone or part of a device', 'hardware device'],
};

/** What a step still lacks: the core's `missing` list, plus empty name or manufacturer for the first step. */
export function missingIn(step: ProductStep, profile: ProductProfile): string[] {
  if (step.id === 'identity') {
    return step.fields.filter((f) => textOf(profile, f.key).trim() === '').map((f) => f.label.toLowerCase());
  }
  const labels = MISSING_BY_STEP[step.id] ?? [];
  return profile.missing.filter((label) => labels.includes(label));
}

export function isShown(field: StepField, values: Record<string, string>): boolean {
  return !field.when || values[field.when.key] === field.when.value;
}

/** A profile field as the form holds it: text, with a list of markets joined by commas. */
export function textOf(profile: ProductProfile, key: ProfileField): string {
  const value = profile[key];
  return Array.isArray(value) ? value.join(',') : value;
}

function isForm(value: string): value is (typeof SOFTWARE_FORMS)[number] {
  return (SOFTWARE_FORMS as readonly string[]).includes(value);
}

/** Only the fields that differ from the saved profile: the core refuses a change that changes nothing. */
export function changesFrom(values: Record<string, string>, fields: readonly StepField[], profile: ProductProfile): InputOf<'product.update'> {
  const changes: InputOf<'product.update'> = {};
  for (const field of fields) {
    const value = values[field.key] ?? '';
    if (!isShown(field, values) || value.trim() === textOf(profile, field.key).trim()) continue;
    if (field.key === 'markets') {
      changes.markets = orderedMarkets(value.split(','));
    } else if (field.key === 'softwareForm') {
      if (isForm(value)) changes.softwareForm = value;
    } else {
      changes[field.key] = value;
    }
  }
  return changes;
}
