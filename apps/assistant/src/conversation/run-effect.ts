import type { AssistantApi } from '../api/assistant-api.ts';
import type { ConversationAction } from './actions.ts';
import { NOT_CONFIGURED } from './commands/case-command.ts';
import type { Effect } from './state.ts';

/** The outside world the shell offers the conversation's effects. */
export interface ShellIo {
  writeFile(path: string, content: string): Promise<void>;
  api: AssistantApi | undefined;
}

/** Does an effect and says how it went, as the action to dispatch. Never throws. */
export async function runEffect(effect: Effect, io: ShellIo): Promise<ConversationAction> {
  try {
    switch (effect.kind) {
      case 'write-file':
        await io.writeFile(effect.path, effect.content);
        return { type: 'file-written', path: effect.path, what: effect.what };
      case 'load-case':
        if (!io.api) return { type: 'effect-failed', message: NOT_CONFIGURED };
        return { type: 'case-loaded', loaded: await io.api.loadCase(effect.id, { asOf: effect.asOf }) };
      case 'list-due':
        if (!io.api) return { type: 'effect-failed', message: NOT_CONFIGURED };
        return {
          type: 'due-listed',
          ...(await io.api.listDue(effect.before ? { before: effect.before } : {})),
        };
    }
  } catch (error) {
    return { type: 'effect-failed', message: failure(effect, error) };
  }
}

function failure(effect: Effect, error: unknown): string {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const code = (error as NodeJS.ErrnoException).code;
  switch (effect.kind) {
    case 'write-file':
      return `Could not save ${effect.path}: ${code === 'ENOENT' ? 'there is no such folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : reason}.`;
    case 'load-case':
      return `Could not load ${effect.id} from the API: ${reason}.`;
    case 'list-due':
      return `Could not list what is due from the API: ${reason}.`;
  }
}
