// Shown after "Enregistrer": nothing is sent anywhere, the page just shows what it would save.
import type { Profile } from './profile-state';

export function SaveConfirmation(props: { saved: Profile }) {
  return (
    <div class="notice-success" id="confirmation" role="status">
      <h2>Votre profil a bien été enregistré.</h2>
      <p>Site de démonstration : rien n'a été envoyé. Voici les données qui auraient été transmises.</p>
      <pre id="etat-enregistre" tabIndex={0} aria-label="Données enregistrées">{JSON.stringify(props.saved, null, 2)}</pre>
    </div>
  );
}
