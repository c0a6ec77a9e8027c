import type { SafetyClass } from '../../regulatory/safety-class';
import { compareSafetyClasses } from '../../regulatory/safety-class';
import type { HarmLevel } from '../../risk/scales';
import type { SystemFacts } from '../facts';
import { listIds, type CheckRule } from '../rule';

/** IEC 62304 4.3 a): the class the worst harm calls for before any external control is credited. */
const CLASS_FOR_HARM: Record<HarmLevel, SafetyClass> = { none: 'A', 'non-serious': 'B', serious: 'C', death: 'C' };

/** A control credited as external that a requirement of this same system implements. */
export const externalControlInsideSystem: CheckRule = {
  rule: 'external-control-inside-system',
  severity: 'error',
  clause: 'IEC 62304 4.3',
  home: 'product',
  run: (f) =>
    f.systems.flatMap((s) =>
      s.credited
        .filter((c) => c.riskControl !== null && c.placement !== 'external')
        .map((c) => ({
          records: [s.humanId, c.riskControl ?? ''],
          message: `${s.humanId} ${s.name} credits ${c.riskControl} as an external risk control, but ${c.reason}`,
          fix: `Classify ${s.humanId} again without ${c.riskControl}, or move its implementing requirement to another system if it truly runs there.`,
        })),
    ),
};

function worstSituations(s: SystemFacts): { harm: HarmLevel; ids: string[]; label: string } | null {
  const rated = s.situations.filter((x): x is typeof x & { harm: HarmLevel } => x.harm !== null);
  const expected = (h: HarmLevel) => CLASS_FOR_HARM[h];
  const top = rated.reduce<HarmLevel | null>((worst, x) => (worst === null || compareSafetyClasses(expected(x.harm), expected(worst)) > 0 ? x.harm : worst), null);
  if (top === null) return null;
  const worst = rated.filter((x) => expected(x.harm) === expected(top));
  return { harm: top, ids: worst.map((x) => x.humanId), label: worst[0]?.severityName ?? top };
}

/**
 * A class lower than the worst harm of the system's hazardous situations calls for, with no control from
 * the risk file credited as external: the lower class rests on something the risk file does not hold.
 */
export const classBelowSeverity: CheckRule = {
  rule: 'class-below-severity',
  severity: 'error',
  clause: 'IEC 62304 4.3',
  home: 'product',
  run: (f) =>
    f.systems.flatMap((s) => {
      const worst = worstSituations(s);
      if (s.class === null || worst === null) return [];
      const expected = CLASS_FOR_HARM[worst.harm];
      if (compareSafetyClasses(s.class, expected) >= 0) return [];
      if (s.credited.some((c) => c.riskControl !== null && c.placement === 'external')) return [];
      const freeText = s.credited.filter((c) => c.riskControl === null).length;
      return [
        {
          records: [s.humanId, ...worst.ids],
          message:
            `${s.humanId} ${s.name} is class ${s.class}, but ${listIds(worst.ids)} it can contribute to ${worst.ids.length === 1 ? 'is' : 'are'} rated ${worst.label} ` +
            `(class ${expected} before external controls) and ${freeText > 0 ? `the ${freeText === 1 ? 'control' : 'controls'} credited ${freeText === 1 ? 'is' : 'are'} not in the risk file` : 'no external control is credited'}.`,
          fix: `Record the external risk control in the risk file and credit it in ${s.humanId}'s classification, or classify ${s.humanId} as class ${expected}.`,
        },
      ];
    }),
};
