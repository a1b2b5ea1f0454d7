import type { Database } from './db/database.ts';
import type { Clock } from './http/clock.ts';
import { deleteExpiredKeys } from './records/idempotency.ts';

/**
 * Housekeeping each replica does beside the requests: expired idempotency keys (and the responses
 * stored with them) are deleted every minute. Several replicas doing it at once is harmless.
 */
export function startMaintenance(
  db: Database,
  options: { clock: Clock; intervalMs?: number; onError?: (error: unknown) => void },
): { stop(): void } {
  const run = async () => {
    try {
      await deleteExpiredKeys(db, options.clock());
    } catch (error) {
      options.onError?.(error);
    }
  };
  const timer = setInterval(run, options.intervalMs ?? 60_000);
  timer.unref();
  void run();
  return { stop: () => clearInterval(timer) };
}
