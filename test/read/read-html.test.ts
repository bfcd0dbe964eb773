import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { sniffFileType } from '../../lib/read/sniff-file-type';
import { windows1252 } from '../read-in-the-wild/html-cvs';

// The web-page reader piece by piece: encodings, what a browser would not show, tables, entities,
// Word's conditional comments, HTML's implied end tags, links.

const utf8 = (text: string) => new TextEncoder().encode(text);
const page = (body: string, head = '') => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

async function lines(bytes: Uint8Array | string) {
  const document = await readDocument(typeof bytes === 'string' ? utf8(bytes) : bytes, { fileName: 'cv.html' });
  expect(document.kind).toBe('html');
  return document.lines.map((line) => line.text);
}

describe('encodings', () => {
  it('Windows-1252 declared by a meta http-equiv, as Word writes it', async () => {
    const html = '<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head><body><p>Électricien – «\u00a0chantiers\u00a0» d’été</p></body></html>';
    expect(await lines(windows1252(html))).toEqual(['Électricien – « chantiers » d’été']);
  });

  it('no declaration and bytes that are not UTF-8: Windows-1252', async () => {
    expect(await lines(windows1252('<html><body>Préparatrice en pharmacie – Créteil</body></html>'))).toEqual(['Préparatrice en pharmacie – Créteil']);
  });

  it('no declaration, UTF-8 bytes', async () => {
    expect(await lines('<html><body>Aide à domicile – Saint-Étienne</body></html>')).toEqual(['Aide à domicile – Saint-Étienne']);
  });

  it('a <meta charset> naming ISO-8859-15 (the euro sign at A4)', async () => {
    const bytes = Uint8Array.from('<html><head><meta charset="iso-8859-15"></head><body>Salaire souhaité : 2000 \u00a4</body></html>', (char) => char.charCodeAt(0));
    expect(await lines(bytes)).toEqual(['Salaire souhaité : 2000 €']);
  });

  it('UTF-16 without a byte-order mark, and a fragment without <html>', async () => {
    const text = '<div><p>Boulanger – Angoulême</p></div>';
    const bytes = new Uint8Array(text.length * 2);
    [...text].forEach((char, index) => {
      bytes[index * 2] = char.charCodeAt(0) & 0xff;
      bytes[index * 2 + 1] = char.charCodeAt(0) >> 8;
    });
    expect(sniffFileType(bytes)).toBe('html');
    expect(await lines(bytes)).toEqual(['Boulanger – Angoulême']);
  });

  it('UTF-16 with a byte-order mark (Word "Unicode" web pages)', async () => {
    const text = '<html><body><p>Soudeur – Fécamp</p></body></html>';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((char, index) => {
      bytes[2 + index * 2] = char.charCodeAt(0) & 0xff;
      bytes[3 + index * 2] = char.charCodeAt(0) >> 8;
    });
    expect(await lines(bytes)).toEqual(['Soudeur – Fécamp']);
  });
});

