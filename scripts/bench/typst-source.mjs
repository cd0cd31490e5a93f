// The text of one of our Documents as Typst markup, set like our PDF (letter, 1in margins,
// Source Serif 4 at 11 pt, justified, with a running header and page numbers): the typst peer
// in the bench typesets the same words we do. Typst also hyphenates and breaks lines optimally.

/** A Typst string literal: text never parsed as markup. */
const str = (text) => `#${JSON.stringify(text)}`;

function inline(nodes) {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return str(node.value);
        case 'strong':
          return `#strong[${inline(node.content)}]`;
        case 'emphasis':
          return `#emph[${inline(node.content)}]`;
        case 'definedTerm':
          return node.defining ? `#strong[${str(`\u201c${node.term}\u201d`)}]` : str(node.term);
        case 'blank':
          return `#highlight[#strong[${str(`[${node.label}]`)}]]`;
        case 'lineBreak':
          return ' \\\n';
        default:
          return '';
      }
    })
    .join('');
}

function block(node) {
  switch (node.type) {
    case 'heading':
      return `#heading(level: ${node.level})[${inline(node.content)}]\n`;
    case 'clause': {
      const head =
        node.level === 1
          ? `#heading(level: 2)[${str(`${node.number}. `)}${inline(node.content)}]\n`
          : `#par[#strong[${str(node.number)}] #h(1em) ${inline(node.content)}]\n`;
      return `${head}\n${node.children.map(block).join('\n')}`;
    }
    case 'paragraph':
      return `${inline(node.content)}\n`;
    case 'list': {
      const items = node.items.map((item) => `[${item.map(block).join('\n')}]`).join(', ');
      return `#${node.ordered ? 'enum' : 'list'}(${items})\n`;
    }
    case 'table': {
      const cells = [node.header, ...node.rows].flatMap((row) => row.map((cell) => `[${inline(cell)}]`));
      return `#table(columns: ${node.header.length}, ${cells.join(', ')})\n`;
    }
    case 'signatureBlock':
      return node.parties
        .map(
          (party) =>
            `#block(breakable: false)[#strong[${inline(party.organization)}] \\\n By: #box(width: 3in, repeat[\\_]) \\\n Name: ${inline(party.name)} \\\n Title: ${inline(party.title)} \\\n Date:]\n`,
        )
        .join('\n');
    case 'drafterNote':
      return `#block(fill: luma(245), inset: 6pt)[#emph[${str("Drafter's note: ")}${inline(node.content)}]]\n`;
    case 'notice':
      return `#block(fill: luma(240), stroke: 0.5pt, inset: 8pt)[${node.content.map(block).join('\n')}]\n`;
    case 'pageBreak':
      return '#pagebreak()\n';
    default:
      return '';
  }
}

/** A whole Typst file for `doc`. */
export function typstSource(doc) {
  return [
    '#set page(paper: "us-letter", margin: 1in,',
    `  header: [#set text(size: 8pt); #emph[${str(doc.meta.title)}] #h(1fr) #text(fill: red)[*DRAFT*]],`,
    '  footer: context [#set text(size: 8pt); #h(1fr) Page #counter(page).display() of #counter(page).final().first() #h(1fr)])',
    `#set document(title: ${JSON.stringify(doc.meta.title)}, author: ${JSON.stringify(doc.meta.author)})`,
    '#set text(font: "Source Serif 4", size: 11pt, lang: "en", hyphenate: true)',
    '#set par(justify: true, leading: 0.45em)',
    '',
    ...doc.blocks.map(block),
  ].join('\n');
}
