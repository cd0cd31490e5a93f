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
  return 'always';
};
const rows = set.templates.map(({ meta }) => {
  const elements = meta.elements.map((n) => `${n} ${ELEMENTS[n]}`).join(', ') || '(describes the others)';
  return `| \`${meta.id}\` | ${meta.title} | ${meta.kind} | ${when(meta)} | ${elements} |`;
});
console.log(
  [
    '| id | document | kind | applies when | essential elements addressed |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n'),
);
