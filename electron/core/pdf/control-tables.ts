import type { Content, TableCell } from 'pdfmake/interfaces';
import type { DocumentControl, SignatureManifestation } from '../../../shared/documents/control';
import { STATE_LABELS } from '../../../shared/documents/control';
import { styledTable } from './blocks';
import { capitalise, formatDate, formatUtc, shortSha } from './format';
import { BANNER_COLOURS, COLOURS } from './theme';

export const SELF_APPROVAL_NOTE = 'Approved by the author — single-person organisation; warning acknowledged';
export const NOT_SIGNED_TEXT = 'This document has not been signed.';

const SIGNATURE_COLUMNS = [
  { header: 'Printed name', width: 17 },
  { header: 'Role', width: 11 },
  { header: 'Meaning', width: 22 },
  { header: 'Signed (UTC)', width: 16 },
  { header: 'Covers content SHA-256', width: 20 },
  { header: 'Matches content', width: 14 },
];

/** The signature manifestations (21 CFR 11.50): who, in what role, meaning what, when, over which content. */
export function signatureTable(control: Pick<DocumentControl, 'signatures'>): Content {
  if (control.signatures.length === 0) return { text: NOT_SIGNED_TEXT, italics: true, color: COLOURS.muted, margin: [0, 2, 0, 12] };
  return styledTable(SIGNATURE_COLUMNS, control.signatures.map(signatureRow), NOT_SIGNED_TEXT);
}

function signatureRow(signature: SignatureManifestation): TableCell[] {
  const meaning: TableCell = signature.selfApproval
    ? { stack: [capitalise(signature.meaning), { text: SELF_APPROVAL_NOTE, italics: true, fontSize: 7.5, color: COLOURS.muted }], style: 'tableCell' }
    : { text: capitalise(signature.meaning), style: 'tableCell' };
  const matches: TableCell = signature.matchesContent
    ? { text: 'Yes', style: 'tableCell' }
    : { text: 'No — content changed', style: 'tableCell', bold: true, color: BANNER_COLOURS.danger.text };
  return [
    { text: signature.printedName, style: 'tableCell' },
    { text: signature.role, style: 'tableCell' },
    meaning,
    { text: formatUtc(signature.signedAt), style: 'tableCell' },
    { text: shortSha(signature.contentSha256), style: 'tableCell' },
    matches,
  ];
}

const REVISION_COLUMNS = [
  { header: 'Version', width: 9 },
  { header: 'Date', width: 13 },
  { header: 'Author', width: 18 },
  { header: 'State', width: 12 },
  { header: 'Summary of change', width: 48 },
];

/** The revision history, oldest first as a reader follows it. */
export function revisionTable(control: Pick<DocumentControl, 'revisions'>): Content {
  const rows = [...control.revisions]
    .sort((a, b) => a.version - b.version)
    .map((revision): TableCell[] =>
      [`v${revision.version}`, formatDate(revision.date), revision.author, STATE_LABELS[revision.state], revision.summary].map((text) => ({ text, style: 'tableCell' })),
    );
  return styledTable(REVISION_COLUMNS, rows, 'No revisions recorded yet.');
}

/** The keywords that let `cairn verify --anchor` find this file's moment in the project's history. */
export function anchorKeywords(control: Pick<DocumentControl, 'anchor'>): Record<string, string> {
  return control.anchor ? { auditSeq: String(control.anchor.auditSeq), auditHash: control.anchor.auditHash } : {};
}

/** Printed under the signatures: the trail's head when the file was made and each signer's certificate. */
export function anchorBlock(control: Pick<DocumentControl, 'anchor'>): Content | null {
  if (!control.anchor) return null;
  const lines = [
    `Audit trail at issue: entry ${control.anchor.auditSeq}, SHA-256 ${control.anchor.auditHash}`,
    ...control.anchor.certificates.map((c) => `Signing certificate of ${c.name}: SHA-256 ${c.fingerprint}`),
  ];
  return { stack: lines.map((text) => ({ text, fontSize: 7.5, color: COLOURS.muted })), margin: [0, 0, 0, 12] };
}
