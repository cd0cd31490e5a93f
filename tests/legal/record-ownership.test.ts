import { describe, expect, it } from 'vitest';
import { recordOwnershipOf } from '../../src/legal/record-ownership.js';

describe('record ownership from the answers', () => {
  it('reads an organization’s name as the owner', () => {
    expect(recordOwnershipOf('High Desert Recovery & Wellness Center')).toEqual({
      owner: 'High Desert Recovery & Wellness Center',
      rule: null,
    });
  });

  it('reads a rule as a sentence of its own, never as a name after “belong to”', () => {
    expect(recordOwnershipOf('Each Party owns the records it creates')).toEqual({
      owner: null,
      rule: 'Each Party owns the records it creates.',
    });
    expect(recordOwnershipOf('the provider keeps clinical records.')).toEqual({
      owner: null,
      rule: 'The provider keeps clinical records.',
    });
  });

  it('leaves both open when the answers are silent', () => {
    expect(recordOwnershipOf(null)).toEqual({ owner: null, rule: null });
    expect(recordOwnershipOf('  ')).toEqual({ owner: null, rule: null });
  });
});
