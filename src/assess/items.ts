/**
 * The self-assessment's items: one statement a program can say is true of itself, under each of
 * the ten essential elements. Written in this project's own words from the essential elements
 * (CSG Justice Center, 2008) and the six questions of the CSG Justice Center's PMHC framework
 * (2019) and self-assessment (2020); see templates/readiness-report's front matter.
 *
 * `covers` names the packet documents and the section (a heading's words) that put the item in
 * writing, so that a gap can point at the draft that closes it. A test checks that every section
 * named here exists in some example's drafts, so a renamed heading cannot silently orphan an item.
 */

export interface AssessmentItem {
  /** The answers key under `assessment:`, e.g. `e1_steering_committee`. */
  id: string;
  /** Essential element 1-10. */
  element: number;
  /** The statement, as the interview asks it and the report prints it. */
  text: string;
  /** Empty where no packet document can put the item in writing (services that must exist, a funding plan). */
  covers: { document: string; section: string }[];
}

const item = (
  id: string,
  element: number,
  text: string,
  ...covers: [document: string, section: string][]
): AssessmentItem => ({
  id,
  element,
  text,
  covers: covers.map(([document, section]) => ({ document, section })),
});

const COORDINATION = 'crisis-coordination-mou';
const CO_RESPONDER = 'co-responder-mou';
const CIT = 'cit-mou';
const CRISIS = 'crisis-response-policy';
const CUSTODY = 'custody-transport-policy';
const DISPATCH = 'dispatch-protocol';
const ISA = 'information-sharing-agreement';
const MEASURES = 'performance-measurement-plan';
const TRAINING = 'training-plan';

