// Lists that fetch their choices from the site as one types, as job boards and public-service
// forms do for a job title (ROME has 11,000), a commune (35,000) or skills: Tom Select's `load` on
// the job and the skills, Select2's `ajax` on the commune. Before anything is typed they offer
// nothing. The "server" answers after a delay, like a round trip.
import TomSelect from 'tom-select';
import 'tom-select/dist/css/tom-select.css';
import jQuery from 'jquery';
import { exposeFormState } from '../shared/expose-form-state';
import { searchEntries } from '../shared/search-entries';

interface SearchState {
  nom: string;
  prenom: string;
  metier: string;
  commune: string;
  competences: string[];
  cv: string;
}

interface Entry {
  code: string;
  label: string;
}

const JOBS: Entry[] = [
  ['11573', 'Cariste'],
  ['11574', 'Cariste magasinier / Cariste magasinière'],
  ['12862', 'Préparateur / Préparatrice de commandes'],
  ['14437', 'Manutentionnaire'],
  ['10951', 'Agent / Agente de quai'],
  ['12100', 'Magasinier / Magasinière'],
  ['13412', 'Conducteur / Conductrice de poids lourd'],
  ['11001', 'Aide-soignant / Aide-soignante'],
  ['11112', 'Agent / Agente de sécurité'],
  ['12413', 'Employé / Employée de libre-service'],
].map(([code, label]) => ({ code: code!, label: label! }));

const TOWNS: Entry[] = [
  ['59014', 'Anzin (59410)'],
  ['59172', 'Denain (59220)'],
  ['59350', 'Lille (59000)'],
  ['59606', 'Valenciennes (59300)'],
  ['59569', 'Saint-Saulve (59880)'],
  ['45234', 'Orléans (45000)'],
].map(([code, label]) => ({ code: code!, label: label! }));

const SKILLS: Entry[] = [
  ['100079', 'Utiliser un chariot élévateur'],
  ['100098', 'Préparer des commandes en vue de leur expédition'],
  ['100012', 'Gérer les stocks d\'un entrepôt'],
  ['100051', 'Charger une cargaison'],
  ['100052', 'Décharger une cargaison'],
  ['100033', 'Emballer des articles'],
  ['100090', 'Souder à l\'arc'],
  ['100091', 'Accueillir les clients'],
].map(([code, label]) => ({ code: code!, label: label! }));

/** The site's answer to a query, after a round trip. */
function ask(entries: Entry[], query: string): Promise<Entry[]> {
  return new Promise((resolve) => setTimeout(() => resolve(searchEntries(entries, query, (entry) => entry.label)), 250));
}

const state: SearchState = { nom: '', prenom: '', metier: '', commune: '', competences: [], cv: '' };

const form = document.getElementById('recherche') as HTMLFormElement;
const onField = (event: Event) => {
  const field = event.target;
  if (field instanceof HTMLSelectElement) {
    if (field.name === 'competences') state.competences = [...field.selectedOptions].map((option) => option.value);
    else if (field.name === 'metier' || field.name === 'commune') state[field.name] = field.value;
  } else if (field instanceof HTMLInputElement) {
    if (field.type === 'file') {
      state.cv = field.files?.[0]?.name ?? '';
      document.getElementById('cv-nom')!.textContent = state.cv ? `Fichier choisi : ${state.cv}` : 'Aucun fichier choisi.';
    } else if (field.name === 'nom' || field.name === 'prenom') {
      state[field.name] = field.value;
    }
  }
};
form.addEventListener('input', onField);
form.addEventListener('change', onField);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  document.getElementById('etat-enregistre')!.textContent = JSON.stringify(state, null, 2);
  document.getElementById('enregistre')!.hidden = false;
});

const fromSite = (entries: Entry[]) => ({
  valueField: 'code',
  labelField: 'label',
  searchField: ['label'],
  load: (query: string, callback: (found: Entry[]) => void) => void ask(entries, query).then(callback),
});
new TomSelect('#metier', fromSite(JOBS));
new TomSelect('#competences', { ...fromSite(SKILLS), plugins: ['remove_button'] });

/** Select2 4.1; its CommonJS build is a function of the page's jQuery. */
async function loadSelect2(): Promise<void> {
  const { default: select2 } = await import('select2');
  await import('select2/dist/css/select2.css');
  select2(window, jQuery);
  const commune = jQuery('#commune') as unknown as { select2: (options: object) => void; on: (event: string, handler: () => void) => void };
  commune.select2({
    width: '100%',
    placeholder: 'Tapez le nom de la commune',
    minimumInputLength: 2,
    ajax: {
      delay: 200,
      transport: (params: { data: { term?: string } }, success: (answer: object) => void) => {
        // Each result carries its own id for the list: Select2 4.1 would otherwise compute it in a
        // function it calls unbound, which throws once bundled as a (strict) module.
        void ask(TOWNS, params.data.term ?? '').then((found) =>
          success({ results: found.map((town) => ({ id: town.code, text: town.label, _resultId: `select2-commune-result-${town.code}` })) }),
        );
        return { abort: () => undefined };
      },
    },
  });
  // Select2 tells the hidden list through jQuery, which only jQuery listeners hear.
  commune.on('change', () => {
    state.commune = (document.getElementById('commune') as HTMLSelectElement).value;
  });
}

await loadSelect2();
exposeFormState(() => state);
