// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapterFor, SITE_ADAPTERS } from '../../lib/fill/adapters';
import { demoSite } from '../../lib/fill/adapters/demo-site';

describe('site adapters', () => {
  it('the demo adapter knows the demo pages and nothing else', () => {
    expect(document.location.hostname).toBe('localhost'); // happy-dom's default page address
    document.title = "Candidature (groupes répétables) — Service public de l'emploi (démonstration)";
    expect(adapterFor(document)?.name).toBe('demo');
    document.title = 'Mon espace candidat — Recrutement';
    expect(adapterFor(document)).toBeNull();
  });

  it('the demo adapter\'s selectors still match the groups form', () => {
    const html = readFileSync('demo/forms/groups.html', 'utf8');
    document.body.innerHTML = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
    for (const group of demoSite.groups!.filter((hint) => hint.section.startsWith('[data-group'))) {
      const section = document.querySelector(group.section);
      expect(section, group.section).not.toBeNull();
      expect(document.querySelector(group.addButton!), group.addButton).not.toBeNull();
      const template = document.getElementById(`modele-${group.section.match(/"(\w+)"/)![1]}`) as HTMLTemplateElement;
      const row = template.content.querySelector(group.row!);
      expect(row?.querySelector(group.removeButton!)).not.toBeNull();
    }
  });

  it('a broken adapter never stops the generic fill', () => {
    const broken = { name: 'broken', matches: () => { throw new Error('no'); } };
    document.title = 'Job seeker profile (ARIA labels) — Public employment service demo';
    expect(adapterFor(document, [broken])).toBeNull();
    expect(adapterFor(document, [broken, ...SITE_ADAPTERS])?.name).toBe('demo');
  });
});
