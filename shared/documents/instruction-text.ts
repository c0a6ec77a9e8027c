/**
 * What on-screen instructions look like, so a test can prove none reaches a signed document: a controlled
 * document states facts about the product and its records; telling someone which screen to open, which
 * button to press or what Cairn does belongs to the app, not to the record.
 */
export const INSTRUCTION_PATTERNS: readonly RegExp[] = [
  /\bon the [A-Z][\w-]*(?: [a-z]+)? screen\b/,
  /\b(?:click|tap) (?:on )?\b/i,
  /\bwizard\b/i,
  /\bCairn (?:treats|asks you|suggests)\b/,
  /\bList each external measure\b/,
];

/** The instruction patterns a text matches, with the matching words, for a readable test failure. */
export function instructionsIn(text: string): string[] {
  return INSTRUCTION_PATTERNS.flatMap((p) => {
    const m = p.exec(text);
    return m ? [`“${m[0]}” in “…${text.slice(Math.max(0, m.index - 60), m.index + 60)}…”`] : [];
  });
}
