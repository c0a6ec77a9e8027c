import type { KeyObject } from 'node:crypto';
import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import { SignPdf, Signer } from '@signpdf/signpdf';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../pdf/pdf-bytes';
import { cadesDetached } from './cms';

/** Room for the CMS: certificate (~1.5 KB) + signature + attributes, hex-encoded, with a margin. */
const SIGNATURE_PLACEHOLDER_BYTES = 16_384;

export interface PdfSigner {
  key: KeyObject;
  certificatePem: string;
  name: string;
  email: string;
  reason: string;
  location: string;
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
 * Renders a definition and embeds a PAdES baseline B-B signature (sub-filter ETSI.CAdES.detached): the
 * placeholder is added to the unfinished document, then the byte ranges around it are signed.
 */
export async function renderSignedPdf(
  dd: TDocumentDefinitions,
  signer: PdfSigner,
  signingTime: Date,
  onProgress?: (fraction: number) => void,
): Promise<Buffer> {
  const unsigned = await renderPdf(dd, {
    ...(onProgress ? { onProgress } : {}),
    beforeEnd: (doc) =>
      pdfkitAddPlaceholder({
        pdf: doc,
        pdfBuffer: Buffer.alloc(0),
        reason: signer.reason,
        contactInfo: signer.email,
        name: signer.name,
        location: signer.location,
        signingTime,
        signatureLength: SIGNATURE_PLACEHOLDER_BYTES,
        subFilter: 'ETSI.CAdES.detached',
        appName: 'Cairn',
      }),
  });
  return new SignPdf().sign(unsigned, new CadesSigner(signer), signingTime);
}
