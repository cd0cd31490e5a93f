import { isPlainObject, mergeAnswers, mergeLayers } from '../answers/extends.js';
import { parseChain } from '../answers/read-answers.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Draft } from './draft.js';

/**
 * An answers file that says `extends: ../state-defaults.yaml` inherits answers the interview must
 * not ask again, and must not copy into the site's file (a later change of the defaults would
 * then no longer reach the site). So the interview works on the merged answers, and writes back
 * only what differs from what the file inherits.
 */
export interface Inherited {
  /** The merged answers of the files the answers file extends (without `extends`). */
  values: Record<string, unknown>;
  /** Those files, as named in messages, nearest first. */
  files: string[];
}

/** What `text` inherits through its `extends`, or why the chain cannot be read; null without one. */
export function inheritedOf(
  text: string,
  displayName: string,
  answersFile: string,
): Inherited | null | { diagnostics: Diagnostic[] } {
  const chain = parseChain(text, displayName, { path: answersFile });
  if ('diagnostics' in chain) return chain;
  const parents = chain.layers.slice(1);
  if (parents.length === 0) return null;
  return { values: mergeLayers(parents), files: parents.map((l) => l.file) };
}

/** The answers to ask from: the inherited answers with the file's own over them. */
export function withInherited(own: Draft, inherited: Inherited): Draft {
  const { extends: named, ...rest } = own;
  // A copy: the merge shares the inherited objects, and the interview edits the draft in place.
  return { extends: named, ...(mergeAnswers(structuredClone(inherited.values), rest) as Draft) };
}

const SAME = Symbol('same as inherited');

/**
 * What to write into the answers file: what `draft` says beyond `inherited`, by the merge rules of
 * src/answers/extends.ts (a map key by key, anything else whole, so a changed list is written
 * whole). A key the file already wrote is always kept in step with the draft, even when it now
 * equals the inherited value: updateYaml leaves keys it is not given as they were.
 */
export function ownValues(draft: Draft, inherited: Inherited, written: Draft): Draft {
  const own = differenceOf(draft, inherited.values, written);
  return own === SAME ? {} : (own as Draft);
}

function differenceOf(value: unknown, inherited: unknown, written: unknown): unknown {
  if (!isPlainObject(value) || !isPlainObject(inherited))
    return written === undefined && JSON.stringify(value) === JSON.stringify(inherited) ? SAME : value;
  const own: Record<string, unknown> = {};
  const writtenMap = isPlainObject(written) ? written : {};
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) continue;
    const difference = key in inherited ? differenceOf(child, inherited[key], writtenMap[key]) : child;
    if (difference !== SAME) own[key] = difference;
  }
  return Object.keys(own).length === 0 && written === undefined ? SAME : own;
}
