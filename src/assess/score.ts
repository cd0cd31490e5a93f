import type { Block } from '../ast/types.js';
import { plainText } from '../ast/plain-text.js';
import { ESSENTIAL_ELEMENTS } from '../answers/enums.js';
import type { Answers } from '../answers/schema.js';
import { ratingDoubts } from './checks.js';
import { ASSESSMENT_ITEMS, ASSESSMENT_STATUSES, pointsOf, type AssessmentStatus } from './items.js';

/** A packet draft as the assessment sees it: its id, title, elements, blocks and open items. */
export interface DraftForAssessment {
  id: string;
  title: string;
  elements: number[];
  blocks: readonly Block[];
  openItems: readonly { label: string; sections: readonly string[] }[];
}

/** A section of a draft that puts an item in writing. */
interface Place {
  draft: DraftForAssessment;
  /** The clause number, or null for an unnumbered heading (an order's Approval block). */
  number: string | null;
  heading: string;
}

const describePlace = ({ draft, number, heading }: Place) =>
  number === null ? `${draft.title}, ${heading}` : `${draft.title}, Section ${number} (${heading})`;

/** The open items that a draft lists in the section (or its subclauses). */
function openItemsIn({ draft, number }: Place): string[] {
  if (number === null) return [];
  return draft.openItems
    .filter((item) => item.sections.some((s) => s === number || s.startsWith(`${number}.`)))
    .map((item) => `${item.label} (${draft.title}, Section ${number})`);
}

export interface ItemResult {
  id: string;
  text: string;
  status: string;
  evidence: string | null;
  owner: string | null;
  /** Not yet in place: the item is a gap to close. */
  gap: boolean;
  /** Where the packet puts the item in writing, e.g. "Co-Responder Program MOU, Section 15 (Governance)". */
  addressedBy: string[];
  /** The open items of those sections: what blocks the item until it is filled in. */
  blockedBy: string[];
  /** Status at the earlier revision, when comparing; null if that revision had no answer. */
  earlierStatus: string | null;
  moved: boolean;
  /** Given a rating in the answers (an item left out counts as not started). */
  rated: boolean;
  /** Why the rest of the answers file makes the rating doubtful, or null. */
  doubt: string | null;
  /** 0-3, for ordering the gaps. */
  points: number;
}

export interface ElementResult {
  number: number;
  name: string;
  /** 0-100: points earned over the points possible (3 an item). */
  score: number;
  earlierScore: number | null;
  items: ItemResult[];
  gaps: ItemResult[];
  /** The open items in the sections that address this element's gaps. */
  openItems: string[];
  /** The packet's drafts whose front matter says they address this element. */
  documents: string[];
}

export interface AssessmentReport {
  /** Items with a status given. */
  answered: number;
  total: number;
  overall: number;
  earlierOverall: number | null;
  /** The earlier revision compared with (`--since`), or null. */
  since: string | null;
  elements: ElementResult[];
  /** Items whose status changed since the earlier revision. */
  moved: ItemResult[];
  /** Every gap, element by element, for the action plan. */
  gaps: { element: string; text: string; status: string; owner: string | null }[];
  /** When and by whom the ratings were given, as the answers say. */
  assessedOn: string | null;
  assessedBy: string | null;
  /** Items the answers leave unrated. */
  unrated: string[];
  /** Elements at or above "every item in place" (67%). */
  strengths: string[];
  /** Up to five gaps to start with: the lowest-rated first, in element order. */
  priorities: { element: string; text: string; status: string }[];
  /** Ratings the rest of the answers file seems to contradict. */
  doubts: { text: string; reason: string }[];
}

type ItemAnswer = { status: AssessmentStatus | null; evidence: string | null; owner: string | null };

function answerOf(answers: Answers, id: string): ItemAnswer {
  const entry = (answers.assessment as unknown as Record<string, ItemAnswer | undefined>)[id];
  return entry ?? { status: null, evidence: null, owner: null };
}

const labelOf = (e: { number: number; name: string }) => `${e.number}. ${e.name}`;

const percent = (points: number, items: number) =>
  items === 0 ? 0 : Math.round((100 * points) / (3 * items));

/**
 * Scores the answers' self-assessment element by element and points each gap at the packet's
 * drafts: the section that addresses it, or none. `earlier` is the same answers file at an
 * earlier revision, for `pmhc assess --since`.
 */
