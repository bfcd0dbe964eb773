// Contact fields of the groups page, inside a same-origin iframe, with their own JS state
// (updated from `input` / `change` events). The parent page reads it through `__formState()`.
import { exposeFormState } from '../shared/expose-form-state';

interface Contact {
  civilite: string;
  prenom: string;
  nom: string;
  courriel: string;
  telephone: string;
  adresse: string;
  codePostal: string;
  ville: string;
}

const contact: Contact = {
  civilite: '',
  prenom: '',
  nom: '',
  courriel: '',
  telephone: '',
  adresse: '',
  codePostal: '',
  ville: '',
};

function isContactKey(name: string): name is keyof Contact {
  return Object.hasOwn(contact, name);
}

function onFieldEvent(event: Event): void {
  const field = event.target;
  if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement)) return;
  if (isContactKey(field.name)) contact[field.name] = field.value;
}

const form = document.getElementById('coordonnees');
form?.addEventListener('input', onFieldEvent);
form?.addEventListener('change', onFieldEvent);
form?.addEventListener('submit', (event) => event.preventDefault());

exposeFormState(() => contact);
