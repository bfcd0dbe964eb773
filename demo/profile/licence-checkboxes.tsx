// "Permis de conduire": one checkbox per category; the state keeps the checked codes in the
// order of the list, whatever the order they were ticked in.
import { licenceOptions } from './profile-options';

export function LicenceCheckboxes(props: { permis: string[]; onChange: (permis: string[]) => void }) {
  const toggle = (code: string, checked: boolean) => {
    const wanted = new Set(props.permis);
    if (checked) wanted.add(code);
    else wanted.delete(code);
    props.onChange(licenceOptions.map((option) => option.value).filter((value) => wanted.has(value)));
  };
  return (
    <section class="card" id="permis" aria-labelledby="permis-titre">
      <h2 id="permis-titre">Permis de conduire</h2>
      <fieldset>
        <legend>Catégories de permis obtenues</legend>
        <div class="licence-grid">
          {licenceOptions.map((option) => (
            <span class="choice" key={option.value}>
              <input
                type="checkbox"
                id={`permis-${option.value}`}
                name="permis"
                value={option.value}
                checked={props.permis.includes(option.value)}
                onChange={(event) => toggle(option.value, event.currentTarget.checked)}
              />
              <label for={`permis-${option.value}`}>{option.label}</label>
            </span>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
