// "Langues": a repeatable group of language + level selects.
import { languageOptions, levelOptions, type Option } from './profile-options';
import { emptyLanguage, patchEntry, withoutEntry, type LanguageEntry } from './profile-state';
import { useFocusOnNewEntry } from './use-focus-on-new-entry';

const fieldId = (index: number, field: keyof LanguageEntry) => `langue-${index}-${field}`;
const fieldName = (index: number, field: keyof LanguageEntry) => `langues[${index}][${field}]`;

function Select(props: { id: string; name: string; label: string; value: string; options: Option[]; onValue: (value: string) => void }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} value={props.value} onChange={(event) => props.onValue(event.currentTarget.value)}>
        <option value="">Choisir…</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
    </div>
  );
}

export function LanguageList(props: { langues: LanguageEntry[]; onChange: (langues: LanguageEntry[]) => void }) {
  const { langues, onChange } = props;
  useFocusOnNewEntry(langues.length, (index) => fieldId(index, 'langue'));
  const patch = (index: number, changes: Partial<LanguageEntry>) => onChange(patchEntry(langues, index, changes));

  return (
    <section class="card" id="langues" aria-labelledby="langues-titre">
      <h2 id="langues-titre">Langues</h2>
      <p class="card-intro">Les niveaux suivent le cadre européen commun de référence (A1 à C2).</p>
      {langues.length === 0 && <p class="empty">Aucune langue renseignée pour le moment.</p>}
      {langues.map((langue, index) => (
        <fieldset class="entry" key={index} id={`langue-${index}`}>
          <legend>Langue {index + 1}</legend>
          <div class="grid">
            <Select id={fieldId(index, 'langue')} name={fieldName(index, 'langue')} label="Langue"
              options={languageOptions} value={langue.langue} onValue={(value) => patch(index, { langue: value })} />
            <Select id={fieldId(index, 'niveau')} name={fieldName(index, 'niveau')} label="Niveau"
              options={levelOptions} value={langue.niveau} onValue={(niveau) => patch(index, { niveau })} />
          </div>
          <button type="button" class="btn btn-tertiary btn-small entry-remove" onClick={() => onChange(withoutEntry(langues, index))}>
            Supprimer<span class="sr-only"> la langue {index + 1}</span>
          </button>
        </fieldset>
      ))}
      <button type="button" id="ajouter-langue" class="btn btn-secondary btn-add"
        onClick={() => onChange([...langues, { ...emptyLanguage }])}>
        Ajouter une langue
      </button>
    </section>
  );
}
