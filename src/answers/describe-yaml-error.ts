const indentation = 'indent with spaces only, and give the fields of one group the same number of spaces';
const quoteText =
  'put a text that contains ": " or starts with a symbol in quotes, e.g. radio_channel: "RPD: Tac 3"';

/** A YAML syntax error in plain words, with what to do about it. */
export function describeYamlError(code: string, message: string): { message: string; hint: string } {
  switch (code) {
    case 'TAB_AS_INDENT':
      return {
        message: 'a tab is used to indent this line',
        hint: `replace the tab with spaces; ${indentation}`,
      };
    case 'BAD_INDENT':
      return { message: 'this line is not indented like the lines around it', hint: indentation };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return {
        message: 'this value is read as the start of a group of fields',
        hint: `${quoteText}; also check that the next line is not indented further than this one`,
      };
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message: 'a field name runs over more than one line',
        hint: 'write "name: value" with a space after the colon, and check that the line is not indented further than the one above',
      };
    case 'MULTIPLE_DOCS':
      return {
        message: 'the file holds more than one YAML document (a line `---` or `...` after the first)',
        hint: 'keep one answers file per jurisdiction: remove the `---` line and what follows, or move it to its own file',
      };
    case 'DUPLICATE_KEY':
      return { message: 'this field appears twice in the same group', hint: 'keep one of the two lines' };
    case 'MISSING_CHAR':
      // The yaml library reports a list item's field indented one space off as a missing "-".
      if (/without - indicator/.test(message))
        return {
          message: 'this line is not indented like the other fields of the list item above it',
          hint:
            'the fields of a list item line up with the first field after its "- " ' +
            '(`  - id: clinic` then `    name: …`): check the spaces at the start of this line and of the "- " line above it',
        };
      return {
        message: firstLine(message),
        hint: 'a quotation mark or bracket opened above this point is never closed: close it on the line where it opens',
      };
    default:
      return {
        message: firstLine(message),
        hint: `check the indentation (${indentation}); ${quoteText}`,
      };
  }
}

export function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
