import type { Model } from '../../answers/normalize.js';
import { joinList } from '../../templating/helpers/words.js';

/**
 * Which officer the 911 center sends, and who leads on scene: one rule each for the packet
 * (counsel cold reads, Brazos Bend, December 2026: the CIT MOU sent a CIT officer "even if another
 * officer is closer" while the routing table did not say so, and the co-responder MOU, the CIT MOU
 * and the crisis-response order each gave the lead on scene to someone else).
 */
export interface OfficerRules {
  /** Where a tier sends an officer, which one (one sentence, no duty on anyone); '' without CIT. */
  citDispatch: string;
  /** Who commands the scene and who leads the engagement with the person (sentences); '' when no one specialized responds. */
  sceneLead: string;
}

/** The teams whose clinicians work with the person on scene, by the program's models. */
const CLINICIAN_TEAMS: [string, string][] = [
  ['co-responder', 'the co-responder team'],
  ['mobile-crisis', 'the mobile crisis team'],
];

export function officerRulesOf(model: Model): OfficerRules {
  const models = model.derived.responseModels;
  // A training-only program trains CIT officers too, and its orders send them.
  const cit = models.includes('cit') || models.includes('training-only');
  const teams = CLINICIAN_TEAMS.filter(([id]) => models.includes(id)).map(([, name]) => name);
  const citDispatch = cit
    ? 'Wherever the routing table of the call-taking and dispatch protocol sends an officer to a behavioral-health call, the officer sent is a CIT officer whenever one is on duty and available, even if another officer is closer, unless the delay would put someone at risk; if none is available, the next available officer is sent, the shift supervisor is told, and a CIT officer is sent to assist when one becomes available if the call is still active.'
    : '';
  if (!cit && teams.length === 0) return { citDispatch, sceneLead: '' };
  const command =
    'Safety and command of the scene rest with the senior officer present (a supervisor, if one is on scene), who also decides any law-enforcement action and may take over the engagement at any time for safety reasons.';
  const clinician =
    teams.length > 0
      ? `Once that officer judges the scene safe, a clinician of ${joinList(teams, 'or')} who is engaged with the person, in person or by telephone or video, leads the engagement with the person, including assessment, crisis intervention, safety planning and referral${cit ? '; when no such clinician is engaged, a CIT officer on scene leads it' : ''}.`
      : 'A CIT officer on scene leads the engagement with the person, even if another officer arrived first.';
  return { citDispatch, sceneLead: `${command} ${clinician}` };
}
