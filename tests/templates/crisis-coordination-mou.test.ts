import { describe, expect, it } from 'vitest';
import type { AnswersInput } from '../../src/answers/schema.js';
import { draftOf, renderExample } from '../support/render.js';

const ID = 'crisis-coordination-mou';

const mou = draftOf(ID);

const models =
  (...chosen: string[]) =>
  (a: AnswersInput) => {
    a.program!.models = chosen as AnswersInput['program']['models'];
  };

describe('mobile crisis and 911–988 coordination MOU', () => {
  it('applies to every example, and not to a program with no dispatched crisis responder', async () => {
    for (const name of ['riverbend-city', 'harlan-county-rural', 'tri-county-cit-consortium']) {
      expect((await mou(name)).text, name).toContain(
        '# Mobile Crisis and 911–988 Coordination Memorandum of Understanding',
      );
    }
    const { packet } = await renderExample('harlan-county-rural', models('homeless-outreach', 'follow-up'), [
      ID,
    ]);
    expect(packet.skipped.map((s) => s.id)).toContain(ID);
  });

  it('builds with no defined-term warning for the examples and for each model alone', async () => {
    for (const name of ['riverbend-city', 'harlan-county-rural', 'tri-county-cit-consortium']) {
      expect((await mou(name)).warnings, name).toEqual([]);
    }
    for (const model of [
      'mobile-crisis',
      'embedded-911-clinician',
      'community-responder',
      'co-responder',
      'cit',
    ]) {
      expect((await mou('tri-county-cit-consortium', models(model))).warnings, model).toEqual([]);
    }
  });

  it('shows only the triage tiers of the chosen models, with the emergency and fallback tiers always', async () => {
    const riverbend = (
      await mou('riverbend-city', (a) => (a.partners.find((p) => p.id === 'county-bh')!.roles = []))
    ).text;
    expect(riverbend).toContain('| **Telephone support** |');
    expect(riverbend).toContain('| **Elevated risk** |');
    expect(riverbend).toContain(
      'The co-responder team; otherwise a CIT officer with a cover officer; otherwise patrol officers.',
    );
    expect(riverbend).not.toContain('| **In-person support** |');
    expect(riverbend).toContain('| **Emergency** |');
    expect(riverbend).toContain('| **Any other behavioral-health call** |');
    const tri = (await mou('tri-county-cit-consortium')).text;
    expect(tri).toContain('| **In-person support** | The person needs help in person');
    expect(tri).toContain(
      '| The mobile crisis team, without officers; when none is available, the next tier up. |',
    );
    expect(tri).not.toContain('co-responder');
    const civilian = (
      await mou('tri-county-cit-consortium', (a) => {
        models('community-responder')(a);
        a.partners.find((p) => p.id === 'bluebonnet')!.roles = [];
      })
    ).text;
    expect(civilian).toContain('| The civilian community responders, without officers;');
    expect(civilian).not.toContain('| CIT officer |');
    expect(civilian).not.toContain('CIT Officer');
  });

  it('offers the embedded clinician as phone support only when that model is chosen', async () => {
    const tri = (await mou('tri-county-cit-consortium')).text;
    expect(tri).toContain(
      '| The clinician in the 911 center; otherwise a counselor of the 988 center, by warm transfer. |',
    );
    expect(tri).toContain('employed by Bluebonnet Crisis and Recovery Center who works in the 911 Center');
    const without = (await mou('tri-county-cit-consortium', models('cit', 'mobile-crisis'))).text;
    expect(without).toContain('| A counselor of the 988 center, by warm transfer. |');
    expect(without).not.toContain('Embedded Clinician');
  });

  it('names the signing parties as legal entities with their roles, and invites the roles no Party holds', async () => {
    const riverbend = (await mou('riverbend-city')).text;
    expect(riverbend).toContain(
      '| Riverbend Regional Emergency Communications Center | operator of the 911 center (public safety answering point) |',
    );
    expect(riverbend).toContain(
      '| County of Rio Verde, acting by and through its Behavioral Health Department | behavioral-health provider and provider of a mobile crisis team |',
    );
    expect(riverbend).toContain('**\\[BRING THE 988 CENTER IN AS A PARTY, OR CONFIRM IT STAYS OUTSIDE\\]**');
    // Emergency medical services are dispatched by the 911 center under its own procedures:
    // the agreement relies on no EMS provider, so it names none and gives it no work.
    expect(riverbend).not.toMatch(/EMS Agency|EMS PROVIDER/);
    expect(riverbend).not.toContain('No Party is the operator of the 911 center');
    const tri = (await mou('tri-county-cit-consortium')).text;
    expect(tri).toContain('| Tres Ríos 988 Crisis Line | 988 Suicide and Crisis Lifeline center |');
    expect(tri).toContain(
      '| Pecan Ridge County, acting by and through its Sheriff’s Office | law-enforcement agency |',
    );
    expect(tri).not.toContain('Organizations invited to take part');
    expect(tri).toContain('**1.2** **Other partners.**');
    const withEms = (
      await mou('tri-county-cit-consortium', (a) => {
        a.partners.push({
          id: 'tr-ems',
          name: 'Tres Ríos EMS',
          type: 'ems',
          hipaa_status: 'covered-entity',
          part2_status: 'not-part2',
        });
      })
    ).text;
    expect(withEms).toContain('| Tres Ríos EMS | emergency medical services provider |');
    expect(withEms).not.toContain('No Party is');
    expect(withEms).toContain('**1.2** **Other partners.**');
  });

  it('describes the 911-to-988 transfer the answers’ link calls for', async () => {
    expect((await mou('riverbend-city')).text).toContain(
      'connects the caller to the 988 center through its dedicated transfer line',
    );
    expect((await mou('tri-county-cit-consortium')).text).toContain(
      'by telephone while passing the call through the shared CAD link',
    );
    const none = (await mou('harlan-county-rural')).text;
    expect(none).toContain('There is no agreed way yet to transfer a call from 911 to the 988 center');
    expect(none).toContain(
      '**6.1** **Adopting a transfer procedure.** Within 90 days after the Effective Date',
    );
  });

  it('has the 988 counselor relay rather than transfer, with the basis the information-sharing agreement states for the 988 center', async () => {
    const tri = (await mou('tri-county-cit-consortium')).text;
    expect(tri).toContain('**7.2** **Relay, not transfer.**');
    expect(tri).toContain('The counselor shall not transfer the caller to 911');
    // The basis is the discloser's (tests/legal/duties.test.ts: the agreement's relay flow), not
    // 164.512(j) because some other party is a covered entity (counsel, Cedar Hollow, 4.11).
    expect(tri).toContain(
      'is the one the Information-Sharing Agreement states for the relay from 988 to 911',
    );
    expect(tri).toContain('the person’s location, the call-back number, the nature of the risk');
    expect(tri).not.toContain('any information that would help responders approach the person');
    const uncovered = (
      await mou('tri-county-cit-consortium', (a) => {
        for (const p of a.partners) p.hipaa_status = 'not-covered';
      })
    ).text;
    // The relay cites no HIPAA exception; the Part 2 limits (clause 10.5) may still say that the
    // threat exception does not reach Part 2 records.
    expect(uncovered).not.toContain('164.512(j)(1)(i)');
    expect(uncovered.split('\n').find((l) => l.includes('**7.2**'))).not.toContain('164.512');
  });

  it('lists the safety exclusions and the response-time target from the answers', async () => {
    const tri = (await mou('tri-county-cit-consortium')).text;
    expect(tri).toContain('- a barricaded person or a hostage situation\n');
    expect(tri).toContain('The Mobile Crisis Team shall aim to arrive within 30 minutes of being dispatched');
    const open = (
      await mou('tri-county-cit-consortium', (a) => {
        a.program!.excluded_calls = [];
        a.dispatch!.response_target_minutes = null;
      })
    ).text;
    expect(open).toContain('- **\\[SAFETY EXCLUSIONS\\]**');
    expect(open).toContain('within **\\[RESPONSE TARGET\\]** minutes');
  });

  it('puts each chosen responder on the availability board', async () => {
    const tri = (await mou('tri-county-cit-consortium')).text;
    expect(tri).toContain(
      '- the Embedded Clinicians on duty;\n- the units of the Mobile Crisis Team on duty;\n- the CIT Officers on duty, by Law-Enforcement Party and patrol area;',
    );
    const riverbend = (await mou('riverbend-city')).text;
    expect(riverbend).toContain('- the Co-Responder Team on duty;');
    // The county's mobile crisis team is a responder of its own (a role in the answers).
    expect(riverbend).toContain('- the units of the Mobile Crisis Team on duty;');
  });

  it('adds CJIS and Part 2 clauses only when the answers make them apply', async () => {
    const tri = (await mou('tri-county-cit-consortium')).text;
    expect(tri).toContain('**10.4** **Criminal justice information.**');
    expect(tri).toContain('**10.5** **Substance use disorder records.**');
    const neither = (
      await mou('tri-county-cit-consortium', (a) => {
        a.information_sharing!.clinician_cad_access = false;
        for (const p of a.partners) p.part2_status = 'not-part2';
      })
    ).text;
    expect(neither).not.toContain('CJIS');
    expect(neither).not.toContain('42 CFR Part 2');
  });
  it('limits the duties of signing partners that operate no triage tier', async () => {
    const tri = (await mou('tri-county-cit-consortium')).text;
    expect(tri).toContain(
      'they have no duties under Sections 4 to 9 (other than any commitment Section 9 states for them by name as the operator of a receiving facility), under Section 11.1 (shared data) or under Section 12 (training)',
    );
    expect(tri).toContain('quality review under Section 11.2 only when a call under review involves them');
    expect(tri).toContain('**11.2** **Quality review.**');
    expect(tri).toContain('**12.3** **Responders.**');
    const noOthers = (
      await mou('tri-county-cit-consortium', (a) => {
        a.partners = a.partners.filter((p) => !['school-district', 'advocacy', 'hospital'].includes(p.type));
        const kept = (l: { party: string }) => l.party === 'lead' || a.partners.some((p) => p.id === l.party);
        a.agreement!.liaisons = (a.agreement!.liaisons ?? []).filter(kept);
        a.information_sharing!.privacy_officers = (a.information_sharing!.privacy_officers ?? []).filter(
          kept,
        );
      })
    ).text;
    expect(noOthers).not.toContain('Other partners.');
  });

  it('gives every signing party a row in the liaison table, with blanks when the answers name no liaison', async () => {
    const harlan = (await mou('harlan-county-rural')).text;
    expect(harlan).toContain(
      '| Harlan County Emergency Communications | **\\[LIAISON NAME\\]** | **\\[LIAISON TITLE\\]** |',
    );
    expect(harlan).toContain('| High Desert Recovery & Wellness Center | Nguyễn Thị Lan |');
    // A liaison named for an organization that does not sign is not a Party's Liaison.
    const nami = (
      await mou('riverbend-city', (a) => {
        a.agreement!.liaisons!.push({ party: 'nami-rv', name: 'Ana Ruiz' });
      })
    ).text;
    expect(nami).not.toContain('Ana Ruiz');
  });
});

describe('the availability board when the 911 center does not sign (Brazos Bend r2, 1.6)', () => {
  const board = (text: string) =>
    text.slice(text.indexOf('**The board.**'), text.indexOf('## ', text.indexOf('**The board.**')));

  it('asks for what the board shows instead of binding the board’s keeper', async () => {
    const outside = board(
      (
        await mou('riverbend-city', (input) => {
          const center = input.partners!.find((p) => p.id === 'rrecc')!;
          center.signs = { ...center.signs, 'crisis-coordination-mou': false };
        })
      ).text,
    );
    expect(outside).toContain('The Parties shall ask that the board show at least:');
    expect(outside).not.toContain('The board shall show');
    // Where the 911 center signs, it keeps the board and the board's contents bind it.
    const inside = board((await mou('riverbend-city')).text);
    expect(inside).toContain('The board shall show at least:');
  });
});
