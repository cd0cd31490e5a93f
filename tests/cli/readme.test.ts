import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../src/templating/load-templates.js';

describe('README.md', () => {
  it('should list every document the templates can draft, with its title', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const { templates } = await loadTemplates('templates');
    expect(templates.length).toBeGreaterThan(10);
    for (const { meta } of templates) expect(readme).toContain(`| \`${meta.id}\` | ${meta.title} |`);
  });

  it('should give the test command that .ci/run runs', () => {
    expect(readFileSync('README.md', 'utf8')).toContain('npm ci && npm test');
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm ci && npm test$/m);
  });
});
