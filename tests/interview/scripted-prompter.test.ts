import { describe, expect, it } from 'vitest';
import { ScriptedPrompter } from './scripted-prompter.js';

// The interview tests' scripted prompter must answer only what the interview offers: a script
// that picks a hidden option would pass a test of a question the user cannot answer that way.
const models = {
  id: 'program.models',
  message: 'Which program models?',
  choices: [
    { value: 'cit', name: 'CIT' },
    { value: 'co-responder', name: 'Co-responder' },
  ],
};

describe('ScriptedPrompter', () => {
  it('should check the boxes a script names when they are offered', async () => {
    const prompter = new ScriptedPrompter({ 'program.models': ['co-responder'] });
    expect(await prompter.checkbox(models)).toEqual(['co-responder']);
  });

  it('should refuse a scripted checkbox answer the question does not offer', async () => {
    const prompter = new ScriptedPrompter({ 'program.models': ['cit', 'mobile-crisis'] });
    await expect(prompter.checkbox(models)).rejects.toThrow(
      'scripted answer ["mobile-crisis"] is not a choice of program.models',
    );
  });

  it('should refuse a scripted select answer the question does not offer', async () => {
    const prompter = new ScriptedPrompter({ 'program.models': 'mobile-crisis' });
    await expect(prompter.select(models)).rejects.toThrow(
      'scripted answer "mobile-crisis" is not a choice of program.models',
    );
  });
});
