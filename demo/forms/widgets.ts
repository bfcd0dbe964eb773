// Two jQuery UI autocompletes, as older public-service sites have: no ARIA on the box, the list
// appended at the end of the page, a choice that also fills a hidden code (INSEE, ROME), and typed
// text that is not a choice erased on leaving the field ("mustMatch"). And a native list enhanced
// by Select2, which hides the list and shows its own menu in its place.
import jQuery from 'jquery';
import { exposeFormState } from '../shared/expose-form-state';
import { searchEntries } from '../shared/search-entries';

interface RegistrationState {
  nom: string;
  prenom: string;
  commune: string;
  codeInsee: string;
  metier: string;
  codeRome: string;
  permis: string;
  cv: string;
}

interface Entry {
  label: string;
  value: string;
  code: string;
}

const TOWNS: Entry[] = [
  ['Amiens', '80000', '80021'],
  ['Anzin', '59410', '59014'],
  ['Denain', '59220', '59172'],
  ['Lille', '59000', '59350'],
  ['Orléans', '45000', '45234'],
  ['Saint-Jean-de-Braye', '45800', '45284'],
  ['Saint-Jean-de-la-Ruelle', '45140', '45285'],
  ['Valenciennes', '59300', '59606'],
].map(([town, postcode, insee]) => ({ label: `${town} (${postcode})`, value: `${town} (${postcode})`, code: insee! }));

// Job titles and their ROME fiche, as a job list would return them.
const JOBS: Entry[] = [
  ['Cariste', 'N1101'],
  ['Conducteur / Conductrice de poids lourd', 'N4101'],
  ['Préparateur / Préparatrice de commandes', 'N1103'],
  ['Magasinier / Magasinière', 'N1103'],
  ['Aide-soignant / Aide-soignante', 'J1501'],
  ['Agent / Agente de sécurité', 'K2503'],
].map(([title, rome]) => ({ label: title!, value: title!, code: rome! }));

const state: RegistrationState = { nom: '', prenom: '', commune: '', codeInsee: '', metier: '', codeRome: '', permis: '', cv: '' };

/** jQuery UI's files expect a global jQuery, and each its dependencies loaded before it. */
async function loadAutocomplete(): Promise<void> {
  Object.assign(window, { jQuery, $: jQuery });
  await import('jquery-ui/ui/version.js');
  await import('jquery-ui/ui/widget.js');
  await import('jquery-ui/ui/keycode.js');
  await import('jquery-ui/ui/position.js');
  await import('jquery-ui/ui/unique-id.js');
  await import('jquery-ui/ui/widgets/menu.js');
  await import('jquery-ui/ui/widgets/autocomplete.js');
}

function picker(id: string, codeId: string, entries: Entry[], keys: { value: 'commune' | 'metier'; code: 'codeInsee' | 'codeRome' }): void {
  const input = jQuery(`#${id}`);
  const code = document.getElementById(codeId) as HTMLInputElement;
  (input as unknown as { autocomplete: (options: object) => void }).autocomplete({
    minLength: 2,
    delay: 300,
    source: (request: { term: string }, respond: (found: Entry[]) => void) => {
      respond(searchEntries(entries, request.term, (entry) => entry.label));
    },
    select: (_event: unknown, ui: { item: Entry }) => {
      state[keys.value] = ui.item.value;
      state[keys.code] = ui.item.code;
      code.value = ui.item.code;
    },
    change: (_event: unknown, ui: { item: Entry | null }) => {
      if (ui.item) return;
      // Not chosen from the list: erased, as "mustMatch" pickers do.
      input.val('');
      state[keys.value] = '';
      state[keys.code] = '';
      code.value = '';
    },
  });
}

const form = document.getElementById('inscription') as HTMLFormElement;
const onField = (event: Event) => {
  const field = event.target;
  if (!(field instanceof HTMLInputElement)) return;
  if (field.type === 'file') {
    state.cv = field.files?.[0]?.name ?? '';
    document.getElementById('cv-nom')!.textContent = state.cv ? `Fichier choisi : ${state.cv}` : 'Aucun fichier choisi.';
  } else if (field.name === 'nom' || field.name === 'prenom') {
    state[field.name] = field.value;
  }
};
form.addEventListener('input', onField);
form.addEventListener('change', onField);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  document.getElementById('etat-enregistre')!.textContent = JSON.stringify(state, null, 2);
  document.getElementById('enregistre')!.hidden = false;
});

/** Select2 4.1 on the licence list; its CommonJS build is a function of the page's jQuery. */
async function loadSelect2(): Promise<void> {
  const { default: select2 } = await import('select2');
  await import('select2/dist/css/select2.css');
  select2(window, jQuery);
  const licence = jQuery('#permis') as unknown as { select2: (options: object) => void; on: (event: string, handler: () => void) => void };
  licence.select2({ width: '100%', minimumResultsForSearch: Infinity });
  // Select2 tells the hidden list, which tells the page.
  licence.on('change', () => {
    state.permis = (document.getElementById('permis') as HTMLSelectElement).value;
  });
}

await loadAutocomplete();
await loadSelect2();
picker('commune', 'code-insee', TOWNS, { value: 'commune', code: 'codeInsee' });
picker('metier', 'code-rome', JOBS, { value: 'metier', code: 'codeRome' });
exposeFormState(() => state);
