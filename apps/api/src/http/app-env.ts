import type { Caller } from '../auth/tokens.ts';

/** What middleware hands to the route handlers. */
export interface AppEnv {
  Variables: {
    requestId: string;
    caller: Caller;
  };
}
