import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../src/templating/check-template.js';
import { loadTemplates } from '../../src/templating/load-templates.js';
import { probeModel } from '../../src/templating/probe-model.js';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { tempDir } from '../support/cli.js';

async function check(body: string) {
  const dir = join(tempDir(), 'templates');
  mkdirSync(join(dir, 'doc'), { recursive: true });
  mkdirSync(join(dir, 'partials'));
  writeFileSync(join(dir, 'partials', 'party.md.hbs'), '{{name}} ({{typeLabel}}) {{nickname}}\n');
  writeFileSync(
    join(dir, 'doc', 'template.md.hbs'),
    `---\nid: doc\ntitle: Doc\nkind: agreement\nversion: 1.0.0\nsources: [test]\n---\n${body}`,
  );
  const set = await loadTemplates(dir);
  return checkTemplate(set.templates[0]!, set, probeModel()).map(formatDiagnostic);
}

describe('checkTemplate', () => {
  it('should accept paths of the schema, of derived, and inside each and with', async () => {
    expect(
      await check(
        '# {{jurisdiction.name}}\n{{#each partners}}{{name}} {{@index}} {{../lead_agency.name}}{{/each}}\n{{#with derived.hold}}{{citation}}{{/with}}\n{{#each (where derived.parties "signs" true)}}{{signatory.name}}{{/each}}\n',
      ),
    ).toEqual([]);
  });

  it('should report a field the schema does not have with the template line and column', async () => {
    expect(await check('# Title\n\nHours: {{program.hour}}\n')).toEqual([
      'templates/doc/template.md.hbs:10:10  field `program.hour` is not in the answers model, expected a field of the schema or `derived`',
    ]);
  });

  it('should find a wrong field in a branch that no example takes', async () => {
    const found = await check('{{#if false}}\n{{#unless true}}{{agreement.term}}{{/unless}}\n{{/if}}\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('template.md.hbs:9:');
    expect(found[0]).toContain('`agreement.term`');
  });

  it('should report unknown helpers and check fields inside partials', async () => {
    const found = await check(
      '{{shout jurisdiction.name}}\n{{#each derived.partners}}{{> party}}{{/each}}\n',
    );
    expect(found[0]).toContain('unknown helper `shout`');
    expect(found[1]).toBe(
      'templates/partials/party.md.hbs:1:28  field `nickname` is not in the answers model, expected a field of the schema or `derived`',
    );
  });
});

describe('checkTemplate objecting', () => {
  it('should report a block helper other than if, unless, each and with at its line', async () => {
    expect(await check('# Title\n{{#repeat partners}}x{{/repeat}}\n')).toEqual([
      'templates/doc/template.md.hbs:9:1  unknown block helper `repeat`, expected if, unless, each or with',
    ]);
  });

  it('should report a partial that does not exist, naming those that do', async () => {
    expect(await check('# Title\n\n{{> signature}}\n')).toEqual([
      'templates/doc/template.md.hbs:10:1  unknown partial `signature`, expected one of party',
    ]);
  });

  it('should report a template Handlebars cannot parse at its line', async () => {
    // An `if` never closed: Handlebars stops at the end of the body (its own line count is the body's).
    expect(await check('# Title\n\n{{#if program.name}}\nopen\n')).toEqual([
      'templates/doc/template.md.hbs:12  cannot parse template: Parse error on line 5:',
    ]);
  });
});
