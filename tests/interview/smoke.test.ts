import { expect, it } from 'vitest';
import { BASICS, interview, tempAnswersFile, validate } from './helpers.js';

it('smoke', async () => {
  const file = await tempAnswersFile();
  const min = await interview(file, { depth: true, ...BASICS });
  console.log(min.prompter.asked.map((a) => `${a.kind} ${a.id}: ${a.message}`).join('\n'));
  console.log(min.text);
  console.log(validate(min.text ?? '').diagnostics);
  expect(min.code).toBe(0);
});
