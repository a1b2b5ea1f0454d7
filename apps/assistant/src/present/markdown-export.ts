import type { CatalogueData } from '@safeguarding/rules';
import { EDITIONS } from '@safeguarding/rules';
import type { Citation, Edition, NextActions } from '@safeguarding/schemas';
import { type CaseMap, casePaths } from '../case/case-map.ts';
import { factInWords } from '../case/fact-words.ts';
import { longDate } from '../cli/date-words.ts';
import type { TranscriptEntry } from '../conversation/state.ts';
import { dueWords, standing } from './answer-lines.ts';
import { citationText } from './citation-words.ts';
import { partyName } from './party-words.ts';

type Catalogue = Pick<CatalogueData, 'parties' | 'sources' | 'editions' | 'facts' | 'events'>;

export interface ExportInput {
  asOf: string;
  edition: Edition | undefined;
  facts: CaseMap;
  result: NextActions | undefined;
  transcript: readonly TranscriptEntry[];
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function sources(citations: readonly Citation[], catalogue: Catalogue): string {
  return citations
    .map((citation) => {
      const text = citationText(citation, catalogue);
      return citation.url ? `[${text}](${citation.url})` : text;
    })
    .join('; ');
}

/**
 * The conversation and its answer as Markdown for the case file: the facts, the dated actions
 * (date first, then the action, who does it and who gets it), why, the sources and the caveats,
 * then the conversation as it went.
 */
export function markdownExport(input: ExportInput, catalogue: Catalogue): string {
  const edition = input.edition ? EDITIONS.find((entry) => entry.id === input.edition)!.title : undefined;
  const out: string[] = [
    '# Safeguarding case notes',
    '',
    `As of ${longDate(input.asOf)}${edition ? ` · ${edition} (chosen)` : ''}. Written by the safeguarding assistant from the duty catalogue of the safeguarding toolkit; check your local procedures where a caveat says so.`,
    '',
    '## Facts',
    '',
  ];
  const paths = casePaths(input.facts);
  if (paths.length === 0) out.push('None given.');
  for (const path of paths) out.push(`- ${factInWords(path, input.facts[path]!, catalogue)}`);

  const result = input.result;
  if (result) {
    const title = EDITIONS.find((entry) => entry.id === result.edition)?.title ?? result.edition;
    out.push('', `## What must be done (${title}, as of ${longDate(result.asOf)})`, '');
    if (result.actions.length === 0) out.push('No duties apply to these facts on this date.');
    else {
      out.push('| Due | Action | Who | To | Must or should | Where it stands |', '|---|---|---|---|---|---|');
      for (const action of result.actions) {
        out.push(
          `| ${cell(dueWords(action))} | ${cell(action.title)} | ${cell(partyName(action.actor, catalogue))} | ${cell(action.recipients.map((party) => partyName(party, catalogue)).join(', '))} | ${action.strength} | ${cell(standing(action))} |`,
        );
      }
      out.push('', '### Why', '');
      for (const action of result.actions)
        out.push(`- **${action.title}**: ${action.why} (${action.deadline}.)`);
      out.push('', '### Sources', '');
      for (const action of result.actions)
        out.push(`- ${action.title}: ${sources(action.citations, catalogue)}`);
      const caveats = result.actions.filter((action) => action.caveat !== undefined);
      if (caveats.length > 0) {
        out.push('', '### Check your local procedures', '');
        for (const action of caveats)
          out.push(`- ${action.title} (${action.confidence} confidence): ${action.caveat}`);
      }
    }
    for (const warning of result.warnings ?? []) out.push('', `> Warning: ${warning}`);
    if (result.questions.length > 0) {
      out.push('', '### Still to find out', '');
      for (const question of result.questions) out.push(`- ${question.ask}`);
    }
  }

  out.push('', '## Conversation', '');
  for (const entry of input.transcript) {
    const text = entryText(entry, catalogue);
    if (text) out.push(text, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function entryText(entry: TranscriptEntry, catalogue: Catalogue): string | undefined {
  switch (entry.kind) {
    case 'user':
      return `**You:** ${entry.text}`;
    case 'understood':
      if (entry.spans.length === 0) return undefined;
      return `**Understood:** ${entry.spans.map((span) => `${factInWords(span.path, span.value, catalogue)} (“${span.text}”)`).join('; ')}`;
    case 'answered':
      return `**Asked:** ${entry.ask} **Answer:** ${entry.answer}`;
    case 'answer':
      return `**Answer:** ${entry.result.actions.length} duties as of ${longDate(entry.result.asOf)}: ${entry.result.actions.map((action) => `${dueWords(action, entry.result.asOf)} ${action.title}`).join('; ')}.`;
    case 'info':
      return `**Assistant:** ${entry.answer.text}${entry.answer.citations.length > 0 ? `\n\nSources: ${sources(entry.answer.citations, catalogue)}` : ''}`;
    case 'notice':
      return `*${entry.text}*`;
    default:
      return undefined;
  }
}
