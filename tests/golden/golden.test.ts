import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, renderedExample } from '../support/render.js';

// Golden Markdown for every example and every document that applies to it. A change to a
// template or to the pipeline shows up here as a diff to review; refresh with `npx vitest -u`.
describe.each(EXAMPLES)('the %s example', (example) => {
  it('should render every applicable document as its golden Markdown', async () => {
    const { markdown, packet } = await renderedExample(example);
    expect(markdown.size).toBeGreaterThan(0);
    for (const [id, text] of markdown) {
      await expect(text, id).toMatchFileSnapshot(`expected/${example}/${id}.md`);
    }
    expect(packet.skipped.map((s) => s.id).sort()).toMatchSnapshot();
  });

  it('should have a golden file for every rendered document and none for a document it no longer renders', async () => {
    const { markdown } = await renderedExample(example);
    const folder = new URL(`expected/${example}/`, import.meta.url);
    const goldens = readdirSync(folder)
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3));
    expect(goldens.sort()).toEqual([...markdown.keys()].sort());
  });

  it('should leave no template syntax or unresolved marker in any draft', async () => {
    const { markdown } = await renderedExample(example);
    for (const [id, text] of markdown) {
      expect(text, id).not.toMatch(/\{\{|\}\}|\[\[|\]\]/);
      expect(text, id).not.toMatch(/\bundefined\b|\bnull\b|\[object Object\]/);
    }
  });

  it('should build with no defined-term warning', async () => {
    const { packet } = await renderedExample(example);
    expect(packet.warnings.map((w) => `${w.file}: ${w.message}`)).toEqual([]);
  });
});
