import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeAnswers } from '../../src/answers/extends.js';
import { LIMITS } from '../../src/answers/input-bounds.js';
import { parseAnswers, readAnswersFile } from '../../src/answers/read-answers.js';
import { tempDir } from '../support/cli.js';
import { validAnswers } from '../support/valid-answers.js';

// The rules of reading an answers file, one table row each: where each problem is placed (which
// file of an `extends` chain, which line and column), in which order, and in which words. The
// chain is read from memory: `sites/a.yaml` is the answers file, the others are at the root.
function chain(files: Record<string, string>, site = 'sites/a.yaml') {
  return parseAnswers(files[site]!, site, {
    path: `/w/${site}`,
    readParent: (path, name) =>
      files[path.slice('/w/'.length)] ?? { severity: 'error', file: name, message: 'no such file' },
  });
}
const where = (d: { file?: string; line?: number; column?: number; path?: string }) =>
  `${d.file}:${d.line}:${d.column} ${d.path ?? ''}`.trim();
const one = (text: string) => parseAnswers(text, 'a.yaml').diagnostics;

describe('problems found before and by the YAML reader', () => {
  it.each([
    ['one YAML problem', 'a: [\n', ''],
    [
      'two',
      'a: [\nb: "x\nc: {\n',
      ' (1 more YAML problem after it, often caused by this one: fix it and check again)',
    ],
    [
      'three',
      'a:\n\tb: 1\n\tc: 2\n\td: 3\n',
      ' (2 more YAML problems after it, often caused by this one: fix it and check again)',
    ],
  ])('%s: the first is reported, the others only counted', (_name, text, more) => {
    const found = one(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('error');
    expect(found[0]!.hint!.endsWith(`spaces${more}`)).toBe(true);
  });

  it('should place a forbidden character and deep brackets at their line and column, past earlier lines', () => {
    expect(one('a: 1\nbb: 22\nc: "\u0007"\n')).toEqual([
      expect.objectContaining({ severity: 'error', file: 'a.yaml', line: 3, column: 5 }),
    ]);
    expect(one(`a: 1\nbb: 22\nc: ${'['.repeat(LIMITS.depth * 4 + 1)}\n`)).toEqual([
      {
        severity: 'error',
        file: 'a.yaml',
        line: 3,
        column: 4 + LIMITS.depth * 4,
        message: 'brackets are nested far too deeply here',
        hint: 'no field of the answers is nested this deeply: check the brackets',
      },
    ]);
  });

  it('should place an undefined alias at itself, not at an earlier good alias', () => {
    expect(one('a: &a x\nb: *a\nc: *nope\n')).toEqual([
      {
        severity: 'error',
        file: 'a.yaml',
        line: 3,
        column: 4,
        message: 'this alias (*name) refers to an anchor (&name) that is not defined before it',
        hint: 'define the anchor with &name on an earlier value, or write the value out',
      },
    ]);
  });

  it('should place aliases that expand too often at the first alias', () => {
    const lists = ['a: &a [1,2,3,4,5,6,7,8,9,10]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]'];
    lists.push('c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]');
    expect(one(`${lists.join('\n')}\n`)).toEqual([
      {
        severity: 'error',
        file: 'a.yaml',
        line: 2,
        column: 8,
        message:
          'aliases (*name) expand this file too much (Excessive alias count indicates a resource exhaustion attack)',
        hint: 'write the values out instead of repeating them with aliases',
      },
    ]);
  });

  it('should refuse aliases that expand past the limit of text, at the first alias', () => {
    // 61 copies of ten answers of 4,000 characters: 2,440,000 characters, with 60 aliases.
    const answers = Array.from({ length: 10 }, () => 'x'.repeat(4000)).join(', ');
    const text = `a: &a [${answers}]\nb: [${Array.from({ length: 60 }, () => '*a').join(', ')}]\n`;
    expect(one(text)).toEqual([
      {
        severity: 'error',
        file: 'a.yaml',
        line: 2,
        column: 5,
        message: 'with its aliases (*name) expanded, the file holds more than 2,000,000 characters of text',
        hint: 'write the values out instead of repeating long ones with aliases',
      },
    ]);
  });
});

describe('problems the schema finds in one file', () => {
  it('should give a top level that is not a group of fields the schema’s words', () => {
    expect(one('- a\n- b\n')).toEqual([
      {
        severity: 'error',
        file: 'a.yaml',
        line: 1,
        column: 1,
        path: '',
        message: 'expected a group of fields, got a list',
      },
    ]);
  });

  it('should name every unknown field of one group, at the first', () => {
    const text = validAnswers.replace('  state: CA\n', '  state: CA\n  cheif: 1\n  chef: 2\n');
    expect(one(text)).toEqual([
      {
        severity: 'error',
        file: 'a.yaml',
        line: 4,
        column: 3,
        path: 'jurisdiction.cheif',
        message: 'unknown field `cheif` (and chef)',
        hint: 'check the spelling; `pmhc schema` lists every field',
      },
    ]);
  });

  it('should hint at the allowed value however many spaces or underscores stand between its words', () => {
    const [found] = one(validAnswers.replace('type: municipal-police', 'type: Municipal _ Police'));
    expect(found!.hint).toBe('did you mean `municipal-police`? Write it exactly as listed');
  });

  it('should give a problem with no hint no hint field', () => {
    const [found] = one(validAnswers.replace('  type: municipal-police\n', ''));
    expect(found).toEqual({
      severity: 'error',
      file: 'a.yaml',
      // At the group that lacks it (its first field).
      line: 5,
      column: 3,
      path: 'lead_agency.type',
      message:
        'missing required field, expected one of municipal-police, sheriff, state-police, campus, tribal, transit',
    });
    expect(found).not.toHaveProperty('hint');
  });

  it('should order two problems on one line by column, whatever order the schema checks them in', () => {
    const text = validAnswers.replace(
      'jurisdiction:\n  name: Test City\n  state: CA',
      'jurisdiction: {state: ZZ, name: 5}',
    );
    expect(one(text).map((d) => [d.path, d.column])).toEqual([
      ['jurisdiction.state', 23],
      ['jurisdiction.name', 33],
    ]);
  });
});

describe('reading a file from disk', () => {
  it('should read a file of exactly the size limit, and give no text for one it cannot read', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'full.yaml'), `${'#'.repeat(999)}\n`.repeat(LIMITS.fileBytes / 1000));
    const full = await readAnswersFile(join(dir, 'full.yaml'), 'full.yaml');
    expect(full.text).toHaveLength(LIMITS.fileBytes);
    expect(full.diagnostics.map((d) => d.message)).not.toContainEqual(
      expect.stringMatching(/bytes, more than/),
    );
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.from('a: \u00e9\n', 'latin1'));
    const latin1 = await readAnswersFile(join(dir, 'latin1.yaml'), 'latin1.yaml');
    expect(latin1).toEqual({
      answers: null,
      diagnostics: [expect.objectContaining({ line: 1, column: 4 })],
      text: '',
    });
  });
});

