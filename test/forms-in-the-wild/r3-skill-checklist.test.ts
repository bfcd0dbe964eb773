// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill } from './mount-form';

/** Skills offered as a list of checkboxes under a "Compétences" question: tick the confirmed ones only. */
afterEach(() => {
  document.body.innerHTML = '';
});

const OFFERED = [
  'Accueillir la clientèle', 'Réceptionner des marchandises', 'Utiliser un chariot élévateur', 'Contrôler la conformité d\'une livraison',
  'Ranger un stock', 'Réaliser un inventaire', 'Préparer des commandes', 'Emballer des produits', 'Étiqueter des colis',
  'Charger un camion', 'Décharger un camion', 'Utiliser un transpalette', 'Utiliser un gerbeur', 'Saisir des données informatiques',
  'Utiliser un scanner code-barres', 'Trier des déchets', 'Nettoyer un poste de travail', 'Respecter les règles de sécurité',
  'Conduire un poids lourd', 'Gérer des retours clients', 'Encaisser un paiement', 'Renseigner un client', 'Mettre en rayon',
  'Effectuer un réassort', 'Filmer une palette', 'Peser des marchandises', 'Rédiger un bon de livraison', 'Suivre un planning',
  'Travailler en équipe', 'Appliquer les règles HACCP',
];

function checklist(): string {
  return `<form><fieldset><legend>Vos compétences (cochez celles que vous maîtrisez)</legend>
    ${OFFERED.map((skill, index) => `<label><input type="checkbox" name="competences[]" value="c${index}"> ${skill}</label>`).join('\n')}
  </fieldset></form>`;
}

const tickedSkills = () =>
  [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((box) => box.checked).map((box) => OFFERED[Number(box.value.slice(1))]);

describe('a checklist of thirty skills', () => {
  it('ticks the boxes of the confirmed skills, and only those', async () => {
    const outcome = await mountAndFill(checklist(), cariste);
    expect(tickedSkills()).toEqual(['Utiliser un chariot élévateur', 'Préparer des commandes']);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['skills:utiliser un chariot élévateur', 'skills:préparer des commandes']));
  });

  it('unticks on undo the boxes it ticked, and leaves a box the person ticked', async () => {
    const outcome = await mountAndFill(checklist(), cariste);
    expect(tickedSkills()).toHaveLength(2);
    document.querySelector<HTMLInputElement>('input[value="c28"]')!.click(); // "Travailler en équipe", the person's own
    await outcome.undo();
    expect(tickedSkills()).toEqual(['Travailler en équipe']);
  });
});
