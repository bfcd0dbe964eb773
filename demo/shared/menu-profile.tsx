// The profile page the library test forms share (headless-ui, radix, mui, primereact): identity,
// the job and the licence asked through a library's select menu, the CV. Each page gives only its
// menu; the page's state is exposed for the end-to-end tests (expose-form-state.ts).
import { render, type FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { exposeFormState } from './expose-form-state';

export interface MenuProps {
  /** The id of the element the label names. */
  id: string;
  label: string;
  options: string[];
  /** The menu's empty choice, when it has one ("Choisir…", "Aucun"). */
  emptyChoice?: string;
  onChange: (value: string) => void;
}

const JOBS = ['Agent / Agente de propreté et d’hygiène', 'Aide-soignant / Aide-soignante', 'Cariste', 'Conducteur / Conductrice de poids lourd', 'Préparateur / Préparatrice de commandes'];
const LICENCES = ['AM - Cyclomoteur', 'A - Moto', 'B - Véhicule léger', 'C - Poids lourd'];

/** Renders the page with `Menu` for the job (no empty choice) and the licence (`licenceEmptyChoice`). */
export function renderMenuProfile(Menu: FunctionComponent<MenuProps>, licenceEmptyChoice?: string): void {
  const state = { nom: '', prenom: '', metier: '', permis: '', cv: '' };

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
          <Menu id="permis" label="Permis de conduire" options={LICENCES} emptyChoice={licenceEmptyChoice} onChange={(value) => (state.permis = value)} />
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
}
