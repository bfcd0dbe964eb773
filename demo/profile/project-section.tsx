// "Votre projet professionnel": the job sought, skills and soft skills.
import type { Profile } from './profile-state';
import { TagInput } from './tag-input';
import { TextField } from './text-field';

type Project = Pick<Profile, 'metier' | 'competences' | 'savoirEtre'>;

export function ProjectSection(props: { project: Project; onChange: (patch: Partial<Project>) => void }) {
  const { project, onChange } = props;
  return (
    <section class="card" id="projet" aria-labelledby="projet-titre">
      <h2 id="projet-titre">Votre projet professionnel</h2>
      <p class="card-intro">Indiquez le métier que vous recherchez et ce que vous savez faire.</p>
      <TextField id="metier" label="Métier recherché" autocomplete="organization-title"
        hint="Exemple : cariste, aide-soignant, développeuse web"
        value={project.metier} onValue={(metier) => onChange({ metier })} />
      <TagInput id="competences" label="Compétences" itemLabel="une compétence"
        listLabel="Compétences ajoutées"
        hint="Saisissez une compétence puis appuyez sur Entrée ou sur « Ajouter »."
        tags={project.competences} onTags={(competences) => onChange({ competences })} />
      <TagInput id="savoirEtre" label="Savoir-être" itemLabel="un savoir-être"
        listLabel="Savoir-être ajoutés"
        hint="Par exemple : rigueur, sens du travail en équipe, autonomie."
        tags={project.savoirEtre} onTags={(savoirEtre) => onChange({ savoirEtre })} />
    </section>
  );
}