describe('what a browser does not show is not read', () => {
  it('text hidden by inline style: display, visibility, opacity, off-page, clipped, tiny, white, transparent, mso-hide', async () => {
    const hidden = [
      'display:none', 'visibility:hidden', 'opacity:0', 'position:absolute;left:-9999px', 'text-indent:-10000px',
      'font-size:0', 'font-size:1px', 'font-size:1.0pt', 'color:#fff', 'color:white', 'color:rgb(255, 255, 255)', 'color:transparent',
      'mso-hide:all', 'height:0;overflow:hidden', 'clip:rect(0 0 0 0);position:absolute', 'transform:scale(0)',
    ];
    const body = `<p>Magasinier</p>${hidden.map((style, index) => `<p style="${style}">caché${index}</p>`).join('')}<p>Cariste</p>`;
    expect(await lines(page(body))).toEqual(['Magasinier', 'Cariste']);
  });

  it('hidden by attribute: hidden, aria-hidden, <font color=white>', async () => {
    expect(await lines(page('<p>Vendeuse</p><div hidden>caché</div><span aria-hidden="true">★</span><font color="#FFFFFF">caché</font><p>Caissière</p>'))).toEqual(['Vendeuse', 'Caissière']);
  });

  it('hidden by <style> rules on a class, an id or a tag; a later rule and the inline style win', async () => {
    const head = '<style>.kw{display:none} #ats{visibility:hidden} small{font-size:0} .shown{display:none} p.shown{display:block}</style>';
    const body = '<p>Plombier</p><p class="kw">chauffagiste</p><p id="ats">frigoriste</p><p><small>climatisation</small></p><p class="shown">Permis B</p><p class="kw" style="display:block">Habilitation électrique</p>';
    expect(await lines(page(body, head))).toEqual(['Plombier', 'Permis B', 'Habilitation électrique']);
  });

  it('white text is kept on a dark background (a sidebar), dropped on the page', async () => {
    const head = '<style>.side{background:#203040} .white{color:#ffffff}</style>';
    const body = '<div class="side"><p class="white">Compétences</p></div><td bgcolor="navy"><font color="white">Anglais</font></td><p class="white">mot-clé caché</p><p>Fin</p>';
    expect(await lines(page(body, head))).toEqual(['Compétences', 'Anglais', 'Fin']);
  });

  it('a child with a readable size of its own inside a tiny parent is shown', async () => {
    expect(await lines(page('<div style="font-size:0"><span style="font-size:12px">Logistique</span> entrepôt</div>'))).toEqual(['Logistique']);
  });

  it('scripts, styles, templates, head, comments, Word conditional comments, SVG, form controls and menus', async () => {
    const html = `<html><head><title>Mon CV – Indeed</title><script>var a = "<p>script</p>";</script></head><body>
      <!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Auteur caché</o:Author></o:DocumentProperties></xml><![endif]-->
      <nav><a href="/">Accueil</a></nav><template><p>modèle</p></template><noscript>Activez JavaScript</noscript>
      <p>Jean Dupont<!-- commentaire --></p><svg><text>graphique</text></svg><math><mi>x</mi></math>
      <form><input value="recherche"><select><option>Français</option><option>Anglais</option></select><button>Valider</button><textarea>brouillon</textarea></form>
      <style>p { color: black }</style><p>Chauffeur livreur</p></body></html>`;
    expect(await lines(html)).toEqual(['Jean Dupont', 'Chauffeur livreur']);
  });

  it('Word\'s downlevel conditional comments show their content; its list markers go unless they are numbers', async () => {
    const body = `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Accueil des clients</p>
      <p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Encaissement</p>
      <p class=MsoNormal>Fin<!--[if !supportLineBreakNewLine]--><br><!--[endif]-->ligne</p>`;
    expect(await lines(page(body))).toEqual(['Accueil des clients', '1. Encaissement', 'Fin', 'ligne']);
  });
});

