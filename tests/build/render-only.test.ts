import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildPacket } from '../../src/build.js';
import { ExitCode, UserError } from '../../src/diagnostics/errors.js';
import { tempDir } from '../support/cli.js';
import { renderExample } from '../support/render.js';

// Records which templates the pipeline renders, to show that `only` skips the others' work.
const rendered: string[] = [];
vi.mock('../../src/templating/prepare-templates.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/templating/prepare-templates.js')>();
  return {
    ...original,
    prepareTemplates: async (dir: string) => {
      const prepared = await original.prepareTemplates(dir);
      return {
        ...prepared,
        render: (template: Parameters<typeof prepared.render>[0]) => {
          rendered.push(template.meta.id);
          return prepared.render(template);
        },
      };
    },
  };
});

describe('rendering only the documents asked for', () => {
  it('should render one document alone when only it is asked for', async () => {
    rendered.length = 0;
    const { packet } = await renderExample('riverbend-city', () => {}, ['cit-mou']);
    expect(packet.documents.map((d) => d.template.meta.id)).toEqual(['cit-mou']);
    expect(rendered).toEqual(['cit-mou']);
  });

  it('should render every applicable document for the overview, which describes them all', async () => {
    rendered.length = 0;
    const { packet } = await renderExample('riverbend-city', () => {}, ['packet-overview']);
    expect(packet.documents.map((d) => d.template.meta.id)).toEqual(['packet-overview']);
    const all = await renderExample('riverbend-city');
    expect(rendered.length).toBeGreaterThan(2);
    expect(rendered.slice(0, all.packet.documents.length).sort()).toEqual(
      all.packet.documents.map((d) => d.template.meta.id).sort(),
    );
  });
});

describe('a build refused for a file edited by hand', () => {
  const build = (outDir: string, force = false) =>
    buildPacket({
      answersFile: 'tests/fixtures/minimal.yaml',
      outDir,
      formats: ['md', 'docx'],
      templatesDir: 'tests/fixtures/template-set',
      force,
    });

  it('should refuse before rendering anything', async () => {
    const out = tempDir();
    await build(out);
    const md = readdirSync(out).find((f) => f.endsWith('.md'))!;
    appendFileSync(join(out, md), '\nA clause counsel added.\n');
    rendered.length = 0;
    const refused = await build(out).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).exitCode).toBe(ExitCode.conflict);
    expect((refused as UserError).diagnostics[0]?.message).toMatch(/changed by hand/);
    expect(rendered).toEqual([]);
  });

  it('should render and write when nothing was edited, or with --force', async () => {
    const out = tempDir();
    await build(out);
    rendered.length = 0;
    await build(out);
    expect(rendered).toEqual(['sample-mou']);
    const md = readdirSync(out).find((f) => f.endsWith('.md'))!;
    appendFileSync(join(out, md), '\nedited\n');
    rendered.length = 0;
    await build(out, true);
    expect(rendered).toEqual(['sample-mou']);
  });
});
