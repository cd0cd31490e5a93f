import { answersSchema, type AnswersInput } from '../../src/answers/schema.js';
import { normalizeAnswers } from '../../src/answers/normalize.js';
import { routingOf } from '../../src/legal/routing.js';
import { escapeDeep } from '../../src/templating/escape-markdown.js';

/**
 * The normalized answers of a small Texas county program whose sheriff runs the 911 center;
 * `change` edits the input before it is validated. Escaped, as templates see it.
 */
export function routingModelFor(change: (a: AnswersInput) => void = () => {}) {
  const input: AnswersInput = {
    jurisdiction: { name: 'Test County', state: 'TX' },
    lead_agency: {
      name: 'Test County Sheriff’s Office',
      short_name: 'TCSO',
      type: 'sheriff',
      roles: ['psap'],
    },
    partners: [
      {
        id: 'lmha',
        name: 'Test Center for Mental Health',
        short_name: 'TCMH',
        type: 'mental-health-authority',
        roles: ['mobile-crisis'],
        hipaa_status: 'covered-entity',
        part2_status: 'not-part2',
      },
    ],
    program: { models: ['co-responder'], hours: '8 a.m. to 8 p.m.' },
    dispatch: { center_name: 'TCSO Communications Division', link_988: 'warm-transfer' },
    staffing: { clinician_employer: 'lmha' },
  };
  change(input);
  return escapeDeep(normalizeAnswers(answersSchema.parse(input), '2026-12-01'));
}

/**
 * The routing model of that program (routingModelFor) for one document (`default`: the party
 * model's default).
 */
export function routingFor(
  change: (a: AnswersInput) => void = () => {},
  document = 'crisis-coordination-mou',
) {
  const model = routingModelFor(change);
  const parties = model.derived.partyModel;
  return routingOf(
    model,
    document === 'default' ? parties.byDefault : parties.documents[document as 'cit-mou'],
  );
}
