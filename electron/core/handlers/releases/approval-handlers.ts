import type { Role } from '../../../../shared/domain/roles';
import { accountStatus, diffBaselines } from '../../../../shared/release/baseline-diff';
import type { HandlerContext, Handlers } from '../../context';
import { CairnError } from '../../errors';
import { ConfigurationRepo } from '../../releases/configuration-repo';
import { checkRelease } from '../../releases/release-check';
import { liveRecord, RELEASE_ENTITY, releaseDetail, releaseSignatures, signedContent } from '../../releases/release-view';
import type { ReleaseRow } from '../../releases/releases-repo';
import { signRecord } from '../../signatures/sign-record';
import { plural } from '../../../../shared/domain/words';
import { releaseOrThrow, draftOrThrow } from '../../releases/release-lookup';

type ApprovalHandlers = Pick<Handlers, 'releases.sign' | 'releases.release' | 'releases.baselineDiff' | 'releases.configurationItems'>;

/** Release sign-off is management's: owners and approvers sign and release, as they approve documents. */
const APPROVING_ROLES: readonly Role[] = ['owner', 'approver'];

function requireApprover(ctx: HandlerContext, what: string): void {
  if (!APPROVING_ROLES.includes(ctx.user.role)) throw new CairnError('forbidden', `Only an approver or an owner can ${what}.`);
}

function requireNoBlockers(ctx: HandlerContext, row: ReleaseRow, what: string): void {
  const { blockers } = checkRelease(ctx.project, row.version);
  if (blockers.length > 0)
    throw new CairnError(
      'conflict',
      `Version ${row.version} cannot be ${what} while ${plural(blockers.length, 'checklist item')} ${blockers.length === 1 ? 'blocks' : 'block'} it: ${blockers.join(' ')}`,
      'id',
    );
}

function releasedOrThrow(ctx: HandlerContext, version: string, field: string): ReleaseRow {
  const row = ctx.project.releases.byVersion(version);
  if (!row) throw new CairnError('not_found', `There is no release record for version ${version}.`, field);
  if (row.status !== 'released') throw new CairnError('conflict', `Version ${version} is not released yet, so it has no baseline.`, field);
  return row;
}

export const releaseApprovalHandlers: ApprovalHandlers = {
  'releases.sign': (input, ctx) => {
    requireApprover(ctx, 'approve a release');
    const row = draftOrThrow(ctx, input.id);
    requireNoBlockers(ctx, row, 'approved');
    if (releaseSignatures(ctx.project, row).some((s) => s.current && s.signerId === ctx.user.id)) {
      throw new CairnError('conflict', `You have already approved release ${row.version} as it stands.`, 'id');
    }
    signRecord(
      ctx,
      { entityType: RELEASE_ENTITY, entityId: row.id, humanId: `Release ${row.version}`, meaning: 'approved', content: signedContent(ctx.project, row) },
      input.password,
    );
    return releaseDetail(ctx.project, row);
  },

  'releases.release': (input, ctx) => {
    requireApprover(ctx, 'release a version');
    const row = draftOrThrow(ctx, input.id);
    const approvals = releaseSignatures(ctx.project, row).filter((s) => s.current && APPROVING_ROLES.includes(s.signerRole as Role));
    if (approvals.length === 0) throw new CairnError('conflict', `Release ${row.version} needs an approval signature that covers it as it stands now; sign it first.`, 'id');
    requireNoBlockers(ctx, row, 'released');
    const baseline = new ConfigurationRepo(ctx.project.db).current();
    ctx.project.releases.freezeBaseline(row.id, baseline);
    ctx.project.releases.markReleased(row.id, liveRecord(ctx.project, row.version), ctx.now());
    ctx.audit({
      action: 'release',
      entity: RELEASE_ENTITY,
      entityId: row.version,
      summary: `Version ${row.version} released, approved by ${approvals.map((s) => s.signerName).join(', ')}; baseline of ${baseline.length} configuration items frozen`,
      before: { status: 'draft' },
      after: { status: 'released', baselineItems: baseline.length },
    });
    return releaseDetail(ctx.project, releaseOrThrow(ctx, row.id));
  },

  'releases.baselineDiff': (input, ctx) => {
    const from = releasedOrThrow(ctx, input.from, 'from');
    const to = releasedOrThrow(ctx, input.to, 'to');
    return diffBaselines(from.version, to.version, ctx.project.releases.baseline(from.id), ctx.project.releases.baseline(to.id));
  },

  'releases.configurationItems': (_input, ctx) => {
    const baselines = ctx.project.releases.releasedBaselines();
    return { releases: baselines.map((b) => b.release), items: accountStatus(new ConfigurationRepo(ctx.project.db).current(), baselines) };
  },
};
