/**
 * A guided questionnaire walked one question at a time: each question, answered "yes", settles the
 * outcome at once (the charts stop there); when every question is answered "no", the default outcome
 * holds. Pure, so the wizard shows the next question and the core derives the stored outcome the same way.
 */

export interface SignificanceQuestion<O extends string> {
  id: string;
  /** The group the question belongs to, as the guidance names it (e.g. "Chart B"). */
  group: string;
  /** The question in Cairn's words. */
  text: string;
  /** What the question is after, with examples, so a person can answer it without the guidance open. */
  help: string;
  /** The outcome a "yes" leads to. */
  yes: O;
}

export interface Questionnaire<O extends string> {
  questions: readonly SignificanceQuestion<O>[];
  /** The outcome when every question is answered "no". */
  allNo: O;
}

export type Answers = Readonly<Record<string, boolean>>;

export type WalkResult<O extends string> =
  | { complete: false; next: SignificanceQuestion<O>; asked: SignificanceQuestion<O>[] }
  | { complete: true; outcome: O; asked: SignificanceQuestion<O>[]; deciding: SignificanceQuestion<O>[] };

/**
 * Follows the answers in order. Answers to questions after the one that settled the outcome are ignored:
 * the guidance never asks them. `deciding` holds the questions that settled it: the one "yes", or every
 * question when all were "no".
 */
export function walk<O extends string>(questionnaire: Questionnaire<O>, answers: Answers): WalkResult<O> {
  const asked: SignificanceQuestion<O>[] = [];
  for (const question of questionnaire.questions) {
    const answer = answers[question.id];
    if (answer === undefined) return { complete: false, next: question, asked };
    asked.push(question);
    if (answer) return { complete: true, outcome: question.yes, asked, deciding: [question] };
  }
  return { complete: true, outcome: questionnaire.allNo, asked, deciding: asked };
}

/** Only the answers the walk used, so a stored assessment holds no stray answers to questions never asked. */
export function answersUsed<O extends string>(questionnaire: Questionnaire<O>, answers: Answers): Record<string, boolean> {
  const result = walk(questionnaire, answers);
  return Object.fromEntries(result.asked.map((q) => [q.id, answers[q.id] === true]));
}
