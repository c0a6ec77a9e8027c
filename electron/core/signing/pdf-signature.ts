/** Finds the embedded signature of a PDF the way a reader does: the /ByteRange and the /Contents gap. */
export interface EmbeddedSignature {
  byteRange: [number, number, number, number];
  /** The CMS blob (hex-decoded, trailing zero padding included). */
  cms: Buffer;
  /** The bytes the signature covers. */
  signedBytes: Buffer;
  subFilter: string | null;
  /** The claimed signing time from the signature dictionary's /M entry (ISO-8601 UTC). */
  signedAt: string | null;
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

/** PDF date `D:YYYYMMDDHHmmSS` with an optional offset such as `Z` or `+01'00'`. */
function pdfDate(text: string | undefined): string | null {
  const m = text?.match(/^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?/);
  if (!m) return null;
  const offset = !m[7] || m[7] === 'Z' ? 'Z' : `${m[7].slice(0, 3)}:${m[7].replace(/'/g, '').slice(3, 5)}`;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** One signature from its /ByteRange match, or null when the range does not describe a readable gap. */
function signatureAt(pdf: Buffer, text: string, match: RegExpMatchArray): EmbeddedSignature | null {
  const byteRange = [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])] as [number, number, number, number];
  const [start, firstLength, second, secondLength] = byteRange;
  if (start !== 0 || second <= firstLength || second + secondLength > pdf.length) return null;
  const hex = text.slice(firstLength + 1, second - 1);
  if (!/^[0-9a-fA-F]*$/.test(hex)) return null;
  // The signature dictionary surrounds the /Contents gap: read /SubFilter and /M near it.
  const around = text.slice(Math.max(0, firstLength - 4000), firstLength) + text.slice(second, second + 4000);
  return {
    byteRange,
    cms: Buffer.from(hex, 'hex'),
    signedBytes: Buffer.concat([pdf.subarray(0, firstLength), pdf.subarray(second, second + secondLength)]),
    subFilter: around.match(/\/SubFilter\s*\/([A-Za-z0-9.#]+)/)?.[1] ?? null,
    signedAt: pdfDate(around.match(/\/M\s*\((D:[^)]*)\)/)?.[1]),
  };
}

/**
 * Every signature in the file, in file order (an incremental update adds later ones after earlier ones).
 * A /ByteRange that does not describe a readable gap is returned as null, so it counts as a broken signature.
 */
export function findSignatures(pdf: Buffer): (EmbeddedSignature | null)[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(BYTE_RANGE)].filter((m) => m[2] !== '0' || m[3] !== '0').map((m) => signatureAt(pdf, text, m));
}

/** The Info dictionary's Keywords value: inline, or (as pdfkit writes it) an indirect string object. */
function keywordsString(text: string): string | null {
  const reference = text.match(/\/Keywords\s+(\d+)\s+0\s+R/)?.[1];
  const source = reference
    ? (text.match(new RegExp(`[\\r\\n]${reference}\\s+0\\s+obj\\s*([(<][\\s\\S]*?)endobj`))?.[1] ?? '')
    : (text.match(/\/Keywords\s*([(<][\s\S]*)/)?.[1] ?? '');
  const literal = source.match(/^\(((?:\\.|[^\\)])*)\)/)?.[1];
  if (literal !== undefined) return literal.replace(/\\(.)/g, '$1');
  const hex = source.match(/^<([0-9A-Fa-f]+)>/)?.[1];
  if (!hex) return null;
  const bytes = Buffer.from(hex, 'hex');
  return bytes[0] === 0xfe && bytes[1] === 0xff ? Buffer.from(bytes.subarray(2)).swap16().toString('utf16le') : bytes.toString('latin1');
}

/** The `key=value; …` pairs Cairn writes into the Info dictionary's Keywords. */
export function cairnKeywords(pdf: Buffer): Record<string, string> {
  const keywords = keywordsString(pdf.toString('latin1')) ?? '';
  return Object.fromEntries(
    keywords
      .split(';')
      .map((pair) => pair.split('=').map((s) => s.trim()))
      .filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== ''),
  );
}
