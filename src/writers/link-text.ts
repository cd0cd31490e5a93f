/** A stretch of text, and where it links to if it is an e-mail address or a web address. */
export interface LinkedText {
  text: string;
  /** `mailto:…` or the `https://…` address itself. */
  href?: string;
}

// An address ends before trailing punctuation: "write to a@b.org." links "a@b.org".
const address =
  /([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})|(https?:\/\/[^\s<>"“”]*[^\s<>"“”.,;:!?)\]’'])/g;

/**
 * Splits text at the e-mail and web addresses in it, so that a writer can make them live links
 * (a reader clicks an e-mail address to write to it). Other text comes back unchanged.
 */
export function splitLinks(text: string): LinkedText[] {
  const out: LinkedText[] = [];
  let last = 0;
  for (const match of text.matchAll(address)) {
    const start = match.index;
    if (start > last) out.push({ text: text.slice(last, start) });
    const [found, email] = match;
    out.push({ text: found, href: email ? `mailto:${email}` : found });
    last = start + found.length;
  }
  if (last < text.length || out.length === 0) out.push({ text: text.slice(last) });
  return out;
}
