import type { Envelope } from './errors';

/**
 * Pauses before each retry of a call refused with `project_busy`. The core already waited its busy
 * timeout for the other writer, so a few short extra tries cover a burst (a CLI import beside the app)
 * without leaving the person staring at a spinner.
 */
export const BUSY_RETRY_DELAYS_MS = [200, 500, 1000] as const;

/**
 * Calls `attempt` and, while it is refused as `project_busy`, calls it again after each delay. A busy
 * refusal means the transaction never began, so repeating the call cannot apply a change twice.
 */
export async function retryWhileBusy<T>(
  attempt: () => Promise<Envelope<T>>,
  sleep: (ms: number) => Promise<void>,
  delays: readonly number[] = BUSY_RETRY_DELAYS_MS,
): Promise<Envelope<T>> {
  let result = await attempt();
  for (const delay of delays) {
    if (result.ok || result.error.code !== 'project_busy') return result;
    await sleep(delay);
    result = await attempt();
  }
  return result;
}
