// "Vos coordonnées": civility, names, contact details and postal address.
import type { Civility, Profile } from './profile-state';
import { TextField } from './text-field';

type Identity = Pick<
  Profile,
  'civilite' | 'nom' | 'prenom' | 'courriel' | 'telephone' | 'adresse' | 'codePostal' | 'ville'
>;

const civilities: { value: Civility; label: string }[] = [
  { value: 'madame', label: 'Madame' },
  { value: 'monsieur', label: 'Monsieur' },
  { value: 'non-precise', label: 'Non précisé' },
];

export function IdentitySection(props: { identity: Identity; onChange: (patch: Partial<Identity>) => void }) {
  const { identity, onChange } = props;
  return (
    <section class="card" id="coordonnees" aria-labelledby="coordonnees-titre">
      <h2 id="coordonnees-titre">Vos coordonnées</h2>
      <p class="card-intro">
        Ces informations permettent aux recruteurs de vous contacter.{' '}
        <span class="required-note">Les champs marqués d'un astérisque (*) sont obligatoires.</span>
      </p>
      <fieldset class="field">
        <legend>Civilité</legend>
        <div class="choices">
          {civilities.map((civility) => (
            <span class="choice" key={civility.value}>
              <input
                type="radio"
                id={`civilite-${civility.value}`}
                name="civilite"
                value={civility.value}
                checked={identity.civilite === civility.value}
                onChange={() => onChange({ civilite: civility.value })}
              />
              <label for={`civilite-${civility.value}`}>{civility.label}</label>
            </span>
          ))}
        </div>
      </fieldset>
      <div class="grid">
        <TextField id="nom" label="Nom" autocomplete="family-name" required
          value={identity.nom} onValue={(nom) => onChange({ nom })} />
        <TextField id="prenom" label="Prénom" autocomplete="given-name" required
          value={identity.prenom} onValue={(prenom) => onChange({ prenom })} />
        <TextField id="courriel" label="Adresse électronique" type="email" autocomplete="email" required
          hint="Format attendu : nom@domaine.fr"
          value={identity.courriel} onValue={(courriel) => onChange({ courriel })} />
        <TextField id="telephone" label="Téléphone" type="tel" autocomplete="tel"
          hint="Exemple : 06 12 34 56 78"
          value={identity.telephone} onValue={(telephone) => onChange({ telephone })} />
        <TextField id="adresse" label="Adresse" autocomplete="street-address" className="span-2"
          hint="Numéro et libellé de la voie"
          value={identity.adresse} onValue={(adresse) => onChange({ adresse })} />
        <TextField id="codePostal" label="Code postal" autocomplete="postal-code" inputMode="numeric"
          maxLength={5} value={identity.codePostal} onValue={(codePostal) => onChange({ codePostal })} />
        <TextField id="ville" label="Ville" autocomplete="address-level2"
          value={identity.ville} onValue={(ville) => onChange({ ville })} />
      </div>
    </section>
  );
}
