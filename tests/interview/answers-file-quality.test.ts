import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { describe, expect, it } from 'vitest';
import { answersObject } from '../../src/answers/schema.js';
import { starterAnswers } from '../../src/init/starter-answers.js';
import { fieldsOf, type Field } from '../../src/interview/questions-from-schema.js';
import { BASICS, interview, tempAnswersFile, validate } from './helpers.js';

/**
 * What a YAML novice needs from an answers file, checked the same way on the starter and on a
 * file the interview wrote: the schema line first, a comment above each part, the values of
 * every coded field next to it, and a revisions list to add versions to.
 */
function qualityProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.split('\n')[0] !== '# yaml-language-server: $schema=answers.schema.json')
    problems.push('the first line does not name the schema');
  const doc = parseDocument(text);
  const top = doc.contents as YAMLMap;
  const fields = fieldsOf(answersObject);
  for (const pair of top.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '?';
    const field = fields.find((f) => f.key === key);
    if (field && field.type !== 'leaf' && !(pair.key as { commentBefore?: string }).commentBefore)
      problems.push(`no comment above ${key}`);
  }
  const revisions = doc.get('revisions');
  if (!isSeq(revisions) || revisions.items.length === 0) problems.push('no revisions: entry');
  walk(top, fields, '', problems);
  return problems;
}

function walk(
  map: YAMLMap,
  fields: Field[],
  at: string,
  problems: string[],
  item?: { commentBefore?: string | null },
) {
  map.items.forEach((pair, index) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : '?';
    const field = fields.find((f) => f.key === key);
    if (!field) return;
    if (field.type === 'group' && isMap(pair.value)) walk(pair.value, field.fields, `${at}${key}.`, problems);
    if (field.type === 'list' && isSeq(pair.value))
      for (const entry of pair.value.items)
        if (isMap(entry)) walk(entry, field.item, `${at}${key}[].`, problems, entry);
    if (field.type !== 'leaf' || field.values.length === 0) return;
    const above = [
      (pair.key as { commentBefore?: string }).commentBefore,
      index === 0 ? `${item?.commentBefore ?? ''}\n${map.commentBefore ?? ''}` : '',
    ]
      .filter(Boolean)
      .join('\n');
    const inline = isScalar(pair.value) ? (pair.value.comment ?? '') : '';
    const listed = field.values.every((v) => above.includes(v));
    if (!listed && !/codes/.test(above) && !inline) problems.push(`${at}${key}: its values are not shown`);
  });
}

describe('the answers file the interview writes', () => {
  it('the starter is what a novice needs (and the check objects to a bare file)', () => {
    expect(qualityProblems(starterAnswers())).toEqual([]);
    expect(qualityProblems('jurisdiction:\n  name: X\nlead_agency:\n  type: sheriff\n')).toEqual([
      'the first line does not name the schema',
      'no comment above jurisdiction',
      'no comment above lead_agency',
      'no revisions: entry',
      'lead_agency.type: its values are not shown',
    ]);
  });

  it.each([
    ['the short path', { depth: true, ...BASICS }, 'min'],
    ['every question', { depth: false, ...BASICS }, 'max'],
  ] as const)('after %s is as rich as the starter, and valid', async (_, script, policy) => {
    const file = await tempAnswersFile();
    const { code, text } = await interview(file, script, { policy });
    expect(code).toBe(0);
    expect(qualityProblems(text ?? '')).toEqual([]);
    expect(validate(text ?? '').diagnostics).toEqual([]);
    expect(validate(text ?? '').answers?.revisions).toEqual([
      { version: '0.1', date: '2026-12-01', summary: 'First answers, from pmhc interview' },
    ]);
    // The schema the first line names is there for the editor.
    const schema = JSON.parse(await readFile(join(dirname(file), 'answers.schema.json'), 'utf8'));
    expect(schema.title).toBe('pmhc-docs answers file');
  });
});
