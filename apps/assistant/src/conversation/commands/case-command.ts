import { notice, type SlashCommand } from './slash-command.ts';

export const NOT_CONFIGURED =
  "The API is not set up, so nothing leaves this machine. To use /case and /due, set SAFEGUARDING_API_URL (the API's address) and SAFEGUARDING_TOKEN (your access token), then start the assistant again.";

export const caseCommand: SlashCommand = {
  name: 'case',
  usage: '/case 3f2c…',
  summary:
    'load a record from the API by its id and answer for it (needs SAFEGUARDING_API_URL and SAFEGUARDING_TOKEN)',
  run(state, args, context) {
    if (!context.apiConfigured) return notice(state, NOT_CONFIGURED, 'warning');
    const id = args.trim();
    if (!/^[0-9a-f-]{8,}$/i.test(id))
      return notice(state, "Give the record's id, as the API or /due shows it: /case 3f2c5b9e-…", 'warning');
    return { ...state, effect: { kind: 'load-case', id, asOf: state.asOf } };
  },
};
