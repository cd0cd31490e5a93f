/**
 * CAD call-type codes come from the answers (dispatch.cad_codes), never from a template. A code
 * that carries the number of the state's emergency-hold statute ("5150C") labels every call so
 * coded as a hold in CAD, in the records system and in any public-records release, which the
 * packet's own rule (describe what was seen, never a diagnosis) forbids; the drafts keep the
 * code, since the answers chose it, and tell counsel so.
 */

/** The section numbers a citation names ("Cal. Welf. & Inst. Code § 5150(a)" gives 5150). */
export function sectionNumbers(citation: string | null): string[] {
  if (citation === null) return [];
  const after = [...citation.matchAll(/§+\s*([0-9][0-9.]*[0-9])/g)].map((m) => m[1]!);
  // "5150 hold": a common name that is a bare section number.
  const bare = [...citation.matchAll(/^\s*([0-9]{3,}[0-9.]*)\b/g)].map((m) => m[1]!);
  return [...new Set([...after, ...bare])];
}

/** The answers' CAD codes whose label contains a section number of the hold statute. */
export function codesNamingTheHoldStatute(
  codes: readonly { code: string }[],
  holdCitations: readonly (string | null)[],
): { code: string; section: string }[] {
  const sections = holdCitations.flatMap(sectionNumbers);
  return codes.flatMap(({ code }) => {
    const section = sections.find((s) => code.includes(s));
    return section === undefined ? [] : [{ code, section }];
  });
}

/** The drafter's note on those codes, or '' when none names the statute. */
export function statuteCodeNote(named: readonly { code: string; section: string }[]): string {
  if (named.length === 0) return '';
  const list = named.map((n) => `“${n.code}”`).join(' and ');
  const sections = [...new Set(named.map((n) => `§ ${n.section}`))].join(' and ');
  return `The answers give the code ${list}, which carries the number of the emergency-hold statute (${sections}): every call so coded would read, in CAD, in the records system and in any release of public records, as a hold, although most such calls end without one. A code that describes the call, not a legal status, is safer.`;
}
