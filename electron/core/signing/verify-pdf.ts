import { X509Certificate } from 'node:crypto';
import type { PdfVerification } from '../../../shared/api/document-types';
import { liveContent } from '../documents/document-service';
import type { OpenProject } from '../projects/open-project';
import { checkCms } from './cms-verify';
import { cairnKeywords, findSignature } from './pdf-signature';

function subjectField(cert: X509Certificate, key: string): string | null {
  const line = cert.subject.split('\n').find((l) => l.startsWith(`${key}=`));
  return line ? line.slice(key.length + 1) : null;
}

const fingerprintHex = (cert: X509Certificate) => cert.fingerprint256.replace(/:/g, '').toLowerCase();

/** Trusted when the certificate itself, or a certificate that issued it, is on the project's list. */
function isTrusted(project: OpenProject, cert: X509Certificate): boolean {
  const trusted = project.keys.trusted();
  if (trusted.some((t) => t.fingerprint === fingerprintHex(cert))) return true;
  return trusted.some((t) => {
    const authority = new X509Certificate(t.certificatePem);
    return cert.checkIssued(authority) && cert.verify(authority.publicKey);
  });
}

function documentIdentity(pdf: Buffer): PdfVerification['document'] {
  const k = cairnKeywords(pdf);
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

/** What an outside reader should know about a Cairn PDF: who signed, when, intact, and (given the project) current. */
export function verifyPdf(pdf: Buffer, project: OpenProject | null): PdfVerification {
  const identity = documentIdentity(pdf);
  const projectCheck = project && identity ? compareWithProject(project, identity) : null;
  const embedded = findSignature(pdf);
  if (!embedded) {
    return { signed: false, intact: false, coversWholeFile: false, signer: null, signedAt: null, subFilter: null, document: identity, project: projectCheck, problems: ['The PDF carries no embedded signature.'] };
  }
  const cms = checkCms(embedded.cms, embedded.signedBytes);
  const coversWholeFile = embedded.byteRange[2] + embedded.byteRange[3] === pdf.length;
  const problems = [...cms.problems];
  if (!coversWholeFile) problems.push('Bytes were added to the file after it was signed.');
  const signer = cms.signer
    ? { name: subjectField(cms.signer, 'CN') ?? cms.signer.subject, email: subjectField(cms.signer, 'emailAddress') ?? subjectField(cms.signer, 'E'), fingerprint: fingerprintHex(cms.signer), trusted: project ? isTrusted(project, cms.signer) : null }
    : null;
  if (signer?.trusted === false) problems.push("The signer's certificate is not on this project's trusted list.");
  return {
    signed: true,
    intact: cms.digestMatches && cms.signatureValid,
    coversWholeFile,
    signer,
    signedAt: embedded.signedAt,
    subFilter: embedded.subFilter,
    document: identity,
    project: projectCheck,
    problems,
  };
}
