import { createClient } from '@safeguarding/sdk';
import type { AssistantApi } from './assistant-api.ts';
import { sdkAssistantApi } from './sdk-assistant-api.ts';

/**
 * The API for /case and /due when SAFEGUARDING_API_URL and SAFEGUARDING_TOKEN are both set;
 * otherwise none, and nothing leaves the machine.
 */
export function apiFromEnvironment(environment: NodeJS.ProcessEnv): AssistantApi | undefined {
  const baseUrl = environment.SAFEGUARDING_API_URL?.trim();
  const token = environment.SAFEGUARDING_TOKEN?.trim();
  if (!baseUrl || !token) return undefined;
  return sdkAssistantApi(createClient({ baseUrl, token }));
}