describe('extends: where each problem of a chain is placed', () => {
  const parent = validAnswers;
  it.each([
    [
      'a bad value in the site, then one in the defaults, the site first though written later',
      {
        'sites/a.yaml': 'extends: ../d.yaml\nprogram:\n  models: [bogus]\n',
        'd.yaml': parent.replace('state: CA', 'state: XX'),
      },
      ['sites/a.yaml:3:12 program.models[0]', 'd.yaml:3:10 jurisdiction.state'],
    ],
    [
      'an unknown field in a group both files write: the file that wrote the field',
      {
        'sites/a.yaml': 'extends: ../d.yaml\njurisdiction:\n  name: X\n',
        'd.yaml': parent.replace('state: CA', 'state: CA\n  cheif: 1'),
      },
      ['d.yaml:4:3 jurisdiction.cheif'],
    ],
    [
      'a top-level value only the defaults write',
      {
        'sites/a.yaml': 'extends: ../d.yaml\njurisdiction:\n  name: X\n',
        'd.yaml': parent.replace('program:\n  models: [co-responder]\n', 'program: 3\n'),
      },
      ['d.yaml:13:10 program'],
    ],
    [
      'a field missing from a group only the site writes',
      {
        'sites/a.yaml': 'extends: ../d.yaml\nlead_agency:\n  name: X\n',
        'd.yaml': parent.replace(/lead_agency:\n.*\n.*\n/, ''),
      },
      ['sites/a.yaml:3:3 lead_agency.type'],
    ],
    [
      'a field missing from the site’s list item, though the item the list replaced has it',
      {
        'sites/a.yaml':
          'extends: ../d.yaml\npartners:\n  - id: c\n    name: C\n    type: nonprofit-provider\n    hipaa_status: covered-entity\n',
        'd.yaml': parent,
      },
      ['sites/a.yaml:3:5 partners[0].part2_status'],
    ],
    [
      'a YAML problem in the defaults, in the defaults',
      { 'sites/a.yaml': 'extends: ../d.yaml\n', 'd.yaml': 'a: [\n' },
      ['d.yaml:2:1'],
    ],
  ])('%s', (_name, files, expected) => {
    expect(chain(files).diagnostics.map(where)).toEqual(expected);
  });

  it('should read an empty extends as extending nothing, and refuse a blank one at its line', () => {
    const empty = chain({ 'sites/a.yaml': validAnswers.replace('jurisdiction:', 'extends:\njurisdiction:') });
    expect(empty.diagnostics).toEqual([]);
    expect(empty.files).toEqual(['sites/a.yaml']);
    expect(chain({ 'sites/a.yaml': 'extends: "  "\n' }).diagnostics).toEqual([
      {
        severity: 'error',
        file: 'sites/a.yaml',
        line: 1,
        column: 10,
        path: 'extends',
        message: 'expected the path of an answers file, e.g. `../state-defaults.yaml`',
      },
    ]);
  });

  it('should name the files of a circle in order, at the extends that closes it', () => {
    expect(
      chain({ 'sites/a.yaml': 'extends: ../d.yaml\n', 'd.yaml': 'extends: sites/a.yaml\n' }).diagnostics,
    ).toEqual([
      {
        severity: 'error',
        file: 'd.yaml',
        line: 1,
        column: 10,
        path: 'extends',
        message:
          '`sites/a.yaml` leads back to a file already in this chain (sites/a.yaml → d.yaml): the files extend each other in a circle',
        hint: 'one file must be the shared defaults that extends nothing',
      },
    ]);
  });

  it('should refuse a chain past the limit as an error', () => {
    const files: Record<string, string> = { 'sites/a.yaml': 'extends: ../f1.yaml\n' };
    for (let i = 1; i <= 9; i++) files[`f${i}.yaml`] = `extends: f${i + 1}.yaml\n`;
    expect(chain(files).diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'f7.yaml',
        message: 'more than 8 files extend one another here',
      }),
    ]);
  });

  it('should hash the text of every file of the chain, each under its name, and one file as written', () => {
    const site = 'extends: ../d.yaml\n';
    expect(chain({ 'sites/a.yaml': site, 'd.yaml': parent }).text).toBe(
      `# sites/a.yaml\n${site}\n# d.yaml\n${parent}`,
    );
    expect(chain({ 'sites/a.yaml': parent }).text).toBe(parent);
  });
});

describe('mergeAnswers', () => {
  it.each([
    ['a group over nothing', null, { a: 1 }, { a: 1 }],
    ['nothing over a group', { a: 1 }, null, null],
    ['a list over a group', { a: 1 }, ['x'], ['x']],
    ['a group over a list', ['x'], { a: 1 }, { a: 1 }],
    [
      'a group over a group, key by key',
      { a: { b: 1, c: 2 }, d: 3 },
      { a: { b: 5 } },
      { a: { b: 5, c: 2 }, d: 3 },
    ],
  ])('%s', (_name, parent, child, merged) => expect(mergeAnswers(parent, child)).toEqual(merged));
});
