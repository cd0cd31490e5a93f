import type { Block, Inline } from '../../ast/types.js';
import { plainText } from '../../ast/plain-text.js';
import { blocksFromMarkdown } from '../../ast/from-markdown.js';
import type { Routing } from '../routing.js';
import { packetAcronyms } from '../../document/expand-acronyms.js';
import { wrongProtocolName } from './protocol-name.js';

/** A document that states a routing rule other than the computed one. */
export interface RoutingProblem {
  document: string;
  message: string;
}

/** The plain text of Markdown the routing model wrote (blanks as [LABEL]), for comparison. */
function plainOf(markdown: string): string {
  const blocks = blocksFromMarkdown(`1. ${markdown}`);
  return sentencesOf(blocks).join(' ').trim();
}

/** A sentence that says how a person is transported to care by default. */
const TRANSPORT_CLAIM =
  /\b(?:is|are|be)\s+(?:usually\s+|normally\s+)?(?:taken|transported|transferred)\s+(?:to\s+(?:the|a)\s+[\w -]{0,40}?\s+)?by\s+(?:ambulance|emergency medical services|EMS|contracted secure transport|a behavioral-health team vehicle|an? (?:Agency|law-enforcement) vehicle|the officer)|\bdecides? case by case\b/i;

/** A sentence that says when a call transferred to 988 goes back to 911. */
const TRANSFER_BACK_CLAIM =
  /\bback to 911\b|\btakes? the call back\b|\bsends? (?:a|the) (?:transferred )?call back\b/i;
/** A sentence that says which officer is sent to a behavioral-health call. */
const CIT_DISPATCH_CLAIM = /\bsend(?:s|ing)? a CIT officer\b|\bCIT officer is sent\b/i;
/** A sentence that says who leads the engagement with the person on scene. */
const SCENE_LEAD_CLAIM = /\btakes? the lead\b|\bleads? (?:the|in) engag/i;

/**
 * Rules stated inside sentences whose framing differs by document (a duty, a request of a
 * non-signer, a description): each sentence that states one must carry the model's own words.
 */
function ruleClaims(routing: Routing): { rule: string; claim: RegExp; cores: string[] }[] {
  const verbPhrase = (markdown: string) => plainOf(markdown).replace(/\.$/, '');
  return [
    {
      rule: 'transfer-back rule',
      claim: TRANSFER_BACK_CLAIM,
      cores: [plainOf(routing.warmTransfer.fallbackWhen), verbPhrase(routing.warmTransfer.afterAcceptance)],
    },
    {
      rule: 'CIT dispatch rule',
      claim: CIT_DISPATCH_CLAIM,
      cores: routing.officers.citDispatch ? [plainOf(routing.officers.citDispatch)] : [],
    },
    {
      rule: 'rule on who leads on scene',
      claim: SCENE_LEAD_CLAIM,
      cores: routing.officers.sceneLead ? splitSentences(plainOf(routing.officers.sceneLead)) : [],
    },
  ];
}

/**
 * Holds every document to the computed routing: each sentence that states how a person is
 * transported must be the computed rule's own, and each routing, facility or hours table must be
 * the computed one, row for row.
 */
