import { checkReviewRequest } from '../../../../shared/documents/workflow';
import type { Handlers } from '../../context';
import { requireAuthor } from '../require-author';
import { documentDetail, documentList, documentOrThrow, driftOf, liveContent, versionOrThrow } from '../../documents/document-service';
import { signableVersion, signVersion } from '../../documents/sign-version';
import { prepareSignature } from '../../signatures/before-signing';
import { DOCUMENT_TYPE_DEFS } from '../../documents/registry';
import { personOf, refuseDuplicates, requirePassword } from '../../documents/workflow-steps';
import { CairnError } from '../../errors';

type DocumentsHandlers = Pick<
  Handlers,
  | 'documents.list'
  | 'documents.get'
  | 'documents.create'
  | 'documents.sendForReview'
  | 'documents.sign'
  | 'documents.signMany'
  | 'documents.returnToDraft'
  | 'documents.startRevision'
>;

export const documentsHandlers: DocumentsHandlers = {
  'documents.list': (_input, ctx) => documentList(ctx.project),

  'documents.get': (input, ctx) => documentDetail(ctx.project, input.documentId),

  'documents.create': (input, ctx) => {
    requireAuthor(ctx, 'create documents');
    const def = DOCUMENT_TYPE_DEFS[input.type];
    const { docKey, title, params } = def.keyAndTitle(input, ctx.project, ctx.now());
    if (ctx.project.documents.byKey(docKey)) throw new CairnError('conflict', `The project already has a ${def.label.toLowerCase()} (${docKey}).`, 'type');
    const id = ctx.project.documents.insertDocument({ docKey, docType: input.type, title, params, createdAt: ctx.now(), createdBy: ctx.user.id });
    ctx.project.documents.insertVersion({ documentId: id, version: 1, authorId: ctx.user.id, createdAt: ctx.now(), changeSummary: null });
    ctx.audit({ action: 'create', entity: 'document', entityId: docKey, summary: `${docKey} "${title}" created as draft v1`, after: { docKey, title, type: input.type, params } });
    return documentDetail(ctx.project, id);
  },

  'documents.sendForReview': (input, ctx) => {
    const { version, doc } = versionOrThrow(ctx.project, input.versionId);
    if (version.state !== 'draft') throw new CairnError('conflict', `${doc.docKey} v${version.version} is ${version.state.replace('_', ' ')}, not a draft.`, 'versionId');
    refuseDuplicates(input.reviewers, 'reviewers');
    refuseDuplicates(input.approvers, 'approvers');
    const author = personOf(ctx, ctx.user.id, 'versionId');
    const reviewers = input.reviewers.map((id) => personOf(ctx, id, 'reviewers'));
    const approvers = input.approvers.map((id) => personOf(ctx, id, 'approvers'));
    const check = checkReviewRequest(author, reviewers, approvers);
    if (!check.ok) throw new CairnError(check.code, check.message, check.field);
    requirePassword(ctx, input.password);
    const live = liveContent(ctx.project, doc);
    const participants = [...reviewers.map((p) => ({ userId: p.id, duty: 'reviewer' as const })), ...approvers.map((p) => ({ userId: p.id, duty: 'approver' as const }))];
    ctx.project.documents.startReview(version.id, { authorId: author.id, content: live.content, sha256: live.sha256, changeNote: input.changeNote, at: ctx.now(), participants });
    const round = version.reviewRound + 1;
    ctx.project.documents.insertSignature({
      versionId: version.id,
      reviewRound: round,
      userId: author.id,
      printedName: author.name,
      role: author.role,
      meaning: 'authored',
      signedAt: ctx.now(),
      contentSha256: live.sha256,
      selfApproval: false,
    });
    ctx.audit({
      action: 'send_for_review',
      entity: 'document_version',
      entityId: `${doc.docKey} v${version.version}`,
      summary: `${author.name} signed ${doc.docKey} v${version.version} as author and sent it for review`,
      after: { contentSha256: live.sha256, reviewers: reviewers.map((p) => p.name), approvers: approvers.map((p) => p.name), changeNote: input.changeNote },
    });
    return documentDetail(ctx.project, doc.id);
  },

  'documents.sign': (input, ctx) => {
    const signable = signableVersion(ctx, input.versionId, input.meaning, input.acknowledgeSelfApproval);
    prepareSignature(ctx, input.password, `${signable.label} ${input.meaning}`);
    signVersion(ctx, signable, input.meaning);
    return documentDetail(ctx.project, signable.doc.id);
  },

  'documents.signMany': (input, ctx) => {
    refuseDuplicates(input.versionIds, 'versionIds');
    // Every version is checked before the password is asked: the batch is signed whole or not at all.
    const signables = input.versionIds.map((id, i) => signableVersion(ctx, id, input.meaning, input.acknowledgeSelfApproval, `versionIds.${i}`));
    prepareSignature(ctx, input.password, `${signables.map((s) => s.label).join(', ')} ${input.meaning}`);
    for (const signable of signables) signVersion(ctx, signable, input.meaning);
    return { signed: signables.map((s) => s.label) };
  },

  'documents.returnToDraft': (input, ctx) => {
    const { version, doc } = versionOrThrow(ctx.project, input.versionId);
    if (version.state !== 'in_review') throw new CairnError('conflict', 'Only a version in review can be returned to draft.', 'versionId');
    const involved = version.authorId === ctx.user.id || ctx.project.documents.participants(version.id).some((p) => p.userId === ctx.user.id);
    if (!involved && ctx.user.role !== 'owner') throw new CairnError('forbidden', 'Only its author, its reviewers and approvers or an owner can return a version to draft.');
    ctx.project.documents.returnToDraft(version.id);
    const label = `${doc.docKey} v${version.version}`;
    ctx.audit({
      action: 'return_to_draft',
      entity: 'document_version',
      entityId: label,
      summary: `${label} returned to draft by ${ctx.user.name}: ${input.reason}`,
      after: { reason: input.reason },
    });
    return documentDetail(ctx.project, doc.id);
  },

  'documents.startRevision': (input, ctx) => {
    requireAuthor(ctx, 'start a new version');
    const doc = documentOrThrow(ctx.project, input.documentId);
    const latest = ctx.project.documents.versions(doc.id).at(-1);
    if (latest?.state !== 'approved') throw new CairnError('conflict', `${doc.docKey} already has a version in progress (v${latest?.version}).`, 'documentId');
    const drift = driftOf(latest, liveContent(ctx.project, doc));
    const version = latest.version + 1;
    ctx.project.documents.insertVersion({ documentId: doc.id, version, authorId: ctx.user.id, createdAt: ctx.now(), changeSummary: drift });
    ctx.audit({ action: 'create', entity: 'document_version', entityId: `${doc.docKey} v${version}`, summary: `${ctx.user.name} started ${doc.docKey} v${version} as a draft` });
    return documentDetail(ctx.project, doc.id);
  },
};
