import { existsSync, rmSync } from 'node:fs';
import type { Handlers } from '../../context';
import { buildDemo } from '../../demo/demo-project';
import { closeProject, projectFilePath, statusOf } from '../session-helpers';

type DemoHandlers = Pick<Handlers, 'project.createDemo'>;

export const demoHandlers: DemoHandlers = {
  'project.createDemo': async (input, ctx) => {
    const path = projectFilePath(input.path);
    const existedBefore = existsSync(path);
    let recoveryKey: string | null;
    try {
      recoveryKey = await buildDemo(ctx, path, input.encrypted ?? true);
    } catch (error) {
      // A half-built sample is worse than none; only ever remove a file this very call created.
      if (!existedBefore && ctx.session.project?.path === path) {
        closeProject(ctx, 'project.createDemo');
        for (const suffix of ['', '-wal', '-shm', '-key']) rmSync(`${path}${suffix}`, { force: true });
      }
      throw error;
    }
    return { ...statusOf(ctx), recoveryKey };
  },
};
