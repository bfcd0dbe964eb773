// Two select menus built with MUI's Select (Material UI, React, through preact/compat as the demo's
// Vite preset aliases React): a box that opens on mousedown, its options in a popover added at the
// end of the page only while open. The licence menu has an empty choice ("Aucun"); the job menu
// has none.
import * as Mui from '@mui/material';
import { render, type FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { exposeFormState } from '../shared/expose-form-state';

// MUI is typed for React's JSX; the page renders it with Preact's (same runtime, other types).
const { FormControl, InputLabel, MenuItem, Select } = Mui as unknown as Record<'FormControl' | 'InputLabel' | 'MenuItem' | 'Select', FunctionComponent<Record<string, unknown>>>;

const JOBS = ['Agent / Agente de propreté et d’hygiène', 'Aide-soignant / Aide-soignante', 'Cariste', 'Conducteur / Conductrice de poids lourd', 'Préparateur / Préparatrice de commandes'];
const LICENCES = ['AM - Cyclomoteur', 'A - Moto', 'B - Véhicule léger', 'C - Poids lourd'];

const state = { nom: '', prenom: '', metier: '', permis: '', cv: '' };

function Menu({ id, label, options, empty, onChange }: { id: string; label: string; options: string[]; empty?: string; onChange: (value: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <div class="field">
      <FormControl fullWidth>
        <InputLabel id={`${id}-label`}>{label}</InputLabel>
        <Select
          labelId={`${id}-label`}
          id={id}
          value={value}
          label={label}
          onChange={(event: { target: { value: string } }) => {
            setValue(event.target.value);
            onChange(event.target.value);
          }}
        >
          {empty && (
            <MenuItem value="">
              <em>{empty}</em>
            </MenuItem>
          )}
          {options.map((option) => (
            <MenuItem key={option} value={option}>
              {option}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
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
        <Menu id="permis" label="Permis de conduire" options={LICENCES} empty="Aucun" onChange={(value) => (state.permis = value)} />
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
