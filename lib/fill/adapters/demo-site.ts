import type { SiteAdapter } from './site-adapter';

/**
 * The demonstration site (demo/, served on 127.0.0.1 or localhost): the profile page and its test
 * forms. The generic engine fills them on its own; this adapter only states what their markup
 * already implies, so a change of wording on the demo cannot silently break the demonstration.
 */
export const demoSite: SiteAdapter = {
  name: 'demo',
  matches: (page) =>
    ['127.0.0.1', 'localhost'].includes(page.location?.hostname ?? '')
    && /service public de l.emploi|public employment service/i.test(page.title),
  groups: [
    // Profile page (Preact): one <fieldset class="entry"> per entry, "Supprimer" inside.
    { kind: 'experience', section: 'section#experiences', addButton: '#ajouter-experience', row: 'fieldset.entry', removeButton: '.entry-remove' },
    { kind: 'education', section: 'section#formations', addButton: '#ajouter-formation', row: 'fieldset.entry', removeButton: '.entry-remove' },
    { kind: 'language', section: 'section#langues', addButton: '#ajouter-langue', row: 'fieldset.entry', removeButton: '.entry-remove' },
    // Groups test form (plain JS): rows cloned from <template>s into [data-group].
    { kind: 'experience', section: '[data-group="experiences"]', addButton: '[data-add="experiences"]', row: '[data-row]', removeButton: '[data-remove]' },
    { kind: 'education', section: '[data-group="formations"]', addButton: '[data-add="formations"]', row: '[data-row]', removeButton: '[data-remove]' },
    { kind: 'language', section: '[data-group="langues"]', addButton: '[data-add="langues"]', row: '[data-row]', removeButton: '[data-remove]' },
  ],
  dateFormats: [
    { selector: 'input[name="experiences[][debut]"], input[name="experiences[][fin]"]', format: 'MM/YYYY' },
    { selector: 'input[name="formations[][annee]"], input[name$="[annee]"]', format: 'YYYY' },
  ],
};
