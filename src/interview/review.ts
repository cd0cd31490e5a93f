import { getIn, isRecord, patternOf, type Draft, type Path } from './draft.js';
import type { Field, LeafField } from './questions-from-schema.js';
import {
  CHOICE_LABELS,
  GROUP_TITLES,
  ITEMS,
  SECTIONS,
  SUMMARY_TITLES,
  type SectionInfo,
} from './sections.js';
import { wrapLines } from './wrap-lines.js';

/** The top-level fields of each section, in interview order. */
export function sectionFields(fields: Field[], section: SectionInfo): Field[] {
  return fields.filter((f) => f.type !== 'leaf' && f.section === section.id);
}

function show(field: LeafField, path: Path, value: unknown): string {
  const labels = field.meta.choices ?? {};
  const label = (v: unknown) => CHOICE_LABELS[patternOf(path)]?.(String(v)) ?? labels[String(v)] ?? String(v);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map(label).join('; ');
  return label(value);
}

interface Tally {
  lines: string[];
  open: number;
}

function walk(draft: Draft, fields: Field[], base: Path, indent: string, tally: Tally, group = ''): void {
  for (const field of fields) {
    const path = [...base, field.key];
    const value = getIn(draft, path);
    if (field.type === 'leaf') {
      // An empty list is a blank in the drafts, like an unanswered question: never "none".
      if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) tally.open++;
      else tally.lines.push(`${indent}${group}${field.meta.prompt}: ${show(field, path, value)}`);
    } else if (field.type === 'group') {
      const pattern = patternOf(path);
      const title = (SUMMARY_TITLES[pattern] ?? GROUP_TITLES[pattern] ?? field.title).replace(
        /\s*\(.*\)$/,
        '',
      );
      if (isRecord(value)) walk(draft, field.fields, path, indent, tally, `${title} › `);
      else if (value === undefined) tally.open++;
    } else {
      const items = Array.isArray(value) ? value.filter(isRecord) : [];
      const describe =
        ITEMS[field.key]?.label ?? ((item: Record<string, unknown>) => String(item.name ?? '?'));
      if (items.length === 0) tally.open++;
      else tally.lines.push(`${indent}${field.title}: ${items.map(describe).join('; ')}`);
    }
  }
}

const SUMMARY_WIDTH = 110;

/** A short summary of the answers, section by section, for the review before writing. */
export function summarize(draft: Draft, fields: Field[]): string {
  const out: string[] = [];
  SECTIONS.forEach((section, i) => {
    const tally: Tally = { lines: [], open: 0 };
    for (const field of sectionFields(fields, section)) {
      if (field.type === 'group') walk(draft, field.fields, [field.key], '    ', tally);
      else walk(draft, [field], [], '    ', tally);
    }
    out.push(`  ${i + 1}. ${section.title}`);
    // Long answers fold under their own line, whole: a summary that cuts them shows no value.
    out.push(...tally.lines.map((line) => wrapLines(line, SUMMARY_WIDTH, 4)));
    if (tally.open > 0) out.push(`    (${tally.open} left open: the drafts show a blank)`);
  });
  return out.join('\n');
}
