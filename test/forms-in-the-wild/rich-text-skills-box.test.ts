// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill } from './mount-form';

/**
 * A skills box that is a rich-text editor (a contenteditable region: Quill's `.ql-editor`,
 * TinyMCE's or CKEditor's body, ProseMirror/Tiptap), which keeps its text in paragraphs: one
 * skill per line is one paragraph, as the editor makes one when a person presses Enter. Newlines
 * inside one text node would show as one line run together.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const editor = () => document.querySelector<HTMLElement>('[contenteditable]')!;
const plan = { ...cariste, softSkills: [] };

describe('a Quill editor for the skills', () => {
  const page = `<form><label id="comp-l">Vos compétences</label>
    <div class="ql-container ql-snow"><div class="ql-editor ql-blank" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="comp-l" data-placeholder="Une compétence par ligne"><p><br></p></div></div></form>`;

  it('writes one paragraph per skill, and undo puts the empty paragraph back', async () => {
    const outcome = await mountAndFill(page, plan);
    expect(editor().innerHTML).toBe('<p>utiliser un chariot élévateur</p><p>préparer des commandes</p>');
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['skills:utiliser un chariot élévateur', 'skills:préparer des commandes']));
    await outcome.undo();
    expect(editor().innerHTML).toBe('<p><br></p>');
  });
});

describe('a bare contenteditable box', () => {
  it('puts each skill on its own line', async () => {
    const outcome = await mountAndFill(`<form><span id="s">Compétences</span><div contenteditable="true" aria-labelledby="s"></div></form>`, plan);
    expect(editor().innerHTML).toBe('utiliser un chariot élévateur<br>préparer des commandes');
    await outcome.undo();
    expect(editor().innerHTML).toBe('');
  });

  it('keeps a one-line value in the paragraph the editor holds', async () => {
    await mountAndFill(`<form><span id="m">Métier recherché</span><div contenteditable="true" aria-labelledby="m"><p><br></p></div></form>`, plan);
    expect(editor().innerHTML).toBe('<p>Cariste</p>');
  });
});