describe('structure', () => {
  it('tables: a row of one-line cells is one line; cells holding columns are read one after the other', async () => {
    const body = '<table><tr><th>Période</th><th>Poste</th></tr><tr><td>2019 – 2024<td>Cariste</tr><tr><td>2015<td>Manutentionnaire</table>' +
      '<table><tr><td><p>Contact</p><p>06 12 34 56 78</p></td><td><p>Expérience</p><p>Cariste</p></td></tr></table>';
    expect(await lines(page(body))).toEqual(['Période\tPoste', '2019 – 2024\tCariste', '2015\tManutentionnaire', 'Contact', '06 12 34 56 78', 'Expérience', 'Cariste']);
  });

  it('unclosed <p> and <li>, <br>, whitespace of the source collapsed, <pre> kept', async () => {
    const body = '<p>Jean\n   Dupont<p>Cariste<br>CACES <b>R489</b><ul><li>Quai<li>Stock</ul><pre>Permis B\nPermis C</pre>';
    expect(await lines(page(body))).toEqual(['Jean Dupont', 'Cariste', 'CACES R489', 'Quai', 'Stock', 'Permis B', 'Permis C']);
  });

  it('headings and mostly-bold paragraphs are bold; font-weight from styles counts', async () => {
    const document = await readDocument(utf8(page('<h2>Formation</h2><p><span style="font-weight:700">CAP Cuisine</span> 2015</p><p><b>Vendeur</b> en boulangerie depuis 2018</p>')));
    expect(document.lines.map((line) => [line.text, line.bold])).toEqual([['Formation', true], ['CAP Cuisine 2015', true], ['Vendeur en boulangerie depuis 2018', false]]);
  });

  it('entities: named, numeric, Windows-1252 numbers, legacy without semicolon; impossible ones give nothing', async () => {
    const body = '<p>&Eacute;lectricit&eacute; &amp; domotique &ndash; &#8364;&#x20AC; &#150; &copy &oelig;uvre &hellip;</p><p>a&#0;b&#x110000;c&#xD800;d&#000000000000065;e&#99999999999999999999999;f &unknown; AT&T</p>';
    expect(await lines(page(body))).toEqual(['Électricité & domotique – €€ – © œuvre ...', 'abcdAef &unknown; AT&T']);
  });

  it('a mailto: or tel: link whose text is not the address adds it; links otherwise keep their visible text', async () => {
    const body = '<p><a href="mailto:lea.martin%40gmail.com?subject=Candidature">Écrivez-moi</a></p><p><a href="tel:+33612345678"><i class="icon-phone"></i></a></p><p><a href="mailto:x@y.fr">lea.martin@gmail.com</a></p><p><a href="https://www.linkedin.com/in/lea-martin">Mon profil LinkedIn</a></p>';
    expect(await lines(page(body))).toEqual(['Écrivez-moi lea.martin@gmail.com', '+33612345678', 'lea.martin@gmail.com', 'Mon profil LinkedIn']);
  });

  it('a page saved by a browser, starting with its "saved from url" comment', async () => {
    const html = '<!-- saved from url=(0044)https://candidat.francetravail.fr/profil/cv -->\n<html><body><p>Agent d’entretien</p></body></html>';
    expect(sniffFileType(utf8(html))).toBe('html');
    expect(await lines(html)).toEqual(['Agent d’entretien']);
  });
});

describe('sniffing web archives', () => {
  it('an .mht whose page is sent as 8-bit Windows-1252: the bytes 80–9F (’ – €) come through', async () => {
    const head = utf8('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html; charset="windows-1252"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n');
    const body = windows1252('<html><body><p>Saisonnière d’été – 1 500 €</p></body></html>\r\n--b--\r\n');
    const bytes = new Uint8Array([...head, ...body]);
    expect(sniffFileType(bytes)).toBe('mhtml');
    expect(await lines(bytes)).toEqual(['Saisonnière d’été – 1 500 €']);
  });

  it('a plain-text CV opening with "Nom:"-style lines is still text', () => {
    expect(sniffFileType(utf8('Nom: Dupont\nPrénom: Jean\nContent-Type: inconnu\n\nExpérience : cariste'))).toBe('text');
    expect(sniffFileType(utf8('Jean Dupont\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary="x"\n\n'))).toBe('text');
  });

  it('a Chrome .mhtml (base64 part, charset in its header) is a web archive, read as its page', async () => {
    const page = btoa(String.fromCharCode(...new TextEncoder().encode('<html><body><h1>Léa Martin</h1><p>Assistante de direction</p></body></html>')));
    const mhtml = [
      'From: <Saved by Blink>', 'Snapshot-Content-Location: https://moncv.example/lea', 'Subject: CV de =?utf-8?Q?L=C3=A9a?=', 'MIME-Version: 1.0',
      'Content-Type: multipart/related;', '\ttype="text/html";', '\tboundary="----MultipartBoundary--abc----"', '', '',
      '------MultipartBoundary--abc----', 'Content-Type: text/html; charset="utf-8"', 'Content-Transfer-Encoding: base64', 'Content-Location: https://moncv.example/lea', '',
      page.replace(/(.{76})/g, '$1\r\n'), '', '------MultipartBoundary--abc----', 'Content-Type: text/css', 'Content-Transfer-Encoding: quoted-printable', '', 'p { color: red }', '------MultipartBoundary--abc------', '',
    ].join('\r\n');
    const bytes = utf8(mhtml);
    expect(sniffFileType(bytes)).toBe('mhtml');
    expect(await lines(bytes)).toEqual(['Léa Martin', 'Assistante de direction']);
  });
});
