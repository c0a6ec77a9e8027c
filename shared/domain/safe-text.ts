/**
 * Characters that make a name lie about itself on screen or in a document: C0 and C1 control
 * characters (a name is one line) and the Unicode bidirectional controls (embeddings, overrides,
 * isolates and marks), with which "exe.txt" can be made to display as "txt.exe".
 */
const UNSAFE_IN_NAMES = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_IN_NAMES_ALL = new RegExp(UNSAFE_IN_NAMES.source, 'g');

/** Whether a name holds a control or bidirectional-control character. */
export function hasUnsafeNameChars(name: string): boolean {
  return UNSAFE_IN_NAMES.test(name);
}

/**
 * A name as it may be stored when it comes from a file rather than a person: control characters become
 * spaces and bidirectional controls are dropped, so nothing displays other than it reads.
 */
export function neutraliseName(name: string): string {
  return name.replace(UNSAFE_IN_NAMES_ALL, (ch) => (ch <= '\u009f' ? ' ' : '')).trim();
}

export const UNSAFE_NAME_MESSAGE = 'Names cannot hold control characters or bidirectional-override characters.';
