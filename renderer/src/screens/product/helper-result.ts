import type { FdaResult } from '../../../../shared/regulatory/fda-level';
import { fdaAnswersSchema, fdaDocumentationLevel } from '../../../../shared/regulatory/fda-level';
import type { MdrResult } from '../../../../shared/regulatory/mdr-class';
import { classifyMdr, decideMdrClass, MDR_RESULT_LABELS, mdrAnswersSchema } from '../../../../shared/regulatory/mdr-class';

/** What a helper's answers give, worked out in the screen with the core's own rules: nothing is recorded. */
export type LiveResult = { kind: 'result'; result: MdrResult | FdaResult } | { kind: 'contradiction'; message: string } | { kind: 'open' };

export function liveResult(kind: 'mdr' | 'fda', payload: Record<string, boolean | string>): LiveResult {
  if (kind === 'mdr') {
    const parsed = mdrAnswersSchema.safeParse(payload);
    if (parsed.success) return { kind: 'result', result: classifyMdr(parsed.data) };
    const decision = decideMdrClass(payload);
    return !decision.ok && decision.problem.contradiction ? { kind: 'contradiction', message: decision.problem.message } : { kind: 'open' };
  }
  const parsed = fdaAnswersSchema.safeParse(payload);
  return parsed.success ? { kind: 'result', result: fdaDocumentationLevel(parsed.data) } : { kind: 'open' };
}

/** The headline of a result in words: "Not a medical device", "Class IIa", "Enhanced documentation". */
export function resultHeadline(result: MdrResult | FdaResult): string {
  return 'class' in result ? MDR_RESULT_LABELS[result.class] : `${result.level} documentation`;
}
