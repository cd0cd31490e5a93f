import { describe, expect, it } from 'vitest';
import { normalizeAnswers } from '../../src/answers/normalize.js';
import { answersSchema, type AnswersInput } from '../../src/answers/schema.js';
import { withLegalModel, type LegalModel } from '../../src/legal/legal-model.js';
import { escapeDeep } from '../../src/templating/escape-markdown.js';
import { exampleInput } from '../support/render.js';

/**
 * Table tests written from the rules, not from the drafts: who may receive CAD records, what a
 * hospital's staff and a sobering center are, and what may go to a 988 center that does or does
 * not sign (findings 5, 25, 35, 42 of the Mesa Verde cold read).
 */
function legalOf(example: string, mutate: (a: AnswersInput) => void = () => {}): LegalModel {
  const input = structuredClone(exampleInput(example));
  mutate(input);
  return withLegalModel(escapeDeep(normalizeAnswers(answersSchema.parse(input), '2026-12-01'))).legal;
}

const flowsOf = (legal: LegalModel) => [...legal.flowGroups.flatMap((g) => g.flows), ...legal.programFlows];
const CAD_RECORDS = 'CAD and RMS records of prior calls';

describe('CAD records go only to the clinicians’ employer, and only with CAD access', () => {
  // Tri-County: the hospital signs, the crisis center employs the clinicians, CAD access is true.
  const cases: [string, boolean, boolean][] = [
    // partner, CAD access, expects CAD records
    ['bluebonnet', true, true],
    ['bluebonnet', false, false],
    ['caldera-regional', true, false],
    ['caldera-regional', false, false],
  ];
  it.each(cases)('%s with clinician CAD access %s receives CAD records: %s', (partner, access, expected) => {
    const legal = legalOf('tri-county-cit-consortium', (a) => {
      a.information_sharing!.clinician_cad_access = access;
      a.information_sharing!.data_elements = ['identity', 'incident-summary', 'cad-rms-records'];
    });
    const group = legal.flowGroups.find((g) => g.partyId === partner)!;
    const fromOfficers = group.flows.filter((f) => f.sender === 'lead');
    expect(fromOfficers.length).toBeGreaterThan(0);
    for (const flow of fromOfficers) {
      expect(flow.information.includes(CAD_RECORDS)).toBe(expected);
      expect(flow.when.includes('access to CAD')).toBe(expected);
      // Clinicians read CAD only; RMS holds arrest records (counsel-ca 3).
      expect(flow.when).not.toContain('CAD or RMS');
    }
  });
});

describe('a hospital that does not employ the clinicians', () => {
  it('meets officers at the hand-off, not at the scene, and has no “Clinicians”', () => {
    const legal = legalOf('tri-county-cit-consortium');
    const hospital = legal.flowGroups.find((g) => g.partyId === 'caldera-regional')!;
    for (const flow of hospital.flows) {
      expect(flow.heading).not.toContain('[[Clinician]]');
      expect(flow.heading).not.toContain('at the scene');
    }
    expect(hospital.flows.some((f) => f.heading.includes('at the hospital'))).toBe(true);
  });
});

describe('a receiving facility that is not a health-care provider (a sobering center)', () => {
  it('is not named as a treating provider, and receives only on consent', () => {
    const legal = legalOf('tri-county-cit-consortium');
    const flows = flowsOf(legal);
    const treatment = flows.filter((f) => f.recipient === 'treating-provider' && f.sender !== 'lead');
    expect(treatment.length).toBeGreaterThan(0);
    for (const flow of treatment) expect(flow.purpose).not.toContain('Sobering');
    // The officers' hand-off at any facility (police records, no health information) is not this flow.
    const toSobering = flows.filter((f) => f.heading.includes('Sobering') && f.anchor !== 'custody-handoff');
    expect(toSobering.length).toBeGreaterThan(0);
    for (const flow of toSobering) {
      expect(flow.recipient).toBe('social-services');
      const rules = flow.parts.flatMap((p) => (p.kind === 'rules' ? p.rules : []));
      expect(rules).not.toContain('hipaaTreatment');
      expect(rules).not.toContain('part2MedicalEmergency');
    }
  });
});

