import type { ManifestEntry } from '../../../../shared/api/documents-types';
import { PROCEDURES } from '../../../../shared/qms/procedure-set';
import { checkRecordFields, RECORD_KIND_DEFS, type RecordFields } from '../../../../shared/qms/records';
import type { Handlers } from '../../context';
import { controlFor, manifestEntry } from '../../documents/control-for';
import { approvedVersion } from '../../documents/document-service';
import { personOf, requirePassword } from '../../documents/workflow-steps';
import { CairnError } from '../../errors';
import { throwIfCancelled } from '../../jobs';
import { recordsView, trainingView } from '../../qms/qms-view';
import { produce, recordExport, signerFor } from '../../exports/pdf-output';
import { requireAuthor } from '../require-author';

type QmsRecordHandlers = Pick<Handlers, 'qms.records' | 'qms.saveRecord' | 'qms.training' | 'qms.recordTraining' | 'qms.exportProcedures'>;

/** Trimmed values with empty ones dropped, so "no value" has one spelling. */
function normalise(fields: RecordFields): RecordFields {
  return Object.fromEntries(
    Object.entries(fields)
      .map(([k, v]) => [k, v.trim()] as const)
      .filter(([, v]) => v.length > 0),
  );
}

export const qmsRecordHandlers: QmsRecordHandlers = {
  'qms.records': (input, ctx) => recordsView(ctx.project, input.kind),

  'qms.saveRecord': (input, ctx) => {
    requireAuthor(ctx, 'keep QMS records');
    const def = RECORD_KIND_DEFS[input.kind];
    const fields = normalise(input.fields);
    const problem = checkRecordFields(input.kind, fields);
    if (problem) throw new CairnError('invalid_input', problem.message, problem.field);
    if (input.id === undefined) {
      const row = ctx.project.qmsRecords.insert({ kind: input.kind, prefix: def.prefix, fields, builtIn: false, at: ctx.now(), by: ctx.user.id });
      ctx.audit({
        action: 'create',
        entity: 'qms_record',
        entityId: row.humanId,
        summary: `${row.humanId} ${def.label} "${fields[def.titleField] ?? ''}" recorded`,
        after: fields,
      });
      return recordsView(ctx.project, input.kind);
    }
    const existing = ctx.project.qmsRecords.byId(input.id);
    if (!existing || existing.kind !== input.kind) throw new CairnError('not_found', `There is no ${def.label.toLowerCase()} with id ${input.id}.`, 'id');
    if (existing.builtIn && fields.name !== existing.fields.name) throw new CairnError('invalid_input', 'Cairn’s own entry keeps its name.', 'fields.name');
    if (JSON.stringify(fields) === JSON.stringify(existing.fields)) throw new CairnError('invalid_input', 'Nothing to change.');
    ctx.project.qmsRecords.update(existing.id, fields, ctx.now(), ctx.user.id);
    const changed = [...new Set([...Object.keys(fields), ...Object.keys(existing.fields)])].filter((k) => fields[k] !== existing.fields[k]);
    ctx.audit({
      action: 'update',
      entity: 'qms_record',
      entityId: existing.humanId,
      summary: `${existing.humanId} changed: ${changed.join(', ')}`,
      before: existing.fields,
      after: fields,
    });
    return recordsView(ctx.project, input.kind);
  },

  'qms.training': (_input, ctx) => trainingView(ctx.project),

  'qms.recordTraining': (input, ctx) => {
    const trainee = personOf(ctx, input.traineeId, 'traineeId');
    if (!trainee.active) throw new CairnError('invalid_input', `${trainee.name} is no longer active on the team.`, 'traineeId');
    if (trainee.id !== ctx.user.id) requireAuthor(ctx, 'record training for someone else');
    const doc = ctx.project.documents.byKey(input.docKey);
    if (!doc || !PROCEDURES.some((p) => p.key === doc.docKey)) throw new CairnError('not_found', `There is no procedure document ${input.docKey}.`, 'docKey');
    const version = ctx.project.documents.versions(doc.id).find((v) => v.version === input.version);
    if (!version || (version.state !== 'approved' && version.state !== 'obsolete')) {
      throw new CairnError('invalid_input', `${doc.docKey} v${input.version} has not been approved: people are trained on approved versions.`, 'version');
    }
    if (input.trainedOn > ctx.now().slice(0, 10)) throw new CairnError('invalid_input', 'The training date is in the future.', 'trainedOn');
    if (ctx.project.qmsRecords.training().some((t) => t.traineeId === trainee.id && t.docKey === doc.docKey && t.version === input.version)) {
      throw new CairnError('conflict', `${trainee.name}'s training on ${doc.docKey} v${input.version} is already recorded.`, 'version');
    }
    requirePassword(ctx, input.password);
    ctx.project.qmsRecords.insertTraining({
      traineeId: trainee.id,
      docKey: doc.docKey,
      version: input.version,
      trainedOn: input.trainedOn,
      method: input.method,
      signedBy: ctx.user.id,
      signedAt: ctx.now(),
    });
    ctx.audit({
      action: 'sign',
      entity: 'qms_training',
      entityId: `${doc.docKey} v${input.version}`,
      summary: `${trainee.name} trained on ${doc.docKey} v${input.version} (${input.method}), confirmed by ${ctx.user.name}`,
      after: { trainee: trainee.name, trainedOn: input.trainedOn, method: input.method },
    });
    return trainingView(ctx.project);
  },

  'qms.exportProcedures': async (input, ctx) => {
    const signer = input.sign ? signerFor(ctx, input.password, 'qms.exportProcedures', 'Procedure set issued') : null;
    const issuedAt = ctx.now();
    const parts = [];
    const manifest: ManifestEntry[] = [];
    for (const def of PROCEDURES) {
      throwIfCancelled(ctx.signal);
      const doc = ctx.project.documents.byKey(def.key);
      const approved = doc && doc.retiredAt === null ? approvedVersion(ctx.project.documents.versions(doc.id)) : undefined;
      if (!doc || !approved) continue;
      const part = controlFor(ctx.project, doc, approved, issuedAt);
      parts.push(part);
      manifest.push(manifestEntry(doc, approved, part.control));
    }
    if (parts.length === 0) throw new CairnError('conflict', 'No procedure is approved yet: approve the quality manual or an SOP first.');
    const info = ctx.project.project.get();
    const bundle = {
      productName: info.productName,
      manufacturer: info.manufacturer,
      issuedAt,
      manifest,
      part: { title: 'Procedure set', subtitle: `The approved quality manual and SOPs of ${info.manufacturer}` },
    };
    ctx.progress(0.2, 'Rendering the procedure set');
    const pdf = await produce(ctx, { kind: 'bundle', parts, bundle }, signer, `procedures-${issuedAt.slice(0, 10)}.pdf`, (f) =>
      ctx.progress(0.2 + f * 0.75, 'Rendering the procedure set'),
    );
    throwIfCancelled(ctx.signal);
    recordExport(ctx, 'qms.exportProcedures', 'procedure-set', pdf, `Procedure set (${parts.length} documents)`);
    ctx.progress(1, 'Procedure set ready');
    return pdf;
  },
};
