import type { KeyObject } from 'node:crypto';
import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import { SignPdf, Signer } from '@signpdf/signpdf';
import type { PdfKitDocument } from '../pdf/pdf-bytes';
import { cadesDetached } from './cms';

/** Room for the CMS: certificate (~1.5 KB) + signature + attributes, hex-encoded, with a margin. */
const SIGNATURE_PLACEHOLDER_BYTES = 16_384;

/** What the signature dictionary shows; no secret, so it can travel to the render worker. */
export interface PlaceholderFields {
  name: string;
  email: string;
  reason: string;
  location: string;
  /** ISO-8601; the claimed signing time (/M), as PAdES takes it from the dictionary. */
  signingTime: string;
}

export interface PdfSigner {
  key: KeyObject;
  certificatePem: string;
  fields: Omit<PlaceholderFields, 'signingTime'>;
}

/** Adds the signature dictionary with an empty /Contents to the unfinished document. */
export function addSignaturePlaceholder(doc: PdfKitDocument, fields: PlaceholderFields): void {
  pdfkitAddPlaceholder({
    pdf: doc,
    pdfBuffer: Buffer.alloc(0),
    reason: fields.reason,
    contactInfo: fields.email,
    name: fields.name,
    location: fields.location,
    signingTime: new Date(fields.signingTime),
    signatureLength: SIGNATURE_PLACEHOLDER_BYTES,
    subFilter: 'ETSI.CAdES.detached',
    appName: 'Cairn',
  });
}

class CadesSigner extends Signer {
  constructor(private readonly signer: PdfSigner) {
    super();
  }

  override async sign(signedRanges: Buffer): Promise<Buffer> {
    return cadesDetached(signedRanges, this.signer.key, this.signer.certificatePem);
  }
}

/**
 * Embeds a PAdES baseline B-B signature (sub-filter ETSI.CAdES.detached) into a PDF rendered with a
 * placeholder: the byte ranges around the placeholder are signed and the CMS is written into it.
 */
export function signPreparedPdf(pdf: Buffer, signer: PdfSigner, signingTime: Date): Promise<Buffer> {
  return new SignPdf().sign(pdf, new CadesSigner(signer), signingTime);
}
