import type { Model } from '../../answers/normalize.js';
import { blankMarkdown } from '../../templating/helpers/words.js';
import type { LegalParty } from '../parties.js';

/** The responders a behavioral-health call can be sent to. */
export type TeamId =
  | 'patrol'
  | 'cit'
  | 'co-responder'
  | 'mobile-crisis'
  | 'community-responder'
  | 'embedded-911-clinician'
  | '988-center';

/** One responder: who it is, who operates it, and its own hours (never another team's). */
export interface Team {
  id: TeamId;
  /** What the documents call it, in lower case ("the mobile crisis team"). */
  name: string;
  /** The same as a table heading ("Mobile crisis team"). */
  title: string;
  /** The organizations that operate it (names, Markdown), or a blank. */
  operatedBy: string;
  /** The operating parties, for duties (empty when an outsider or unknown). */
  operators: LegalParty[];
  hours: string;
}

type HoursKey = keyof Model['program']['team_hours'];

/**
 * The responders of the crisis system. Each team's hours are its own: the answers' `team_hours`
 * entry, else the program's hours for the program's own team only (`derived.programTeam`), else a
 * blank; patrol answers at all hours and CIT officers whenever one is on duty.
 */
export function teamsOf(model: Model): Team[] {
  const has = (id: string) => model.derived.responseModels.includes(id);
  const parties = model.derived.partyModel;
  const lead = parties.lead;
  const employer = model.derived.clinicianEmployer;
  const hoursOf = (key: HoursKey, label: string) =>
    model.program.team_hours[key] ??
    (model.derived.programTeam === key ? model.program.hours : null) ??
    blankMarkdown(label);
  const names = (list: LegalParty[], blank: string) =>
    list.length > 0 ? list.map((p) => p.name).join(' and ') : blankMarkdown(blank);
  const teams: Omit<Team, 'title'>[] = [
    {
      id: 'patrol',
      name: 'patrol officers',
      operatedBy: lawNames(parties.lawEnforcement),
      operators: parties.lawEnforcement,
      hours: 'at all hours',
    },
  ];
  if (has('cit') || has('training-only'))
    teams.push({
      id: 'cit',
      name: 'a CIT officer',
      operatedBy: lawNames(parties.lawEnforcement),
      operators: parties.lawEnforcement,
      hours: 'whenever one is on duty',
    });
  if (has('co-responder')) {
    // By id: the escaped model holds separate copies of each party, so the lead as employer is
    // another object than the lead.
    const operators = employer && employer.id !== lead.id ? [lead, employer] : [lead];
    teams.push({
      id: 'co-responder',
      name:
        model.program.co_responder_mode === 'on-call'
          ? 'the on-call co-responder clinician with an officer'
          : 'the co-responder team',
      // Never empty: the lead agency is always one of them.
      operatedBy: operators.map((p) => p.name).join(' and '),
      operators,
      hours: hoursOf('co-responder', 'HOURS OF THE CO-RESPONDER TEAM'),
    });
  }
  if (has('mobile-crisis'))
    teams.push({
      id: 'mobile-crisis',
      name: 'the mobile crisis team',
      operatedBy: names(parties.mobileCrisis, 'MOBILE CRISIS PROVIDER'),
      operators: parties.mobileCrisis,
      hours: hoursOf('mobile-crisis', 'HOURS OF THE MOBILE CRISIS TEAM'),
    });
  if (has('community-responder'))
    teams.push({
      id: 'community-responder',
      name: 'the civilian community responders',
      operatedBy: blankMarkdown('ORGANIZATION THAT RUNS THE COMMUNITY RESPONDERS'),
      operators: [],
      hours: hoursOf('community-responder', 'HOURS OF THE COMMUNITY RESPONDERS'),
    });
  if (has('embedded-911-clinician'))
    teams.push({
      id: 'embedded-911-clinician',
      name: 'the clinician in the 911 center',
      operatedBy: employer ? employer.name : blankMarkdown('EMPLOYER OF THE EMBEDDED CLINICIANS'),
      operators: employer ? [employer] : [],
      hours: hoursOf('embedded-911-clinician', 'HOURS OF THE CLINICIANS IN THE 911 CENTER'),
    });
  if (model.dispatch.link_988 !== 'none-yet') {
    const center = parties.center988;
    teams.push({
      id: '988-center',
      name: 'the 988 center',
      operatedBy: center?.name ?? model.dispatch.center_988_name ?? blankMarkdown('988 CENTER'),
      operators: center ? [center] : [],
      hours: hoursOf('988-center', 'HOURS THE 988 CENTER ANSWERS'),
    });
  }
  return teams.map((t) => ({ ...t, title: titleOf(t.name) }));
}

/** "the mobile crisis team" as "Mobile crisis team", "a CIT officer" as "CIT officer". */
function titleOf(name: string): string {
  const bare = name.replace(/^(the|a|an) /, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

function lawNames(list: LegalParty[]): string {
  return list.map((p) => p.name).join(', ');
}
