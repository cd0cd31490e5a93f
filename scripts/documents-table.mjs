// Prints the README's table of documents from the templates' front matter:
// node scripts/documents-table.mjs (after npm run build). Keeps the README true to the templates.
const { loadTemplates } = await import('../dist/index.js');
const ELEMENTS = {
  1: 'planning',
  2: 'design',
  3: 'training',
  4: 'dispatch',
  5: 'disposition',
  6: 'transport',
  7: 'information',
  8: 'treatment',
  9: 'organization',
  10: 'evaluation',
};
const set = await loadTemplates('templates');
const when = (meta) => {
  if (meta.kind === 'report') return 'written by `pmhc assess`, not by `pmhc build`';
  if (meta.when?.models) return `program models: ${meta.when.models.join(', ')}`;
  if (meta.when?.partner_types) return `a partner of type ${meta.when.partner_types.join(' or ')}`;
  if (meta.when?.consent_language) return `\`consent.languages\` has \`${meta.when.consent_language}\``;
  if (meta.when?.part2_records) return 'a party holds 42 CFR Part 2 records';
  return 'always';
};
const rows = set.templates.map(({ meta }) => {
  const elements = meta.elements.map((n) => `${n} ${ELEMENTS[n]}`).join(', ') || '(describes the others)';
  // A form is two files: the form itself, and its notes for counsel (src/document/assemble-document.ts).
  const kind = meta.kind === 'form' ? `form, with \`${meta.id}-counsel-sheet\`` : meta.kind;
  return `| \`${meta.id}\` | ${meta.title} | ${kind} | ${when(meta)} | ${elements} |`;
});
console.log(
  [
    '| id | document | kind | applies when | essential elements addressed |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n'),
);
