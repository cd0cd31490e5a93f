import { describe, expect, it } from 'vitest';
import { splitLinks } from '../../src/writers/link-text.js';

describe('addresses found in text', () => {
  it('should find an e-mail address without the sentence’s full stop, and a web address without its comma', () => {
    expect(
      splitLinks('Write to j.ramirez@riverbendpd.example.org. See https://example.org/a?b=1, or call.'),
    ).toEqual([
      { text: 'Write to ' },
      { text: 'j.ramirez@riverbendpd.example.org', href: 'mailto:j.ramirez@riverbendpd.example.org' },
      { text: '. See ' },
      { text: 'https://example.org/a?b=1', href: 'https://example.org/a?b=1' },
      { text: ', or call.' },
    ]);
  });

  it('should leave text without an address, a bare @ or a blank label alone', () => {
    for (const text of ['No address here.', 'Meet @ noon', '[LIAISON EMAIL]', 'user@localhost', ''])
      expect(splitLinks(text)).toEqual([{ text }]);
  });
});
