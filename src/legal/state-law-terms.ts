/**
 * The packet's generic defined terms for the detention procedure ("Emergency Hold", "Hold
 * Statute") are not every state's words: Texas law speaks of emergency detention, and its
 * counsel sends back a draft that calls it a hold. A state file may therefore name, in
 * `terms.defined_terms`, the term its drafts use instead of each generic one. The renaming is
 * applied to the rendered Markdown of every document, so that all of them agree.
 *
 * Only template text is renamed: a defined term (`[[Term]]`, `[[=Term]]`), which an answer can
 * never produce because answers escape `[`, a heading line and a clause's bold title ("1. **The
 * Hold Statute.**"), which templates write. An answer's own words ("Emergency Hold" in a
 * facility's notes) are left as the user wrote them.
 */
export function withStateTerms(markdown: string, renames: Readonly<Record<string, string>>): string {
  const pairs = Object.entries(renames);
  if (pairs.length === 0) return markdown;
  const renameTerm = (term: string) => renames[term] ?? term;
  const renameWords = (text: string) => pairs.reduce((out, [from, to]) => out.split(from).join(to), text);
  return markdown
    .replace(/\[\[(=?)([^[\]\n]+)\]\]/g, (_all, define: string, term: string) => {
      return `[[${define}${renameTerm(term)}]]`;
    })
    .replace(/^(#{1,6} .*)$/gm, (heading: string) => renameWords(heading))
    .replace(
      /^(\s*\d+\. (?:\[\[@[^\]\n]+\]\])?\*\*)([^*\n]+)(\*\*)/gm,
      (_all, start: string, title: string, end: string) => `${start}${renameWords(title)}${end}`,
    );
}
