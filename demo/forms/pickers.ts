// Two autocomplete pickers of the WAI-ARIA combobox pattern, as public-service sites have for the
// job sought and the town: suggestions come after a short pause (as from a server), the keyboard
// works (arrows, Enter, Escape), and only a suggestion chosen from the list is kept: typed text
// that is not one is erased on leaving the field.
import { exposeFormState } from '../shared/expose-form-state';
import { searchEntries } from '../shared/search-entries';

interface ProjectState {
  nom: string;
  prenom: string;
  /** The job chosen in the list, or "". */
  metier: string;
  /** The town chosen in the list, "Valenciennes (59300)", or "". */
  commune: string;
  cp: string;
  cv: string;
}

// Job titles as the ROME lists them, both genders in one entry.
const JOBS = [
  'Agent / Agente de propreté et d’hygiène',
  'Agent / Agente de sécurité',
  'Agent / Agente de service hospitalier',
  'Agent / Agente d’entretien des espaces verts',
  'Aide à domicile',
  'Aide-soignant / Aide-soignante',
  'Assistant / Assistante de direction',
  'Assistant administratif / Assistante administrative',
  'Auxiliaire de puériculture',
  'Boulanger / Boulangère',
  'Caissier / Caissière',
  'Cariste',
  'Chargé / Chargée de clientèle bancaire',
  'Chauffeur-livreur / Chauffeuse-livreuse',
  'Chef d’équipe cariste',
  'Comptable',
  'Conducteur / Conductrice de bus',
  'Conducteur / Conductrice de poids lourd',
  'Conducteur / Conductrice de travaux',
  'Conducteur routier / Conductrice routière de marchandises',
  'Conseiller / Conseillère de vente',
  'Cuisinier / Cuisinière',
  'Développeur / Développeuse web',
  'Éducateur spécialisé / Éducatrice spécialisée',
  'Électricien / Électricienne du bâtiment',
  'Employé / Employée de libre-service',
  'Formateur / Formatrice cariste',
  'Infirmier / Infirmière',
  'Jardinier / Jardinière paysagiste',
  'Maçon / Maçonne',
  'Magasinier / Magasinière',
  'Manutentionnaire',
  'Mécanicien / Mécanicienne automobile',
  'Peintre en bâtiment',
  'Plombier / Plombière',
  'Préparateur / Préparatrice de commandes',
  'Secrétaire',
  'Serveur / Serveuse en restauration',
  'Technicien / Technicienne de maintenance industrielle',
  'Vendeur / Vendeuse en boulangerie-pâtisserie',
];

const TOWNS = [
  'Amiens (80000)',
  'Anzin (59410)',
  'Bordeaux (33000)',
  'Denain (59220)',
  'Dijon (21000)',
  'Lille (59000)',
  'Lyon (69001)',
  'Marseille (13001)',
  'Montpellier (34000)',
  'Nantes (44000)',
  'Orléans (45000)',
  'Paris (75001)',
  'Rennes (35000)',
  'Roubaix (59100)',
  'Saint-Denis (93200)',
  'Saint-Denis (97400)',
  'Saint-Jean-de-Braye (45800)',
  'Saint-Jean-de-la-Ruelle (45140)',
  'Strasbourg (67000)',
  'Toulouse (31000)',
  'Tourcoing (59200)',
  'Valenciennes (59300)',
];

const state: ProjectState = { nom: '', prenom: '', metier: '', commune: '', cp: '', cv: '' };

function picker(input: HTMLInputElement, list: HTMLUListElement, entries: string[], onChoose: (value: string) => void): void {
  let chosen = '';
  let active = -1;
  let shown: string[] = [];
  let pending: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    shown = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const choose = (value: string) => {
    chosen = value;
    input.value = value;
    onChoose(value);
    close();
  };
  const highlight = (index: number) => {
    active = index;
    [...list.children].forEach((option, position) => option.setAttribute('aria-selected', String(position === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${index}`);
  };
  const render = (found: string[]) => {
    shown = found;
    list.replaceChildren(
      ...found.map((entry, index) => {
        const option = document.createElement('li');
        option.id = `${list.id}-${index}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = entry;
        // On mousedown, before the input loses focus (and erases what is not chosen).
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(entry);
        });
        return option;
      }),
    );
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
    active = -1;
  };

  input.addEventListener('input', () => {
    clearTimeout(pending);
    if (input.value.trim() === '') {
      chosen = '';
      onChoose('');
      close();
      return;
    }
    const query = input.value;
    // A pause while typing, then the "server" answers.
    pending = setTimeout(() => render(searchEntries(entries, query, (entry) => entry)), 250);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && shown.length > 0) {
      event.preventDefault();
      highlight((active + 1) % shown.length);
    } else if (event.key === 'ArrowUp' && shown.length > 0) {
      event.preventDefault();
      highlight(active <= 0 ? shown.length - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      choose(shown[active]!);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => {
    clearTimeout(pending);
    close();
    if (input.value !== chosen) input.value = chosen;
  });
}

function element<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

picker(element<HTMLInputElement>('metier'), element<HTMLUListElement>('metier-liste'), JOBS, (value) => {
  state.metier = value;
});
picker(element<HTMLInputElement>('commune'), element<HTMLUListElement>('commune-liste'), TOWNS, (value) => {
  state.commune = value;
});

const form = element<HTMLFormElement>('projet');
const onField = (event: Event) => {
  const field = event.target;
  if (!(field instanceof HTMLInputElement)) return;
  if (field.type === 'file') {
    state.cv = field.files?.[0]?.name ?? '';
    element('cv-nom').textContent = state.cv ? `Fichier choisi : ${state.cv}` : 'Aucun fichier choisi.';
  } else if (field.name === 'nom' || field.name === 'prenom' || field.name === 'cp') {
    state[field.name] = field.value;
  }
};
form.addEventListener('input', onField);
form.addEventListener('change', onField);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  element('etat-enregistre').textContent = JSON.stringify(state, null, 2);
  element('enregistre').hidden = false;
});

exposeFormState(() => state);
