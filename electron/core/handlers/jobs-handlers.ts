import type { Handlers } from '../context';

type JobsHandlers = Pick<Handlers, 'jobs.cancel'>;

export const jobsHandlers: JobsHandlers = {
  'jobs.cancel': (input, ctx) => ({ cancelled: ctx.jobs.cancel(input.method) }),
};
