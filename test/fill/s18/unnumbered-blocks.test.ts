// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../../lib/fill/fill-form';
import { cariste, context, field, mountAndFill, pageState, planOf } from '../../forms-in-the-wild/mount-form';

/**
 * Experience blocks repeated with the same title and no number, as many application forms print
 * a fixed number of them ("Expérience professionnelle" three times), side by side or as parts of a
 * flat form cut by sub-headings of one rank. Each block takes one experience, in order.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const values = (...names: string[]) => names.map((name) => field(name).value);

describe('repeated blocks titled without a number', () => {
  it('fills fieldsets all titled "Expérience professionnelle", one experience each', async () => {
    const block = (index: number) => `<fieldset class="bloc-experience">
        <legend>Expérience professionnelle</legend>
        <label for="poste${index}">Intitulé du poste</label><input id="poste${index}" name="exp${index}_poste">
        <label for="employeur${index}">Employeur</label><input id="employeur${index}" name="exp${index}_employeur">
        <label for="debut${index}">Date de début</label><input id="debut${index}" name="exp${index}_debut" type="month">
        <label for="fin${index}">Date de fin</label><input id="fin${index}" name="exp${index}_fin" type="month">
      </fieldset>`;
    const html = `<form><h2>Votre parcours</h2>${block(1)}${block(2)}${block(3)}</form>`;
    document.body.innerHTML = html;
    const before = pageState();
    const { report, undo } = await mountAndFill(html, cariste);
    expect(values('exp1_poste', 'exp1_employeur', 'exp1_debut')).toEqual(['Cariste', 'Hainaut Logistique Services', '2019-03']);
    expect(values('exp2_poste', 'exp2_employeur', 'exp2_debut', 'exp2_fin')).toEqual(['Préparateur de commandes', 'Adecco', '2016-03', '2018-12']);
    expect(values('exp3_poste', 'exp3_employeur')).toEqual(['', '']);
    expect(report.filled).toEqual(expect.arrayContaining(['experience:0', 'experience:1']));
    await undo();
    expect(pageState()).toEqual(before);
  });

  it('fills a flat form whose parts are cut by h3 headings of the same words', async () => {
    const part = (index: number) => `<h3>Expérience</h3>
      <div class="fr-input-group"><label class="fr-label" for="p${index}">Poste occupé</label><input class="fr-input" id="p${index}" name="poste_${index}"></div>
      <div class="fr-input-group"><label class="fr-label" for="e${index}">Nom de l'entreprise</label><input class="fr-input" id="e${index}" name="entreprise_${index}"></div>
      <div class="fr-input-group"><label class="fr-label" for="d${index}">Début (MM/AAAA)</label><input class="fr-input" id="d${index}" name="debut_${index}"></div>`;
    await mountAndFill(`<form>
      <h2>Identité</h2><label for="nom">Nom</label><input id="nom" name="nom">
      <h2>Expériences professionnelles</h2>${part(1)}${part(2)}
      <h2>Formation</h2><label for="dip">Diplôme</label><input id="dip" name="diplome">
    </form>`, cariste);
    expect(values('poste_1', 'entreprise_1', 'poste_2', 'entreprise_2')).toEqual(['Cariste', 'Hainaut Logistique Services', 'Préparateur de commandes', 'Adecco']);
    expect(values('debut_1', 'debut_2')).toEqual(['03/2019', '03/2016']);
    expect(field('diplome').value).toBe('');
  });

  it('keeps filling blocks the page adds with "Ajouter une expérience"', async () => {
    const block = (index: number) => `<fieldset class="experience">
        <legend>Expérience professionnelle</legend>
        <label for="t${index}">Poste</label><input id="t${index}" name="titre_${index}">
        <label for="s${index}">Société</label><input id="s${index}" name="societe_${index}">
      </fieldset>`;
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `<form><section id="experiences"><h2>Expériences</h2><div id="blocks">${block(0)}</div>
      <button type="button" id="add">Ajouter une expérience</button></section></form>`;
    let count = 1;
    document.querySelector('#add')!.addEventListener('click', () => document.querySelector('#blocks')!.insertAdjacentHTML('beforeend', block(count++)));
    const { report } = await fillForm(document, cariste, context);
    expect(values('titre_0', 'societe_0', 'titre_1', 'societe_1')).toEqual(['Cariste', 'Hainaut Logistique Services', 'Préparateur de commandes', 'Adecco']);
    expect(document.querySelectorAll('fieldset.experience')).toHaveLength(2);
    expect(report.filled).toEqual(expect.arrayContaining(['experience:0', 'experience:1']));
  });
});

describe('a flat group cut by sub-headings of one rank', () => {
  it('gives "Poste actuel" and "Poste précédent" one experience each under "Expériences professionnelles"', async () => {
    await mountAndFill(`<form>
      <h2>Vos coordonnées</h2>
      <label for="nom">Nom</label><input id="nom" name="nom">
      <h2>Expériences professionnelles</h2>
      <h3>Poste actuel</h3>
      <label for="f1">Fonction</label><input id="f1" name="fonction_a">
      <label for="s1">Entreprise</label><input id="s1" name="entreprise_a">
      <h3>Poste précédent</h3>
      <label for="f2">Fonction</label><input id="f2" name="fonction_b">
      <label for="s2">Entreprise</label><input id="s2" name="entreprise_b">
      <h2>Disponibilité</h2>
      <label for="dispo">Date de disponibilité</label><input id="dispo" name="dispo">
    </form>`, cariste);
    expect(values('fonction_a', 'entreprise_a', 'fonction_b', 'entreprise_b')).toEqual(['Cariste', 'Hainaut Logistique Services', 'Préparateur de commandes', 'Adecco']);
    expect(field('dispo').value).toBe('');
  });

  it('keeps one experience whose parts "Poste" and "Période" are sub-headings', async () => {
    await mountAndFill(`<form>
      <h2>Dernière expérience professionnelle</h2>
      <h3>Poste</h3>
      <label for="f1">Intitulé du poste</label><input id="f1" name="intitule">
      <label for="s1">Entreprise</label><input id="s1" name="entreprise">
      <h3>Période</h3>
      <label for="d1">Date de début</label><input id="d1" name="debut" type="month">
      <label for="d2">Date de fin</label><input id="d2" name="fin" type="month">
    </form>`, cariste);
    expect(values('intitule', 'entreprise', 'debut', 'fin')).toEqual(['Cariste', 'Hainaut Logistique Services', '2019-03', '']);
  });

  it('leaves alone sub-parts under a heading about something else', async () => {
    await mountAndFill(`<form>
      <h2>Personne à prévenir</h2>
      <h3>Contact principal</h3>
      <label for="f1">Fonction</label><input id="f1" name="fonction_a">
      <label for="s1">Entreprise</label><input id="s1" name="entreprise_a">
      <h3>Contact secondaire</h3>
      <label for="f2">Fonction</label><input id="f2" name="fonction_b">
      <label for="s2">Entreprise</label><input id="s2" name="entreprise_b">
    </form>`, cariste);
    expect(values('fonction_a', 'entreprise_a', 'fonction_b', 'entreprise_b')).toEqual(['', '', '', '']);
  });
});

describe('education blocks titled alike', () => {
  it('gives each "Diplôme / formation" block one diploma, the most recent first', async () => {
    const block = (index: number) => `<div class="card">
        <h4 class="card-title">Diplôme / formation</h4>
        <div><label for="dip${index}">Intitulé du diplôme</label><input id="dip${index}" name="diplome${index}"></div>
        <div><label for="eta${index}">Établissement</label><input id="eta${index}" name="etablissement${index}"></div>
        <div><label for="an${index}">Année d'obtention</label><input id="an${index}" name="annee${index}"></div>
      </div>`;
    await mountAndFill(`<form><h3>Formation</h3><div class="cards">${block(1)}${block(2)}</div></form>`, planOf({
      education: [
        { degree: 'CACES R489 catégories 1, 3 et 5', school: 'AFTRAL Valenciennes', end: '2019' },
        { degree: 'CAP Opérateur logistique', school: 'Lycée professionnel de l\'Escaut', end: '2015' },
      ],
    }));
    expect(values('diplome1', 'etablissement1', 'annee1')).toEqual(['CACES R489 catégories 1, 3 et 5', 'AFTRAL Valenciennes', '2019']);
    expect(values('diplome2', 'etablissement2', 'annee2')).toEqual(['CAP Opérateur logistique', "Lycée professionnel de l'Escaut", '2015']);
  });
});
