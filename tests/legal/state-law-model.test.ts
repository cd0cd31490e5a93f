import { describe, expect, it } from 'vitest';
import { describeStateLaw, formatStateLawReport } from '../../src/legal/describe-state-law.js';
import { stateLawFileOf } from '../../src/legal/state-law-files.js';
import { stateLawFileSchema } from '../../src/legal/state-law-schema.js';
import { stateLawOf } from '../../src/legal/state-law.js';
import { holdFromStateLaw } from '../../src/legal/state-law-hold.js';
import { stateHoldOf } from '../../src/answers/state-holds.js';
import { renderExample } from '../support/render.js';

const TODAY = '2026-12-01';

describe('the transport law the routing rule reads', () => {
  it("should give Texas's places in the statute's order and the EMS transfer's condition", () => {
    const { transport } = stateLawOf('TX', TODAY);
    const file = stateLawFileOf('TX')!;
    expect(transport.destinations?.places).toEqual(file.facts.destination!.places);
    expect(transport.destinations?.places[0]).toContain(
      'nearest appropriate inpatient mental health facility',
    );
    expect(transport.destinations?.places[1]).toContain('local mental health authority');
    expect(transport.emsTransfer?.condition).toContain('§ 573.005');
    expect(transport.prohibited?.citation).toBe(file.facts.prohibited_destinations!.citation);
  });

  it('should say nothing for a state without verified law', () => {
    expect(stateLawOf('PA', TODAY).transport).toEqual({
      destinations: null,
      emsTransfer: null,
      prohibited: null,
    });
  });

  it('should refuse a destination fact with an empty list of places', () => {
    const file = structuredClone(stateLawFileOf('TX')!) as unknown as {
      facts: { destination: { places: string[] } };
    };
    file.facts.destination.places = [];
    const result = stateLawFileSchema.safeParse(file);
    expect(result.error?.issues[0]?.path).toEqual(['facts', 'destination', 'places']);
  });
});

describe('facts an order shows only where the file has them', () => {
  it('should show the definition of mental illness as a blank for counsel where the file notes it', () => {
    const tx = stateLawOf('TX', TODAY);
    const step = tx.custodySteps.find((s) => s.key === 'mental_illness');
    expect(step?.known).toBe(false);
    expect(step?.counselNote).toContain('§ 571.003');
    expect(tx.crisisSteps.some((s) => s.key === 'mental_illness')).toBe(true);
  });

  it('should leave it out where the file neither states nor notes it', () => {
    for (const state of ['CA', 'OR', 'FL', 'PA']) {
      expect(stateLawOf(state, TODAY).custodySteps.some((s) => s.key === 'mental_illness')).toBe(false);
    }
  });
});

describe("the jail's notice to the magistrate (Tex. Code Crim. Proc. art. 16.22)", () => {
  it('should be in no field order, because it is the jail’s duty', async () => {
    const { markdown } = await renderExample('tri-county-cit-consortium', () => {}, [
      'crisis-response-policy',
      'custody-transport-policy',
      'dispatch-protocol',
    ]);
    for (const text of markdown.values()) expect(text).not.toContain('art. 16.22');
    expect(stateLawOf('TX', TODAY).crisisSteps.map((s) => s.key)).not.toContain('jail_notice');
  });

  it('should still be printed by `pmhc law`', () => {
    const text = formatStateLawReport(describeStateLaw('TX', TODAY));
    expect(text).toContain('Tex. Code Crim. Proc. art. 16.22(a)(1)');
    expect(text).toContain("Places, in the statute's order: the nearest appropriate inpatient");
    expect(text).toContain('Only with: a memorandum of understanding executed under');
  });
});

describe('the law the agreements may recite', () => {
  it('should give counsel Texas’s verified authority and liability facts under the Authority clause', async () => {
    const { markdown } = await renderExample('tri-county-cit-consortium', () => {}, ['cit-mou']);
    const mou = markdown.get('cit-mou')!;
    const file = stateLawFileOf('TX')!;
    expect(mou).toContain(
      `(${file.facts.interlocal_authority!.citation.replace("'", '’')}; checked December 1, 2026`,
    );
    expect(mou).toContain(`(${file.facts.liability_limit!.citation}; checked December 1, 2026`);
    expect(stateLawOf('TX', TODAY).agreementLawKnown).toBe(true);
  });

  it('should add nothing for a state with no such fact on file', async () => {
    expect(stateLawOf('CA', TODAY).agreementLawKnown).toBe(false);
    const { markdown } = await renderExample('riverbend-city', () => {}, ['cit-mou']);
    expect(markdown.get('cit-mou')).not.toContain('law this Section may recite');
  });
});

describe('the grounds for disclosure a confidentiality fact lists', () => {
  it('should reach the flows model with their citations', () => {
    const step = stateLawOf('TX', TODAY).confidentiality.find((s) => s.key === 'emergency_disclosure');
    expect(step?.disclosureBases?.map((b) => b.basis)).toEqual([
      'required-by-law',
      'imminent-harm',
      'consent',
      'treatment',
    ]);
    expect(step?.disclosureBases?.find((b) => b.basis === 'consent')?.citation).toBe(
      'Tex. Health & Safety Code § 611.004(a)(4)',
    );
  });

  it('should refuse a ground the schema does not know', () => {
    const file = structuredClone(stateLawFileOf('TX')!) as unknown as {
      facts: { emergency_disclosure: { disclosure_bases: { basis: string }[] } };
    };
    file.facts.emergency_disclosure.disclosure_bases[0]!.basis = 'convenience';
    const result = stateLawFileSchema.safeParse(file);
    expect(result.error?.issues[0]?.path.slice(0, 4)).toEqual([
      'facts',
      'emergency_disclosure',
      'disclosure_bases',
      0,
    ]);
  });
});

describe('the kind of text each fact was checked against', () => {
  it('should say in the draft when the official text was a bill that set the section out', () => {
    const duration = stateLawOf('TX', TODAY).custodySteps.find((s) => s.key === 'duration')!;
    expect(stateLawFileOf('TX')!.facts.duration!.source.kind).toBe('official-bill-text');
    expect(duration.checkedAgainst).toBe('the Legislature’s text of a bill that sets the section out');
    const destination = stateLawOf('TX', TODAY).custodySteps.find((s) => s.key === 'destination')!;
    expect(destination.checkedAgainst).toBe('a copy of the statute text');
  });

  it('should say it in `pmhc law` too', () => {
    const text = formatStateLawReport(describeStateLaw('TX', TODAY));
    expect(text).toContain(
      'Source: official bill text (may predate a later amendment), https://capitol.texas.gov/',
    );
  });
});

describe('the hold table’s answer to “may an officer initiate it on the officer’s own judgment?”', () => {
  // Counsel cold read, Juniper Falls, session 11 (Medium 16): own-judgment custody is ORS
  // 426.228(1); (2) is custody on the community mental health program director's notice
  // (oregon.public.law/statutes/ors_426.228, read 2026-12-04).
  it('cites the provision of the officer’s own power where the file names it, else the initiators fact', () => {
    const fallback = stateHoldOf('OR');
    expect(holdFromStateLaw(stateLawOf('OR', TODAY), fallback).officer_may_initiate).toBe(
      'yes (ORS 426.228(1))',
    );
    expect(stateLawFileOf('OR')!.facts.initiators!.citation).toBe('ORS 426.228(1)-(2)');
    expect(holdFromStateLaw(stateLawOf('TX', TODAY), fallback).officer_may_initiate).toBe(
      `yes (${stateLawFileOf('TX')!.facts.initiators!.citation})`,
    );
  });
});
