import { asOfCommand } from './as-of-command.ts';
import { caseCommand } from './case-command.ts';
import { dueCommand } from './due-command.ts';
import { editionCommand } from './edition-command.ts';
import { exportCommand } from './export-command.ts';
import { factsCommand } from './facts-command.ts';
import { helpCommand } from './help-command.ts';
import { icsCommand } from './ics-command.ts';
import { newCommand } from './new-command.ts';
import { quitCommand } from './quit-command.ts';
import type { SlashCommand } from './slash-command.ts';
import { timelineCommand } from './timeline-command.ts';
import { whyCommand } from './why-command.ts';

/** Every slash command, in the order /help lists them. */
export const COMMANDS: readonly SlashCommand[] = [
  helpCommand,
  factsCommand,
  whyCommand,
  timelineCommand,
  editionCommand,
  asOfCommand,
  newCommand,
  exportCommand,
  icsCommand,
  caseCommand,
  dueCommand,
  quitCommand,
];

/** Other names people type for a command. */
const ALIASES: Record<string, string> = {
  exit: 'quit',
  q: 'quit',
  '?': 'help',
  'as-of': 'asof',
  reset: 'new',
};

export function findCommand(name: string): SlashCommand | undefined {
  const wanted = ALIASES[name.toLowerCase()] ?? name.toLowerCase();
  return COMMANDS.find((command) => command.name === wanted);
}
