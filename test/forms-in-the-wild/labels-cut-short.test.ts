// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, pageState } from './mount-form';

/** A paper form put online, short of room: "Adr.", "C.P.", "Tél." as labels or placeholders. */
afterEach(() => {
  document.body.innerHTML = '';
});

describe('labels cut short', () => {
  it('writes the street into "Adr." and the postcode into "C.P.", and undo empties them', async () => {
    const { undo } = await mountAndFill(
      `<form method="post"><table class="fiche"><tr>
        <td><label for="nom">Nom</label></td><td><input id="nom" name="f_nom" size="20"></td>
        <td><label for="pre">Prénom</label></td><td><input id="pre" name="f_pre" size="20"></td></tr>
        <tr><td><label for="adr">Adr.</label></td><td colspan="3"><input id="adr" name="f_adr" size="50"></td></tr>
        <tr><td><label for="cp">C.P.</label></td><td><input id="cp" name="f_cp" size="5"></td>
        <td><label for="loc">Localité</label></td><td><input id="loc" name="f_loc" size="20"></td></tr></table></form>`,
      cariste,
    );
    expect(pageState()).toEqual(['f_nom=FONTAINE', 'f_pre=Mickaël', 'f_adr=27 rue Jean Jaurès', 'f_cp=59300', 'f_loc=Valenciennes']);
    await undo();
    expect(pageState()).toEqual(['f_nom=', 'f_pre=', 'f_adr=', 'f_cp=', 'f_loc=']);
  });

  it('reads the same words as placeholders', async () => {
    await mountAndFill(`<form><input name="a" placeholder="Adr."><input name="b" placeholder="C.P."><input name="c" placeholder="Ville"></form>`, cariste);
    expect(pageState()).toEqual(['a=27 rue Jean Jaurès', 'b=59300', 'c=Valenciennes']);
  });
});

describe('a short word that is no address', () => {
  it('never writes the address into "Certificat ADR" (dangerous goods)', async () => {
    await mountAndFill(`<form><label for="a">Certificat ADR</label><input id="a" name="adr_cert"><label for="b">Adresse</label><input id="b" name="adresse"></form>`, cariste);
    expect(pageState()).toEqual(['adr_cert=', expect.stringMatching(/^adresse=27 rue Jean Jaurès/)]);
  });
});
