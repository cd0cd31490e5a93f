import type { Answers } from '../answers/schema.js';
import { normalizeAnswers } from '../answers/normalize.js';
import { pointsOf, type AssessmentStatus } from './items.js';

/**
 * Ratings that the rest of the answers file seems to contradict: a self-assessment is a
 * person's view, so the report asks the committee to look again rather than changing the score.
 */
interface RatingCheck {
  item: string;
  /** The rating is doubtful when this says so, given the answers. */
  doubt: (answers: Answers, status: AssessmentStatus | null) => string | null;
}

const high = (status: AssessmentStatus | null) => pointsOf(status) >= pointsOf('in-place');
const low = (status: AssessmentStatus | null) => pointsOf(status) === 0;

const CHECKS: RatingCheck[] = [
  {
    item: 'e5_emergency_holds',
    doubt: (answers, status) =>
      high(status) && normalizeAnswers(answers, '').derived.hold.needsCounsel
        ? 'rated in place, but the answers file does not yet hold counsel-verified emergency-hold facts for the state'
        : null,
  },
  {
    item: 'e6_transport',
    doubt: (answers, status) =>
      low(status) && answers.disposition.transport_mode !== null
        ? 'rated not started, but the answers file already says who transports people to care'
        : null,
  },
  {
    item: 'e6_custodial_transfer',
    doubt: (answers, status) =>
      low(status) && answers.disposition.custodial_transfer_target_minutes !== null
        ? `rated not started, but the answers file already sets a ${answers.disposition.custodial_transfer_target_minutes}-minute hand-over target`
        : null,
  },
  {
    item: 'e8_follow_up',
    doubt: (answers, status) =>
      low(status) && answers.disposition.follow_up_days !== null
        ? `rated not started, but the answers file already sets follow-up within ${answers.disposition.follow_up_days} days`
        : null,
  },
  {
    item: 'e3_refreshers',
    doubt: (answers, status) =>
      low(status) && answers.training.in_service_hours !== null && answers.training.in_service_hours > 0
        ? 'rated not started, but the answers file already sets annual in-service hours'
        : null,
  },
  {
    item: 'e10_sustainability',
    doubt: (answers, status) =>
      low(status) && answers.funding.sources.length > 0
        ? 'rated not started, but the answers file already lists funding sources'
        : null,
  },
];

/** Doubtful ratings by item id, each with the reason in words. */
export function ratingDoubts(
  answers: Answers,
  statusOf: (id: string) => AssessmentStatus | null,
): Map<string, string> {
  const doubts = new Map<string, string>();
  for (const check of CHECKS) {
    const reason = check.doubt(answers, statusOf(check.item));
    if (reason) doubts.set(check.item, reason);
  }
  return doubts;
}
