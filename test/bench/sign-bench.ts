/**
 * Signing costs: generating a user's RSA-3072 key and certificate, unlocking it with the password, and
 * embedding the PAdES signature into a ~500-page PDF (the placeholder, the signed byte ranges, the CMS).
 */
import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import { SignPdf, Signer } from '@signpdf/signpdf';
import type { KeyObject } from 'node:crypto';
import { cadesDetached } from '../../electron/core/signing/cms';
import { renderPdf } from '../../electron/core/pdf/pdf-bytes';
import { renderDocument } from '../../electron/core/pdf/render-document';
import { generateUserKey, unlockKey } from '../../electron/core/signing/user-keys';
import type { Bench } from './bench-context';
import { figure, timed } from './measure';
import { auditExtractFixture, pageCount } from './pdf-export';

const ROWS = 7_000;
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

class BenchSigner extends Signer {
  constructor(
    private readonly key: KeyObject,
    private readonly certificatePem: string,
  ) {
    super();
  }

  override async sign(bytes: Buffer): Promise<Buffer> {
    return cadesDetached(bytes, this.key, this.certificatePem);
  }
}

export const signBench: Bench = {
  name: 'signing',
  async run() {
    const identity = { name: 'Bench Approver', email: 'approver@example.com', organisation: 'Bench Ltd' };
    const keygens: number[] = [];
    let stored = generateUserKey(identity, 'bench-password', new Date());
    for (let i = 0; i < RUNS; i++) {
      const { ms, value } = await timed(() => generateUserKey(identity, 'bench-password', new Date()));
      keygens.push(ms);
      stored = value;
    }
    figure('RSA-3072 key + X.509 certificate, median of 5', median(keygens), 'ms', `min ${Math.min(...keygens).toFixed(0)}, max ${Math.max(...keygens).toFixed(0)}`);
    const unlock = await timed(() => unlockKey(stored, 'bench-password'));
    figure('unlock the private key with the password', unlock.ms, 'ms');

    const { content, control } = auditExtractFixture(ROWS);
    const withPlaceholder = await renderPdf(renderDocument(content, control), {
      beforeEnd: (doc) =>
        pdfkitAddPlaceholder({
          pdf: doc,
          pdfBuffer: Buffer.alloc(0),
          reason: 'Bench',
          contactInfo: identity.email,
          name: identity.name,
          location: 'Bench',
          signatureLength: 16_384,
          subFilter: 'ETSI.CAdES.detached',
        }),
    });
    const signer = new BenchSigner(unlock.value, stored.certificatePem);
    const signs: number[] = [];
    for (let i = 0; i < RUNS; i++) signs.push((await timed(() => new SignPdf().sign(withPlaceholder, signer))).ms);
    figure(`embed the signature in a ${pageCount(withPlaceholder)}-page, ${(withPlaceholder.length / 1e6).toFixed(1)} MB PDF, median of 5`, median(signs), 'ms');
  },
};
