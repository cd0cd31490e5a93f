import { describe, expect, it } from 'vitest';
import { codesNamingTheHoldStatute, sectionNumbers } from '../../src/legal/cad-codes.js';

describe('CAD codes that name the hold statute', () => {
  it('reads the section numbers of a citation and of a common name that is one', () => {
    expect(sectionNumbers('Cal. Welf. & Inst. Code § 5150 and following')).toEqual(['5150']);
    expect(sectionNumbers('Tex. Health & Safety Code § 573.001')).toEqual(['573.001']);
    expect(sectionNumbers('5150 hold')).toEqual(['5150']);
    expect(sectionNumbers('Baker Act')).toEqual([]);
    expect(sectionNumbers(null)).toEqual([]);
  });

  it('finds a code that carries the statute’s number, and no neutral code', () => {
    const codes = [{ code: '5150C' }, { code: 'BHC' }, { code: 'MCT' }, { code: '51' }];
    expect(codesNamingTheHoldStatute(codes, ['Cal. Welf. & Inst. Code § 5150(a)', '5150 hold'])).toEqual([
      { code: '5150C', section: '5150' },
    ]);
    expect(codesNamingTheHoldStatute(codes, [null, null])).toEqual([]);
  });
});
