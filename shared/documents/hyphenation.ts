/**
 * Where a word of letters may be cut at a line end, by a small rule of Cairn's own (no dictionary): before a
 * consonant, or a pair that starts syllables ("ch", "sch", "pr", "st" …), that a vowel follows, with a vowel
 * somewhere before the cut ("nach-weis", "Über-prüfung", "prü-fung"); never inside a pair that sounds as
 * one ("ch", "ck", "ng" …) and never leaving fewer than two letters on either side. It serves most English
 * and German words; where it finds no such place near the line end, the caller cuts where the line is full,
 * still with a hyphen.
 */
const VOWEL = /[aeiouyäöüàáâãåæéèêëíìîïóòôõøœúùûÿ]/iu;
const LETTER = /\p{L}/u;
/** Letters that sound as one and are never cut apart. */
const INSEPARABLE = new Set(['ch', 'ck', 'ph', 'sh', 'th', 'ng', 'qu']);
/** Consonant groups a syllable may start with; a single consonant always may. */
const ONSETS = new Set(['ch', 'ph', 'sh', 'th', 'sch', 'st', 'pr', 'br', 'tr', 'dr', 'kr', 'gr', 'fr', 'pl', 'bl', 'kl', 'gl', 'fl']);
/** How many letters a cut may move back from where the line is full, so the line stays well filled. */
const LOOK_BACK = 4;
const MIN_SIDE = 2;

const isVowel = (char: string | undefined) => char !== undefined && VOWEL.test(char);
const isConsonant = (char: string | undefined) => char !== undefined && LETTER.test(char) && !isVowel(char);

/** Whether `word` may be cut before its character `at` (the left part is word.slice(0, at)). */
export function isSyllableCut(word: string, at: number): boolean {
  if (at < MIN_SIDE || word.length - at < MIN_SIDE || !isConsonant(word[at])) return false;
  if (INSEPARABLE.has(word.slice(at - 1, at + 1).toLowerCase()) || !VOWEL.test(word.slice(0, at))) return false;
  let end = at;
  while (isConsonant(word[end])) end += 1;
  const onset = word.slice(at, end).toLowerCase();
  // A consonant before the cut that would start the syllable together with the onset stays with it ("Über-prüfung", not "Überp-rüfung").
  if (isConsonant(word[at - 1]) && ONSETS.has(`${word[at - 1]?.toLowerCase() ?? ''}${onset}`)) return false;
  return isVowel(word[end]) && (onset.length === 1 || ONSETS.has(onset));
}

/** The cut to make in `word` when at most `fit` letters fit before the hyphen: a syllable cut close to it, else `fit`. */
export function hyphenationCut(word: string, fit: number): number {
  for (let at = fit; at >= Math.max(MIN_SIDE, fit - LOOK_BACK); at -= 1) if (isSyllableCut(word, at)) return at;
  return fit;
}
