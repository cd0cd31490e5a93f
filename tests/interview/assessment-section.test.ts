import { describe, expect, it } from 'vitest';
import { BASICS, interview, tempAnswersFile, validate } from './helpers.js';

const FULL = { depth: false, ...BASICS };

describe('the interview’s self-assessment section', () => {
  it('should be offered in a new interview and skipped whole on "no"', async () => {
    const { prompter, text } = await interview(await tempAnswersFile(), {
      ...FULL,
      'section:assessment': false,
    });
    expect(prompter.ids()).toContain('section:assessment');
    expect(prompter.ids().filter((id) => id.startsWith('assessment.'))).toEqual([]);
    expect(validate(text ?? '').answers).not.toBeNull();
  });

  it('should ask each item on "yes", and evidence and owner only for a rated item', async () => {
    const { prompter, text } = await interview(await tempAnswersFile(), {
      ...FULL,
      'section:assessment': true,
      'assessment.e1_steering_committee.status': 'in-place',
      'assessment.e1_steering_committee.evidence': 'Minutes since 2025',
    });
    const ids = prompter.ids().filter((id) => id.startsWith('assessment.'));
    expect(ids.filter((id) => id.endsWith('.status'))).toHaveLength(30);
    expect(ids).toContain('assessment.e1_steering_committee.evidence');
    expect(ids).toContain('assessment.e1_steering_committee.owner');
    expect(ids).not.toContain('assessment.e2_model_chosen.evidence');
    const read = validate(text ?? '');
    expect(read.diagnostics).toEqual([]);
    const rated = (
      read.answers?.assessment as unknown as Record<string, { status: string; evidence: string }>
    ).e1_steering_committee;
    expect(rated?.status).toBe('in-place');
    expect(rated?.evidence).toBe('Minutes since 2025');
  });

  it('should not push the section on a finished file, and offer it again with --all', async () => {
    const file = await tempAnswersFile();
    await interview(file, { ...FULL, 'section:assessment': false });
    const again = await interview(file, {});
    expect(again.prompter.ids()).not.toContain('section:assessment');
    const all = await interview(file, { 'section:assessment': false }, { all: true });
    expect(all.prompter.ids()).toContain('section:assessment');
  });
});
