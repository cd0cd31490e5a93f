import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { answersObject } from '../answers/schema.js';
import { fieldsOf, type Field } from './questions-from-schema.js';

/** The line editors read to find the schema (yaml-language-server), first in every answers file. */
export const SCHEMA_LINE = ' yaml-language-server: $schema=answers.schema.json';

/** Enums longer than this (the states) are not spelled out in a comment. */
const LISTED_VALUES = 24;

/**
 * The text of an answers file with comments for people who have not seen YAML, the same in the
 * starter and in the file the interview writes: the schema line and a header first, a comment
 * naming each part above it, and above each coded field the values it takes ("one of: …", or
 * "any of: …" for a list). Comments already in the file are kept; none is added twice.
 */
export function annotateAnswers(doc: Document, header: string[]): string {
  if (isMap(doc.contents)) annotateTop(doc, doc.contents);
  const lines = [SCHEMA_LINE, ...header.map((line) => (line ? ` ${line}` : ''))].map((l) => `#${l}`);
  return `${lines.join('\n')}\n\n${doc.toString({ flowCollectionPadding: false })}`;
}

/** Parts that need more than their name. */
const SECTION_COMMENTS: Record<string, string> = {
  revisions: [
    ' Every version you send out gets a line here, newest last. The newest one’s version and date',
    ' are printed on every draft, and `pmhc diff` dates its redlines with it.',
  ].join('\n'),
};

/** A comment's words in lines of at most `width` characters, the lines after the first indented. */
function wrap(words: string, width = 96): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = `   ${word}`;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].map((l) => ` ${l}`).join('\n');
}

function annotateTop(doc: Document, top: YAMLMap): void {
  const fields = fieldsOf(answersObject);
  top.items.forEach((pair, index) => {
    const field = fields.find((f) => f.key === keyOf(pair));
    if (!field) return;
    const key = keyNode(doc, pair);
    if (field.type !== 'leaf' && !key.commentBefore)
      key.commentBefore = SECTION_COMMENTS[field.key] ?? ` ${field.title}`;
    if (index > 0) key.spaceBefore = true;
    annotateValue(doc, pair.value, field);
  });
}

function annotateValue(doc: Document, node: unknown, field: Field): void {
  if (field.type === 'group' && isMap(node)) annotateMap(doc, node, field.fields);
  if (field.type === 'list' && isSeq(node))
    for (const item of node.items) if (isMap(item)) annotateMap(doc, item, field.item, item);
}

/** `item` is the list item the map is, when it is one: the first key's comment goes above the "- ". */
function annotateMap(doc: Document, map: YAMLMap, fields: Field[], item?: YAMLMap): void {
  map.items.forEach((pair, index) => {
    const field = fields.find((f) => f.key === keyOf(pair));
    if (!field) return;
    if (field.type !== 'leaf') return annotateValue(doc, pair.value, field);
    if (field.values.length === 0) return;
    const inline = isScalar(pair.value) && pair.value.comment;
    if (field.values.length > LISTED_VALUES && inline) return;
    const words =
      field.values.length > LISTED_VALUES
        ? `one of ${field.values.length} codes, e.g. ${field.values[0]} (\`pmhc schema\` lists them)`
        : `${field.kind === 'choices' ? 'any of' : 'one of'}: ${field.values.join(', ')}`;
    const holder: Node = index === 0 && item ? item : keyNode(doc, pair);
    const comment = wrap(words);
    if (!holder.commentBefore?.includes(comment))
      holder.commentBefore = [holder.commentBefore, comment].filter(Boolean).join('\n');
  });
}

function keyOf(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

function keyNode(doc: Document, pair: Pair): Node {
  if (!isScalar(pair.key)) pair.key = doc.createNode(pair.key);
  return pair.key as Node;
}
