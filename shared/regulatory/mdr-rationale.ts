import type { DecisionImpact, MdrClass } from './mdr-class';

/** Why a rule applied, kept structured so the rationale can be worded per rule. */
export type RuleReason = { kind: 'drives-hardware' } | { kind: 'decisions'; impact: DecisionImpact } | { kind: 'monitoring'; vital: boolean } | { kind: 'other' };

export interface AppliedRule {
  rule: string;
  class: MdrClass;
  reason: RuleReason;
}

const IMPACT_WORDS: Record<DecisionImpact, string> = {
  'death-or-irreversible': 'a decision taken on it could contribute to death or to an irreversible worsening of health',
  'serious-deterioration-or-surgery': 'a decision taken on it could lead to a serious worsening of health or to surgery',
  other: 'the consequences of a wrong decision stay short of serious deterioration, so the floor for decision support applies',
};

function sentence(applied: AppliedRule): string {
  const { reason } = applied;
  switch (reason.kind) {
    case 'drives-hardware':
      return `${applied.rule} gives class ${applied.class}: the software drives or influences a hardware device of that class and shares it.`;
    case 'decisions':
      return `${applied.rule} gives class ${applied.class}: the software supplies information for diagnostic or therapeutic decisions, and ${IMPACT_WORDS[reason.impact]}.`;
    case 'monitoring':
      return reason.vital
        ? `${applied.rule} gives class ${applied.class}: the software monitors vital parameters whose changes could put the patient in immediate danger.`
        : `${applied.rule} gives class ${applied.class}: the software monitors physiological processes, but not vital parameters whose changes could mean immediate danger.`;
    case 'other':
      return `${applied.rule} gives class ${applied.class}: the software neither drives a device, nor informs diagnostic or therapeutic decisions, nor monitors physiological processes, so it falls in the remaining group.`;
  }
}

const OTHER_RULES =
  'Cairn checks only implementing rule 3.3 and Rule 11; Rules 9, 10, 12, 15 and 22 can place some software higher (for example software controlling therapeutic energy or a closed loop) and must be checked separately.';

/** The rationale paragraph, in Cairn's own words; `strictest` is null when the software is not a device. */
export function mdrRationale(applied: readonly AppliedRule[], strictest: AppliedRule | null): string {
  if (!strictest) {
    return 'Not a medical device: the team concluded that the software does not qualify as medical device software, so the MDR classification rules do not apply. Keep the qualification reasoning on file and repeat it whenever the intended purpose changes.';
  }
  const tie = applied.length > 1 ? `More than one rule applies, so implementing rule 3.5 takes the strictest: class ${strictest.class}, from ${strictest.rule}.` : '';
  return [`Class ${strictest.class}.`, ...applied.map(sentence), tie, OTHER_RULES].filter(Boolean).join(' ');
}
