import { describe, expect, it } from 'vitest';
import { F_MODELS } from '../../src/answers/enums.js';
import { BASICS, interview, tempAnswersFile, validate } from './helpers.js';

/**
 * How long a full interview is, counted from the flow itself: every question the user answers
 * (prompts, yes/no gates, list menus, the review), on a new answers file.
 */
describe('the length of the interview', () => {
  it('should ask 13 questions on the shortest path and report the longest', async () => {
    const shortest = await interview(await tempAnswersFile(), {
      depth: true,
      ...BASICS,
      'partners.0.type': '911-center',
      'partners.0.part2_status:gate': false,
    });
    const longest = await interview(
      await tempAnswersFile(),
      {
        depth: false,
        ...BASICS,
        'partners.0.type': 'school-district',
        'program.models': [...F_MODELS],
        'disposition.state_hold:confirm': false,
      },
      { policy: 'max' },
    );
    const enterThrough = await interview(await tempAnswersFile(), { depth: false, ...BASICS });
    expect(validate(shortest.text ?? '').diagnostics).toEqual([]);
    expect(validate(longest.text ?? '').diagnostics).toEqual([]);
    const count = (run: typeof shortest) => run.prompter.asked.length;
    console.log(
      `interview length: shortest path ${count(shortest)} questions (quick mode, one partner); ` +
        `${count(enterThrough)} in full mode pressing Enter through the optional ones; ` +
        `longest path ${count(longest)} questions (every question, one item in each repeating group, ` +
        `+ ${longest.prompter.ids().filter((id) => id.startsWith('partners.0.')).length} for each further partner)`,
    );
    expect(count(shortest)).toBe(13);
    expect(count(longest)).toBeGreaterThan(120);
    expect(count(longest)).toBeLessThan(230); // 201 with the general orders (3 questions each)
  });
});