describe('what may go to a 988 center', () => {
  const cases: [string, string, boolean, boolean][] = [
    // example, link, 988 center signs, expects a transfer flow
    ['tri-county-cit-consortium', 'cad-integrated', true, true],
    ['tri-county-cit-consortium', 'cad-integrated', false, true],
    ['tri-county-cit-consortium', 'warm-transfer', false, true],
    ['tri-county-cit-consortium', 'none-yet', false, false],
    ['harlan-county-rural', 'none-yet', false, false],
    ['harlan-county-rural', 'warm-transfer', false, true],
  ];
  it.each(cases)('%s, link %s, 988 center signs %s: a transfer flow %s', (example, link, signs, expected) => {
    const legal = legalOf(example, (a) => {
      a.dispatch!.link_988 = link as 'warm-transfer';
      const center = a.partners?.find((p) => p.type === '988-center');
      if (center) center.signs_agreements = signs;
    });
    const transfer = legal.programFlows.find((f) => f.recipient === 'crisis-line');
    expect(Boolean(transfer)).toBe(expected);
    expect(Boolean(legal.sharing.crisisLine)).toBe(expected);
    if (!transfer) return;
    // Only 911 records, never health information from a clinician.
    expect(transfer.information).toContain('call-back number');
    expect(transfer.information).not.toMatch(/diagnos|treatment|crisis or safety plan/);
    expect(transfer.basis).toContain('No health information received from a clinician');
    expect(transfer.basis.includes('puts no duty on it')).toBe(!signs);
  });

  it('lets the agreement’s “other participants” clause allow the transfer it states, and nothing else', () => {
    const legal = legalOf('tri-county-cit-consortium', (a) => {
      a.partners!.find((p) => p.type === '988-center')!.signs_agreements = false;
    });
    expect(legal.nonSignerSharing).toContain('except that the 911 center may give');
    expect(legal.nonSignerSharing).toContain('[[#crisis-line]]');
    const none = legalOf('tri-county-cit-consortium', (a) => {
      a.partners!.find((p) => p.type === '988-center')!.signs_agreements = false;
      a.dispatch!.link_988 = 'none-yet';
    });
    expect(none.nonSignerSharing).not.toContain('may give');
    // What it does allow are the flows Section 5 states for non-signers, and only those.
    expect(none.nonSignerSharing).toContain('[[#custody-handoff]]');
    expect(none.nonSignerSharing).not.toContain('[[#crisis-line]]');
  });
});

describe('one wording for the other drafts', () => {
  it('puts the Part 2 limits on what reaches an officer when Part 2 records are held (Harlan)', () => {
    const { sharing } = legalOf('harlan-county-rural');
    expect(sharing.clinicianToOfficer).toContain('42 CFR 2.31');
    expect(sharing.clinicianToOfficer).toContain('42 CFR 2.12(c)(5)');
    expect(sharing.clinicianToOfficer).toContain('not the medical-emergency rule of 42 CFR 2.51');
    expect(sharing.clinicianToOfficer).toContain('42 CFR 2.61–2.67');
    expect(sharing.cadEntries).toContain('42 CFR Part 2');
    expect(sharing.part2Status).toContain('for counsel to confirm');
  });

  it('states no Part 2 limit where no organization holds Part 2 records (Riverbend)', () => {
    const { sharing } = legalOf('riverbend-city');
    expect(sharing.part2ToOfficers).toBe('');
    expect(sharing.clinicianToOfficer).not.toContain('42 CFR');
    expect(sharing.cadEntries).not.toContain('42 CFR Part 2');
  });

  it('names the California law that governs where it is more stringent, and asks counsel what it permits', () => {
    const { sharing } = legalOf('riverbend-city');
    expect(sharing.stateLawPrevails).toContain('45 CFR 160.203(b)');
    expect(sharing.stateLawPrevails).toContain('5328');
    expect(sharing.stateLawPrevails).toContain('Counsel shall state what that law permits');
  });

  it('conditions clinician CAD access on the state CJIS systems agency and the CJIS agreement, and states none without access', () => {
    const withAccess = legalOf('riverbend-city').sharing.cjisCondition;
    expect(withAccess).toContain('state CJIS systems agency');
    expect(withAccess).toContain('management control agreement');
    expect(withAccess).toContain('no hospital or other partner staff');
    const without = legalOf('riverbend-city', (a) => {
      a.information_sharing!.clinician_cad_access = false;
    }).sharing.cjisCondition;
    expect(without).toBe('');
  });
});
