import { notice, type SlashCommand } from './slash-command.ts';

export const timelineCommand: SlashCommand = {
  name: 'timeline',
  usage: '/timeline',
  summary: "the case's dates and deadlines drawn as a timeline",
  run(state) {
    if (!state.result)
      return notice(state, 'There is no answer to draw yet: tell me about the case first.', 'warning');
    return {
      ...state,
      transcript: [...state.transcript, { kind: 'timeline', result: state.result, facts: state.facts }],
    };
  },
};
