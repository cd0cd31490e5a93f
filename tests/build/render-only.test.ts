import { describe, expect, it, vi } from 'vitest';
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
