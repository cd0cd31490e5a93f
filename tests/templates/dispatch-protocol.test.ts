import { describe, expect, it } from 'vitest';
import { draftOf } from '../support/render.js';
import type { AnswersInput } from '../../src/answers/schema.js';

const ID = 'dispatch-protocol';

const draft = draftOf(ID);

/** The rows of the triage table, by the bold label that opens each condition. */
function triageRows(text: string): string[] {
  const start = text.indexOf('| Tier | Condition | Response |');
  const table = text.slice(start).split('\n\n')[0]!;
  return table
    .split('\n')
    .slice(2)
    .map((row) => /^\| \*\*([^*]+)/.exec(row)?.[1] ?? row);
}

describe('dispatch protocol', () => {
  it('builds without defined-term warnings, including when no designated responder exists', async () => {
    for (const example of ['riverbend-city', 'harlan-county-rural']) {
      expect((await draft(example)).warnings).toEqual([]);
    }
    const bare = await draft('harlan-county-rural', (a) => {
      a.program.models = ['follow-up'];
    });
    expect(bare.warnings).toEqual([]);
    expect(bare.text).toContain('\\[SPECIALIZED RESPONDERS AVAILABLE TO OFFICERS\\]');
  });

  it('tabulates the CAD codes from the answers', async () => {
    const { text } = await draft('riverbend-city');
    expect(text).toContain('| BHC | behavioral-health call suitable for the co-responder unit |');
    expect(text).toContain('| BHE | person who may meet criteria for an emergency hold |');
    expect(text).not.toContain('carries the number of the emergency-hold statute');
  });

  it('keeps a CAD code that names the hold statute, since the answers chose it, but tells counsel and warns', async () => {
    const { text, packet } = await draft('riverbend-city', (a) => {
      a.dispatch!.cad_codes![0]!.code = '5150C';
    });
    expect(text).toContain('| 5150C | person who may meet criteria for an emergency hold |');
    expect(text).toContain(
      'The answers give the code “5150C”, which carries the number of the emergency-hold statute (§ 5150)',
    );
    expect(packet.warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining(
        'dispatch.cad_codes: the code `5150C` carries the number of the emergency-hold statute',
      ),
    );
  });

  it('leaves a blank code row and a note when the answers list no CAD codes', async () => {
    const { text } = await draft('harlan-county-rural');
    expect(text).toContain('| **\\[CAD CODE\\]** | **\\[MEANING OF THE CODE\\]** |');
    expect(text).toContain('The answers list no CAD codes');
  });

  it('shows only the triage tiers whose models are chosen, plus the emergency and fallback rows', async () => {
    expect(triageRows((await draft('riverbend-city')).text)).toEqual([
      'Emergency',
      'Elevated risk',
      'In-person support',
      'Telephone support',
      'Any other behavioral-health call',
    ]);
    // Harlan has no mobile crisis or civilian team (no in-person tier) and no link to 988 yet
    // (no telephone tier).
    expect(triageRows((await draft('harlan-county-rural')).text)).toEqual([
      'Emergency',
      'Elevated risk',
      'Outreach',
      'Any other behavioral-health call',
    ]);
  });

  it('prefers the mobile crisis team for in-person support when that model is chosen', async () => {
    // Riverbend's county runs a mobile crisis team (a role in the answers): without it, no tier.
    const noTeam = (a: AnswersInput) => {
      a.partners.find((p) => p.id === 'county-bh')!.roles = [];
    };
    const before = (await draft('riverbend-city', noTeam)).text;
    expect(before).not.toContain('The mobile crisis team, without officers');
    const { text } = await draft('riverbend-city', (a) => {
      noTeam(a);
      a.program.models = ['cit', 'co-responder', 'mobile-crisis'];
    });
    expect(text).toContain('| **In-person support** |');
    expect(text).toContain(
      'The mobile crisis team, without officers; when none is available, the next tier up.',
    );
  });

  it('pages an on-call clinician instead of sending a co-responder team', async () => {
    const { text } = await draft('harlan-county-rural');
    expect(text).toContain('An officer, who calls the on-call co-responder clinician');
    expect(text).not.toContain('The co-responder team;');
  });

  it('assigns a CIT officer only when the CIT model is chosen', async () => {
    expect((await draft('riverbend-city')).text).toContain('a CIT officer with a cover officer');
    const { text } = await draft('riverbend-city', (a) => {
      a.program.models = ['co-responder'];
    });
    expect(text).not.toContain('CIT officer');
  });

  it('writes the warm-transfer procedure only when 911 and 988 are linked', async () => {
    expect((await draft('riverbend-city')).text).toContain(
      'shall be transferred to the 988 Center, as Section 7.2 states',
    );
    const harlan = (await draft('harlan-county-rural')).text;
    expect(harlan).toContain('**No transfer yet.**');
    expect(harlan).not.toContain('**Telephone support**');
    const integrated = (
      await draft('riverbend-city', (a) => {
        a.dispatch!.link_988 = 'cad-integrated';
      })
    ).text;
    expect(integrated).toContain('while passing the call through the shared CAD link');
  });

  it('states the dispatcher course hours, or leaves them blank', async () => {
    expect((await draft('riverbend-city')).text).toContain('dispatchers of 16 hours');
    expect((await draft('harlan-county-rural')).text).toContain('\\[DISPATCHER COURSE HOURS\\]');
  });

  it('adds the opt-in registry clause only when a premise registry exists', async () => {
    expect((await draft('riverbend-city')).text).not.toContain('**Opt-in registry.**');
    const { text } = await draft('riverbend-city', (a) => {
      a.resources!.premise_registry = true;
    });
    expect(text).toContain('**Opt-in registry.**');
  });

  it('is a joint operating procedure adopted by a separate 911 center and each agency it dispatches for', async () => {
    const { text } = await draft('tri-county-cit-consortium');
    expect(text).toContain(
      '# Joint Operating Procedure: Call-Taking and Dispatch of Behavioral-Health Calls (911 and 988)',
    );
    expect(text).toContain(
      'binds the 911 center and its Telecommunicators from the date the 911 center adopts it',
    );
    for (const adopter of [
      'Caldera County',
      'Pecan Ridge County',
      'City of San Ysidro',
      'Tres Ríos Regional 9-1-1 Emergency Communications District',
    ]) {
      expect(text).toContain(`**${adopter}**\n\nBy: `);
    }
    // A clinic signs the agreements but does not adopt the dispatch procedure.
    expect(text).not.toContain('**Tres Ríos Behavioral Health Authority**\n\nBy: ');
    expect(text).not.toContain('General Order');
  });

  it('is a general order of the agency when the agency runs the 911 center', async () => {
    const { text } = await draft('harlan-county-rural', (a) => {
      a.lead_agency.roles = ['psap'];
      a.partners = a.partners.filter((p) => p.id !== 'harlan-911');
    });
    expect(text).toContain('# General Order: Call-Taking and Dispatch Protocol');
    expect(text).toContain('which operates the 911 center');
    expect(text).not.toContain('Joint Operating Procedure');
  });

  it('leaves an adoption row to fill when the 911 center is no partner in the answers', async () => {
    const { text } = await draft('riverbend-city', (a) => {
      a.partners = a.partners.filter((p) => p.type !== '911-center');
      a.agreement!.liaisons = a.agreement!.liaisons!.filter((l) => l.party !== 'rrecc');
    });
    expect(text).toContain('**Riverbend Regional Emergency Communications Center**\n\nBy: ');
    expect(text).toContain('BRING THE 911 CENTER IN AS A PARTY');
  });
});
