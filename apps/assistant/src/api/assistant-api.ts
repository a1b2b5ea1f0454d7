import type { LoadedCase } from '../conversation/actions.ts';
import type { DueItem } from '../conversation/state.ts';

/**
 * What the assistant needs from the reference API, for /case and /due: a seam, so the
 * conversation can be tested with any implementation and the SDK is only used at the edge.
 */
export interface AssistantApi {
  /** The record with this id (whatever its type), its facts and its next actions. */
  loadCase(id: string): Promise<LoadedCase>;
  /** What is due across the caller's cases, every page. */
  listDue(options: { before?: string }): Promise<DueItem[]>;
}
