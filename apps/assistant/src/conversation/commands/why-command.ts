import { editionInForceOn } from '@safeguarding/rules';
import type { NextAction } from '@safeguarding/schemas';
import { describeDuties } from '../../knowledge/general-question.ts';
import type { InfoAnswer } from '../../knowledge/info-answer.ts';
import type { ConversationContext } from '../context.ts';
import type { ConversationState } from '../state.ts';
import { notice, type SlashCommand } from './slash-command.ts';

export const whyCommand: SlashCommand = {
  name: 'why',
  usage: '/why si-notify-panel',
  summary:
    'why a duty applies (or not) to this case, with its deadline and sources: its id or words from its title',
  run(state, args, context) {
    const wanted = args.trim();
    if (wanted === '') {
      const ids = state.result?.actions.map((action) => action.duty).join(', ');
      return notice(
        state,
        `Name a duty: /why si-notify-panel${ids ? `. This case's duties: ${ids}` : ''}.`,
        'warning',
      );
    }
    const duty = findDuty(wanted, state, context);
    if (!duty)
      return notice(
        state,
        `I know no duty called "${wanted}". /why with a duty's id (as /facts and the answers show) or words from its title.`,
        'warning',
      );
    const answer = explain(duty, state, context);
    return { ...state, transcript: [...state.transcript, { kind: 'info', answer }] };
  },
};

function findDuty(
  wanted: string,
  state: ConversationState,
  context: ConversationContext,
): string | undefined {
  const { byId } = context.engine.catalogue;
  if (byId.has(wanted)) return wanted;
  const words = wanted.toLowerCase();
  const inAnswer = state.result?.actions.find((action) => action.title.toLowerCase().includes(words));
  if (inAnswer) return inAnswer.duty;
  const hit = context.index.search(wanted).find((result) => result.topic.kind === 'duty');
  return hit?.topic.kind === 'duty' ? hit.topic.id : undefined;
}

function explain(id: string, state: ConversationState, context: ConversationContext): InfoAnswer {
  const action: NextAction | undefined = state.result?.actions.find((entry) => entry.duty === id);
  if (action) {
    const lines = [
      `${action.title} (${id}): ${action.deadline}.`,
      `Why: ${action.why}`,
      ...(action.caveat
        ? [`Check your local procedures (${action.confidence} confidence): ${action.caveat}`]
        : []),
    ];
    return { kind: 'info', text: lines.join('\n'), citations: action.citations };
  }
  const ruledOut = state.result?.notApplicable.find((entry) => entry.duty === id);
  const title = context.engine.catalogue.byId.get(id)!.duty.title;
  const edition = state.result?.edition ?? state.edition ?? editionInForceOn(state.asOf)?.id ?? 'wt2023';
  const described = describeDuties([id], edition, context);
  const lead = ruledOut
    ? `${title} (${id}) does not apply to this case. ${ruledOut.why}`
    : `${title} (${id}) is not part of this case's answer.`;
  return { kind: 'info', text: `${lead}\n\n${described.text}`, citations: described.citations };
}
