import { describe, expect, it } from 'vitest';
import { withStateTerms } from '../../src/legal/state-law-terms.js';

const TX = { 'Emergency Hold': 'Emergency Detention', 'Hold Statute': 'Emergency Detention Statute' };

describe('a state’s own words for the generic defined terms', () => {
  it('should rename the terms where templates write them: uses, definitions, headings, clause titles', () => {
    const markdown = [
      '## Initiating an Emergency Hold',
      '',
      '1. [[=Emergency Hold]] means custody under the [[Hold Statute]].',
      '1. [[@law]]**The Hold Statute.** An [[Emergency Hold]] ends as the [[Hold Statute]] says.',
    ].join('\n');
    expect(withStateTerms(markdown, TX)).toBe(
      [
        '## Initiating an Emergency Detention',
        '',
        '1. [[=Emergency Detention]] means custody under the [[Emergency Detention Statute]].',
        '1. [[@law]]**The Emergency Detention Statute.** An [[Emergency Detention]] ends as the [[Emergency Detention Statute]] says.',
      ].join('\n'),
    );
  });

  it('should leave an answer’s own words, blanks and labels as they are', () => {
    const markdown = '1. Notes: the ward calls it an Emergency Hold. [[?HOLD STATUTE CITATION]] [[#hold]]';
    expect(withStateTerms(markdown, TX)).toBe(markdown);
  });

  it('should change nothing for a state that renames nothing', () => {
    const markdown = '1. [[=Emergency Hold]] means a hold.';
    expect(withStateTerms(markdown, {})).toBe(markdown);
  });
});
