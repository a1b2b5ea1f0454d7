import { notice, type SlashCommand } from './slash-command.ts';

export const newCommand: SlashCommand = {
  name: 'new',
  usage: '/new',
  summary: 'start a new case (forgets the facts; keeps /asof and /edition)',
  run: (state) =>
    notice(
      { ...state, facts: {}, told: [], skipped: [], asking: undefined, asked: 0, result: undefined },
      'New case: the facts are cleared. Tell me what happened.',
    ),
};
