import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * One protective check of the code: what it refuses, where, and the words its objection carries.
 * `raises` are fragments of the message it raises, each written in `source` as is (the audit
 * fails when a message changes and no longer holds them).
 */
export interface Check {
  /** Stable id, e.g. `sharing/cad-rule`. */
  id: string;
  /** The file that raises it, relative to the root. */
  source: string;
  /** The bad input it refuses, in words. */
  refuses: string;
  /** Fragments of the message it raises; a test objects when one expected literal holds them all. */
  raises: string[];
}

/** A test expectation that shows a check objecting. */
export interface Objection {
  file: string;
  line: number;
  /** The title of the test (the `it` or `it.each` row) that holds it. */
  title: string;
}

export interface CheckResult {
  check: Check;
  /** Fragments the source no longer holds (the message changed; the registry needs updating). */
  staleFragments: string[];
  objections: Objection[];
}

/**
 * For each check: whether its source still raises its fragments, and every expectation in the
 * test files that expects them (an `expect(...)` chain without `.not`, or a helper named
 * expect*, holding a literal with all the fragments, directly or through a `const` it uses).
 */
export function auditChecks(
  checks: readonly Check[],
  root: string,
  testFiles: readonly string[],
): CheckResult[] {
  const literals = testFiles.flatMap((file) =>
    expectedLiterals(file, readFileSync(join(root, file), 'utf8')),
  );
  return checks.map((check) => {
    // A fragment with a backquote is written escaped inside a template literal.
    const source = readFileSync(join(root, check.source), 'utf8').replace(/\\`/g, '`');
    const objections = literals
      .filter((l) => check.raises.every((fragment) => l.text.includes(fragment)))
      .map(({ file, line, title }) => ({ file, line, title }));
    return {
      check,
      staleFragments: check.raises.filter((fragment) => !source.includes(fragment)),
      objections: unique(objections),
    };
  });
}

/** The checks that fail the audit: no objecting test, or a message that no longer holds its fragments. */
export function auditProblems(results: readonly CheckResult[]): string[] {
  return results.flatMap(({ check, staleFragments, objections }) => [
    ...staleFragments.map(
      (f) =>
        `${check.id}: ${check.source} no longer holds the fragment “${f}”; update scripts/check-audit/checks.ts`,
    ),
    ...(objections.length === 0
      ? [
          `${check.id}: no test shows it objecting (expected a test expecting “${check.raises.join('” … “')}”)`,
        ]
      : []),
  ]);
}

interface ExpectedLiteral extends Objection {
  text: string;
}

/** Every string, template or regex literal of a test file that an objecting expectation holds. */
export function expectedLiterals(file: string, text: string): ExpectedLiteral[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: ExpectedLiteral[] = [];
  const visit = (node: ts.Node) => {
    const literal = literalText(node);
    if (literal !== null) {
      const title = objectingTitle(node, sf);
      if (title !== null)
        found.push({
          file,
          line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
          title,
          text: literal,
        });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** The text a literal stands for: a string's value, a template's fixed parts, a regex's unescaped source. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…');
  if (ts.isRegularExpressionLiteral(node)) {
    const source = node.text.slice(1, node.text.lastIndexOf('/'));
    return source.replace(/\\([^A-Za-z0-9])/g, '$1');
  }
  return null;
}

/**
 * The test title when the literal is expected by an objecting expectation (directly, or as part
 * of a `const` that one uses or that `it.each` / a `for … of` runs over), else null.
 */
function objectingTitle(node: ts.Node, sf: ts.SourceFile, depth = 0): string | null {
  for (let at: ts.Node = node; at.parent; at = at.parent) {
    if (ts.isCallExpression(at)) {
      const verdict = expectationOf(at);
      if (verdict === 'objects') return testTitle(at, sf);
      if (verdict !== null) return null;
    }
    if (ts.isVariableDeclaration(at) && ts.isIdentifier(at.name) && depth < 2) {
      const row = rowTitle(node, at);
      for (const use of usesOf(at.name.text, sf, at)) {
        if (isRunOver(use)) return row ?? testTitle(use, sf);
        const title = objectingTitle(use, sf, depth + 1);
        if (title !== null) return title;
      }
      return null;
    }
    if (ts.isFunctionLike(at)) return null;
  }
  return null;
}

/**
 * What a call on the literal's path says of it: 'objects' when the literal is an argument of an
 * `expect(subject).matcher(...)` without `.not` (or of an expect* helper), 'allows' under `.not`,
 * 'subject' when it is inside `expect(...)`'s own subject (an input, not an expected message), and
 * null for any other call (an asymmetric matcher such as `expect.stringMatching`, `join`, ...).
 */
function expectationOf(call: ts.CallExpression): 'objects' | 'allows' | 'subject' | null {
  const names: string[] = [];
  let head: ts.Expression = call.expression;
  let calls = 0;
  for (;;) {
    if (ts.isPropertyAccessExpression(head)) {
      names.push(head.name.text);
      head = head.expression;
    } else if (ts.isCallExpression(head)) {
      calls++;
      head = head.expression;
    } else break;
  }
  if (!ts.isIdentifier(head)) return null;
  if (head.text === 'expect') {
    if (names.includes('not')) return 'allows';
    if (calls === 0) return names.length === 0 ? 'subject' : null;
    return 'objects';
  }
  return /^expect[A-Z]/.test(head.text) && calls === 0 && names.length === 0 ? 'objects' : null;
}

/** `it.each(NAME)`, `for (const x of NAME)` or `NAME.forEach(...)`: each row runs through a test. */
function isRunOver(use: ts.Identifier): boolean {
  const parent = use.parent;
  if (ts.isForOfStatement(parent) && parent.expression === use) return true;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === use && parent.name.text === 'forEach')
    return true;
  if (ts.isCallExpression(parent) && parent.arguments.includes(use)) {
    const callee = parent.expression;
    return ts.isPropertyAccessExpression(callee) && callee.name.text === 'each';
  }
  return false;
}

function usesOf(name: string, sf: ts.SourceFile, declaration: ts.VariableDeclaration): ts.Identifier[] {
  const uses: ts.Identifier[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && node.text === name && node !== declaration.name) uses.push(node);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return uses;
}

/** A table row's first string (its case name), when the literal sits in a row of an array const. */
function rowTitle(node: ts.Node, declaration: ts.VariableDeclaration): string | null {
  const table = declaration.initializer;
  if (!table || !ts.isArrayLiteralExpression(table)) return null;
  let row: ts.Node = node;
  while (row.parent && row.parent !== table) row = row.parent;
  if (row.parent !== table) return null;
  const first = ts.isArrayLiteralExpression(row) ? row.elements[0] : undefined;
  return first && ts.isStringLiteral(first) ? first.text : null;
}

/** The title of the nearest enclosing `it(...)` / `test(...)` (or `describe` for a table), else the file. */
function testTitle(node: ts.Node, sf: ts.SourceFile): string {
  for (let at: ts.Node | undefined = node; at; at = at.parent) {
    if (!ts.isCallExpression(at)) continue;
    let callee: ts.Expression = at.expression;
    while (ts.isCallExpression(callee) || ts.isPropertyAccessExpression(callee))
      callee = ts.isCallExpression(callee) ? callee.expression : callee.expression;
    const first = at.arguments[0];
    if (ts.isIdentifier(callee) && /^(it|test|describe)$/.test(callee.text) && first) {
      const text = literalText(first);
      if (text !== null) return text;
    }
  }
  return sf.fileName;
}

function unique(objections: Objection[]): Objection[] {
  const seen = new Set<string>();
  return objections
    .filter((o) => {
      const key = `${o.file}\u0000${o.title}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}

/** The audit as the Markdown table of docs/testing.md (files and titles, no line numbers: they drift). */
export function auditTable(results: readonly CheckResult[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = results.map(({ check, objections }) => {
    const shown = objections.slice(0, 3).map((o) => `${o.file} › ${cell(o.title)}`);
    if (objections.length > 3) shown.push(`and ${objections.length - 3} more`);
    return `| \`${check.id}\` | ${cell(check.refuses)} | ${check.source} | ${shown.join('<br>') || '**none**'} |`;
  });
  return [
    '| Check | Refuses | Raised in | Tests that show it objecting |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}
