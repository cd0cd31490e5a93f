import { codeSpan } from '../ast/markdown-literal.js';
import { formatAnswerChange, type AnswerChange } from './diff-answers.js';
import type { DocumentPair } from './diff-packets.js';
import type { Place } from './merge-blocks.js';

/** One document's line in the summary. */
export interface DocumentReport {
  pair: DocumentPair;
  places: Place[];
  /** Files written for it (redline, Markdown diff), by name. */
  files: string[];
}

export interface SummaryInput {
  beforeLabel: string;
  afterLabel: string;
  answers: AnswerChange[];
  documents: DocumentReport[];
  /** Date the redlines' changes carry (YYYY-MM-DD), or null when the new version is undated. */
  date: string | null;
  author: string;
}

/**
 * The short Markdown summary of a diff: which answers changed (by path), then for each document
 * whether it changed, where (clause numbers, or the heading of an unnumbered part), and its files.
 */
export function summarize(input: SummaryInput): string {
  const lines = [`# Changes from ${input.beforeLabel} to ${input.afterLabel}`, ''];
  const changed = input.documents.filter((d) => d.pair.status !== 'unchanged').length;
  lines.push(
    `${changed} of ${input.documents.length} documents changed. ` +
      `Redlines are Word files with tracked changes by ${input.author}` +
      (input.date
        ? `, dated ${input.date} (the new version's draft date).`
        : ' (the new version is undated).'),
    '',
    '## Answers',
    '',
  );
  if (input.answers.length === 0) lines.push('No answer changed (a template or its version did).');
  for (const change of input.answers) lines.push(`- ${codeSpan(formatAnswerChange(change))}`);
  lines.push('', '## Documents', '');
  for (const report of input.documents) lines.push(`- ${documentLine(report)}`);
  return `${lines.join('\n')}\n`;
}

function documentLine({ pair, places, files }: DocumentReport): string {
  const name = `**${pair.title}** (${codeSpan(pair.id)})`;
  const versions = versionChange(pair);
  const shown = files.length > 0 ? ` Files: ${files.map((f) => codeSpan(f)).join(', ')}.` : '';
  switch (pair.status) {
    case 'unchanged':
      return `${name}: unchanged${versions}.`;
    case 'added':
      return `${name}: added (the whole document is new).${shown}`;
    case 'removed':
      return `${name}: removed${pair.reason ? ` (${pair.reason})` : ''}; the redline deletes the whole document.${shown}`;
    case 'changed':
      return `${name}: changed${versions} in ${placesText(places)}.${shown}`;
  }
}

function versionChange(pair: DocumentPair): string {
  const a = pair.before?.meta.templateVersion;
  const b = pair.after?.meta.templateVersion;
  return a && b && a !== b ? ` (template ${a} -> ${b})` : '';
}

/** `clause 7.2, clause 9 (added), the signature block`. */
function placesText(places: Place[]): string {
  if (places.length === 0) return 'its layout only';
  return places.map((p) => (p.kind === 'changed' ? p.label : `${p.label} (${p.kind})`)).join(', ');
}
