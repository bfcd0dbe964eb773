// Two native lists enhanced by widget libraries that hide the list and show their own menu: Tom
// Select on the job, Choices.js on the licence. The form sends the hidden lists; the page's state
// follows their change events, as such pages do.
import TomSelect from 'tom-select';
import 'tom-select/dist/css/tom-select.css';
import Choices from 'choices.js';
import 'choices.js/public/assets/styles/choices.css';
import { exposeFormState } from '../shared/expose-form-state';

interface RegistrationState {
  nom: string;
  prenom: string;
  metier: string;
  permis: string;
  cv: string;
}

const state: RegistrationState = { nom: '', prenom: '', metier: '', permis: '', cv: '' };

const form = document.getElementById('inscription') as HTMLFormElement;
const onField = (event: Event) => {
  const field = event.target;
  if (field instanceof HTMLSelectElement && (field.name === 'metier' || field.name === 'permis')) {
    state[field.name] = field.value;
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

new TomSelect('#metier', { create: false, allowEmptyOption: true, maxOptions: 50 });
new Choices('#permis', { searchEnabled: false, itemSelectText: '', shouldSort: false });

exposeFormState(() => state);
