// A job list built with react-select (through preact/compat, as the demo's Vite preset aliases
// React): the chosen job is shown beside the search box, which empties; typed text that is not
// chosen is dropped when the box loses focus.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import Select from 'react-select';
import { exposeFormState } from '../shared/expose-form-state';

interface JobOption {
  value: string;
  label: string;
}

const JOBS: JobOption[] = [
  ['N1101', 'Cariste'],
  ['N4101', 'Conducteur / Conductrice de poids lourd'],
  ['N1103', 'Préparateur / Préparatrice de commandes'],
  ['J1501', 'Aide-soignant / Aide-soignante'],
  ['K2503', 'Agent / Agente de sécurité'],
  ['N1101', "Chef d'équipe cariste"],
].map(([code, label]) => ({ value: `${code}:${label}`, label: label! }));

const state = { prenom: '', metier: '', cv: '' };

function JobPicker() {
  const [chosen, setChosen] = useState<JobOption | null>(null);
  return (
    <Select<JobOption>
      inputId="metier"
      instanceId="metier"
      options={JOBS}
      value={chosen}
      placeholder="Choisissez un métier…"
      noOptionsMessage={() => 'Aucun métier ne correspond'}
      isClearable
      onChange={(option) => {
        setChosen(option);
        state.metier = option?.label ?? '';
      }}
    />
  );
}

render(<JobPicker />, document.getElementById('metier-liste')!);

const form = document.getElementById('metier-form') as HTMLFormElement;
const onField = (event: Event) => {
  const field = event.target;
  if (!(field instanceof HTMLInputElement)) return;
  if (field.type === 'file') {
    state.cv = field.files?.[0]?.name ?? '';
    document.getElementById('cv-nom')!.textContent = state.cv ? `Fichier choisi : ${state.cv}` : 'Aucun fichier choisi.';
  } else if (field.name === 'prenom') {
    state.prenom = field.value;
  }
};
form.addEventListener('input', onField);
form.addEventListener('change', onField);
exposeFormState(() => state);
