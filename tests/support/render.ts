import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { answersSchema, type AnswersInput } from '../../src/answers/schema.js';
import { renderPacket, type RenderedPacket } from '../../src/build.js';
import { counselSheetId } from '../../src/document/assemble-document.js';
import { markdownOf } from '../../src/writers/markdown/write-markdown.js';

/** The parsed input of an example answers file, for tests to modify before rendering. */
export function exampleInput(name: string): AnswersInput {
  const text = readFileSync(new URL(`../../examples/${name}.yaml`, import.meta.url), 'utf8');
  return parseDocument(text).toJS() as AnswersInput;
}

/**
 * Renders an example (optionally changed by `mutate`) with the real templates and returns each
 * file's canonical Markdown by its id (a template's, or a form's counsel sheet's), as
 * `pmhc build --format md` would write it.
 */
export async function renderExample(
  name: string,
  mutate: (input: AnswersInput) => void = () => {},
  only: string[] = [],
): Promise<{ packet: RenderedPacket; markdown: Map<string, string> }> {
  const input = structuredClone(exampleInput(name));
  mutate(input);
  const answers = answersSchema.parse(input);
  const packet = await renderPacket(answers, { only, sourceDateEpoch: undefined });
  // Every file a build writes, by its id: a form's counsel sheet under `<id>-counsel-sheet`.
  const markdown = new Map(
    packet.documents.flatMap((d) =>
      (d.counselSheet ? [d.document, d.counselSheet] : [d.document]).map(
        (doc) => [doc.meta.id, markdownOf(doc)] as const,
      ),
    ),
  );
  return { packet, markdown };
}

const unchanged = new Map<string, ReturnType<typeof renderExample>>();

/**
 * An example rendered as shipped (every document), once per test process: the tests that only
 * read it share one render instead of paying for a whole packet each, across the files a worker
 * runs (vitest.config.ts: the shared project is not isolated). Callers must not modify it.
 */
export function renderedExample(name: string): ReturnType<typeof renderExample> {
  let rendered = unchanged.get(name);
  if (!rendered) {
    rendered = renderExample(name);
    unchanged.set(name, rendered);
  }
  return rendered;
}

/** The example files shipped in examples/, by name. */
export const EXAMPLES = ['riverbend-city', 'harlan-county-rural', 'tri-county-cit-consortium'] as const;

/**
 * A renderer for one document: `draft(example, mutate)` gives its canonical Markdown (`text`; a
 * form's counsel sheet as `sheet`, else null) and the build's warnings about it (defined terms), failing if the document does not apply. An example
 * as shipped (no `mutate`) is rendered once per test file; callers must not modify the result.
 */
export function draftOf(id: string) {
  const render = async (example: string, mutate: (input: AnswersInput) => void) => {
    const { packet, markdown } = await renderExample(example, mutate, [id]);
    const text = markdown.get(id);
    if (text === undefined) throw new Error(`${id} did not render for ${example}`);
    const warnings = packet.warnings.filter((w) => w.file?.includes(id)).map((w) => w.message);
    // A form's counsel sheet (its notice, drafter's notes and open items), a file of its own.
    const sheet = markdown.get(counselSheetId(id)) ?? null;
    return { text, sheet, warnings, packet };
  };
  const shipped = new Map<string, ReturnType<typeof render>>();
  return (example: string, mutate?: (input: AnswersInput) => void) => {
    if (mutate) return render(example, mutate);
    let rendered = shipped.get(example);
    if (!rendered) {
      rendered = render(example, () => {});
      shipped.set(example, rendered);
    }
    return rendered;
  };
}
