import type { SlashCommand } from './slash-command.ts';

export const quitCommand: SlashCommand = {
  name: 'quit',
  usage: '/quit',
  summary: 'leave (nothing is kept: /export first to save the conversation)',
  run: (state) => ({ ...state, quit: true }),
};
