import type { HandlerContext } from '../context';
import { CairnError } from '../errors';
import type { ReleaseRow } from './releases-repo';

/** The release a request names, or a not_found error. */
export function releaseOrThrow(ctx: HandlerContext, id: number): ReleaseRow {
  const row = ctx.project.releases.byId(id);
  if (!row) throw new CairnError('not_found', `There is no release with id ${id}.`, 'id');
  return row;
}

/** A released version is frozen: its record, artefacts and baseline stay as they were approved. */
export function draftOrThrow(ctx: HandlerContext, id: number): ReleaseRow {
  const row = releaseOrThrow(ctx, id);
  if (row.status === 'released') throw new CairnError('conflict', `Version ${row.version} is released and can no longer change; start a new version for further changes.`, 'id');
  return row;
}
