import { describe, expect, it } from 'vitest';
import { titleInSentence } from '../../src/interview/edit-list.js';
import { inquirerPrompter } from '../../src/interview/prompter.js';
import { interviewFields as fieldsFromSchema } from '../../src/interview/run-interview.js';
import { summarize } from '../../src/interview/review.js';
import { wrapLines } from '../../src/interview/wrap-lines.js';

// Issue 16's last interview points (reviews/newuser.md, minor 21): hint lines folded without
// their indentation, "Done with cad codes", and the summary cutting the hold's labels short.
describe('the interview’s wording', () => {
  it('should fold a long hint under its own indentation, never past the width', () => {
    const hint =
      '  A department cannot sign a contract: its city, county or district signs, acting by and through the department. Leave blank when the organization is itself a legal entity.';
    const lines = wrapLines(hint, 60).split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(60);
      expect(line).toMatch(/^ {2}\S/);
    }
    expect(lines.join(' ').replace(/\s+/g, ' ').trim()).toBe(hint.trim());
  });

  it('should fold what the terminal interview prints to the terminal’s width', async () => {
    let out = '';
    const prompter = await inquirerPrompter((t) => (out += t), false, 50);
    prompter.say(
      '  Note: there is no verified entry for Kansas’s emergency-hold law yet. The drafts leave the hold facts as blanks.',
    );
    const lines = out.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).toMatch(/^ {2}\S.{0,46}$/);
  });

  it('should keep an acronym in "Done with CAD codes…" and lower an ordinary title', () => {
    const fields = fieldsFromSchema();
    const dispatch = fields.find((f) => f.key === 'dispatch');
    const cad = dispatch?.type === 'group' ? dispatch.fields.find((f) => f.key === 'cad_codes') : undefined;
    expect(cad?.type).toBe('list');
    expect(titleInSentence(cad?.type === 'list' ? cad.title : '')).toMatch(/^CAD codes/);
    expect(titleInSentence('Funding sources')).toBe('funding sources');
  });

  it('should show the emergency-hold answers whole in the summary, under a short label', () => {
    const draft = {
      jurisdiction: { state: 'KS' },
      disposition: {
        state_hold: {
          common_name: 'emergency observation',
          citation: 'Kan. Stat. Ann. § 59-2953, as counsel is to confirm before the agreement is signed',
        },
      },
    };
    const summary = summarize(draft, fieldsFromSchema());
    expect(summary).toContain(
      'Emergency hold › Common name of the hold (e.g. "5150"): emergency observation',
    );
    expect(summary.replace(/\n\s+/g, ' ')).toContain(
      'Emergency hold › Statute citation: Kan. Stat. Ann. § 59-2953, as counsel is to confirm before the agreement is signed',
    );
    expect(summary).not.toContain('...');
    for (const line of summary.split('\n')) expect(line.length).toBeLessThanOrEqual(110);
  });
});
