import { describe, expect, it } from 'vitest';
import { BASICS, interview, tempAnswersFile } from './helpers.js';

const QUICK = { depth: true, ...BASICS };

describe('a first interview', () => {
  it('offers the short path first, as the README advises', async () => {
    const { prompter } = await interview(await tempAnswersFile(), { ...BASICS });
    const depth = prompter.asked.find((a) => a.id === 'depth');
    expect(depth?.default).toBe(true);
    expect(depth?.choices?.[0]).toBe(true);
  });

  it('says on the short path when the state’s hold law is not verified, and only then', async () => {
    const ohio = await interview(await tempAnswersFile(), { ...QUICK, 'jurisdiction.state': 'OH' });
    expect(ohio.code).toBe(0);
    expect(ohio.prompter.said.join('\n')).toMatch(/no verified entry for Ohio’s emergency-hold law yet/);
    const california = await interview(await tempAnswersFile(), QUICK);
    expect(california.prompter.said.join('\n')).not.toMatch(/no verified entry/);
  });

  it('shows unasked and empty lists as left open in the summary, never as "none"', async () => {
    const { prompter } = await interview(await tempAnswersFile(), QUICK);
    const summary = prompter.said.find((s) => s.startsWith('\nYour answers:')) ?? '';
    expect(summary).toContain('Which program models does the jurisdiction run or plan?: co-responder');
    expect(summary).not.toMatch(/: none$/m);
    expect(summary).toMatch(/left open: the drafts show a blank/);
  });

  it('does not tell the user that a blank list answer means "none"', async () => {
    const { prompter } = await interview(await tempAnswersFile(), { depth: false, ...BASICS });
    const help = prompter.asked.filter((a) => a.id === 'program.goals');
    expect(help).toHaveLength(1);
    expect(JSON.stringify(prompter.asked)).not.toContain('Leave blank for none');
  });
});

describe('the suggested partner id', () => {
  it('is short and cut between words, without a dangling "and"', async () => {
    const { suggestId } = await import('../../src/interview/sections.js');
    expect(
      suggestId({ name: 'Harmon County Alcohol, Drug Addiction and Mental Health Services Board' }),
    ).toBe('harmon-county-alcohol');
    expect(suggestId({ name: 'Harmon Crisis Connection, Inc.' })).toBe('harmon-crisis-connection');
    expect(suggestId({ name: 'X', short_name: 'RCBH' })).toBe('rcbh');
  });
});
