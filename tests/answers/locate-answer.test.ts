import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateAnswer } from '../../src/answers/locate-answer.js';
import { tempDir } from '../support/cli.js';

// A check made after validation (a PDF refused for right-to-left letters, say) still owes the
// user file:line:col: locateAnswer finds where a value was written, in the file of the chain
// that wrote it.
describe('locateAnswer', () => {
  const chain = () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'shared', 'state.yaml'), 'jurisdiction:\n  state: TX\n  county: Bexar County\n');
    writeFileSync(
      join(dir, 'site.yaml'),
      'extends: shared/state.yaml\njurisdiction:\n  name: City of Alamo\npartners:\n  - id: a\n    name: Clinic A\n',
    );
    return join(dir, 'site.yaml');
  };

  it('should place a value written in the file itself at its line and column', () => {
    const file = chain();
    expect(locateAnswer(file, ['jurisdiction', 'name'])).toEqual({ file, line: 3, column: 9 });
    expect(locateAnswer(file, ['partners', 0, 'name'])).toEqual({ file, line: 6, column: 11 });
  });

  it('should place an inherited value in the file it extends', () => {
    const file = chain();
    expect(locateAnswer(file, ['jurisdiction', 'county'])).toEqual({
      file: join(file, '..', 'shared', 'state.yaml'),
      line: 3,
      column: 11,
    });
  });

  it('should give nothing for a file it cannot read or parse again', () => {
    const dir = tempDir();
    expect(locateAnswer(join(dir, 'gone.yaml'), ['a'])).toBeUndefined();
    writeFileSync(join(dir, 'broken.yaml'), 'a: [unclosed\n');
    expect(locateAnswer(join(dir, 'broken.yaml'), ['a'])).toBeUndefined();
  });
});
