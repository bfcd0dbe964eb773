// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState, planOf } from './mount-form';

/**
 * Boxes that state their limit in words or with a counter, with no maxlength: the page's script
 * cuts the text mid-word or the form refuses it on submit. The fill writes what fits, whole, and
 * names what it left out.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const skills = [
  'utiliser un chariot élévateur',
  'préparer des commandes',
  'contrôler la conformité des marchandises',
  'charger et décharger des camions',
  'gérer les stocks',
  'appliquer les règles de sécurité',
  'utiliser un terminal de radiofréquence',
  'emballer des produits',
];
const experienced = planOf({ ...cariste, skills });

describe('a limit said in words', () => {
  it('writes in a skills textarea only the skills that fit "200 caractères maximum", and names the others', async () => {
    const { report, undo } = await mountAndFill(
      `<form><div class="fr-input-group"><label class="fr-label" for="comp">Vos compétences</label>
        <textarea class="fr-input" id="comp" name="competences" rows="5" aria-describedby="comp-hint"></textarea>
        <p class="fr-hint-text" id="comp-hint">Une compétence par ligne, 200 caractères maximum</p></div></form>`,
      experienced,
    );
    const written = field('competences').value;
    // 263 characters for the eight: as many as fit, whole, and the rest named.
    expect(written.length).toBeLessThanOrEqual(200);
    expect(written.split('\n')).toEqual([...skills.slice(0, 6), 'emballer des produits']);
    expect(report.skipped.filter((entry) => entry.reason === 'too-long')).toEqual([{ target: `skills:${skills[6]}`, reason: 'too-long' }]);
    await undo();
    expect(pageState()).toEqual(['competences=']);
  });

  it('reads a counter "0 / 120" a script keeps beside the box', async () => {
    const { report } = await mountAndFill(
      `<form><label for="comp">Compétences clés</label>
        <div class="textarea-wrapper"><textarea id="comp" name="competences"></textarea><div class="char-counter"><span class="count">0</span> / 120</div></div></form>`,
      experienced,
    );
    const written = field('competences').value.split('\n');
    expect(field('competences').value.length).toBeLessThanOrEqual(120);
    const left = report.skipped.filter((entry) => entry.reason === 'too-long').map((entry) => entry.target.replace('skills:', ''));
    expect(written.length).toBeGreaterThan(0);
    expect([...written, ...left].sort()).toEqual([...skills].sort());
  });

  it("a counter of the next box is not this one's limit", async () => {
    const { report } = await mountAndFill(
      `<form><div class="field"><label for="comp">Compétences</label><textarea id="comp" name="competences"></textarea></div>
        <div class="field"><label for="motiv">Motivation</label><textarea id="motiv" name="motivation"></textarea><div class="char-counter">0 / 60</div></div></form>`,
      experienced,
    );
    expect(field('competences').value.split('\n')).toEqual(skills);
    expect(report.skipped.filter((entry) => entry.reason === 'too-long')).toEqual([]);
  });

  it('leaves a job title longer than "Intitulé (30 caractères max.)" for the person, and says so', async () => {
    const plan = planOf({ fields: { jobTitle: 'Cariste – Préparateur de commandes en entrepôt' } });
    const { report } = await mountAndFill(
      `<form><label for="poste">Poste recherché <small>(30 caractères max.)</small></label><input id="poste" name="poste"></form>`,
      plan,
    );
    expect(field('poste').value).toBe('');
    expect(report.skipped).toContainEqual({ target: 'jobTitle', reason: 'too-long' });
  });
});
