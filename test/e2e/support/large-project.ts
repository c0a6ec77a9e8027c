import { join } from 'node:path';
import { createCore } from '../../../electron/core/core';
import { openTestProject } from '../../support/project-db';
import { REPO_ROOT } from './paths';

export const LARGE_OWNER = { name: 'Ada Owner', email: 'ada@big.example', password: 'big-project-pass' };
const PEOPLE = [
  { name: 'Bruno Author', email: 'bruno@big.example', role: 'author' as const },
  { name: 'Carla Reviewer', email: 'carla@big.example', role: 'reviewer' as const },
];
const ENTITIES = [
  { entity: 'requirement', prefix: 'REQ' },
  { entity: 'hazard', prefix: 'HAZ' },
  { entity: 'test_case', prefix: 'TC' },
  { entity: 'soup', prefix: 'SOUP' },
] as const;
const ACTIONS = ['create', 'update', 'approve'] as const;
/** Generated rows are spread one batch per day from this day on, at noon UTC (the same day in Europe). */
const FIRST_DAY = Date.UTC(2025, 0, 1, 12);
const ROWS_PER_DAY = 500;

export interface LargeProject {
  path: string;
  productName: string;
  /** Rows in the trail once generated (before the test signs in). */
  rows: number;
  generated: number;
  /** How many generated rows carry each entity, each entity id, and fall on each UTC day. */
  perEntity: Record<string, number>;
  perEntityId: Record<string, number>;
  perDay: Record<string, number>;
  /** Keyed "person|action". */
  perPersonAction: Record<string, number>;
}

async function ok(result: Promise<{ ok: boolean; error?: unknown }>): Promise<void> {
  const envelope = await result;
  if (!envelope.ok) throw new Error(`Core refused: ${JSON.stringify(envelope.error)}`);
}

/**
 * A project whose audit trail holds `generated` extra rows, built with the core's own code: the project
 * and team through the API, the bulk rows through the audit repository in one transaction, so the hash
 * chain stays valid and generation takes a second rather than a minute of per-call fsyncs.
 */
export async function createLargeProject(dir: string, generated: number): Promise<LargeProject> {
  const path = join(dir, 'large.cairn');
  const productName = 'Large Trail Device';
  const migrationsDir = join(REPO_ROOT, 'migrations');
  const core = createCore({ appVersion: '0.1.0', migrationsDir, userDataDir: join(dir, 'core-user-data') });
  await ok(core.invoke('project.create', { path, productName, manufacturer: 'Bulk GmbH', owner: LARGE_OWNER }));
  for (const person of PEOPLE) await ok(core.invoke('users.add', { ...person, password: 'big-project-pass' }));
  await core.close();

  const project = openTestProject(path, LARGE_OWNER.password);
  const users = project.users.list();
  const perEntity: Record<string, number> = {};
  const perEntityId: Record<string, number> = {};
  const perDay: Record<string, number> = {};
  const perPersonAction: Record<string, number> = {};
  try {
    project.db.transaction(() => {
      for (let start = 0; start < generated; start += ROWS_PER_DAY) {
        const at = new Date(FIRST_DAY + (start / ROWS_PER_DAY) * 86_400_000).toISOString();
        const count = Math.min(ROWS_PER_DAY, generated - start);
        const byActor = new Map<number, { actor: (typeof users)[number]; entries: Parameters<typeof project.audit.append>[0] }>();
        for (let i = start; i < start + count; i++) {
          const kind = ENTITIES[i % ENTITIES.length]!;
          const action = ACTIONS[i % ACTIONS.length]!;
          const actor = users[Math.floor(i / 7) % users.length]!;
          const entityId = `${kind.prefix}-${String(i % 1000).padStart(5, '0')}`;
          perEntity[kind.entity] = (perEntity[kind.entity] ?? 0) + 1;
          perEntityId[entityId] = (perEntityId[entityId] ?? 0) + 1;
          perDay[at.slice(0, 10)] = (perDay[at.slice(0, 10)] ?? 0) + 1;
          perPersonAction[`${actor.name}|${action}`] = (perPersonAction[`${actor.name}|${action}`] ?? 0) + 1;
          const group = byActor.get(actor.id) ?? { actor, entries: [] };
          group.entries.push({
            action,
            entity: kind.entity,
            entityId,
            summary: `${entityId} ${action}d (generated row ${i + 1})`,
            before: action === 'create' ? undefined : { text: `Old text ${i}`, version: i },
            after: { text: `New text ${i}`, version: i + 1 },
          });
          byActor.set(actor.id, group);
        }
        for (const { actor, entries } of byActor.values()) project.audit.append(entries, actor, 'test.generate', at);
      }
    })();
  } finally {
    project.close();
  }
  // Reopened only to count: the file is closed again before the host opens it.
  const reopened = openTestProject(path, LARGE_OWNER.password);
  const rows = reopened.audit.count();
  reopened.close();
  return { path, productName, rows, generated, perEntity, perEntityId, perDay, perPersonAction };
}
