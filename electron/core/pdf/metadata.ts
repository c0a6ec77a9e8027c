import type { TDocumentInformation } from 'pdfmake/interfaces';

export const CREATOR = 'Cairn';

/**
 * The PDF's Info dictionary. Keywords carry the machine-readable identity (key, version, digest) so a
 * reviewer's tools can match a file to its record without reading the pages. The creation date is the
 * issue date, not the wall clock, so the same content and control render to the same metadata.
 */
export function documentInfo(fields: { title: string; subject: string; author: string; keywords: Record<string, string>; issuedAt: string }): TDocumentInformation {
  const date = new Date(fields.issuedAt);
  return {
    title: fields.title,
    subject: fields.subject,
    author: fields.author,
    creator: CREATOR,
    producer: CREATOR,
    keywords: Object.entries(fields.keywords)
      .map(([key, value]) => `${key}=${value}`)
      .join('; '),
    ...(Number.isNaN(date.getTime()) ? {} : { creationDate: date, modDate: date }),
  };
}
