import { X509Certificate } from 'node:crypto';
import type { PdfVerification } from '../../../shared/api/documents-types';
import { checkIntegrity } from '../audit/integrity-check';
import { liveContent } from '../documents/document-service';
import { frozenMismatch } from '../documents/frozen-content';
import type { OpenProject } from '../projects/open-project';
import { checkCms, type CmsCheck } from './cms-verify';
import { cairnKeywords, findSignatures, type EmbeddedSignature } from './pdf-signature';
import { trustAnchors, type TrustAnchors } from './trust-anchors';

function subjectField(cert: X509Certificate, key: string): string | null {
  const line = cert.subject.split('\n').find((l) => l.startsWith(`${key}=`));
  return line ? line.slice(key.length + 1) : null;
}

const fingerprintHex = (cert: X509Certificate) => cert.fingerprint256.replace(/:/g, '').toLowerCase();

/** Trusted when the certificate itself, or a certificate that issued it, is among the anchors. */
function isTrusted(anchors: TrustAnchors, cert: X509Certificate): boolean {
  if (anchors.fingerprints.has(fingerprintHex(cert))) return true;
  return anchors.certificates.some((authority) => cert.checkIssued(authority) && cert.verify(authority.publicKey));
}

/** The identity Cairn wrote into the Info dictionary, read from the bytes the last signature covers. */
function documentIdentity(bytes: Buffer): PdfVerification['document'] {
  const k = cairnKeywords(bytes);
  const version = Number(k.version);
  return k.docKey && k.contentSha256 && Number.isInteger(version) ? { docKey: k.docKey, version, contentSha256: k.contentSha256 } : null;
}

function compareWithProject(project: OpenProject, identity: NonNullable<PdfVerification['document']>): NonNullable<PdfVerification['project']> {
  const doc = project.documents.byKey(identity.docKey);
  if (!doc) return { matchesApproved: false, matchesRecords: false, detail: `This project has no document ${identity.docKey}.` };
  const version = project.documents.versions(doc.id).find((v) => v.version === identity.version);
  const live = liveContent(project, doc);
  const matchesRecords = live.sha256 === identity.contentSha256;
  if (!version) return { matchesApproved: false, matchesRecords, detail: `This project has no version ${identity.version} of ${identity.docKey}.` };
  const tampered = frozenMismatch(version);
  if (tampered) return { matchesApproved: false, matchesRecords, detail: `${identity.docKey} v${identity.version} in this project cannot be trusted: ${tampered}.` };
  const matchesApproved = (version.state === 'approved' || version.state === 'obsolete') && version.contentSha256 === identity.contentSha256;
  const detail = !matchesApproved
    ? `${identity.docKey} v${identity.version} is ${version.state.replace('_', ' ')} in this project${version.contentSha256 && version.contentSha256 !== identity.contentSha256 ? ' and its content differs from this file' : ''}.`
    : version.state === 'obsolete'
      ? `${identity.docKey} v${identity.version} was approved but has since been replaced by a newer version.`
      : matchesRecords
        ? `${identity.docKey} v${identity.version} is the approved version and the project's records still match it.`
        : `${identity.docKey} v${identity.version} is the approved version, but the project's records have changed since it was approved.`;
  return { matchesApproved, matchesRecords, detail };
}

function unsigned(identity: PdfVerification['document']): PdfVerification {
  const problems = ['The PDF carries no embedded signature.'];
  return {
    verified: false,
    verdict: 'not signed',
    signatureCount: 0,
    signed: false,
    intact: false,
    coversWholeFile: false,
    signer: null,
    signedAt: null,
    subFilter: null,
    document: identity,
    project: null,
    problems,
  };
}

/**
 * What an outside reader should know about a Cairn PDF, and whether every check holds: each signature in
 * the file, the certificate each is bound to, who vouches for each signer (the project's trusted list or
 * anchors given on the command line), and with a project whether the document is an approved version.
 */
export function verifyPdf(pdf: Buffer, project: OpenProject | null, trust: readonly string[] = []): PdfVerification {
  const found = findSignatures(pdf);
  if (found.length === 0) return unsigned(documentIdentity(pdf));
  const last: EmbeddedSignature | null = found.at(-1) ?? null;
  const problems: string[] = [];
  const label = (index: number) => (found.length > 1 ? `Signature ${index + 1} of ${found.length}: ` : '');
  const anchors = trustAnchors(project, trust, problems);
  const hasAnchor = anchors.fingerprints.size > 0 || anchors.certificates.length > 0;
  const checks: (CmsCheck | null)[] = found.map((signature, index) => {
    if (!signature) {
      problems.push(`${label(index)}its byte range does not describe the file.`);
      return null;
    }
    const check = checkCms(signature.cms, signature.signedBytes);
    problems.push(...check.problems.map((p) => `${label(index)}${p}`));
    if (check.signer && hasAnchor && !isTrusted(anchors, check.signer)) {
      problems.push(
        `${label(index)}the signer's certificate (${subjectField(check.signer, 'CN') ?? check.signer.subject}, SHA-256 ${fingerprintHex(check.signer).slice(0, 16)}…) is not trusted.`,
      );
    }
    return check;
  });
  const lastCheck = checks.at(-1) ?? null;
  const allValid = checks.every((c) => c !== null && c.digestMatches && c.signatureValid && c.certificateBound);
  const coversWholeFile = last !== null && last.byteRange[2] + last.byteRange[3] === pdf.length;
  if (!coversWholeFile) problems.push('Bytes were added to the file after the last signature.');
  const allTrusted = hasAnchor && checks.every((c) => c?.signer && isTrusted(anchors, c.signer));
  const identity = last ? documentIdentity(last.signedBytes) : null;
  const projectCheck = project && identity ? compareWithProject(project, identity) : null;
  if (project && !identity) problems.push('The signed bytes carry no Cairn document identity.');
  if (projectCheck && !projectCheck.matchesApproved) problems.push(projectCheck.detail);
  if (project) {
    const integrity = checkIntegrity(project);
    if (!integrity.ok) problems.push('The project file fails its own integrity check (run cairn verify): its trusted list cannot be relied on.');
  }
  const signer = lastCheck?.signer;
  const intact = allValid;
  const verified = intact && coversWholeFile && allTrusted && problems.length === 0;
  const verdict = verified
    ? 'verified'
    : intact && coversWholeFile && !hasAnchor && problems.length === 0
      ? 'intact, signer not verified'
      : `failed: ${problems.length} check${problems.length === 1 ? '' : 's'}`;
  return {
    verified,
    verdict,
    signatureCount: found.length,
    signed: true,
    intact,
    coversWholeFile,
    signer: signer
      ? {
          name: subjectField(signer, 'CN') ?? signer.subject,
          email: subjectField(signer, 'emailAddress') ?? subjectField(signer, 'E'),
          fingerprint: fingerprintHex(signer),
          trusted: hasAnchor ? isTrusted(anchors, signer) : null,
        }
      : null,
    signedAt: last?.signedAt ?? null,
    subFilter: last?.subFilter ?? null,
    document: identity,
    project: projectCheck,
    problems,
  };
}
