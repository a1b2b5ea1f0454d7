import type { Database } from './db/database.ts';
import type { Engine } from './engine/engine.ts';
import { type Clock, londonToday } from './http/clock.ts';
import { refreshDueIndex } from './records/due-index.ts';
import { deleteExpiredKeys } from './records/idempotency.ts';

/**
 * Housekeeping each replica does beside the requests, every minute: expired idempotency keys (and
 * the responses stored with them) are deleted, and records whose due actions change with today's
 * date are worked out again. Several replicas doing it at once is harmless.
 */
export function startMaintenance(
  db: Database,
  options: { engine: Engine; clock: Clock; intervalMs?: number; onError?: (error: unknown) => void },
): { stop(): void } {
  const run = async () => {
    try {
      await deleteExpiredKeys(db, options.clock());
      while ((await refreshDueIndex(db, options.engine, londonToday(options.clock))) > 0);
    } catch (error) {
      options.onError?.(error);
    }
  };
  const timer = setInterval(run, options.intervalMs ?? 60_000);
  timer.unref();
  void run();
  return { stop: () => clearInterval(timer) };
}
