import { describe, expect, it } from 'vitest';
import { draftOf, renderExample } from '../support/render.js';

const ID = 'idd-encounter-policy';

const draft = draftOf(ID);

describe('I/DD encounter policy', () => {
  it('applies to every agency, with or without a Disability Response Team', async () => {
    for (const example of ['riverbend-city', 'harlan-county-rural']) {
      const { markdown, packet } = await renderExample(example, () => {}, [ID]);
      expect(markdown.has(ID)).toBe(true);
      expect(packet.warnings.filter((w) => w.file?.includes(ID))).toEqual([]);
    }
  });

  it('names the developmental-disability authority and the Arc chapter from the answers', async () => {
    const { text } = await draft('riverbend-city');
    expect(text).toContain(
      '**Developmental-disability services.** Valley Mountain Regional Center coordinates',
    );
    expect(text).toContain('**Advocacy.** The Arc of Rio Verde County may help');
    expect(text).toContain('shall notify Valley Mountain Regional Center');
  });

  it('leaves the I/DD resources blank when they are open', async () => {
    const { text } = await draft('harlan-county-rural');
    expect(text).toContain('**Developmental-disability services.** **\\[DD AUTHORITY\\]** coordinates');
    expect(text).toContain('**\\[ARC CHAPTER\\]**');
    expect(text).not.toContain('shall notify **');
  });

  it('adds the Disability Response Team only with the dd-response model', async () => {
    expect((await draft('riverbend-city')).text).not.toContain('**Disability Response Team.**');
    const { text, warnings } = await draft('riverbend-city', (a) => {
      a.program.models = [...(a.program.models ?? []), 'dd-response'];
    });
    expect(text).toContain('**Disability Response Team.** The Agency’s Disability Response Team');
    expect(warnings).toEqual([]);
  });

  it('describes the opt-in premise registry only when one exists', async () => {
    expect((await draft('riverbend-city')).text).toContain('**No premise registry.**');
    const { text } = await draft('riverbend-city', (a) => {
      a.resources!.premise_registry = true;
    });
    expect(text).toContain('**Opt-in premise registry.**');
    expect(text).not.toContain('**No premise registry.**');
  });

  it('protects suspects’ comprehension of Miranda warnings and guards against false confessions', async () => {
    const { text } = await draft('harlan-county-rural');
    expect(text).toContain('ask the person to explain each one in their own words');
    expect(text).toContain('shall record the entire interview');
    expect(text).toContain('“**Officer**” means a sworn deputy of the Agency');
  });

  it('names the use-of-force and de-escalation policies where force and de-escalation are governed', async () => {
    const { text } = await draft('riverbend-city');
    expect(text).toContain(
      '**Force.** Any use of force shall comply with the Agency’s use-of-force policy (RPD Policy 300, Use of Force).',
    );
    expect(text).toContain(
      'In keeping with the Agency’s de-escalation policy (RPD Policy 301, De-escalation)',
    );
  });

  it('binds Members, not the partners on a Disability Response Team or a separate 911 center', async () => {
    const { text } = await draft('tri-county-cit-consortium');
    expect(text).toContain('Officers shall let it lead communication with the person');
    expect(text).not.toContain('its members shall lead');
    expect(text).toContain('Every Officer, and every Member who takes or dispatches calls, shall be trained');
  });
});
