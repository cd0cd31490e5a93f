import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATE_LAW_FILES } from '../../src/legal/state-law-files.js';
import { FACT_KEYS, stateLawFileSchema } from '../../src/legal/state-law-schema.js';

const DIR = 'data/state-law';
const onDisk = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const fileOf = (name: string) =>
  JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8')) as Record<string, unknown>;
const TX = () => structuredClone(fileOf('TX.json')) as { facts: Record<string, Record<string, unknown>> };

describe('data/state-law files', () => {
  it('should be the same set on disk as the registry the bundle imports', () => {
    expect(onDisk.map((f) => f.replace('.json', '')).sort()).toEqual(Object.keys(STATE_LAW_FILES).sort());
  });

  for (const name of onDisk) {
    it(`should validate ${name} against the schema, named for its own state`, () => {
      const result = stateLawFileSchema.safeParse(fileOf(name));
      expect(result.error?.message).toBeUndefined();
      expect(result.data!.state).toBe(name.replace('.json', ''));
    });

    it(`should give every fact of ${name} a source, an excerpt and a date no later than the file's`, () => {
      const file = stateLawFileSchema.parse(fileOf(name));
      expect(file.review_by > file.verified_on).toBe(true);
      const facts = Object.values(file.facts);
      expect(facts.length).toBeGreaterThanOrEqual(3);
      for (const fact of facts) {
        expect(fact.source.url).toMatch(/^https?:\/\//);
        expect(fact.excerpt.length).toBeGreaterThanOrEqual(20);
        expect(fact.verified_on <= file.verified_on).toBe(true);
      }
      for (const note of file.counsel_notes) {
        expect([...FACT_KEYS, 'session']).toContain(note.topic);
      }
    });
  }

  it('should refuse a fact without a source', () => {
    const file = TX();
    delete file.facts.initiators!.source;
    const result = stateLawFileSchema.safeParse(file);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['facts', 'initiators', 'source']);
  });

  it('should refuse a fact without an excerpt, or with an empty one', () => {
    const file = TX();
    delete file.facts.duration!.excerpt;
    expect(stateLawFileSchema.safeParse(file).error!.issues[0]!.path).toEqual([
      'facts',
      'duration',
      'excerpt',
    ]);
    const empty = TX();
    empty.facts.duration!.excerpt = '   ';
    expect(stateLawFileSchema.safeParse(empty).success).toBe(false);
  });

  it('should refuse a fact without a verified-on date, or with a date that is not one', () => {
    const file = TX();
    delete file.facts.firearms!.verified_on;
    expect(stateLawFileSchema.safeParse(file).error!.issues[0]!.path).toEqual([
      'facts',
      'firearms',
      'verified_on',
    ]);
    const bad = TX();
    bad.facts.firearms!.verified_on = '12/01/2026';
    expect(stateLawFileSchema.safeParse(bad).success).toBe(false);
  });

  it('should refuse a source that is not a web address, or a fact key it does not know', () => {
    const file = TX();
    (file.facts.duration!.source as Record<string, unknown>).url = 'my notes';
    expect(stateLawFileSchema.safeParse(file).success).toBe(false);
    const unknown = TX();
    unknown.facts.hunch = structuredClone(unknown.facts.duration!);
    expect(stateLawFileSchema.safeParse(unknown).success).toBe(false);
  });
});
