import { writeFile } from 'node:fs/promises';
import type { Edition } from '@safeguarding/schemas';
import { render } from 'ink';
import type { AssistantApi } from '../api/assistant-api.ts';
import { createContext } from '../conversation/create-context.ts';
import { initialState } from '../conversation/state.ts';
import { welcome } from '../conversation/welcome.ts';
import { App } from './App.tsx';

export interface ChatOptions {
  /** The day answers are for: today in London, or --as-of (YYYY-MM-DD). */
  today: string;
  /** --edition: answer under this edition. */
  edition?: Edition;
  color: boolean;
  /** The API for /case and /due, when SAFEGUARDING_API_URL and SAFEGUARDING_TOKEN are set. */
  api: AssistantApi | undefined;
}

/** Opens the chat on the terminal and resolves when the user leaves. */
export async function startChat(options: ChatOptions): Promise<void> {
  const context = createContext({ apiConfigured: options.api !== undefined });
  const initial = welcome(initialState(options.today, options.edition), context);
  const instance = render(
    <App
      context={context}
      initial={initial}
      color={options.color}
      io={{ writeFile: (path, content) => writeFile(path, content, { flag: 'w' }), api: options.api }}
    />,
    { patchConsole: false },
  );
  await instance.waitUntilExit();
}
