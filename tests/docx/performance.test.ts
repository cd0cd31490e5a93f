import { describe, expect, it } from 'vitest';
import { longDocument } from './long-document.js';
import { write } from './read-docx.js';

describe('docx performance', () => {
  // The target is under 30 ms a document on an idle machine, measured outside the suite (see the
  // commit that added this test). This measures CPU time, not wall time, because other test files
  // and other work share the machine; the bound is loose and catches regressions of several times,
  // such as a quadratic pass over the XML, not small drifts.
  it('should spend well under 150 ms of CPU writing a twelve-page document', async () => {
    const doc = longDocument();
    for (let i = 0; i < 3; i++) await write(doc);
    const runs = 15;
    const before = process.cpuUsage();
    for (let i = 0; i < runs; i++) await write(doc);
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1000 / runs).toBeLessThan(150);
  });
});