export function checkRouting(
  documents: { id: string; blocks: readonly Block[] }[],
  routing: Routing,
): RoutingProblem[] {
  const allowed = new Set(
    [routing.transport.custody, routing.transport.voluntary, routing.transport.never].flatMap((m) =>
      splitSentences(plainOf(m)),
    ),
  );
  const tiers = routing.tiers.map((t) => [t.name, plainOf(t.condition), plainOf(t.responders)].join(' | '));
  // With no facility in the answers, the table holds one blank row.
  const named = routing.destinations.facilities.map((f) => plainOf(f.name));
  const facilities = named.length > 0 ? named : ['[RECEIVING FACILITY]'];
  const hours = routing.teams.map((t) => [plainOf(t.title), plainOf(t.hours)].join(' | '));
  const claims = ruleClaims(routing);
  const problems: RoutingProblem[] = [];
  for (const { id, blocks } of documents) {
    const misnamed = allTextOf(blocks)
      .map((text) => wrongProtocolName(text, routing.protocol))
      .find((found) => found !== null);
    if (misnamed)
      problems.push({
        document: id,
        message: `calls the dispatch protocol “${misnamed}”; it is ${plainOf(routing.protocol.reference)}`,
      });
    for (const sentence of sentencesOf(blocks).flatMap(splitSentences)) {
      if (TRANSPORT_CLAIM.test(sentence) && !allowed.has(sentence))
        problems.push({
          document: id,
          message: `states a transport rule of its own: “${sentence}”; expected the program’s one rule: “${[...allowed][0]}”`,
        });
      for (const { rule, claim, cores } of claims)
        if (claim.test(sentence) && !cores.some((core) => sentence.includes(core)))
          problems.push({
            document: id,
            message: `states a ${rule} of its own: “${sentence}”; expected the program’s words: “${cores.join('” or “') || '(no such rule)'}”`,
          });
    }
    for (const table of tablesOf(blocks)) {
      const head = table.header.map(cell);
      const rows = table.rows.map((r) => r.map(cell));
      if (head[0] === 'Tier' && head.includes('Response'))
        compare(
          id,
          'routing table',
          rows.map((r) => r.join(' | ')),
          tiers,
          problems,
        );
      if (head[0] === 'Facility')
        compare(
          id,
          'facility list',
          rows.map((r) => r[0]!),
          facilities,
          problems,
        );
      if (head[0] === 'Responder' && head.includes('Hours'))
        compare(
          id,
          'hours table',
          rows.map((r) => r.join(' | ')),
          hours,
          problems,
        );
    }
  }
  return problems;
}

function compare(id: string, what: string, found: string[], expected: string[], problems: RoutingProblem[]) {
  const first = found.findIndex((row, i) => row !== expected[i]);
  if (first === -1 && found.length === expected.length) return;
  // Every row found matches: the first row missing (a longer table differs at its first extra row).
  const at = first === -1 ? found.length : first;
  problems.push({
    document: id,
    message: `its ${what} differs from the program’s at row ${at + 1}: “${found[at] ?? '(missing)'}”, expected “${expected[at] ?? '(none)'}”`,
  });
}

const cell = (content: Inline[]) => withoutExpansions(plainText(content).replace(/\s+/g, ' ').trim());

/** Text with the build's acronym expansions undone, so that a first use compares with any other. */
function withoutExpansions(text: string): string {
  let out = text;
  for (const [acronym, words] of Object.entries(packetAcronyms())) {
    // Both written forms hold the acronym itself: text without it has nothing to undo.
    if (!out.includes(acronym)) continue;
    out = out
      .split(`${words} (${acronym})`)
      .join(acronym)
      .split(`(${words}, ${acronym})`)
      .join(`(${acronym})`);
  }
  return out;
}

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?)])\s+(?=[A-Z“"(])/)
    .map((s) => withoutExpansions(s.replace(/\s+/g, ' ').trim()))
    .filter(Boolean);
}

/** The running text of clauses, paragraphs and list items (not tables or drafter's notes). */
function sentencesOf(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  const visit = (block: Block) => {
    if (block.type === 'clause') {
      out.push(plainText(block.content));
      block.children.forEach(visit);
    } else if (block.type === 'paragraph') out.push(plainText(block.content as Inline[]));
    else if (block.type === 'list') block.items.forEach((item) => item.forEach(visit));
  };
  blocks.forEach(visit);
  return out;
}

/** Every text of a document, tables and headings included (a title names the protocol too). */
function allTextOf(blocks: readonly Block[]): string[] {
  const out: string[] = [...sentencesOf(blocks)];
  const visit = (block: Block) => {
    if (block.type === 'heading') out.push(plainText(block.content));
    else if (block.type === 'clause') block.children.forEach(visit);
  };
  blocks.forEach(visit);
  for (const table of tablesOf(blocks)) {
    for (const row of [table.header, ...table.rows]) out.push(...row.map((c) => plainText(c)));
  }
  return out;
}

function tablesOf(blocks: readonly Block[]): Extract<Block, { type: 'table' }>[] {
  const out: Extract<Block, { type: 'table' }>[] = [];
  const visit = (block: Block) => {
    if (block.type === 'table') out.push(block);
    else if (block.type === 'clause') block.children.forEach(visit);
    else if (block.type === 'list') block.items.forEach((item) => item.forEach(visit));
  };
  blocks.forEach(visit);
  return out;
}
