import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersFieldOf, answersWithFills, fillsOf } from '../../src/adopt/blank-fills.js';

const example = readFileSync(join(process.cwd(), 'examples', 'riverbend-city.yaml'), 'utf8');
const file = join(process.cwd(), 'examples', 'riverbend-city.yaml');

describe('blanks the parties filled', () => {
  it('reads the value put in place of a blank, when that is all the line changes', () => {
    expect(fillsOf('Number\tRPD Policy [GENERAL ORDER NUMBER]', 'Number\tRPD Policy 4.12')).toEqual(
      new Map([['GENERAL ORDER NUMBER', '4.12']]),
    );
    expect(
      fillsOf('Number\tRPD Policy [GENERAL ORDER NUMBER]', 'Number\tRPD Policy [GENERAL ORDER NUMBER]'),
    ).toBeNull();
    // The line changed otherwise: negotiated text, not an answer.
    expect(fillsOf('Number\tRPD Policy [GENERAL ORDER NUMBER]', 'No.\tRPD Policy 4.12')).toBeNull();
    expect(fillsOf('[NAME] and [NAME]', 'Ana and Bo')).toBeNull();
    expect(fillsOf('no blank here', 'no blank there')).toBeNull();
  });

  it('names the one answers field a blank stands for, and none for counsel or list items', () => {
    expect(answersFieldOf('GENERAL ORDER NUMBER', 'crisis-response-policy')).toBe(
      'general_orders.crisis-response-policy.number',
    );
    expect(answersFieldOf('AGENCY HEAD NAME', 'x')).toBe('lead_agency.head.name');
    expect(answersFieldOf('NAME OF CLERK', 'x')).toBeNull();
    expect(answersFieldOf('LIAISON NAME', 'x')).toBeNull();
    expect(answersFieldOf('BASIS UNDER STATE CONFIDENTIALITY LAW', 'x')).toBeNull();
  });

  it('adds a missing field at the end of its parent, every other line as it was', () => {
    const result = answersWithFills(example, file, [
      { label: 'GENERAL ORDER NUMBER', value: '4.12', field: 'general_orders.crisis-response-policy.number' },
    ]);
    expect(result).toEqual({
      text: `${example}general_orders:\n  crisis-response-policy:\n    number: "4.12"\n`,
    });
  });

  it('writes a number field as a number', () => {
    const without = example.replace(/^ {2}response_target_minutes: 20\n/m, '');
    expect(without).not.toBe(example);
    const result = answersWithFills(without, file, [
      { label: 'RESPONSE TARGET', value: '25', field: 'dispatch.response_target_minutes' },
    ]);
    expect('text' in result && result.text).toMatch(/\n {2}response_target_minutes: 25\n/);
  });

  it('refuses a value the schema refuses, and a field under an answer that means "use pmhc data"', () => {
    const without = example.replace(/^ {2}response_target_minutes: 20\n/m, '');
    expect(
      answersWithFills(without, file, [
        { label: 'RESPONSE TARGET', value: 'soon', field: 'dispatch.response_target_minutes' },
      ]),
    ).toMatchObject({ problems: [expect.stringMatching(/response_target_minutes/)] });
    expect(
      answersWithFills(example, file, [
        { label: 'HOLD FORMS', value: 'DHCS 1801', field: 'disposition.state_hold.forms' },
      ]),
    ).toMatchObject({ problems: [expect.stringMatching(/not a block map/)] });
    expect(
      answersWithFills(example, file, [
        { label: 'AGENCY HEAD NAME', value: 'Someone Else', field: 'lead_agency.head.name' },
      ]),
    ).toMatchObject({ problems: [expect.stringMatching(/already holds a value/)] });
  });
});
