import type { Model } from '../../answers/normalize.js';
import type { Team, TeamId } from './teams.js';

/** One row of the routing table that every document states the same way. */
export interface Tier {
  id: 'emergency' | 'elevated' | 'outreach' | 'in-person' | 'telephone' | 'other';
  name: string;
  /** When a call fits the row. */
  condition: string;
  /** Who responds, in order of preference: the first on duty and available. */
  responders: string;
  /** The teams of the row, in that order (for the consistency check and the availability board). */
  teams: TeamId[];
}

/**
 * The tiers, from the most to the least intensive: a call goes to the first row whose condition
 * fits, so that it gets a less intensive response only when no row above fits it. A row exists
 * only when the program has a responder for it.
 */
export function tiersOf(model: Model, teams: Team[]): Tier[] {
  const has = (id: TeamId) => teams.some((t) => t.id === id);
  const onCall = model.program.co_responder_mode === 'on-call';
  const detention = model.derived.stateLaw.terms.detention ?? 'an emergency hold';
  const tiers: Tier[] = [
    {
      id: 'emergency',
      name: 'Emergency',
      condition:
        'A safety exclusion applies, someone needs emergency medical care, or someone is attempting suicide or harm to others, or intends it now with the means at hand.',
      responders: `Patrol officers at emergency priority${has('cit') ? ', with a CIT officer if one is on duty' : ''}, and emergency medical services when someone needs medical care.`,
      teams: ['patrol', ...(has('cit') ? (['cit'] as TeamId[]) : [])],
    },
  ];
  const elevated: TeamId[] = [
    ...(has('co-responder') ? (['co-responder'] as TeamId[]) : []),
    ...(has('cit') ? (['cit'] as TeamId[]) : []),
  ];
  if (elevated.length > 0)
    tiers.push({
      id: 'elevated',
      name: 'Elevated risk',
      condition: `The person has threatened to harm, or may harm, themselves or others, or may meet the criteria for ${detention}, but no emergency condition applies.`,
      responders: `${preference([
        ...(has('co-responder')
          ? [onCall ? 'an officer, who calls the on-call co-responder clinician' : 'the co-responder team']
          : []),
        ...(has('cit') ? ['a CIT officer with a cover officer'] : []),
        'patrol officers',
      ])}.`,
      teams: [...elevated, 'patrol'],
    });
  if (model.derived.responseModels.includes('homeless-outreach'))
    tiers.push({
      id: 'outreach',
      name: 'Outreach',
      condition:
        'A person experiencing homelessness needs services but is not in crisis, and no crime requires a response.',
      responders:
        'The homeless outreach team during its hours; otherwise the request is recorded for its next shift.',
      teams: [],
    });
  const inPerson: TeamId[] = (['mobile-crisis', 'community-responder'] as TeamId[]).filter(has);
  if (inPerson.length > 0)
    tiers.push({
      id: 'in-person',
      name: 'In-person support',
      condition: 'The person needs help in person; no weapon, threat to others or crime is reported.',
      responders: `${preference(inPerson.map((id) => `${teams.find((t) => t.id === id)!.name}, without officers`))}; when none is available, the next tier up.`,
      teams: inPerson,
    });
  const phone: TeamId[] = (['embedded-911-clinician', '988-center'] as TeamId[]).filter(has);
  if (phone.length > 0)
    tiers.push({
      id: 'telephone',
      name: 'Telephone support',
      condition: 'The person is safe, wants to talk with someone, and no one needs help in person.',
      responders: `${preference(phone.map((id) => (id === '988-center' ? 'a counselor of the 988 center, by warm transfer' : 'the clinician in the 911 center')))}.`,
      teams: phone,
    });
  tiers.push({
    id: 'other',
    name: 'Any other behavioral-health call',
    condition: 'No tier above fits.',
    responders: 'Patrol officers, who ask for a specialized responder when one is available.',
    teams: ['patrol'],
  });
  return tiers;
}

/** "A; otherwise B; otherwise C", capitalized. */
function preference(items: string[]): string {
  const text = items.join('; otherwise ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
