// "Vos expériences professionnelles": a repeatable group, one fieldset per job.
import { emptyExperience, patchEntry, withoutEntry, type ExperienceEntry } from './profile-state';
import { TextField } from './text-field';
import { useFocusOnNewEntry } from './use-focus-on-new-entry';

const fieldId = (index: number, field: keyof ExperienceEntry) => `experience-${index}-${field}`;
const fieldName = (index: number, field: keyof ExperienceEntry) => `experiences[${index}][${field}]`;

export function ExperienceList(props: { experiences: ExperienceEntry[]; onChange: (experiences: ExperienceEntry[]) => void }) {
  const { experiences, onChange } = props;
  useFocusOnNewEntry(experiences.length, (index) => fieldId(index, 'poste'));
  const patch = (index: number, changes: Partial<ExperienceEntry>) => onChange(patchEntry(experiences, index, changes));

  return (
    <section class="card" id="experiences" aria-labelledby="experiences-titre">
      <h2 id="experiences-titre">Vos expériences professionnelles</h2>
      <p class="card-intro">Emplois, stages, missions d'intérim ou bénévolat : commencez par le plus récent.</p>
      {experiences.length === 0 && <p class="empty">Aucune expérience renseignée pour le moment.</p>}
      {experiences.map((experience, index) => (
        <fieldset class="entry" key={index} id={`experience-${index}`}>
          <legend>Expérience {index + 1}</legend>
          <div class="grid">
            <TextField id={fieldId(index, 'poste')} name={fieldName(index, 'poste')} label="Intitulé du poste"
              value={experience.poste} onValue={(poste) => patch(index, { poste })} />
            <TextField id={fieldId(index, 'employeur')} name={fieldName(index, 'employeur')} label="Employeur"
              value={experience.employeur} onValue={(employeur) => patch(index, { employeur })} />
            <TextField id={fieldId(index, 'debut')} name={fieldName(index, 'debut')} label="Début" type="month"
              hint="Mois et année" placeholder="AAAA-MM"
              value={experience.debut} onValue={(debut) => patch(index, { debut })} />
            <TextField id={fieldId(index, 'fin')} name={fieldName(index, 'fin')} label="Fin" type="month"
              hint="Mois et année" placeholder="AAAA-MM" disabled={experience.posteActuel}
              value={experience.fin} onValue={(fin) => patch(index, { fin })} />
          </div>
          <span class="choice">
            <input
              type="checkbox"
              id={fieldId(index, 'posteActuel')}
              name={fieldName(index, 'posteActuel')}
              checked={experience.posteActuel}
              onChange={(event) => {
                const posteActuel = event.currentTarget.checked;
                patch(index, posteActuel ? { posteActuel, fin: '' } : { posteActuel });
              }}
            />
            <label for={fieldId(index, 'posteActuel')}>Poste actuel</label>
          </span>
          <button type="button" class="btn btn-tertiary btn-small entry-remove" onClick={() => onChange(withoutEntry(experiences, index))}>
            Supprimer<span class="sr-only"> l'expérience {index + 1}</span>
          </button>
        </fieldset>
      ))}
      <button type="button" id="ajouter-experience" class="btn btn-secondary btn-add"
        onClick={() => onChange([...experiences, { ...emptyExperience }])}>
        Ajouter une expérience
      </button>
    </section>
  );
}
