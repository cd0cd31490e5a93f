import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Templates are legal text a lawyer reads: blocks nest at most this deep... */
export const MAX_NESTING = 3;
/** ...and no line is longer than this (prose wraps; Markdown joins the lines). */
export const MAX_LINE = 300;

/**
 * Lints a template's text (front matter included, so lines are the file's): a Handlebars block
 * (`#if`, `#each`, `#unless`, `#with`) nested deeper than three levels, or a line over 300
 * characters, is an error naming the file and line. An `else if` chain counts as one level.
 */
export function lintTemplate(source: string, file: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  source.split('\n').forEach((line, i) => {
    if (line.length > MAX_LINE)
      problems.push({
        severity: 'error',
        file,
        line: i + 1,
        message: `template line is ${line.length} characters, expected at most ${MAX_LINE}`,
        hint: 'wrap the prose onto more lines, or move the logic into the model',
      });
  });
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, (front) => front.replace(/[^\n]/g, ''));
  const walk = (program: hbs.AST.Program | undefined, depth: number) => {
    for (const node of program?.body ?? []) {
      if (node.type !== 'BlockStatement') continue;
      const block = node as hbs.AST.BlockStatement;
      const level = depth + 1;
      if (level > MAX_NESTING)
        problems.push({
          severity: 'error',
          file,
          line: block.loc.start.line,
          column: block.loc.start.column + 1,
          message: `template blocks nest ${level} levels deep, expected at most ${MAX_NESTING}`,
          hint: 'compute the condition or the list in the model (src/legal or derived) and name it',
        });
      walk(block.program, level);
      // `{{else if}}` is a chained inverse: a sibling branch, not a deeper level.
      const chained = (block.inverse as (hbs.AST.Program & { chained?: boolean }) | undefined)?.chained;
      walk(block.inverse, chained ? depth : level);
    }
  };
  walk(Handlebars.parse(body), 0);
  return problems;
}
