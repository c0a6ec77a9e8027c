import type { Handlers } from '../context';
import { sha256Hex } from '../documents/canonical';
import { writeAudited } from '../audit/write-audited';
import { CairnError } from '../errors';
import { qualificationReportName } from '../../../shared/qms/cairn-qualification';
import { recordQualification } from '../qms/cairn-tool';
import { recordsView } from '../qms/qms-view';
import { fingerprintOf } from '../signing/user-keys';
import { requireAuthor } from './require-author';

type ValidationHandlers = Pick<Handlers, 'validation.run'>;

export const validationHandlers: ValidationHandlers = {
  'validation.run': async (input, ctx) => {
    requireAuthor(ctx, 'record a validation of Cairn in the tool list');
    // Loaded on use: the scenarios and the child-process runner are not part of every start-up.
    const { OQ_IDS, unknownOqIds } = await import('../validation/run-validation');
    const { validateInChild } = await import('../validation/validation-child');
    const only = input.scenarios === 'all' ? undefined : [...new Set(input.scenarios)];
    const unknown = only ? unknownOqIds(only) : [];
    if (unknown.length > 0) throw new CairnError('invalid_input', `No OQ scenario ${unknown.join(', ')}; the scenarios are ${OQ_IDS.join(', ')}.`, 'scenarios');
    const child = await validateInChild({
      email: ctx.user.email,
      userDataDir: ctx.config.userDataDir,
      ...(only ? { only } : {}),
      signal: ctx.signal,
      progress: (fraction, label) => ctx.progress(fraction * 0.95, label),
    });
    ctx.progress(0.97, 'Recording the report against Cairn in the tool list');
    const steps = [...child.iq, ...child.oq];
    const skipped = OQ_IDS.filter((id) => !child.oq.some((step) => step.id === id));
    const day = ctx.now().slice(0, 10);
    const report = {
      fileName: qualificationReportName(child.version, day),
      base64: child.pdf.toString('base64'),
      sha256: sha256Hex(child.pdf),
      bytes: child.pdf.length,
      signed: true,
    };
    const certificateFingerprint = fingerprintOf(child.certificatePem);
    const change = { project: ctx.project, appVersion: ctx.config.appVersion, at: ctx.now(), by: ctx.user.id };
    const tool = writeAudited(ctx.project, ctx.user, 'validation.run', ctx.now(), (audit) =>
      recordQualification(
        { ...change, audit },
        {
          version: child.version,
          day,
          by: ctx.user.name,
          stepsRun: steps.length,
          stepsPassed: steps.filter((step) => step.result === 'passed').length,
          passed: child.passed,
          skipped,
          failed: steps.filter((step) => step.result === 'failed').map((step) => step.id),
          reportFile: report.fileName,
          reportSha256: report.sha256,
          certificateFingerprint,
        },
      ),
    );
    ctx.progress(1, 'Validation recorded');
    const view = recordsView(ctx.project, 'tool').find((row) => row.id === tool.id);
    if (!view) throw new Error(`${tool.humanId} is missing from the tool list it was just recorded in.`);
    return { version: child.version, passed: child.passed, skipped, iq: child.iq, oq: child.oq, report, certificateFingerprint, tool: view };
  },
};
