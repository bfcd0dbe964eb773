// Two select menus built with Headless UI's Listbox (React, through preact/compat as the demo's
// Vite preset aliases React): a button that opens a list of options in a portal, no native select.
// The licence menu has a "Choisir…" option (null); the job menu has none.
import * as HeadlessUI from '@headlessui/react';
import { render, type FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { exposeFormState } from '../shared/expose-form-state';

// Headless UI is typed for React's JSX; the page renders it with Preact's (same runtime, other types).
const { Field, Label, Listbox, ListboxButton, ListboxOption, ListboxOptions } = HeadlessUI as unknown as Record<
  'Field' | 'Label' | 'Listbox' | 'ListboxButton' | 'ListboxOption' | 'ListboxOptions',
  FunctionComponent<Record<string, unknown>>
>;

const JOBS = ['Agent / Agente de propreté et d’hygiène', 'Aide-soignant / Aide-soignante', 'Cariste', 'Conducteur / Conductrice de poids lourd', 'Préparateur / Préparatrice de commandes'];
const LICENCES = ['AM - Cyclomoteur', 'A - Moto', 'B - Véhicule léger', 'C - Poids lourd'];

const state = { nom: '', prenom: '', metier: '', permis: '', cv: '' };

function Menu({ label, options, placeholder, onChange }: { label: string; options: string[]; placeholder?: string; onChange: (value: string) => void }) {
  const [value, setValue] = useState<string | null>(null);
  const choose = (next: string | null) => {
    setValue(next);
    onChange(next ?? '');
  };
  return (
    <Field class="field menu">
      <Label>{label}</Label>
      <Listbox value={value} onChange={choose}>
        <ListboxButton class="menu-button">{value ?? placeholder ?? '\u00a0'}</ListboxButton>
        <ListboxOptions anchor="bottom start" class="menu-list">
          {placeholder && (
            <ListboxOption value={null} class="menu-option">
              {placeholder}
            </ListboxOption>
          )}
          {options.map((option) => (
            <ListboxOption key={option} value={option} class="menu-option">
              {option}
            </ListboxOption>
          ))}
        </ListboxOptions>
      </Listbox>
    </Field>
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
        <Menu label="Métier recherché" options={JOBS} onChange={(value) => (state.metier = value)} />
        <Menu label="Permis de conduire" options={LICENCES} placeholder="Choisir…" onChange={(value) => (state.permis = value)} />
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
