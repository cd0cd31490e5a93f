import { input } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { checkValue, fromText } from '../../src/interview/ask-leaf.js';
import type { LeafField } from '../../src/interview/questions-from-schema.js';
import { interviewFields } from '../../src/interview/run-interview.js';

function field(group: string, key: string): LeafField {
  const g = interviewFields().find((f) => f.key === group);
  const leaf = g?.type === 'group' ? g.fields.find((f) => f.key === key) : undefined;
  if (leaf?.type !== 'leaf') throw new Error(`no field ${group}.${key}`);
  return leaf;
}

describe('a real inquirer prompt with the schema rule', () => {
  it('should show the `pmhc validate` message and keep the prompt open until the answer fits', async () => {
    const population = field('jurisdiction', 'population');
    const { answer, events, getScreen } = await render(input, {
      message: population.meta.prompt,
      validate: (text: string) => checkValue(population, fromText(population, text)),
    });
    events.type('about 50k');
    events.keypress('enter');
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 10));
    expect(getScreen()).toContain('expected a whole number');
    events.keypress({ name: 'u', ctrl: true });
    for (let i = 0; i < 9; i++) events.keypress('backspace');
    events.type('52,000');
    events.keypress('enter');
    expect(fromText(population, await answer)).toBe(52000);
  });
});
