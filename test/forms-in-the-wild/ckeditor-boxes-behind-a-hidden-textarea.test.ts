// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, mountAndFill } from './mount-form';

/**
 * An application page whose long answers are CKEditor 5 editors: the page's <label for> names the
 * <textarea> the editor hides (display:none) and keeps in step; the editable region people type in
 * is named only by the editor ("Éditeur de texte enrichi. Zone d'édition : main"). A plain
 * contenteditable "Présentez-vous en quelques lignes" box is the person's to write. TinyMCE does
 * the same with its region in a frame. The fill read only the editor's name and left the skills out.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const ckeditor = (id: string, label: string) => `<div class="fr-input-group">
  <label class="fr-label" for="${id}">${label}</label>
  <textarea id="${id}" name="${id}" style="display: none"></textarea>
  <div class="ck ck-reset ck-editor ck-rounded-corners" role="application" dir="ltr" lang="fr" aria-labelledby="ck-editor__label_${id}">
    <label class="ck ck-label ck-voice-label" id="ck-editor__label_${id}">Éditeur de texte enrichi</label>
    <div class="ck ck-editor__top ck-reset_all" role="presentation"><div class="ck ck-toolbar" role="toolbar" aria-label="Barre d'outils de l'éditeur">
      <button class="ck ck-button" type="button" aria-label="Gras">B</button><button class="ck ck-button" type="button" aria-label="Liste à puces">•</button></div></div>
    <div class="ck ck-editor__main" role="presentation">
      <div class="ck-blurred ck ck-content ck-editor__editable ck-rounded-corners ck-editor__editable_inline" lang="fr" dir="ltr" role="textbox" aria-label="Éditeur de texte enrichi. Zone d'édition : main" contenteditable="true"><p><br data-cke-filler="true"></p></div>
    </div>
  </div></div>`;

const page = `<main><form id="candidature">
  <div class="fr-input-group"><label class="fr-label" for="nom">Nom</label><input class="fr-input" id="nom" name="nom"></div>
  <div class="fr-input-group"><span class="fr-label" id="pres-l">Présentez-vous en quelques lignes</span><div id="pres" class="editable" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="pres-l"></div></div>
  ${ckeditor('competences', 'Vos compétences')}
  ${ckeditor('motivation', 'Lettre de motivation')}
</form></main>`;

const region = (id: string) => document.getElementById(id)!.parentElement!.querySelector<HTMLElement>('[contenteditable]')!;

describe('CKEditor 5 editors named by the label of the textarea they hide', () => {
  it('writes the skills in the editor of "Vos compétences", leaves the motivation and the presentation empty; undo puts the editor back', async () => {
    const outcome = await mountAndFill(page, { ...cariste, softSkills: [] });
    expect(region('competences').innerHTML).toBe('<p>utiliser un chariot élévateur</p><p>préparer des commandes</p>');
    expect(region('motivation').innerHTML).toBe('<p><br data-cke-filler="true"></p>');
    expect(document.getElementById('pres')!.innerHTML).toBe('');
    expect((document.getElementById('nom') as HTMLInputElement).value).toBe('FONTAINE');
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['skills:utiliser un chariot élévateur', 'skills:préparer des commandes']));
    await outcome.undo();
    expect(region('competences').innerHTML).toBe('<p><br data-cke-filler="true"></p>');
  });
});

describe('a TinyMCE editor, its region the body of a frame', () => {
  it('writes the skills into the frame’s body, named by the label of the hidden textarea', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `<form><label for="nom">Nom</label><input id="nom" name="nom">
      <label for="skills">Compétences professionnelles</label>
      <textarea id="skills" name="skills" style="display: none" aria-hidden="true"></textarea>
      <div role="application" class="tox tox-tinymce" aria-disabled="false"><div class="tox-editor-container"><div class="tox-sidebar-wrap"><div class="tox-edit-area">
        <iframe id="skills_ifr" class="tox-edit-area__iframe" title="Zone de texte riche" srcdoc="<!doctype html><html><body></body></html>"></iframe>
      </div></div></div></div></form>`;
    const inner = (document.getElementById('skills_ifr') as HTMLIFrameElement).contentDocument!;
    inner.body.id = 'tinymce';
    inner.body.className = 'mce-content-body';
    inner.body.setAttribute('contenteditable', 'true');
    inner.body.innerHTML = '<p><br data-mce-bogus="1"></p>';
    const outcome = await fillForm(document, { ...cariste, softSkills: [] }, context);
    expect(inner.body.innerHTML).toBe('<p>utiliser un chariot élévateur</p><p>préparer des commandes</p>');
    await outcome.undo();
    expect(inner.body.innerHTML).toBe('<p><br data-mce-bogus="1"></p>');
  });
});
