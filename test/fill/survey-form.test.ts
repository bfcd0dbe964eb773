// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isShownByStyle } from '../../lib/fill/find-controls';
import { surveyForm, type SurveyTarget } from '../../lib/fill/survey-form';

const WANTED: SurveyTarget[] = ['firstName', 'lastName', 'email', 'phone', 'city', 'jobTitle', 'skills', 'experience'];

function survey(html: string, wanted: SurveyTarget[] = WANTED) {
  document.title = 'Profil';
  document.body.innerHTML = html;
  return surveyForm(document, wanted, isShownByStyle, []);
}

describe('surveyForm', () => {
  it('counts the targets a profile form has a place for, without writing', () => {
    const found = survey(`<form>
      <label for="p">Prénom</label><input id="p" name="prenom">
      <label for="n">Nom</label><input id="n" name="nom">
      <label for="c">Adresse électronique</label><input id="c" type="email" value="">
      <label for="m">Métier recherché</label><input id="m">
      <section><h2>Expériences</h2><button type="button">Ajouter une expérience</button></section>
    </form>`);
    expect(found.sort()).toEqual(['email', 'experience', 'firstName', 'jobTitle', 'lastName']);
    expect([...document.querySelectorAll('input')].every((input) => input.value === '')).toBe(true);
  });

  it('finds nothing on a page with only a CV upload and a site search', () => {
    expect(survey(`<form role="search"><input type="search" aria-label="Rechercher une offre"></form>
      <label for="cv">Déposer votre CV</label><input id="cv" type="file">`)).toEqual([]);
  });

  it('counts only what the plan has values for', () => {
    const html = '<label for="t">Téléphone</label><input id="t" type="tel"><label for="v">Ville</label><input id="v">';
    expect(survey(html, ['city'])).toEqual(['city']);
  });

  it('leaves out password, hidden and newsletter fields', () => {
    expect(survey(`<input type="hidden" name="email"><input type="password" name="nom">
      <fieldset><legend>Newsletter</legend><label for="e">Courriel</label><input id="e" type="email"></fieldset>`)).toEqual([]);
  });
});
