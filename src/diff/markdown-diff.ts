import { createTwoFilesPatch } from 'diff';

/**
 * A unified diff of two versions' canonical Markdown (as `git diff` would show it), labelled
 * with where each version came from. Empty when the Markdown is the same.
 */
export function markdownDiff(
  file: string,
  before: { label: string; markdown: string },
  after: { label: string; markdown: string },
): string {
  if (before.markdown === after.markdown) return '';
  const patch = createTwoFilesPatch(
    `a/${file}`,
    `b/${file}`,
    before.markdown,
    after.markdown,
    before.label,
    after.label,
    {
      context: 3,
    },
  );
  // jsdiff starts with a line of `=`; git's format starts at the `---` header.
  return patch.slice(patch.indexOf('--- '));
}
