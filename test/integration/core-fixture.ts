import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/errors';
import { createCore, type Core } from '../../electron/core/core';
import { copySample, SAMPLE_OWNER } from '../support/sample-cache';

export const OWNER = { name: 'Ada Owner', email: 'ada@example.com', password: 'owner-password-1' } as const;

/** A core on a fixed clock in its own temp folder, with typed helpers that fail loudly. */
export class CoreFixture {
  readonly dir = mkdtempSync(join(tmpdir(), 'cairn-core-'));
  readonly core: Core;
  private tick = 0;

  constructor() {
    this.core = createCore({
      appVersion: '9.9.9-test',
      migrationsDir: 'migrations',
      userDataDir: join(this.dir, 'user-data'),
      // Each call gets the next second, so ordering by time is deterministic.
      clock: () => new Date(Date.UTC(2026, 0, 1, 0, 0, this.tick++)),
    });
  }

  path(name = 'project.cairn'): string {
    return join(this.dir, name);
  }

  async ok<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    const result = await this.core.call(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.value as OutputOf<M>;
  }

  async fails(method: string, input: unknown): Promise<ApiError> {
    const result = await this.core.call(method, input);
    if (result.ok) throw new Error(`${method} unexpectedly succeeded: ${JSON.stringify(result.value)}`);
    return result.error;
  }

  /** Creates a project with OWNER signed in. */
  async project(name = 'project.cairn') {
    return this.ok('project.create', { path: this.path(name), productName: 'Infusion Pump', manufacturer: 'Acme Medical', owner: OWNER });
  }

  /**
   * Opens a copy of the prepared sample project with its owner signed in, where a test would otherwise
   * build it (`project.createDemo` leaves the same state, but costs seconds).
   */
  async sample(name = 'demo.cairn') {
    await this.ok('project.open', { path: copySample(this.path(name)) });
    return this.ok('session.signIn', { email: SAMPLE_OWNER.email, password: SAMPLE_OWNER.password });
  }

  async auditCount(): Promise<number> {
    return (await this.ok('audit.list', { limit: 1 })).total;
  }

  async dispose(): Promise<void> {
    await this.core.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
