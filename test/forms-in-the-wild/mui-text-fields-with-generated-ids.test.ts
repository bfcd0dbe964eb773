// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, pageState, planOf } from './mount-form';

/**
 * MUI (React) outlined text fields as React 18 renders them: ids made by useId (":r1:", with
 * colons, which a CSS selector must escape), the label tied by `for`, and a notched outline whose
 * <fieldset><legend> repeats the label inside the box, hidden from assistive technology. Multiline
 * fields are two textareas, the second a hidden one that measures the text (aria-hidden, read-only,
 * tabindex -1): never written.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

let counter = 0;
function textField(label: string, { multiline = false, type = 'text', helper = '' } = {}): string {
  const id = `:r${(counter += 1).toString(36)}:`;
  const box = multiline
    ? `<textarea rows="3" aria-invalid="false" id="${id}" class="MuiInputBase-input MuiOutlinedInput-input MuiInputBase-inputMultiline"></textarea><textarea aria-hidden="true" class="MuiInputBase-input MuiOutlinedInput-input MuiInputBase-inputMultiline" readonly tabindex="-1" style="visibility: hidden; position: absolute; overflow: hidden; height: 0px; top: 0px; left: 0px; transform: translateZ(0px); padding-top: 0px; padding-bottom: 0px; width: 100%;"></textarea>`
    : `<input aria-invalid="false" id="${id}" type="${type}" class="MuiInputBase-input MuiOutlinedInput-input"${helper ? ` aria-describedby="${id}-helper-text"` : ''}>`;
  return `<div class="MuiFormControl-root MuiTextField-root"><label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-outlined" data-shrink="false" for="${id}" id="${id}-label">${label}</label>
    <div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-formControl">${box}
      <fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend class="css-14lo706"><span>${label}</span></legend></fieldset></div>
    ${helper ? `<p class="MuiFormHelperText-root" id="${id}-helper-text">${helper}</p>` : ''}</div>`;
}

const page = () => `<form class="profile" novalidate>
  <h1 class="MuiTypography-root">Mon profil</h1>
  ${textField('Prénom')}${textField('Nom')}
  ${textField('E-mail', { type: 'email' })}
  ${textField('Téléphone portable', { type: 'tel', helper: 'Nous vous enverrons un SMS de confirmation' })}
  ${textField('Ville')}
  ${textField('Poste recherché')}
  ${textField('Compétences', { multiline: true, helper: 'Une compétence par ligne' })}
  ${textField('Présentez-vous en quelques lignes', { multiline: true })}
  <button class="MuiButton-root" type="submit">Enregistrer</button></form>`;

const boxOf = (label: string) => {
  const caption = [...document.querySelectorAll('label')].find((element) => element.textContent === label)!;
  return document.getElementById(caption.htmlFor) as HTMLInputElement | HTMLTextAreaElement;
};

describe('MUI outlined text fields with React’s generated ids', () => {
  it('fills each field by its label, never the measuring textarea nor the presentation box; undo empties all', async () => {
    const html = page();
    document.body.innerHTML = html;
    const before = pageState();
    const outcome = await mountAndFill(html, planOf({ ...cariste, softSkills: [] }));
    expect(['Prénom', 'Nom', 'E-mail', 'Ville', 'Poste recherché'].map((label) => boxOf(label).value)).toEqual(['Mickaël', 'FONTAINE', 'mickael.fontaine59@gmail.com', 'Valenciennes', 'Cariste']);
    expect(boxOf('Téléphone portable').value.replace(/\D/g, '')).toMatch(/612345678$/);
    expect(boxOf('Compétences').value).toBe('utiliser un chariot élévateur\npréparer des commandes');
    expect(boxOf('Présentez-vous en quelques lignes').value).toBe('');
    for (const measuring of document.querySelectorAll<HTMLTextAreaElement>('textarea[aria-hidden="true"]')) expect(measuring.value).toBe('');
    await outcome.undo();
    expect(pageState()).toEqual(before);
  });
});