export function scoreAssessment(
  answers: Answers,
  drafts: readonly DraftForAssessment[],
  earlier: { answers: Answers; label: string } | null = null,
): AssessmentReport {
  const doubts = ratingDoubts(answers, (id) => answerOf(answers, id).status);
  const results = ASSESSMENT_ITEMS.map((item) => {
    const answer = answerOf(answers, item.id);
    const before = earlier ? answerOf(earlier.answers, item.id).status : null;
    const found = item.covers.flatMap(({ document, section }) => placeOf(drafts, document, section) ?? []);
    const places = found.filter(
      (p, i) => found.findIndex((q) => q.draft === p.draft && q.number === p.number) === i,
    );
    const result: ItemResult = {
      id: item.id,
      text: item.text,
      status: ASSESSMENT_STATUSES[answer.status ?? 'not-started'],
      evidence: answer.evidence,
      owner: answer.owner,
      gap: pointsOf(answer.status) < pointsOf('in-place'),
      addressedBy: places.map(describePlace),
      blockedBy: [...new Set(places.flatMap(openItemsIn))],
      earlierStatus: earlier ? ASSESSMENT_STATUSES[before ?? 'not-started'] : null,
      moved: earlier !== null && pointsOf(before) !== pointsOf(answer.status),
      rated: answer.status !== null,
      doubt: doubts.get(item.id) ?? null,
      points: pointsOf(answer.status),
    };
    return { item, answer, before, result };
  });
  const elements = Object.entries(ESSENTIAL_ELEMENTS).map(([n, name]): ElementResult => {
    const number = Number(n);
    const mine = results.filter((r) => r.item.element === number);
    const points = mine.reduce((sum, r) => sum + pointsOf(r.answer.status), 0);
    const earlierPoints = mine.reduce((sum, r) => sum + pointsOf(r.before), 0);
    const openItems = mine.filter((r) => r.result.gap).flatMap((r) => r.result.blockedBy);
    return {
      number,
      name,
      score: percent(points, mine.length),
      earlierScore: earlier ? percent(earlierPoints, mine.length) : null,
      items: mine.map((r) => r.result),
      gaps: mine.map((r) => r.result).filter((r) => r.gap),
      openItems: [...new Set(openItems)],
      documents: drafts.filter((d) => d.elements.includes(number)).map((d) => d.title),
    };
  });
  const all = results.map((r) => r.result);
  const meta = answers.assessment as { assessed_on?: string | null; assessed_by?: string | null };
  const total = results.length;
  const sumPoints = (pick: (r: (typeof results)[number]) => AssessmentStatus | null) =>
    results.reduce((sum, r) => sum + pointsOf(pick(r)), 0);
  return {
    answered: results.filter((r) => r.answer.status !== null).length,
    total,
    overall: percent(
      sumPoints((r) => r.answer.status),
      total,
    ),
    earlierOverall: earlier
      ? percent(
          sumPoints((r) => r.before),
          total,
        )
      : null,
    since: earlier?.label ?? null,
    elements,
    moved: all.filter((r) => r.moved),
    gaps: elements.flatMap((e) =>
      e.gaps.map((g) => ({ element: labelOf(e), text: g.text, status: g.status, owner: g.owner })),
    ),
    assessedOn: meta.assessed_on ?? null,
    assessedBy: meta.assessed_by ?? null,
    unrated: all.filter((r) => !r.rated).map((r) => r.text),
    strengths: elements.filter((e) => e.score >= 67).map(labelOf),
    priorities: elements
      .flatMap((e) =>
        e.gaps.map((g) => ({
          element: `Element ${e.number}, ${e.name}`,
          text: g.text,
          status: g.status,
          points: g.points,
        })),
      )
      .sort((a, b) => a.points - b.points)
      .slice(0, 5)
      .map(({ element, text, status }) => ({ element, text, status })),
    doubts: all.flatMap((r) => (r.doubt ? [{ text: r.text, reason: r.doubt }] : [])),
  };
}

/** The first level-1 clause or heading of the draft whose words contain `section`. */
function placeOf(drafts: readonly DraftForAssessment[], id: string, section: string): Place | null {
  const draft = drafts.find((d) => d.id === id);
  if (!draft) return null;
  const wanted = section.toLowerCase();
  for (const block of draft.blocks) {
    // Level-1 clauses are the sections; a heading other than the title is an unnumbered block (Approval).
    if (block.type !== 'clause' && !(block.type === 'heading' && block.level > 1)) continue;
    if (block.type === 'clause' && block.level !== 1) continue;
    const heading = plainText(block.content);
    if (!heading.toLowerCase().includes(wanted)) continue;
    return { draft, number: block.type === 'clause' ? block.number : null, heading };
  }
  return null;
}
