// "Habilitations et certifications": the certificates a job requires (CACES, SST, habilitation
// électrique…), one tag each, apart from the driving licences and the skills.
import { TagInput } from './tag-input';

export function CertificationTags(props: { habilitations: string[]; onChange: (habilitations: string[]) => void }) {
  return (
    <section class="card" id="habilitations-carte" aria-labelledby="habilitations-titre">
      <h2 id="habilitations-titre">Habilitations et certifications</h2>
      <p class="card-intro">Les certificats exigés pour certains métiers, avec leur catégorie.</p>
      <TagInput id="habilitations" label="Habilitations et certifications" itemLabel="une habilitation"
        listLabel="Habilitations ajoutées"
        hint="Par exemple : CACES R489 catégorie 3, SST, habilitation électrique B1V."
        tags={props.habilitations} onTags={props.onChange} />
    </section>
  );
}
