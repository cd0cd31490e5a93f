import type { DocumentMeta } from '../../src/ast/types.js';

/** Metadata for a document made by hand in a test: only its blocks matter there. */
export function testMeta(): DocumentMeta {
  return {
    id: 'x',
    title: 'T',
    kind: 'agreement',
    templateVersion: '1.0.0',
    subject: 's',
    author: 'a',
    keywords: [],
    generatedOn: null,
    timestamp: '2026-01-01T00:00:00Z',
    language: 'en-US',
    revision: null,
  };
}
