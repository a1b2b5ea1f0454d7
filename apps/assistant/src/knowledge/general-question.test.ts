import { engine } from '@safeguarding/rules';
import { describe, expect, it } from 'vitest';
import { answerGeneralQuestion, dontKnow, editionNamed } from './general-question.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';
import { packagedKnowledge } from './packaged-knowledge.ts';

const context = {
  engine,
  knowledge: packagedKnowledge,
  index: buildKnowledgeIndex(packagedKnowledge, engine),
  edition: 'wt2023' as const,
};
const ask = (question: string) => answerGeneralQuestion(question, context);

describe('general questions, answered from the catalogue and the glossary', () => {
  it.each([
    [
      'who are the safeguarding partners?',
      /^Safeguarding partners: .*local authority.*integrated care board.*police/,
      'ca2004',
    ],
    ['what is a LADO?', /^LADO: .*allegations/, 'kcsie'],
    ['what does CDOP stand for', /^Child death overview panel \(CDOP\)/, 'cdrg2018'],
    ['explain a section 47 enquiry', /^Section 47 enquiry/, 'ca1989'],
    ['what is a care leaver', /^Care leaver/, 'ca1989'],
  ])('"%s" from the glossary', (question, text, source) => {
    const answer = ask(question);
    expect(answer?.text).toMatch(text);
    expect(answer?.citations.map((citation) => citation.source)).toContain(source);
  });

  it('"how long for a rapid review?" gives the duty, its deadline under the edition in force, and how other editions differ', () => {
    const answer = ask('how long for a rapid review?');
    const rules = engine.catalogue.byId.get('rr-complete')!.byEdition.wt2023!;
    expect(answer?.text).toContain(
      `Carry out a rapid review (Working Together 2023): ${rules.deadlineWords}.`,
    );
    expect(answer?.text).toContain(
      `Under Working Together 2018: ${engine.catalogue.byId.get('rr-complete')!.byEdition.wt2018!.deadlineWords}.`,
    );
    expect(answer?.text).toMatch(/Medium confidence/);
    expect(answer?.citations).toEqual(expect.arrayContaining(rules.citations));
  });

  it.each([
    ['how long for an ICPC after strategy?', 'cp-initial-conference'],
    ["what's the deadline for the LADO?", 'lado-inform'],
    ['how long do we have to notify the panel?', 'si-notify-panel'],
    ["what's the timescale for an assessment?", 'cp-assessment'],
  ])('"%s" finds the duty by the words people use for it', (question, duty) => {
    const rules = engine.catalogue.byId.get(duty)!.byEdition.wt2023!;
    expect(ask(question)?.text.split('\n')[0]).toBe(
      `${rules.title} (Working Together 2023): ${rules.deadlineWords}.`,
    );
  });

  it('answers a deadline question under the edition it names', () => {
    expect(ask('how long to notify ofsted in 2015?')?.text).toMatch(
      /Working Together 2015\): 5 working days after the local authority became aware/,
    );
  });

  it.each([
    ['what changed in 2023?', 'wt2023'],
    ['what was new in Working Together 2018', 'wt2018'],
    ['wt2015 changes', 'wt2015'],
  ])('"%s" lists what that edition changed, from editions.yaml', (question, edition) => {
    const answer = ask(question)!;
    const info = engine.catalogue.editions.find((entry) => entry.id === edition)!;
    for (const change of info.changes) expect(answer.text).toContain(change);
    expect(answer.citations[0]?.source).toBe(edition);
  });

  it.each([
    ['what is the weather like in Leeds?'],
    ['who won the football?'],
    ['what is a MASH meeting agenda template'],
  ])('says nothing for "%s" rather than guess', (question) => {
    expect(ask(question)).toBeUndefined();
  });

  it('"I don\'t know" suggests questions it can answer, and cites nothing', () => {
    const answer = dontKnow(context);
    expect(answer.text).toMatch(/^I don't know/);
    expect(answer.text).toContain(packagedKnowledge.examples[0]);
    expect(answer.citations).toEqual([]);
  });

  it.each([
    ['under the 2018 guidance', 'wt2018'],
    ['wt2013', 'wt2013'],
    ['in 2020', undefined],
  ])('"%s" names %s', (text, edition) => {
    expect(editionNamed(text, engine)).toBe(edition);
  });
});
