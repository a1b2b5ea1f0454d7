import type { LoadedCase } from '../conversation/actions.ts';
import type { DueItem } from '../conversation/state.ts';

/**
 * What the assistant needs from the reference API, for /case and /due: a seam, so the
 * conversation can be tested with any implementation and the SDK is only used at the edge.
 */
export interface AssistantApi {
  /** The record with this id (whatever its type), the facts of its case, and its next actions as of a day. */
  loadCase(id: string, options: { asOf: string }): Promise<LoadedCase>;
  /** What is due across the caller's cases, every page, as of the API's today. */
  listDue(options: { before?: string }): Promise<{ asOf: string; items: DueItem[] }>;
}
