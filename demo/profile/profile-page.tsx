// The "Mon profil de compétences" form. The whole profile lives in one piece of Preact state;
// every field is controlled (value from state, state changed only by events).
import { useRef, useState } from 'preact/hooks';
import { exposeFormState } from '../shared/expose-form-state';
import { CvUpload } from './cv-upload';
import { ExperienceList } from './experience-list';
import { IdentitySection } from './identity-section';
import { LanguageList } from './language-list';
import { LicenceCheckboxes } from './licence-checkboxes';
import { CertificationTags } from './certification-tags';
import { PresentationField } from './presentation-field';
import { emptyProfile, type Profile } from './profile-state';
import { ProjectSection } from './project-section';
import { SaveConfirmation } from './save-confirmation';
import { TrainingList } from './training-list';

const sections = [
  { href: '#coordonnees', label: 'Vos coordonnées' },
  { href: '#cv-section', label: 'Votre CV' },
  { href: '#projet', label: 'Votre projet professionnel' },
  { href: '#experiences', label: 'Vos expériences' },
  { href: '#formations', label: 'Vos formations' },
  { href: '#langues', label: 'Langues' },
  { href: '#permis', label: 'Permis de conduire' },
  { href: '#presentation-section', label: 'Présentation' },
];

export function ProfilePage() {
  const [profile, setProfile] = useState<Profile>(emptyProfile);
  const [saved, setSaved] = useState<Profile | null>(null);
  // Read at call time rather than captured, so `__formState()` always returns the rendered state.
  const latest = useRef(profile);
  latest.current = profile;
  const exposed = useRef(false);
  if (!exposed.current) {
    exposeFormState(() => latest.current);
    exposed.current = true;
  }

  const update = (patch: Partial<Profile>) => setProfile((current) => ({ ...current, ...patch }));

  return (
    <div class="layout">
      <nav class="side-nav" aria-labelledby="sommaire-titre">
        <h2 id="sommaire-titre">Sommaire</h2>
        <ol>
          {sections.map((section) => (
            <li key={section.href}><a href={section.href}>{section.label}</a></li>
          ))}
        </ol>
      </nav>
      <form
        id="profil-form"
        aria-label="Mon profil de compétences"
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(structuredClone(profile));
        }}
        onReset={() => {
          // The native reset empties the file input; the state follows.
          setProfile(emptyProfile);
          setSaved(null);
        }}
      >
        <IdentitySection identity={profile} onChange={update} />
        <CvUpload fileName={profile.cv} onFile={(file) => update({ cv: file?.name ?? '' })} />
        <ProjectSection project={profile} onChange={update} />
        <ExperienceList experiences={profile.experiences} onChange={(experiences) => update({ experiences })} />
        <TrainingList formations={profile.formations} onChange={(formations) => update({ formations })} />
        <LanguageList langues={profile.langues} onChange={(langues) => update({ langues })} />
        <LicenceCheckboxes permis={profile.permis} onChange={(permis) => update({ permis })} />
        <CertificationTags habilitations={profile.habilitations} onChange={(habilitations) => update({ habilitations })} />
        <PresentationField value={profile.presentation} onValue={(presentation) => update({ presentation })} />
        <div class="actions">
          <button type="reset" class="btn btn-tertiary">Tout effacer</button>
          <button type="submit" id="enregistrer" class="btn">Enregistrer</button>
        </div>
        {saved && <SaveConfirmation saved={saved} />}
      </form>
    </div>
  );
}
