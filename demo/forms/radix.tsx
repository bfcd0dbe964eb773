// Two select menus built with Radix's Select (React, through preact/compat as the demo's Vite
// preset aliases React), the menus of shadcn/ui: a button that opens its options in a portal on
// pointerdown, and picks one on pointerup. Radix has no empty option: once a job or licence is
// chosen, the menu cannot go back to "Choisir…".
import * as RadixSelect from '@radix-ui/react-select';
import { render, type FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { exposeFormState } from '../shared/expose-form-state';

// Radix is typed for React's JSX; the page renders it with Preact's (same runtime, other types).
const Select = RadixSelect as unknown as Record<'Root' | 'Trigger' | 'Value' | 'Icon' | 'Portal' | 'Content' | 'Viewport' | 'Item' | 'ItemText', FunctionComponent<Record<string, unknown>>>;

const JOBS = ['Agent / Agente de propreté et d’hygiène', 'Aide-soignant / Aide-soignante', 'Cariste', 'Conducteur / Conductrice de poids lourd', 'Préparateur / Préparatrice de commandes'];
const LICENCES = ['AM - Cyclomoteur', 'A - Moto', 'B - Véhicule léger', 'C - Poids lourd'];

const state = { nom: '', prenom: '', metier: '', permis: '', cv: '' };

function Menu({ id, label, options, onChange }: { id: string; label: string; options: string[]; onChange: (value: string) => void }) {
  const [value, setValue] = useState<string | undefined>(undefined);
  return (
    <div class="field menu">
      <label for={id}>{label}</label>
      <Select.Root
        value={value}
        onValueChange={(next: string) => {
          setValue(next);
          onChange(next);
        }}
      >
        <Select.Trigger id={id} class="menu-button">
          <Select.Value placeholder="Choisir…" />
          <Select.Icon> ▾</Select.Icon>
        </Select.Trigger>
        <Select.Portal>
          <Select.Content class="radix-content" position="popper" sideOffset={4}>
            <Select.Viewport>
              {options.map((option) => (
                <Select.Item key={option} value={option} class="menu-option">
                  <Select.ItemText>{option}</Select.ItemText>
                </Select.Item>
              ))}
            </Select.Viewport>
          </Select.Content>
        </Select.Portal>
      </Select.Root>
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
