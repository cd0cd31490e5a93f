import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BASICS, interview, tempAnswersFile, validate } from './helpers.js';
import { Seq } from './scripted-prompter.js';
import { stateHoldOf } from '../../src/answers/state-holds.js';

const QUICK = { depth: true, ...BASICS };
const FULL = { depth: false, ...BASICS };

describe('the interview flow', () => {
  it('should write a valid answers file from the essential questions alone', async () => {
    const file = await tempAnswersFile();
    const { code, text, prompter } = await interview(file, QUICK);
    expect(code).toBe(0);
    expect(validate(text ?? '').diagnostics).toEqual([]);
    expect(prompter.ids()).toEqual([
      'depth',
      'jurisdiction.name',
      'jurisdiction.state',
      'lead_agency.name',
      'lead_agency.type',
      'partners.0.name',
      'partners.0.id',
      'partners.0.type',
      'partners.0.hipaa_status',
      'partners.0.part2_status:gate',
      'partners.0.part2_status',
      'partners:menu',
      'program.models',
      'review',
    ]);
  });

  it('should suggest a partner id from its short name', async () => {
    const { prompter } = await interview(await tempAnswersFile(), FULL);
    expect(prompter.asked.find((a) => a.id === 'partners.0.id')?.default).toBe('rcbh');
  });

  it('should ask the co-responder mode only when the co-responder model is chosen', async () => {
    const cit = await interview(await tempAnswersFile(), { ...FULL, 'program.models': ['cit'] });
    const co = await interview(await tempAnswersFile(), FULL);
    expect(cit.prompter.ids()).not.toContain('program.co_responder_mode');
    expect(co.prompter.ids()).toContain('program.co_responder_mode');
  });

  it('should ask homeless-outreach resources only with the homeless outreach model', async () => {
    const without = await interview(await tempAnswersFile(), FULL);
    const withIt = await interview(await tempAnswersFile(), {
      ...FULL,
      'program.models': ['homeless-outreach'],
    });
    for (const id of [
      'resources.continuum_of_care',
      'resources.coordinated_entry',
      'information_sharing.hmis',
    ]) {
      expect(without.prompter.ids()).not.toContain(id);
      expect(withIt.prompter.ids()).toContain(id);
    }
  });

  it('should ask the Part 2 status only of a partner that treats substance use disorders', async () => {
    const file = await tempAnswersFile();
    const { prompter, text } = await interview(file, {
      ...QUICK,
      'partners.0.type': '911-center',
      'partners.0.part2_status:gate': false,
    });
    expect(prompter.ids()).not.toContain('partners.0.part2_status');
    expect(validate(text ?? '').answers?.partners[0]?.part2_status).toBe('not-part2');
  });

  it('should offer Part 2 and school records only when a partner holds them', async () => {
    const offered = (run: Awaited<ReturnType<typeof interview>>) =>
      run.prompter.asked.find((a) => a.id === 'information_sharing.data_elements')?.choices ?? [];
    const plain = await interview(await tempAnswersFile(), {
      ...FULL,
      'partners.0.part2_status:gate': false,
    });
    expect(offered(plain)).not.toContain('sud-treatment');
    expect(offered(plain)).not.toContain('school-records');
    const school = await interview(await tempAnswersFile(), {
      ...FULL,
      'partners.0.type': 'school-district',
      'partners.0.part2_status:gate': true,
      'partners.0.part2_status': 'part2-program',
    });
    expect(offered(school)).toContain('sud-treatment');
    expect(offered(school)).toContain('school-records');
  });

  it('should show the validation message of `pmhc validate` at the prompt', async () => {
    const { prompter, text } = await interview(await tempAnswersFile(), {
      ...FULL,
      'jurisdiction.population': ['lots', '12.5', '-3', '52,000'],
      'agreement.effective_date': ['next July', '2026-07-01'],
    });
    expect(prompter.rejected).toEqual([
      'expected a whole number',
      'expected a whole number',
      'expected at least 0',
      'expected a date as YYYY-MM-DD',
    ]);
    expect(validate(text ?? '').answers?.jurisdiction.population).toBe(52000);
  });

  it('should refuse a partner id that is already used', async () => {
    const { prompter } = await interview(await tempAnswersFile(), {
      ...QUICK,
      'partners.0.id': 'rcbh',
      'partners:menu': [{ do: 'add' }, { do: 'done' }],
      'partners.1.name': 'County EMS',
      'partners.1.id': ['rcbh', 'lead', 'ems'],
      'partners.1.type': 'ems',
      'partners.1.hipaa_status': 'covered-entity',
      'partners.1.part2_status:gate': false,
    });
    expect(prompter.rejected).toEqual([
      'partner id `rcbh` is already used, expected a unique id',
      '`lead` is reserved for the lead agency, expected another id',
    ]);
  });

  it('should add, change and remove items of a repeating group', async () => {
    const file = await tempAnswersFile();
    const { text } = await interview(file, {
      ...FULL,
      'disposition.receiving_facilities:add': true,
      'disposition.receiving_facilities.0.name': 'Crisis Center',
      'disposition.receiving_facilities.1.name': 'Mercy Hospital ED',
      'disposition.receiving_facilities.1.type': 'hospital-ed',
      'disposition.receiving_facilities:menu': [
        { do: 'add' },
        { do: 'edit', index: 0 },
        { do: 'remove', index: 1 },
        { do: 'done' },
      ],
      'disposition.receiving_facilities:remove': true,
      'disposition.receiving_facilities.0.hours': new Seq(['', '24/7']),
    });
    const facilities = validate(text ?? '').answers?.disposition.receiving_facilities;
    expect(facilities?.map((f) => [f.name, f.hours])).toEqual([['Crisis Center', '24/7']]);
  });

  it('should let the user confirm a verified state hold', async () => {
    const { prompter, text } = await interview(await tempAnswersFile(), FULL);
    const checked = stateHoldOf('CA').verified_on ?? '';
    expect(prompter.said.join('\n')).toContain(
      `Emergency psychiatric hold in California (checked on ${checked})`,
    );
    expect(validate(text ?? '').answers?.disposition.state_hold).toBeNull();
  });

  it('should keep corrections to a state hold, prefilled from the table', async () => {
    const { prompter, text } = await interview(await tempAnswersFile(), {
      ...FULL,
      'disposition.state_hold:confirm': false,
      'disposition.state_hold.forms': 'DHCS 1801',
      'disposition.state_hold.verified_by_counsel': true,
    });
    expect(prompter.asked.find((a) => a.id === 'disposition.state_hold.citation')?.default).toContain('5150');
    expect(validate(text ?? '').answers?.disposition.state_hold).toMatchObject({
      forms: 'DHCS 1801',
      verified_by_counsel: true,
    });
  });

  it('should ask a state without a verified row for its hold facts and mark them for counsel', async () => {
    const { prompter, text } = await interview(await tempAnswersFile(), {
      ...FULL,
      'jurisdiction.state': 'KS',
      'disposition.state_hold.citation': 'K.S.A. 59-2953',
    });
    expect(prompter.ids()).not.toContain('disposition.state_hold.verified_by_counsel');
    expect(prompter.said.join('\n')).toContain('no verified entry for Kansas');
    expect(validate(text ?? '').answers?.disposition.state_hold).toMatchObject({
      citation: 'K.S.A. 59-2953',
      verified_by_counsel: false,
    });
  });

  it('should write no hold facts when every one is left blank (the drafts would say some were supplied)', async () => {
    const { prompter, text } = await interview(await tempAnswersFile(), {
      ...FULL,
      'jurisdiction.state': 'NE',
    });
    expect(prompter.ids()).toContain('disposition.state_hold.citation');
    expect(validate(text ?? '').answers?.disposition.state_hold).toBeNull();
    expect(text).toMatch(/^ {2}state_hold: null$/m);
  });

  it('should go back to a section from the review', async () => {
    const { prompter, text } = await interview(await tempAnswersFile(), {
      ...QUICK,
      review: ['measures', 'write'],
      'measures.evaluator': 'Riverbend State University',
    });
    expect(prompter.ids().filter((id) => id === 'review')).toHaveLength(2);
    expect(validate(text ?? '').answers?.measures.evaluator).toBe('Riverbend State University');
  });

  it('should ask only what an existing file lacks', async () => {
    const file = await tempAnswersFile();
    await interview(file, QUICK);
    const second = await interview(file, {});
    expect(second.prompter.ids()).not.toContain('jurisdiction.name');
    expect(second.prompter.ids()).not.toContain('partners.0.name');
    expect(second.prompter.ids()).toContain('jurisdiction.county');
    expect(second.prompter.ids()).not.toContain('depth');
    // Nothing left to ask: only the partner list (to add one) and the review.
    const third = await interview(file, {});
    expect(third.prompter.ids()).toEqual(['partners:menu', 'review']);
  });

  it('should offer the partner list on a plain second run, so a partner is added without --all', async () => {
    const file = await tempAnswersFile();
    await interview(file, QUICK);
    const { prompter, text } = await interview(file, {
      'partners:menu': [{ do: 'add' }, { do: 'done' }],
      'partners.1.name': 'Harvey County Emergency Communications',
      'partners.1.type': '911-center',
      'partners.1.hipaa_status': 'not-covered',
    });
    expect(prompter.ids()).toContain('partners.1.name');
    const partners = validate(text ?? '').answers?.partners.map((p) => p.name);
    expect(partners).toEqual([
      'Riverbend County Behavioral Health',
      'Harvey County Emergency Communications',
    ]);
  });

  it('should not ask a signer’s title when the signer is left blank', async () => {
    const { prompter } = await interview(await tempAnswersFile(), FULL);
    expect(prompter.ids()).toContain('lead_agency.signatory.name');
    expect(prompter.ids()).not.toContain('lead_agency.signatory.title');
    expect(prompter.ids()).not.toContain('partners.0.signatory.title');
    const named = await interview(await tempAnswersFile(), {
      ...FULL,
      'lead_agency.signatory.name': 'Ann Lee',
    });
    expect(named.prompter.ids()).toContain('lead_agency.signatory.title');
  });

  it('should revisit everything with --all, the current answers as defaults', async () => {
    const file = await tempAnswersFile();
    await writeFile(file, '# ours\n' + ((await interview(file, QUICK)).text ?? ''));
    const { prompter, text } = await interview(
      file,
      { 'jurisdiction.name': 'Town of Riverbend' },
      { all: true },
    );
    const name = prompter.asked.find((a) => a.id === 'jurisdiction.name');
    expect(name?.default).toBe('City of Riverbend');
    expect(prompter.ids()).toContain('partners:menu');
    expect(text).toMatch(/^# ours\n/);
    expect(validate(text ?? '').answers?.jurisdiction.name).toBe('Town of Riverbend');
  });
});

describe('an existing file with a mistake', () => {
  it('should ask again a question whose answer `pmhc validate` rejects', async () => {
    const file = await tempAnswersFile();
    const first = await interview(file, QUICK);
    await writeFile(
      file,
      (first.text ?? '').replace('hipaa_status: covered-entity', 'hipaa_status: covered'),
    );
    const { prompter, text } = await interview(file, { 'partners.0.hipaa_status': 'covered-entity' });
    expect(prompter.ids()).toContain('partners.0.hipaa_status');
    expect(validate(text ?? '').diagnostics).toEqual([]);
  });
});
