import { EDITIONS } from '@safeguarding/rules';
import { answerNow } from '../proceed.ts';
import { notice, type SlashCommand } from './slash-command.ts';

export const editionCommand: SlashCommand = {
  name: 'edition',
  usage: '/edition 2018',
  summary: 'answer under one edition of Working Together (2013, 2015, 2018, 2023), or "auto"',
  run(state, args, context) {
    const wanted = args.trim().toLowerCase();
    if (wanted === '') {
      const now = state.edition
        ? EDITIONS.find((edition) => edition.id === state.edition)!.title
        : "the edition in force on each process's own date";
      return notice(
        state,
        `Answering under ${now}. /edition 2018 (or 2013, 2015, 2023) chooses one; /edition auto goes back.`,
      );
    }
    if (wanted === 'auto' || wanted === 'off') {
      return answerNow(
        notice(
          { ...state, edition: undefined },
          'Each process now takes the edition in force on its own date.',
        ),
        context,
      );
    }
    const edition = EDITIONS.find(
      (entry) => entry.id === wanted || entry.id === `wt${wanted}` || entry.title.toLowerCase() === wanted,
    );
    if (!edition) {
      return notice(
        state,
        `There is no edition "${args.trim()}": choose one of ${EDITIONS.map((entry) => entry.id.slice(2)).join(', ')}, or auto.`,
        'warning',
      );
    }
    return answerNow(
      notice(
        { ...state, edition: edition.id },
        `Answering under ${edition.title} (in force from ${edition.inForceFrom}).`,
      ),
      context,
    );
  },
};
