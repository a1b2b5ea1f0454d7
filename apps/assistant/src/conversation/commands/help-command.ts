import type { SlashCommand } from './slash-command.ts';

export const helpCommand: SlashCommand = {
  name: 'help',
  usage: '/help',
  summary: 'what I can do, and how to ask',
  run: (state) => ({ ...state, transcript: [...state.transcript, { kind: 'help' }] }),
};