export const ASSESSMENT_ITEMS: readonly AssessmentItem[] = [
  item(
    'e1_steering_committee',
    1,
    'A steering group of the agency, behavioral-health partners and people with lived experience meets on a set schedule.',
    [CO_RESPONDER, 'Governance'],
    [CIT, 'Governance'],
    [COORDINATION, 'Governance'],
  ),
  item(
    'e1_leadership_commitment',
    1,
    'The agency head and each partner’s leader have committed to the program in writing.',
    [CO_RESPONDER, 'Signatures'],
    [CIT, 'Signatures'],
    [COORDINATION, 'Signatures'],
  ),
  item(
    'e1_community_input',
    1,
    'Residents, advocates and people who have used crisis services help shape the program.',
  ),
  item(
    'e2_problem_defined',
    2,
    'The program’s goals rest on local data about behavioral-health calls and the people involved.',
    [MEASURES, 'Baseline'],
    [CO_RESPONDER, 'Purpose and Goals'],
  ),
  item(
    'e2_model_chosen',
    2,
    'The response model, its hours, service area and eligible calls are decided and written down.',
    [CO_RESPONDER, 'Program Model and Scope'],
    [CIT, 'Structure of the CIT Program'],
  ),
  item(
    'e2_roles_defined',
    2,
    'Who leads at the scene, and when officers or clinicians step back, is agreed.',
    [CO_RESPONDER, 'Roles at the Scene'],
  ),
  item(
    'e3_core_training',
    3,
    'Officers who answer these calls have completed crisis-intervention or de-escalation training.',
    [TRAINING, 'Training Matrix'],
    [CIT, 'Training'],
  ),
  item(
    'e3_dispatcher_training',
    3,
    'Call-takers and dispatchers are trained to recognize and code behavioral-health calls.',
    [TRAINING, 'Training Matrix'],
    [DISPATCH, 'Dispatcher Training'],
  ),
  item(
    'e3_refreshers',
    3,
    'Refresher training and cross-training with clinicians happen on a schedule.',
    [TRAINING, 'Refreshers and Roll-Call Modules'],
    [TRAINING, 'Cross-Training'],
  ),
  item('e4_call_codes', 4, 'Behavioral-health calls have their own call categories or codes in dispatch.', [
    DISPATCH,
    'Call Categories and CAD Codes',
  ]),
  item(
    'e4_screening',
    4,
    'Call-takers ask set screening questions and route calls by tier, including to 988.',
    [DISPATCH, 'Screening Questions'],
    [DISPATCH, 'Triage Tiers'],
    [COORDINATION, 'Call Categories and Triage Tiers'],
  ),
  item(
    'e4_warm_transfer',
    4,
    '911 can transfer a call to 988 without the caller starting over, and 988 can relay a call with imminent risk to 911.',
    [COORDINATION, 'Warm Transfer'],
    [COORDINATION, 'Relay from 988'],
    [DISPATCH, 'Warm Transfer'],
    [DISPATCH, 'Relay from 988'],
  ),
  item(
    'e5_on_scene_assessment',
    5,
    'Responders share one set of criteria for choosing a disposition at the scene.',
    [CRISIS, 'Disposition Options'],
  ),
  item(
    'e5_alternatives_to_arrest',
    5,
    'Responders can choose options other than arrest or an emergency hold, and use them.',
    [CRISIS, 'Disposition Options'],
    [CIT, 'Referral and Custodial Transfer'],
  ),
  item(
    'e5_emergency_holds',
    5,
    'The agency’s rules for emergency holds follow state law and are known to officers.',
    [CUSTODY, 'Initiating'],
    [CRISIS, 'Emergency Holds'],
  ),
  item(
    'e6_receiving_facilities',
    6,
    'There is an agreed list of places that accept people in crisis, with their hours.',
    [CUSTODY, 'Receiving Facilities'],
  ),
  item(
    'e6_transport',
    6,
    'How people are transported, by whom and in what vehicle, is set out.',
    [CUSTODY, 'Transport'],
    [CO_RESPONDER, 'Emergency Holds, Transport and Custodial Transfer'],
  ),
  item(
    'e6_custodial_transfer',
    6,
    'Officers can hand a person over at the receiving facility within a target time.',
    [CUSTODY, 'Custodial Transfer'],
    [CIT, 'Referral and Custodial Transfer'],
  ),
  item(
    'e7_sharing_agreement',
    7,
    'An information-sharing agreement says who shares what, why, and on what legal basis.',
    [ISA, 'Data Flows and Legal Bases'],
  ),
  item(
    'e7_consent',
    7,
    'A consent form is used where the law requires a person’s written permission to share.',
    [ISA, 'Consent, Authorization and Revocation'],
    ['consent-to-release', 'Signature'],
  ),
  item(
    'e7_privacy_training',
    7,
    'Staff who see shared information know the privacy rules and who their privacy officer is.',
    [ISA, 'Personnel'],
    [ISA, 'Privacy Officers and Audits'],
  ),
  item(
    'e8_service_array',
    8,
    'Crisis lines, mobile crisis, crisis stabilization and outpatient care are available locally.',
  ),
  item(
    'e8_follow_up',
    8,
    'People seen by the program get follow-up and a referral they can use.',
    [CO_RESPONDER, 'Follow-Up and Referrals'],
    [CRISIS, 'Follow-Up and Referrals'],
  ),
  item(
    'e8_special_populations',
    8,
    'Responses fit youth, veterans, people with intellectual and developmental disabilities, and people without housing.',
    [CRISIS, 'Special Populations'],
    ['idd-encounter-policy', 'Policy'],
    ['homeless-outreach-policy', 'Policy'],
  ),
  item(
    'e9_policy_adopted',
    9,
    'The agency has adopted a written order for behavioral-health calls.',
    [CRISIS, 'Policy'],
    [CRISIS, 'Approval'],
  ),
  item(
    'e9_supervision',
    9,
    'Supervisors review these calls and support officers and clinicians after critical incidents.',
    [CRISIS, 'Supervisor Review'],
    [CO_RESPONDER, 'Staffing and Supervision'],
  ),
  item(
    'e9_resources',
    9,
    'The program has staff time, equipment and funding assigned to it.',
    [CO_RESPONDER, 'Funding, Equipment and Space'],
    [CIT, 'Costs and Funding'],
  ),
  item(
    'e10_data_collected',
    10,
    'The program collects the data that its performance-measurement plan names, from the sources it names.',
    [MEASURES, 'Measures'],
    [MEASURES, 'Data Sources'],
  ),
  item(
    'e10_reviewed',
    10,
    'The steering group reviews the data at least twice a year and changes practice on what it finds.',
    [MEASURES, 'Reporting'],
    [MEASURES, 'Continuous Quality Improvement'],
  ),
  item('e10_sustainability', 10, 'There is a plan to keep the program going when current grants end.'),
];

/** The four points of the scale, lowest first, with the words the report uses. */
export const ASSESSMENT_STATUSES = {
  'not-started': 'Not started',
  planning: 'Planning',
  'in-place': 'In place',
  reviewed: 'Reviewed within a year',
} as const;

export type AssessmentStatus = keyof typeof ASSESSMENT_STATUSES;
export const STATUS_VALUES = Object.keys(ASSESSMENT_STATUSES) as [AssessmentStatus, ...AssessmentStatus[]];

/** Points per status: 0 to 3. An item not answered counts as not started. */
export function pointsOf(status: AssessmentStatus | null): number {
  return status === null ? 0 : STATUS_VALUES.indexOf(status);
}
