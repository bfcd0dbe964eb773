// CVs saved as web pages, as the programs people use write them: Word's "Page Web" (.htm, in
// Windows-1252, with its Office namespaces, <o:p>, mso- styles and conditional comments), Word's
// "Page Web à fichier unique" (.mht: MIME, quoted-printable), Google Docs' HTML export (every style
// in a <style> block of generated class names) and an online CV builder's two-column page.

/** Word 2016 "Enregistrer sous > Page Web": a header table, a bulleted list, a dates table, and
 *  keywords a hostile template hid in white, in 1 pt and with mso-hide. */
export const WORD_PAGE = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="CV%20Claire%20Moreau_fichiers/filelist.xml">
<title>CV Claire Moreau</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Claire Moreau</o:Author>
  <o:Template>Normal</o:Template>
  <o:Company>EHPAD infirmière cadre</o:Company>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:TrackMoves>false</w:TrackMoves>
  <w:HyphenationZone>21</w:HyphenationZone>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
h1
	{mso-style-link:"Titre 1 Car";
	margin-top:12.0pt;
	font-size:16.0pt;
	color:#2F5496;
	font-weight:normal;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{margin-left:36.0pt;}
span.Masque
	{mso-style-name:Masque;
	display:none;
	mso-hide:all;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:1187595373;}
@list l0:level1
	{mso-level-number-format:bullet;
	mso-level-text:\\F0B7;
	font-family:Symbol;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Tableau Normal";}
</style>
<![endif]-->
</head>

<body lang=FR style='tab-interval:35.4pt;word-wrap:break-word'>

<div class=WordSection1>

<p class=MsoNormal><b><span style='font-size:20.0pt'>Claire MOREAU<o:p></o:p></span></b></p>

<p class=MsoNormal>Aide-soignante dipl\u00f4m\u00e9e d\u2019\u00c9tat<span style='color:white'> infirmi\u00e8re
cadre de sant\u00e9</span><o:p></o:p></p>

<p class=MsoNormal>12 rue des Tilleuls, 44000 Nantes<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp; </span>07 81 23 45 67<o:p></o:p></p>

<p class=MsoNormal><a href="mailto:claire.moreau44@orange.fr">claire.moreau44@orange.fr</a><o:p></o:p></p>

<p class=MsoNormal><o:p>&nbsp;</o:p></p>

<h1>Exp\u00e9rience professionnelle<o:p></o:p></h1>

<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=132 valign=top style='width:99.0pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal>Depuis 2020<o:p></o:p></p>
  </td>
  <td width=472 valign=top style='width:354.2pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal>Aide-soignante, EHPAD Les Tilleuls, Nantes<o:p></o:p></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
  <td width=132 valign=top style='width:99.0pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal>2015 \u2013 2020<o:p></o:p></p>
  </td>
  <td width=472 valign=top style='width:354.2pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal>Agent de service hospitalier, CHU de Nantes<o:p></o:p></p>
  </td>
 </tr>
</table>

<h1>Comp\u00e9tences<o:p></o:p></h1>

<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:
Symbol'><span style='mso-list:Ignore'>\u00b7<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>Soins d\u2019hygi\u00e8ne et de confort<o:p></o:p></p>

<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:
Symbol'><span style='mso-list:Ignore'>\u00b7<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>Aide \u00e0 la prise des repas<span class=Masque> r\u00e9animation</span><o:p></o:p></p>

<p class=MsoNormal><span style='font-size:1.0pt'>urgences bloc op\u00e9ratoire</span><o:p></o:p></p>

<p class=MsoNormal style='mso-hide:all'><span style='display:none;mso-hide:all'>management d\u2019\u00e9quipe<o:p></o:p></span></p>

</div>

</body>

</html>
`;

/** The text a Word web page shows, line by line. */
export const WORD_PAGE_LINES = [
  'Claire MOREAU',
  'Aide-soignante diplômée d’État',
  '12 rue des Tilleuls, 44000 Nantes\t07 81 23 45 67',
  'claire.moreau44@orange.fr',
  'Expérience professionnelle',
  'Depuis 2020\tAide-soignante, EHPAD Les Tilleuls, Nantes',
  '2015 – 2020\tAgent de service hospitalier, CHU de Nantes',
  'Compétences',
  'Soins d’hygiène et de confort',
  'Aide à la prise des repas',
];

/** Words the Word page hides (white, 1 pt, display:none, mso-hide), and its metadata. */
export const WORD_PAGE_HIDDEN = ['infirmière', 'cadre de santé', 'réanimation', 'urgences', 'management', 'Normal', 'Cambria', 'CV Claire Moreau', 'EHPAD infirmière'];

/** Bytes in Windows-1252, as Word writes a "Page Web" (every character of these CVs is in it). */
export function windows1252(text: string): Uint8Array {
  const table = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    const index = table.indexOf(char);
    if (index < 0) throw new Error(`not in Windows-1252: ${char}`);
    return 0x80 + index;
  });
}

/** Quoted-printable as Word writes it: lines of at most 76 characters ending in a soft break "=". */
export function quotedPrintable(bytes: Uint8Array): string {
  let out = '';
  let line = '';
  for (const byte of bytes) {
    if (byte === 0x0a) {
      out += `${line}\r\n`;
      line = '';
      continue;
    }
    if (byte === 0x0d) continue;
    const char = byte === 0x3d || byte >= 0x7f || (byte < 0x20 && byte !== 0x09) ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(byte);
    if (line.length + char.length > 75) {
      out += `${line}=\r\n`;
      line = '';
    }
    line += char;
  }
  return out + line;
}

/** Word's "Page Web à fichier unique" (.mht) of a page: MIME headers, the page in quoted-printable
 *  Windows-1252, then its file list part. */
export function wordMht(page: string): Uint8Array {
  const boundary = '----=_NextPart_01DA2B3C.4D5E6F70';
  const html = page.replace('charset=windows-1252', 'charset="windows-1252"');
  const text = [
    'MIME-Version: 1.0',
    `Content-Type: multipart/related; boundary="${boundary}"`,
    '',
    'Ce document est une page Web à fichier unique, également appelée fichier d\'archive Web. Si ce message s\'affiche, votre navigateur ou votre éditeur ne prend pas en charge les fichiers d\'archive Web.',
    '',
    `--${boundary}`,
    'Content-Location: file:///C:/4D5E6F70/CVClaireMoreau.htm',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Type: text/html; charset="windows-1252"',
    '',
    quotedPrintable(windows1252(html)),
    '',
    `--${boundary}`,
    'Content-Location: file:///C:/4D5E6F70/CVClaireMoreau_fichiers/filelist.xml',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Type: text/xml; charset="utf-8"',
    '',
    '<xml xmlns:o=3D"urn:schemas-microsoft-com:office:office">',
    ' <o:MainFile HRef=3D"../CVClaireMoreau.htm"/>',
    '</xml>',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return windows1252(text);
}

/** Google Docs "Télécharger > Page Web (.html, zippé)": one line of markup, every format a generated class. */
export const GOOGLE_DOCS_PAGE =
  '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">' +
  'ul.lst-kix_4fz1o5x8d0qa-0{list-style-type:none}.lst-kix_4fz1o5x8d0qa-0>li:before{content:"\\0025cf   "}' +
  'ol{margin:0;padding:0}table td,table th{padding:0}' +
  '.c1{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}' +
  '.c3{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:14pt;font-family:"Arial";font-style:normal}' +
  '.c5{color:#ffffff;font-weight:400;font-size:11pt;font-family:"Arial"}' +
  '.c6{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}' +
  '.c8{background-color:#ffffff;max-width:451.3pt;padding:72pt 72pt 72pt 72pt}' +
  '.c9{color:#000000;font-weight:700;font-size:22pt;font-family:"Arial"}' +
  '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15}' +
  'h1{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;text-align:left}' +
  'h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;text-align:left}' +
  '</style></head><body class="c8 doc-content">' +
  '<p class="c6"><span class="c9">Théo Lefèvre</span></p>' +
  '<p class="c6"><span class="c1">Technicien de maintenance industrielle – 12 ans d’expérience</span></p>' +
  '<p class="c6"><span class="c1">theo.lefevre@free.fr – 06 33 21 44 87 – Saint-Étienne</span><span class="c5">&nbsp;ingénieur automaticien robotique</span></p>' +
  '<p class="c6 c7"><span class="c1"></span></p>' +
  '<h2 class="c6" id="h.x1a2b3c4d5e6"><span class="c3">Expérience professionnelle</span></h2>' +
  '<p class="c6"><span class="c3">2014 – 2026 : Technicien de maintenance, Michelin, Roanne</span></p>' +
  '<ul class="c0 lst-kix_4fz1o5x8d0qa-0 start"><li class="c6 c4 li-bullet-0"><span class="c1">Maintenance préventive et curative</span></li>' +
  '<li class="c6 c4 li-bullet-0"><span class="c1">Électricité industrielle, GMAO</span></li></ul>' +
  '<h2 class="c6" id="h.f6g7h8i9j0k1"><span class="c3">Formation</span></h2>' +
  '<p class="c6"><span class="c1">2012 : BTS Maintenance des systèmes</span></p>' +
  '<p class="c6"><span class="c1">Permis B</span></p></body></html>';

export const GOOGLE_DOCS_LINES = [
  'Théo Lefèvre',
  'Technicien de maintenance industrielle – 12 ans d’expérience',
  'theo.lefevre@free.fr – 06 33 21 44 87 – Saint-Étienne',
  'Expérience professionnelle',
  '2014 – 2026 : Technicien de maintenance, Michelin, Roanne',
  'Maintenance préventive et curative',
  'Électricité industrielle, GMAO',
  'Formation',
  '2012 : BTS Maintenance des systèmes',
  'Permis B',
];

/** An online CV builder's page saved from the browser: a dark sidebar with white text beside the
 *  main column (a two-column layout table), icons, a script, a hidden modal and an sr-only label. */
export const CV_BUILDER_PAGE = `<!DOCTYPE html>
<!-- saved from url=(0049)https://www.moncv-en-ligne.fr/cv/karim-bensaid-42 -->
<html lang="fr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CV de Karim Bensaïd – Cariste | MonCV en ligne</title>
<link rel="stylesheet" href="./Karim Bensaïd_files/cv.css">
<style>
  body { font-family: 'Open Sans', sans-serif; color: #333; }
  .sidebar { background-color: #1f3a5f; color: #fff; width: 32%; }
  .sidebar h2 { border-bottom: 1px solid #fff; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0, 0, 0, 0); }
  .modal { display: none; }
  .ats { color: #ffffff; font-size: 2px; }
  @media print { .no-print { display: none } }
</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
</head>
<body>
<nav class="no-print"><a href="/">Accueil</a> <a href="/modeles">Modèles de CV</a> <a href="/connexion">Se connecter</a></nav>
<table class="cv" width="100%" cellspacing="0"><tbody><tr>
<td class="sidebar" valign="top">
  <img src="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYHDAoMDAsKCwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIUFRT/" alt="Photo de Karim Bensaïd">
  <h2>Contact</h2>
  <p><svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><title>téléphone</title><path d="M6.6 10.8c1.4 2.8"/></svg><span class="sr-only">Téléphone :</span> 06 45 12 78 90</p>
  <p><a href="mailto:karim.bensaid69@gmail.com"><i class="fa fa-envelope" aria-hidden="true"></i> Mon e-mail</a></p>
  <p>69008 Lyon</p>
  <h2>Permis</h2>
  <p>Permis B<br>CACES R489 cat. 1, 3 et 5</p>
</td>
<td class="main" valign="top">
  <h1>Karim BENSAÏD</h1>
  <p class="subtitle">Cariste – préparateur de commandes</p>
  <h2>Expériences professionnelles</h2>
  <div class="job"><div class="dates" style="display:inline-block">2019 – 2024</div> <div style="display:inline-block"><strong>Cariste</strong>, Entrepôt Carrefour, Vénissieux</div></div>
  <ul><li>Chargement et déchargement des camions</li><li>Préparation de commandes</li></ul>
  <h2>Formation</h2>
  <p>2018 : CACES R489 catégories 1, 3 et 5</p>
  <p class="ats">chef d'équipe logistique responsable d'entrepôt</p>
</td>
</tr></tbody></table>
<div class="modal" id="contact-form"><form><label>Votre message</label><textarea name="message">Bonjour</textarea><button type="submit">Envoyer</button></form></div>
<footer class="no-print">© 2026 MonCV en ligne – Mentions légales</footer>
<script>document.querySelector('.cv').classList.add('ready')</script>
</body></html>`;
