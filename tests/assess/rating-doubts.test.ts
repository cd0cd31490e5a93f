import { describe, expect, it } from 'vitest';
import { ratingDoubts } from '../../src/assess/checks.js';
import type { AssessmentStatus } from '../../src/assess/items.js';
import { answersSchema } from '../../src/answers/schema.js';
import { exampleInput } from '../support/render.js';

// Harlan's answers set transport, a hand-over target, follow-up days, in-service hours and two
// funding sources: a rating of "not started" for any of those contradicts them.
const answers = answersSchema.parse(exampleInput('harlan-county-rural'));
const rated = (status: AssessmentStatus | null) => ratingDoubts(answers, () => status);

describe('ratings the answers contradict', () => {
  it('should question each item rated not started that the answers already settle', () => {
    const doubts = rated('not-started');
    expect(doubts.get('e6_transport')).toBe(
      'rated not started, but the answers file already says who transports people to care',
    );
    expect(doubts.get('e6_custodial_transfer')).toBe(
      'rated not started, but the answers file already sets a 30-minute hand-over target',
    );
    expect(doubts.get('e8_follow_up')).toBe(
      'rated not started, but the answers file already sets follow-up within 7 days',
    );
    expect(doubts.get('e3_refreshers')).toBe(
      'rated not started, but the answers file already sets annual in-service hours',
    );
    expect(doubts.get('e10_sustainability')).toBe(
      'rated not started, but the answers file already lists funding sources',
    );
  });

  it('should count an item left unrated as not started', () => {
    expect([...rated(null).keys()]).toEqual(expect.arrayContaining(['e6_transport', 'e10_sustainability']));
  });

  it('should not question a rating of planning, nor not started where the answers are open', () => {
    expect([...rated('planning').keys()]).toEqual([]);
    const open = answersSchema.parse({
      ...exampleInput('harlan-county-rural'),
      disposition: {
        ...exampleInput('harlan-county-rural').disposition,
        transport_mode: null,
        custodial_transfer_target_minutes: null,
        follow_up_days: null,
      },
      training: { ...exampleInput('harlan-county-rural').training, in_service_hours: 0 },
      funding: { ...exampleInput('harlan-county-rural').funding, sources: [] },
    });
    expect([...ratingDoubts(open, () => 'not-started').keys()]).toEqual([]);
  });
});
