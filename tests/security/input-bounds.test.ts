import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers, readAnswersFile } from '../../src/answers/read-answers.js';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { tempDir } from '../support/cli.js';

// Attack classes 1, 2, 12 and 13 (reviews/attack.md): hostile or broken answers files get a
// clear error at file:line:col, never a crash, a hang, a raw escape code or silent damage.
const example = readFileSync(new URL('../../examples/harlan-county-rural.yaml', import.meta.url), 'utf8');

function problems(text: string) {
  const { answers, diagnostics } = parseAnswers(text, 'a.yaml');
  expect(answers).toBeNull();
  return diagnostics.map(formatDiagnostic);
}

describe('characters an answer cannot hold', () => {
  it('should refuse a terminal escape code in a field name and never print it raw', () => {
    const [first] = problems(example.replace(/^lead_agency:/m, '"\\e[2J\\e]0;PWNED\\a": 1\nlead_agency:'));
    expect(first).toMatch(/^a\.yaml:\d+:1 {2}this text contains the character U\+001B \(ESC\)/);
    expect(first).not.toContain(String.fromCharCode(0x1b));
  });

  it('should refuse a raw control character, a noncharacter and a bidi override at their positions', () => {
    expect(problems(example.replace('Ruth Halvorsen', 'Ruth\u0007 Halvorsen'))[0]).toMatch(
      /:\d+:\d+ {2}the file contains the character U\+0007 \(BEL\)/,
    );
    expect(problems(example.replace('name: Harlan County\n', 'name: "Harlan \\uFFFE County"\n'))[0]).toMatch(
      /U\+FFFE \(a noncharacter\)/,
    );
    expect(problems(example.replace('Ruth Halvorsen', 'Ruth \u202e0003$'))[0]).toMatch(
      /U\+202E \(a bidirectional override\)/,
    );
  });

  it('should refuse a file that is not UTF-8, naming the byte and its offset', async () => {
    const file = join(tempDir(), 'latin1.yaml');
    const text = example.replace('Ruth Halvorsen', 'Ruth Halvors\u00e9n');
    writeFileSync(file, Buffer.from(text, 'latin1'));
    const { answers, diagnostics } = await readAnswersFile(file, 'latin1.yaml');
    expect(answers).toBeNull();
    const offset = Buffer.from(text, 'latin1').indexOf(0xe9);
    expect(formatDiagnostic(diagnostics[0]!)).toMatch(
      new RegExp(`^latin1.yaml:\\d+:\\d+ {2}the file is not UTF-8 text: byte 0xE9 at offset ${offset}`),
    );
  });

  it('should read a file with old Mac line endings (CR only) as lines', () => {
    const { answers, diagnostics } = parseAnswers(example.replace(/\n/g, '\r'), 'a.yaml');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(answers?.jurisdiction.name).toBe('Harlan County');
  });
});

describe('sizes and expansion', () => {
  it('should refuse a file over 1 MB before reading it', async () => {
    const file = join(tempDir(), 'big.yaml');
    writeFileSync(file, `${example}\nnote: "${'x'.repeat(1_100_000)}"\n`);
    const { diagnostics } = await readAnswersFile(file, 'big.yaml');
    expect(diagnostics[0]?.message).toMatch(/more than the 1,000,000 an answers file may have/);
  });

  it('should refuse one answer over the length limit, at its position', () => {
    const [first] = problems(example.replace('Ruth Halvorsen', 'x'.repeat(6000)));
    expect(first).toMatch(/^a\.yaml:\d+:\d+ {2}this answer is 6,000 characters long/);
    expect(problems(example.replace('Ruth Halvorsen', 'x'.repeat(4500)))[0]).toMatch(
      /expected at most 4,000 characters/,
    );
  });

  it('should give an alias bomb and an unresolved alias a position', () => {
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [name, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
    ])
      laughs.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    expect(problems(laughs.join('\n'))[0]).toMatch(/^a\.yaml:\d+:\d+ {2}.*alias/);
    expect(problems(`${example}\nx: *nowhere\n`)[0]).toMatch(/^a\.yaml:\d+:4 {2}.*(alias|anchor)/);
  });

  it('should refuse nesting far deeper than the schema, without overflowing the stack', () => {
    expect(problems(`x: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`)[0]).toMatch(
      /^a\.yaml:1:\d+ {2}brackets are nested far too deeply/,
    );
    expect(problems(`x: ${'['.repeat(60)}1${']'.repeat(60)}\n`)[0]).toMatch(
      /nested more than 24 levels deep/,
    );
  });

  it('should refuse two YAML documents in one file in plain words', () => {
    expect(problems(`${example}\n---\nother: 1\n`)[0]).toMatch(/more than one YAML document/);
  });
});

describe('numbers in sensible ranges', () => {
  it('should refuse a tiny FTE and say why; .nan and .inf in words', () => {
    expect(problems(example.replace(/clinician_fte: [\d.]+/, 'clinician_fte: 1e-7'))[0]).toMatch(
      /clinician_fte: expected a number with at most two decimals/,
    );
    expect(problems(example.replace(/clinician_fte: [\d.]+/, 'clinician_fte: .nan'))[0]).toMatch(
      /infinite or not-a-number/,
    );
    expect(problems(example.replace(/clinician_fte: [\d.]+/, 'clinician_fte: 1e400'))[0]).toMatch(
      /infinite or not-a-number/,
    );
  });

  it('should refuse a program model listed twice, at the second one', () => {
    const text = example.replace('    - co-responder\n', '    - co-responder\n    - co-responder\n');
    expect(problems(text)[0]).toMatch(/program\.models\[1\]: `co-responder` is already listed above/);
  });

  it('should refuse a revision label too long for a page header', () => {
    const text = example.replace(
      'revisions: []',
      `revisions:\n  - version: "${'v'.repeat(102)}"\n    date: 2026-03-01\n    summary: x`,
    );
    expect(problems(text)[0]).toMatch(/revisions\[0\]\.version: expected at most 40 characters/);
  });

  it('should refuse a date in the year 0000 (or past 2199) with a sentence, at its position', () => {
    const [effective] = problems(example.replace(/effective_date: .*/, 'effective_date: 0000-01-01'));
    expect(effective).toMatch(
      /^a\.yaml:\d+:\d+ {2}agreement\.effective_date: the year 0000 cannot be a date of this program: expected a year from 1900 to 2199/,
    );
    const text = example.replace(
      'revisions: []',
      'revisions:\n  - version: "1"\n    date: 20260-03-01\n    summary: x',
    );
    expect(problems(text)[0]).toMatch(/revisions\[0\]\.date: expected a date as YYYY-MM-DD/);
    const late = example.replace(
      'revisions: []',
      'revisions:\n  - version: "1"\n    date: 2200-03-01\n    summary: x',
    );
    expect(problems(late)[0]).toMatch(/revisions\[0\]\.date: the year 2200 cannot be/);
    const fine = example.replace(
      'revisions: []',
      'revisions:\n  - version: "1"\n    date: 2199-12-31\n    summary: x',
    );
    expect(parseAnswers(fine, 'a.yaml').diagnostics).toEqual([]);
  });
});
