import { markdownExport } from '../../present/markdown-export.ts';
import { notice, type SlashCommand } from './slash-command.ts';

export const exportCommand: SlashCommand = {
  name: 'export',
  usage: '/export case-notes.md',
  summary:
    'save the conversation and the answer as Markdown for the case file (the only thing written to disk)',
  run(state, args, context) {
    const path = args.trim();
    if (path === '') return notice(state, 'Name the file: /export case-notes.md', 'warning');
    const content = markdownExport(state, context.engine.catalogue.data);
    return {
      ...state,
      effect: { kind: 'write-file', path, content, what: 'the conversation and the answer' },
    };
  },
};
