// "Présentation": a free text with a character counter.

export const presentationMaxLength = 2000;

export function PresentationField(props: { value: string; onValue: (value: string) => void }) {
  return (
    <section class="card" id="presentation-section" aria-labelledby="presentation-titre">
      <h2 id="presentation-titre">Présentation</h2>
      <div class="field">
        <label for="presentation">
          Présentez-vous en quelques lignes
          <span class="hint">
            <br />
            Votre parcours, ce qui vous motive, vos disponibilités.
          </span>
        </label>
        <textarea
          id="presentation"
          name="presentation"
          rows={6}
          maxLength={presentationMaxLength}
          value={props.value}
          onInput={(event) => props.onValue(event.currentTarget.value)}
        />
        <p class="hint">
          {props.value.length} / {presentationMaxLength} caractères
        </p>
      </div>
    </section>
  );
}
