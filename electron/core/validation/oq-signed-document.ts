import { readFileSync, writeFileSync } from 'node:fs';
import { asOwner, cairn, createOqProject, jsonOf, oqPath, OQ_OWNER, type OqContext } from './oq-context';
import { runStep, type ValidationStep } from './validation-step';

interface PdfCheck {
  signed: boolean;
  intact: boolean;
  project?: { matchesApproved: boolean };
}

/** Flips every bit of one byte in the middle of the file: inside the signed range, outside the signature. */
export function flipByte(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  const at = Math.floor(copy.length / 3);
  copy[at] = (copy[at] ?? 0) ^ 0xff;
  return copy;
}

/**
 * A controlled document through its life: drafted, sent for approval (signed as author), approved,
 * exported with an embedded PAdES signature that verify-pdf accepts and matches to the approved records;
 * the same PDF with one byte flipped is rejected.
 */
export function signedDocumentScenario(ctx: OqContext): Promise<ValidationStep> {
  return runStep(
    'OQ-05',
    'A document is approved, exported as a signed PDF, verified, and a changed byte is rejected',
    'The approved SRS exports signed; verify-pdf exits 0 and matches the approved version; a flipped byte makes it exit 3.',
    async (step) => {
      const file = await createOqProject(ctx, 'documents.cairn', 'Document Pump');
      const steps: [string, string[]][] = [
        ['create', ['api', file, 'documents.create', '{"type":"srs"}', ...asOwner()]],
        ['send for approval', ['sign', file, 'SRS', '--meaning', 'authored', '--approvers', OQ_OWNER.email, '--note', 'First issue', ...asOwner(), '--json']],
        ['approve', ['sign', file, 'SRS', '--meaning', 'approved', '--acknowledge-self-approval', ...asOwner(), '--json']],
      ];
      step.input(
        'steps',
        steps.map(([name, argv]) => ({ name, argv: argv.slice(2) })),
      );
      for (const [name, argv] of steps) {
        const outcome = await cairn(ctx, ...argv);
        if (!step.expect(outcome.code === 0, `${name} exited ${outcome.code}: ${outcome.stderr.trim()}`)) return;
      }
      const pdfPath = oqPath(ctx, 'SRS-v1.pdf');
      const exported = await cairn(ctx, 'export', file, 'SRS', '--out', pdfPath, '--sign', ...asOwner(), '--json');
      if (!step.expect(exported.code === 0, `the signed export exited ${exported.code}: ${exported.stderr.trim()}`)) return;
      const pdf = readFileSync(pdfPath);
      step.hash('SRS-v1.pdf', pdf);
      const good = await cairn(ctx, 'verify-pdf', pdfPath, '--project', file, '--json');
      const goodCheck = jsonOf<PdfCheck>(good, 'cairn verify-pdf');
      step.output('verify-pdf', { exitCode: good.code, report: goodCheck });
      step.expect(good.code === 0 && goodCheck.signed && goodCheck.intact, `verify-pdf exited ${good.code} on the PDF as exported`);
      step.expect(goodCheck.project?.matchesApproved === true, 'verify-pdf did not match the PDF to the approved version');
      const flippedPath = oqPath(ctx, 'SRS-v1-flipped.pdf');
      const flipped = flipByte(pdf);
      writeFileSync(flippedPath, flipped);
      step.hash('SRS-v1-flipped.pdf', flipped);
      // Checked exactly as the good copy was, so the flipped byte is the only difference.
      const bad = await cairn(ctx, 'verify-pdf', flippedPath, '--project', file, '--json');
      const badCheck = jsonOf<PdfCheck>(bad, 'cairn verify-pdf');
      step.output('verify-pdf after a flipped byte', { exitCode: bad.code, report: badCheck });
      step.expect(bad.code === 3 && !badCheck.intact, `verify-pdf exited ${bad.code} (intact: ${badCheck.intact}) on a PDF with a flipped byte, expected 3`);
    },
  );
}
