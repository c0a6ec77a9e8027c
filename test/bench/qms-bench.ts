import { join } from 'node:path';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { computeCoverage } from '../../shared/qms/coverage';
import { PROCEDURES } from '../../shared/qms/procedure-set';
import { suggestedScope } from '../../shared/qms/scope';
import { trainingDue } from '../../shared/qms/training';
import { openTestProject } from '../support/project-db';
import { createInput, OWNER } from '../support/team';
import { createTestCore } from '../support/test-core';
import type { Bench } from './bench-context';
import { figure, timed } from './measure';

const TRAINING_ROWS = 5_000;
const RECORDS = 1_000;
const SOFTWARE_ONLY = { physicalProduct: false, sterile: false, installation: false, servicing: false, measuringEquipment: false };

/**
 * The QMS overview with the whole procedure set approved and a long training history: how long the
 * screen waits for it, against the pure coverage and training rules on the same facts (the rest is
 * regenerating 18 documents to check them for drift). Then a company change that makes all 18 drift,
 * and the export of the approved set as one PDF.
 */
export const qmsBench: Bench = {
  name: 'QMS overview, drift over the procedure set, procedure bundle export',
  async run(ctx) {
    const path = join(ctx.scratch('qms'), 'qms.cairn');
    const core = createTestCore({ userDataDir: ctx.userDataDir, clock: () => new Date() });
    const call = async <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
      const result = await core.call(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value as OutputOf<M>;
    };
    await call('project.create', createInput(path));
    await call('product.update', { markets: ['eu', 'us'] });
    await call('qms.saveCompany', { legalName: 'Bench Devices GmbH', managementRep: 'Olga Owner' });
    await call('qms.applyScope', SOFTWARE_ONLY);
    const generated = await call('qms.generateDocuments', {});
    for (const p of generated.procedures) {
      const versionId = (await call('documents.get', { documentId: p.document?.documentId ?? 0 })).versions[0]?.id ?? 0;
      await call('documents.sendForReview', { versionId, approvers: [1], password: OWNER.password });
      await call('documents.sign', { versionId, meaning: 'approved', password: OWNER.password, acknowledgeSelfApproval: true });
    }
    await core.close();

    // A long history written straight through the repositories: the bench is about reading it.
    const project = openTestProject(path);
    const at = new Date().toISOString();
    project.db.transaction(() => {
      for (let i = 0; i < TRAINING_ROWS; i++)
        project.qmsRecords.insertTraining({
          traineeId: 1,
          docKey: PROCEDURES[i % PROCEDURES.length]?.key ?? 'QM',
          version: 1,
          trainedOn: '2026-01-01',
          method: `Bench ${i}`,
          signedBy: 1,
          signedAt: at,
        });
      for (let i = 0; i < RECORDS; i++)
        project.qmsRecords.insert({
          kind: 'capa',
          prefix: 'CAPA',
          fields: { title: `CAPA ${i}`, source: 'audit', kind: 'corrective', description: 'Bench', state: 'open' },
          builtIn: false,
          at,
          by: 1,
        });
    })();
    project.close();

    const reopened = createTestCore({ userDataDir: ctx.userDataDir, clock: () => new Date() });
    const again = async <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
      const result = await reopened.call(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value as OutputOf<M>;
    };
    await again('project.open', { path });
    await again('session.signIn', { email: OWNER.email, password: OWNER.password });
    const runs = 10;
    const overview = await timed(async () => {
      for (let i = 0; i < runs; i++) await again('qms.get', {});
    });
    const docs = new Map(PROCEDURES.map((p) => [p.key, { exists: true, approved: true }]));
    const facts = Array.from({ length: TRAINING_ROWS }, (_, i) => ({ traineeId: 1, docKey: PROCEDURES[i % PROCEDURES.length]?.key ?? 'QM', version: 1 }));
    const pure = await timed(() => {
      for (let i = 0; i < runs; i++) {
        computeCoverage(PROCEDURES, suggestedScope(SOFTWARE_ONLY), docs);
        trainingDue(
          [{ id: 1, name: 'Olga Owner' }],
          PROCEDURES.map((p) => ({ key: p.key, title: p.title, version: 1 })),
          facts,
        );
      }
    });
    figure('qms.get, 18 approved procedures, 5,000 training rows', overview.ms / runs, 'ms');
    figure('pure coverage + training rules on the same facts', pure.ms / runs, 'ms');
    figure('ratio overview / pure rules', overview.ms / Math.max(pure.ms, 0.001), '×', 'the rest regenerates 18 documents for drift');
    const records = await timed(() => again('qms.records', { kind: 'capa' }));
    figure(`qms.records with ${RECORDS.toLocaleString('en-US')} CAPAs`, records.ms, 'ms');
    const drift = await timed(() => again('qms.saveCompany', { legalName: 'Bench Devices AG' }));
    figure('company change starting 18 new drafts (drift)', drift.ms, 'ms');
    const exported = await timed(() => again('qms.exportProcedures', {}));
    figure('export of the approved procedure set (18 documents)', exported.ms / 1000, 's', `${Math.round(exported.value.bytes / 1024)} KiB`);
    await reopened.close();
  },
};
