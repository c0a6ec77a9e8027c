import { checkSignature, isFullyApproved, type VersionFacts } from '../../../shared/documents/workflow';
import type { Person } from '../../../shared/documents/workflow';
import type { HandlerContext } from '../context';
import { CairnError } from '../errors';
import { approvedVersion, versionFacts, versionOrThrow } from './document-service';
import { checkedFrozenContent } from './frozen-content';
import { personOf } from './workflow-steps';

/** A version the signed-in person may sign, with what the signature needs; checked before any password is asked. */
export interface SignableVersion {
  version: ReturnType<typeof versionOrThrow>['version'];
  doc: ReturnType<typeof versionOrThrow>['doc'];
  signer: Person;
  facts: VersionFacts;
  selfApproval: boolean;
  label: string;
}

/**
 * Refuses a version the signed-in person cannot sign with this meaning. In a batch, `batchField` (such as
 * `versionIds.2`) names which version a refusal is about.
 */
export function signableVersion(ctx: HandlerContext, versionId: number, meaning: 'reviewed' | 'approved', acknowledgeSelfApproval: boolean, batchField?: string): SignableVersion {
  const { version, doc } = versionOrThrow(ctx.project, versionId);
  const signer = personOf(ctx, ctx.user.id, batchField ?? 'versionId');
  const facts = versionFacts(ctx.project, version);
  const check = checkSignature(facts, signer, meaning, acknowledgeSelfApproval);
  if (!check.ok) throw new CairnError(check.code, check.message, batchField && (!check.field || check.field === 'versionId') ? batchField : check.field);
  return { version, doc, signer, facts, selfApproval: check.selfApproval, label: `${doc.docKey} v${version.version}` };
}

/**
 * Records the signature on a version whose signer has just re-entered their password (prepareSignature),
 * and approves the version when it was the last approval it waited for, making the one before it obsolete.
 */
export function signVersion(ctx: HandlerContext, s: SignableVersion, meaning: 'reviewed' | 'approved'): void {
  // Re-hashed here: a signature must never cover content edited in the file since it was frozen.
  const frozen = checkedFrozenContent(s.version, s.label);
  if (!frozen) throw new Error(`${s.label} is in review without frozen content.`);
  const signature = ctx.project.documents.insertSignature({
    versionId: s.version.id,
    reviewRound: s.version.reviewRound,
    userId: s.signer.id,
    printedName: s.signer.name,
    role: s.signer.role,
    meaning,
    signedAt: ctx.now(),
    contentSha256: frozen.sha256,
    selfApproval: s.selfApproval,
  });
  ctx.audit({
    action: 'sign',
    entity: 'document_version',
    entityId: s.label,
    summary: `${s.signer.name} signed ${s.label} as ${meaning}${s.selfApproval ? ' (self-approval acknowledged)' : ''}`,
    after: { meaning: signature.meaning, contentSha256: signature.contentSha256, selfApproval: signature.selfApproval },
  });
  const after = { ...s.facts, signatures: [...s.facts.signatures, { userId: s.signer.id, meaning }] };
  if (meaning !== 'approved' || !isFullyApproved(after)) return;
  const previous = approvedVersion(ctx.project.documents.versions(s.doc.id));
  if (previous) {
    ctx.project.documents.markObsolete(previous.id, ctx.now());
    ctx.audit({
      action: 'obsolete',
      entity: 'document_version',
      entityId: `${s.doc.docKey} v${previous.version}`,
      summary: `${s.doc.docKey} v${previous.version} is obsolete, replaced by v${s.version.version}`,
    });
  }
  ctx.project.documents.markApproved(s.version.id, ctx.now());
  ctx.audit({ action: 'approve', entity: 'document_version', entityId: s.label, summary: `${s.label} approved` });
}
