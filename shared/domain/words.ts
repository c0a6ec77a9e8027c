/** "1 step", "2 steps": a count with its noun in the right number. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** What every way of leaving unsaved typed text asks, in the app and in the desktop window's own prompt. */
export const UNSAVED_QUESTION = 'Some of what you typed is not saved yet. Leave and lose it?';

/** Ends a sentence built around text someone wrote: adds the full stop only when the text has none of its own. */
export const endSentence = (text: string): string => (/[.!?…]$/.test(text.trimEnd()) ? text.trimEnd() : `${text.trimEnd()}.`);

/** Joins parts as a sentence list: "a", "a and b", "a, b and c". */
export function sentenceList(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}
