// "Vos formations": a repeatable group, one fieldset per diploma or training.
import { emptyTraining, patchEntry, withoutEntry, type TrainingEntry } from './profile-state';
import { TextField } from './text-field';
import { useFocusOnNewEntry } from './use-focus-on-new-entry';

const fieldId = (index: number, field: keyof TrainingEntry) => `formation-${index}-${field}`;
const fieldName = (index: number, field: keyof TrainingEntry) => `formations[${index}][${field}]`;

export function TrainingList(props: { formations: TrainingEntry[]; onChange: (formations: TrainingEntry[]) => void }) {
  const { formations, onChange } = props;
  useFocusOnNewEntry(formations.length, (index) => fieldId(index, 'diplome'));
  const patch = (index: number, changes: Partial<TrainingEntry>) => onChange(patchEntry(formations, index, changes));

  return (
    <section class="card" id="formations" aria-labelledby="formations-titre">
      <h2 id="formations-titre">Vos formations</h2>
      <p class="card-intro">Diplômes, titres professionnels, certificats de qualification.</p>
      {formations.length === 0 && <p class="empty">Aucune formation renseignée pour le moment.</p>}
      {formations.map((formation, index) => (
        <fieldset class="entry" key={index} id={`formation-${index}`}>
          <legend>Formation {index + 1}</legend>
          <div class="grid-3">
            <TextField id={fieldId(index, 'diplome')} name={fieldName(index, 'diplome')} label="Diplôme ou titre"
              value={formation.diplome} onValue={(diplome) => patch(index, { diplome })} />
            <TextField id={fieldId(index, 'etablissement')} name={fieldName(index, 'etablissement')} label="Établissement"
              value={formation.etablissement} onValue={(etablissement) => patch(index, { etablissement })} />
            <TextField id={fieldId(index, 'annee')} name={fieldName(index, 'annee')} label="Année d'obtention"
              hint="Format AAAA" inputMode="numeric" maxLength={4} pattern="[0-9]{4}"
              value={formation.annee} onValue={(annee) => patch(index, { annee })} />
          </div>
          <button type="button" class="btn btn-tertiary btn-small entry-remove" onClick={() => onChange(withoutEntry(formations, index))}>
            Supprimer<span class="sr-only"> la formation {index + 1}</span>
          </button>
        </fieldset>
      ))}
      <button type="button" id="ajouter-formation" class="btn btn-secondary btn-add"
        onClick={() => onChange([...formations, { ...emptyTraining }])}>
        Ajouter une formation
      </button>
    </section>
  );
}
