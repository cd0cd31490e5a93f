/**
 * Text folded to `width` columns at spaces, each folded line indented like the line it continues
 * (a hint printed "  Leave blank when …" stays under its own first word, not at column 0 as the
 * terminal would fold it), plus `hanging` spaces. A word longer than the width stays whole.
 */
export function wrapLines(text: string, width: number, hanging = 0): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width) return line;
      const first = /^ */.exec(line)![0];
      const out: string[] = [];
      let indent = first;
      let current = '';
      for (const word of line.slice(first.length).split(/ +/)) {
        if (current !== '' && indent.length + current.length + 1 + word.length > width) {
          out.push(indent + current);
          indent = first + ' '.repeat(hanging);
          current = word;
        } else current = current === '' ? word : `${current} ${word}`;
      }
      out.push(indent + current);
      return out.join('\n');
    })
    .join('\n');
}
