// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, pageState } from './mount-form';

/**
 * Boxes with no <label>, named by aria-labelledby pointing at two ids: a caption shared by the
 * boxes of one part ("Personne à prévenir en cas d'urgence") and the box's own word ("Nom"), as
 * form builders and React component libraries write them. The shared caption says whose details
 * the part asks for.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const box = (name: string, caption: string, word: string) =>
  `<div class="field"><span id="${name}-l">${word}</span><input name="${name}" aria-labelledby="${caption} ${name}-l"></div>`;

describe('a form whose parts are named by a caption every box of the part points at', () => {
  const page = `<form>
    <div class="part"><div id="moi" class="caption">Vos coordonnées</div>
      ${box('q1', 'moi', 'Nom')}${box('q2', 'moi', 'Prénom')}${box('q3', 'moi', 'Téléphone')}</div>
    <div class="part"><div id="urgence" class="caption">Personne à prévenir en cas d'urgence</div>
      ${box('q4', 'urgence', 'Nom')}${box('q5', 'urgence', 'Prénom')}${box('q6', 'urgence', 'Téléphone')}</div>
  </form>`;

  it("fills the job seeker's own part and leaves the emergency contact's empty", async () => {
    const outcome = await mountAndFill(page, cariste);
    expect(pageState()).toEqual(['q1=FONTAINE', 'q2=Mickaël', 'q3=+33612345678', 'q4=', 'q5=', 'q6=']);
    await outcome.undo();
    expect(pageState()).toEqual(['q1=', 'q2=', 'q3=', 'q4=', 'q5=', 'q6=']);
  });

  it('leaves the emergency part empty when it comes first', async () => {
    const [own, emergency] = page.replace(/^<form>|<\/form>$/g, '').split(/(?=<div class="part"><div id="urgence")/);
    await mountAndFill(`<form>${emergency}${own}</form>`, cariste);
    expect(pageState()).toEqual(['q4=', 'q5=', 'q6=', 'q1=FONTAINE', 'q2=Mickaël', 'q3=+33612345678']);
  });
});
