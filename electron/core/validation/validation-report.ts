import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../pdf/pdf-bytes';
import { addSignaturePlaceholder, signPreparedPdf, type PdfSigner } from '../signing/sign-pdf';
import type { ReportSignature } from './report-signer';
import { COLOURS, DATA_TABLE_LAYOUT, DEFAULT_STYLE, KEY_VALUE_LAYOUT, PAGE_MARGINS, STYLES } from '../pdf/theme';
import type { ValidationRun } from './run-validation';
import type { ValidationStep } from './validation-step';

/** What the report says about the evidence file beside it, so one can be checked against the other. */
export interface EvidenceReference {
  fileName: string;
  sha256: string;
}

function stepTable(steps: readonly ValidationStep[]): Content {
  const header: TableCell[] = ['Step', 'What is checked', 'Result', 'Observed'].map((text) => ({ text, style: 'tableHeader' }));
  const rows: TableCell[][] = steps.map((step) => [
    { text: step.id, noWrap: true },
    step.title,
    { text: step.result === 'passed' ? 'Passed' : 'FAILED', bold: step.result === 'failed', color: step.result === 'failed' ? '#b3261e' : COLOURS.ink },
    { text: step.detail, fontSize: 8.5 },
  ]);
  return { table: { headerRows: 1, widths: [38, 130, 42, '*'], body: [header, ...rows] }, layout: DATA_TABLE_LAYOUT };
}

function count(steps: readonly ValidationStep[]): string {
  const passed = steps.filter((step) => step.result === 'passed').length;
  return `${passed} of ${steps.length} passed`;
}

/** The report's layout: summary, the environment, then the IQ and OQ steps with what was observed. */
export function validationReportDefinition(run: ValidationRun, evidence: EvidenceReference, signature?: ReportSignature): TDocumentDefinitions {
  const failed = [...run.iq, ...run.oq].filter((step) => step.result === 'failed');
  const partial = run.skipped.length > 0;
  const conclusion = !run.passed
    ? `${failed.length} step(s) failed: ${failed.map((step) => step.id).join(', ')}. Cairn ${run.version} is not qualified on this computer until they pass.`
    : partial
      ? `Every step run passed, but this was a run of ${run.oq.length} of ${run.oq.length + run.skipped.length} operational scenarios (${run.skipped.join(', ')} not run): it does not qualify Cairn ${run.version} on this computer.`
      : `Every installation and operational qualification step passed on this computer for Cairn ${run.version}.`;
  const facts: [string, string][] = [
    ['Cairn version', run.version],
    ['Started (UTC)', run.startedAt],
    ['Finished (UTC)', run.finishedAt],
    ['Duration', `${(run.durationMs / 1000).toFixed(1)} s`],
    ...Object.entries(run.environment),
    ['Installation qualification', count(run.iq)],
    ['Operational qualification', `${count(run.oq)}${partial ? `; not run: ${run.skipped.join(', ')}` : ''}`],
    ['Evidence file', `${evidence.fileName}\nSHA-256 ${evidence.sha256}`],
    ...(signature
      ? ([
          [
            'Signed by',
            `${signature.email}, ${signature.signedAt}\nwith a key made for this run; certificate SHA-256 ${signature.fingerprint}, kept beside this report as ${signature.certificateFile}`,
          ],
        ] as [string, string][])
      : []),
  ];
  return {
    info: { title: `Cairn ${run.version} validation report`, creator: 'Cairn', producer: 'Cairn' },
    pageMargins: PAGE_MARGINS,
    defaultStyle: { ...DEFAULT_STYLE },
    styles: STYLES,
    footer: (page, pages) => ({ text: `Cairn ${run.version} validation report · page ${page} of ${pages}`, style: 'note', alignment: 'center' }),
    content: [
      { text: `Cairn ${run.version} validation report`, style: 'h1' },
      { text: conclusion, bold: true, margin: [0, 0, 0, 10], color: run.passed ? COLOURS.ink : '#b3261e' },
      { table: { widths: [150, '*'], body: facts.map(([key, value]) => [{ text: key, color: COLOURS.muted }, value]) }, layout: KEY_VALUE_LAYOUT },
      { text: 'Installation qualification', style: 'h2' },
      { text: 'The installed files, runtime and folders this computer gives Cairn.', style: 'note', margin: [0, 0, 0, 6] },
      stepTable(run.iq),
      { text: 'Operational qualification', style: 'h2' },
      {
        text: 'Each scenario exercises one intended use through the installed command line in a temporary folder, against a result fixed before the run. No existing project was opened.',
        style: 'note',
        margin: [0, 0, 0, 6],
      },
      stepTable(run.oq),
    ],
  };
}

/** The report as PDF bytes, through the same engine as every Cairn document; with a signer, PAdES-signed. */
export async function renderValidationReport(run: ValidationRun, evidence: EvidenceReference, signing?: { signer: PdfSigner; signature: ReportSignature }): Promise<Buffer> {
  if (!signing) return renderPdf(validationReportDefinition(run, evidence));
  const { signer, signature } = signing;
  const prepared = await renderPdf(validationReportDefinition(run, evidence, signature), {
    beforeEnd: (doc) => addSignaturePlaceholder(doc, { ...signer.fields, signingTime: signature.signedAt }),
  });
  return signPreparedPdf(prepared, signer, new Date(signature.signedAt));
}
