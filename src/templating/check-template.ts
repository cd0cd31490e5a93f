import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { helpers } from './helpers/index.js';
import type { TemplateSet, TemplateSource } from './load-templates.js';

type Node = hbs.AST.Node;

// A partial is included many times across a packet; parse its text once.
const parsed = new Map<string, hbs.AST.Program>();
function parseOnce(source: string): hbs.AST.Program {
  let program = parsed.get(source);
  if (!program) {
    program = Handlebars.parse(source);
    parsed.set(source, program);
  }
  return program;
}

/**
 * Checks a template against the model's shape before any answers are merged: every path must
 * name a field of the schema (or of `derived`), every helper must exist. Both branches of every
 * `if` are checked, which strict mode at render time cannot do.
 */
export function checkTemplate(template: TemplateSource, set: TemplateSet, probe: unknown): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const seen = new Set<string>();
  const offset = template.bodyLine - 1;
  const report = (node: Node, message: string, file = template.file, lineOffset = offset) => {
    const line = node.loc.start.line + lineOffset;
    const key = `${file}:${line}:${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ severity: 'error', message, file, line, column: node.loc.start.column + 1 });
  };
  const walkProgram = (program: hbs.AST.Program | undefined, scopes: unknown[], where: Where) => {
    for (const statement of program?.body ?? []) walk(statement, scopes, where);
  };
  interface Where {
    file: string;
    offset: number;
    partials: string[];
  }
  const resolve = (path: hbs.AST.PathExpression, scopes: unknown[], where: Where): unknown => {
    if (path.data) {
      if (path.parts[0] === 'root') return follow(path, probe, path.parts.slice(1), where);
      return 'x'; // @index, @first, @last, @key
    }
    const base = scopes[scopes.length - 1 - path.depth];
    return follow(path, base, path.parts, where);
  };
  const follow = (path: hbs.AST.PathExpression, base: unknown, parts: string[], where: Where): unknown => {
    let value = base;
    for (const part of parts) {
      if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) {
        report(
          path,
          `field \`${path.original}\` is not in the answers model, expected a field of the schema or \`derived\``,
          where.file,
          where.offset,
        );
        return undefined;
      }
      value = (value as Record<string, unknown>)[part];
    }
    return value;
  };
  /** The probe value an expression yields: a path's value; `where` keeps its list's shape. */
  const shapeOf = (expr: hbs.AST.Expression, scopes: unknown[], where: Where): unknown => {
    if (expr.type === 'PathExpression') return resolve(expr as hbs.AST.PathExpression, scopes, where);
    if (expr.type !== 'SubExpression') return 'x';
    const call = expr as hbs.AST.SubExpression;
    checkCall(call, scopes, where);
    const name = (call.path as hbs.AST.PathExpression).original;
    const list = call.params[0] ? shapeOf(call.params[0], scopes, where) : undefined;
    if (name === 'where') return list;
    if (name === 'pluck' && Array.isArray(list) && call.params[1]?.type === 'StringLiteral') {
      const field = (call.params[1] as hbs.AST.StringLiteral).value;
      return [(list[0] as Record<string, unknown> | undefined)?.[field]];
    }
    return 'x';
  };
  const checkParams = (
    node: { params: hbs.AST.Expression[]; hash?: hbs.AST.Hash },
    scopes: unknown[],
    where: Where,
  ) => {
    for (const param of [...node.params, ...(node.hash?.pairs.map((p) => p.value) ?? [])]) {
      if (param.type === 'PathExpression') resolve(param as hbs.AST.PathExpression, scopes, where);
      if (param.type === 'SubExpression') checkCall(param as hbs.AST.SubExpression, scopes, where);
    }
  };
  const checkCall = (
    node: hbs.AST.SubExpression | hbs.AST.MustacheStatement,
    scopes: unknown[],
    where: Where,
  ) => {
    const path = node.path as hbs.AST.PathExpression;
    const name = path.original;
    if (node.params.length > 0 || node.type === 'SubExpression') {
      if (!Object.hasOwn(helpers, name))
        report(
          path,
          `unknown helper \`${name}\`, expected one of ${Object.keys(helpers).join(', ')}`,
          where.file,
          where.offset,
        );
      checkParams(node, scopes, where);
      return;
    }
    if (path.type === 'PathExpression') resolve(path, scopes, where);
  };
  const walk = (node: Node, scopes: unknown[], where: Where): void => {
    switch (node.type) {
      case 'MustacheStatement':
        checkCall(node as hbs.AST.MustacheStatement, scopes, where);
        break;
      case 'BlockStatement': {
        const block = node as hbs.AST.BlockStatement;
        const name = (block.path as hbs.AST.PathExpression).original;
        const first = block.params[0];
        const subject = first ? shapeOf(first, scopes, where) : undefined;
        checkParams({ params: block.params.slice(1), hash: block.hash }, scopes, where);
        if (name === 'each') {
          const element = Array.isArray(subject) ? subject[0] : undefined;
          walkProgram(block.program, [...scopes, element ?? {}], where);
        } else if (name === 'with') {
          walkProgram(block.program, [...scopes, subject ?? {}], where);
        } else if (name === 'if' || name === 'unless') {
          walkProgram(block.program, scopes, where);
        } else {
          report(
            block,
            `unknown block helper \`${name}\`, expected if, unless, each or with`,
            where.file,
            where.offset,
          );
        }
        walkProgram(block.inverse, scopes, where);
        break;
      }
      case 'PartialStatement': {
        const partialNode = node as hbs.AST.PartialStatement;
        const name = (partialNode.name as hbs.AST.PathExpression).original;
        const partial = set.partials[name];
        if (!partial) {
          report(
            node,
            `unknown partial \`${name}\`, expected one of ${Object.keys(set.partials).join(', ')}`,
            where.file,
            where.offset,
          );
        } else if (!where.partials.includes(name)) {
          walkProgram(parseOnce(partial.body), scopes, {
            file: partial.file,
            offset: 0,
            partials: [...where.partials, name],
          });
        }
        break;
      }
      default:
        break;
    }
  };
  try {
    walkProgram(Handlebars.parse(template.body), [probe], { file: template.file, offset, partials: [] });
  } catch (error) {
    const line = /line (\d+)/.exec(String(error));
    problems.push({
      severity: 'error',
      message: `cannot parse template: ${String((error as Error).message).split('\n')[0]}`,
      file: template.file,
      ...(line ? { line: Number(line[1]) + offset } : {}),
    });
  }
  return problems;
}
