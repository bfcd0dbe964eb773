// Two select menus built with PrimeReact's Dropdown (React, through preact/compat as the demo's Vite
// preset aliases React): the visible box is a plain <div>; the combobox PrimeReact announces is a
// read-only input kept out of sight inside it; the options open in an overlay at the end of the page.
import { Dropdown as PrimeDropdown } from 'primereact/dropdown';
import { render, type FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { exposeFormState } from '../shared/expose-form-state';

// PrimeReact is typed for React's JSX; the page renders it with Preact's (same runtime, other types).
const Dropdown = PrimeDropdown as unknown as FunctionComponent<Record<string, unknown>>;

const JOBS = ['Agent / Agente de propreté et d’hygiène', 'Aide-soignant / Aide-soignante', 'Cariste', 'Conducteur / Conductrice de poids lourd', 'Préparateur / Préparatrice de commandes'];
const LICENCES = ['AM - Cyclomoteur', 'A - Moto', 'B - Véhicule léger', 'C - Poids lourd'];

const state = { nom: '', prenom: '', metier: '', permis: '', cv: '' };

function Menu({ id, label, options, onChange }: { id: string; label: string; options: string[]; onChange: (value: string) => void }) {
  const [value, setValue] = useState<string | null>(null);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <Dropdown
        inputId={id}
        value={value}
        options={options}
        placeholder="Choisir…"
        showClear
        onChange={(event: { value: string | null }) => {
          setValue(event.value);
          onChange(event.value ?? '');
        }}
      />
    </div>
  );
}

function Profile() {
  const [file, setFile] = useState('');
  return (
    <form id="profil" aria-label="Profil" noValidate onSubmit={(event) => event.preventDefault()}>
      <section class="card" aria-labelledby="identite-titre">
        <h2 id="identite-titre">Identité</h2>
        <div class="grid">
          <div class="field">
            <label for="nom">Nom</label>
            <input id="nom" name="nom" type="text" autoComplete="family-name" onInput={(event) => (state.nom = event.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="prenom">Prénom</label>
            <input id="prenom" name="prenom" type="text" autoComplete="given-name" onInput={(event) => (state.prenom = event.currentTarget.value)} />
          </div>
        </div>
      </section>
      <section class="card" aria-labelledby="projet-titre">
        <h2 id="projet-titre">Le métier que je recherche</h2>
        <Menu id="metier" label="Métier recherché" options={JOBS} onChange={(value) => (state.metier = value)} />
        <Menu id="permis" label="Permis de conduire" options={LICENCES} onChange={(value) => (state.permis = value)} />
        <div class="upload field">
          <label for="cv">Mon CV</label>
          <input id="cv" name="cv" type="file" accept=".pdf,.docx,.odt,.png,.jpg,.jpeg,.webp"
            onChange={(event) => {
              state.cv = event.currentTarget.files?.[0]?.name ?? '';
              setFile(state.cv);
            }} />
          <p class="file-name" aria-live="polite">{file ? `Fichier choisi : ${file}` : 'Aucun fichier choisi.'}</p>
        </div>
      </section>
    </form>
  );
}

render(<Profile />, document.getElementById('app')!);
exposeFormState(() => state);
