// XML 1.0 cannot hold C0 controls (other than tab and newlines) or unpaired surrogates; Word
// refuses the whole file if one slips in, so each becomes U+FFFD and the reader is told.
const forbidden =
  // Matching control characters is the point here.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Returns text safe for an XML part, noting in `warnings` any character that had to be replaced. */
export function cleanText(value: string, warnings: string[]): string {
  return value.replace(forbidden, (ch) => {
    const code = ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    const message = `docx: replaced U+${code}, which a Word file cannot hold, with U+FFFD`;
    if (!warnings.includes(message)) warnings.push(message);
    return '\uFFFD';
  });
}
