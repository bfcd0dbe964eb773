#!/usr/bin/env node
// Makes the read-stage fixtures in test/fixtures/read/, reproducibly (fixed seeds, fixed dates):
//   - text-layer PDFs printed by headless Chromium from test/fixtures/read/src/*.html;
//   - scans of the sidebar CV: rendered by pdftoppm at 300 dpi, then straight, rotated 1° or 3°,
//     noisy or blurred, saved as an image-only PDF, PNG, JPEG and WebP, plus a phone photo whose
//     pixels are stored sideways with an EXIF orientation tag;
//   - a DOCX and an ODT CV written as minimal zip packages, plain-text CVs (UTF-8, Latin-1);
//   - broken files: truncated and encrypted PDFs, an empty file, a PNG named .pdf, a PDF whose
//     text layer is garbage over a scanned page.
// Needs /usr/bin/chromium, pdftoppm (poppler-utils) and qpdf; the page images are made by
// scripts/scan-images.mjs.
// Usage: node scripts/make-scans.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync, strToU8 } from 'fflate';
import { seededRandom } from './seeded-random.mjs';
import {
  addNoise, blur, crop, downscale, encodeJpeg, encodePng, encodeWebp, quantise, renderGray, rotate, rotateQuarterAnticlockwise,
  withExifOrientation, writePdfOfJpegs,
} from './scan-images.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test/fixtures/read');
const sources = join(out, 'src');
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const work = mkdtempSync(join(tmpdir(), 'make-scans-'));
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');

try {
  printHtmlSources();
  makeScans(join(out, 'fr-magasinier-sidebar-gauche.pdf'));
  makeBrokenFiles();
  writeFileSync(join(out, 'fr-conducteur-bus.docx'), makeDocx());
  writeFileSync(join(out, 'fr-agent-accueil.odt'), makeOdt());
  makeTextFiles();
} finally {
  rmSync(work, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Text-layer PDFs

function printHtmlSources() {
  const profile = join(work, 'chromium');
  for (const name of readdirSync(sources).filter((file) => file.endsWith('.html')).sort()) {
    const target = join(out, `${basename(name, '.html')}.pdf`);
    execFileSync(chromium, [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
      `--user-data-dir=${profile}`, '--no-first-run', '--disable-extensions',
      `--print-to-pdf=${target}`, pathToFileURL(join(sources, name)).href,
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
    writeFileSync(target, stabilisePdf(readFileSync(target)));
    report(target);
  }
}

/** Chromium stamps the print time and a random ID; overwrite both with fixed bytes of the same
 *  length so the xref offsets stay valid. */
function stabilisePdf(pdf) {
  let text = pdf.toString('latin1');
  text = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_m, key) => `/${key} (D:20260101000000`);
  text = text.replace(/\/ID \[<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>\]/g, (_m, a, b) => `/ID [<${'0'.repeat(a.length)}> <${'0'.repeat(b.length)}>]`);
  return Buffer.from(text, 'latin1');
}

// ---------------------------------------------------------------------------------------------
// Scans

function makeScans(pdfPath) {
  const page = renderGray(pdfPath, 300, work)[0];
  const straight = page;
  const tilted1 = rotate(page, 1);
  const tilted3 = rotate(page, 3);
  const noisy = addNoise(rotate(page, -0.6), 5, 0.001, 7);
  const blurred = blur(rotate(page, 0.4), 2);

  // Scanners produce JPEG inside PDFs; quality 60 keeps a page near 300 KB.
  writePdfOfJpegs(join(out, 'scan-magasinier-1deg.pdf'), [encodeJpeg(tilted1, 60)], 300);
  writeFileSync(join(out, 'scan-magasinier-1deg.png'), encodePng(quantise(tilted1, 16), 4));
  writeFileSync(join(out, 'scan-magasinier-3deg.png'), encodePng(quantise(tilted3, 16), 4));
  writeFileSync(join(out, 'scan-magasinier-bruit.jpg'), encodeJpeg(noisy, 40));
  writeFileSync(join(out, 'scan-magasinier-flou.jpg'), encodeJpeg(blurred, 60));
  writeFileSync(join(out, 'scan-magasinier.webp'), encodeWebp(downscale(straight, 2 / 3), 70));

  // A phone photo: the top of the page, at 200 dpi, stored sideways (turned 90° anticlockwise)
  // with an EXIF orientation of 6 in little-endian (Intel) byte order, as many phones write it.
  const top = crop(downscale(straight, 2 / 3), 0, 0, straight.width * (2 / 3), 760);
  writeFileSync(join(out, 'photo-exif-orientation-6.jpg'), withExifOrientation(encodeJpeg(rotateQuarterAnticlockwise(top), 75), 6));

  // A scan whose file name lies: PNG bytes saved as .pdf.
  writeFileSync(join(out, 'photo-renommee.pdf'), encodePng(quantise(crop(straight, 0, 0, straight.width, 1100), 16), 4));

  // A two-page scanned PDF (the second page of the two-page CV), for progress and page numbers.
  const twoPages = renderGray(join(out, 'fr-secretaire-2pages.pdf'), 300, work).map((image, index) => encodeJpeg(rotate(image, index === 0 ? 0.5 : -0.7), 45));
  writePdfOfJpegs(join(out, 'scan-secretaire-2pages.pdf'), twoPages, 300);

  // A scanned page under a garbage text layer (a broken OCR layer: random letters, invisible).
  writePdfOfJpegs(join(out, 'scan-couche-texte-illisible.pdf'), [encodeJpeg(straight, 55)], 300, garbageTextLayer(11));
  for (const name of ['scan-magasinier-1deg.pdf', 'scan-magasinier-1deg.png', 'scan-magasinier-3deg.png', 'scan-magasinier-bruit.jpg',
    'scan-magasinier-flou.jpg', 'scan-magasinier.webp', 'photo-exif-orientation-6.jpg', 'photo-renommee.pdf',
    'scan-secretaire-2pages.pdf', 'scan-couche-texte-illisible.pdf']) report(join(out, name));
}

/** Invisible text (render mode 3) of random letters and symbols, line after line, like the text
 *  layer a failed OCR leaves behind. */
function garbageTextLayer(seed) {
  return (width, height) => {
    const random = seededRandom(seed);
    const alphabet = 'bcdfghjklmnpqrstvwxz#%&*+=<>{}[]~^|0123456789';
    const lines = ['BT 3 Tr /F1 9 Tf'];
    for (let y = height - 60; y > 60; y -= 14) {
      let text = '';
      for (let i = 0; i < 60; i += 1) text += random() < 0.15 ? ' ' : alphabet[Math.floor(random() * alphabet.length)];
      lines.push(`1 0 0 1 40 ${y.toFixed(1)} Tm (${text.replace(/[()\\]/g, '')}) Tj`);
    }
    lines.push('ET');
    return `${lines.join('\n')}\n`;
  };
}

// ---------------------------------------------------------------------------------------------
// Broken files

function makeBrokenFiles() {
  const source = join(out, 'fr-secretaire-2pages.pdf');
  const bytes = readFileSync(source);
  writeFileSync(join(out, 'pdf-tronque.pdf'), bytes.subarray(0, Math.floor(bytes.length * 0.45)));
  // AES-128: its key comes from the password and the (static) ID, so --static-id and
  // --static-aes-iv make the file reproducible (AES-256 draws random salts).
  execFileSync('qpdf', ['--static-id', '--static-aes-iv', '--encrypt', 'motdepasse', 'proprietaire', '128', '--use-aes=y', '--', source, join(out, 'pdf-chiffre.pdf')]);
  writeFileSync(join(out, 'vide.pdf'), new Uint8Array(0));
  for (const name of ['pdf-tronque.pdf', 'pdf-chiffre.pdf', 'vide.pdf']) report(join(out, name));
}

// ---------------------------------------------------------------------------------------------
// Word and OpenDocument

function zip(files) {
  const entries = {};
  for (const [name, content] of Object.entries(files)) {
    // The OpenDocument mimetype must come first, stored uncompressed.
    entries[name] = [strToU8(content), { level: name === 'mimetype' ? 0 : 6, mtime: ZIP_DATE }];
  }
  return zipSync(entries);
}

function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function makeDocx() {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const run = (text, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  const paragraph = (content, style = '') => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${content}</w:p>`;
  const tab = '<w:r><w:tab/></w:r>';
  const cell = (content) => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
  const body = [
    paragraph(run('Conducteur de bus – Transport urbain', true), 'Title'),
    paragraph(run('Profil'), 'Heading1'),
    paragraph(run('Conducteur receveur depuis huit ans sur le réseau urbain de Lille, ponctuel et attentif aux voyageurs.')),
    paragraph(run('Expériences professionnelles'), 'Heading1'),
    // Dates and job separated by tabs, as people align them in Word.
    paragraph(run('2019 – aujourd\'hui') + tab + tab + run('Conducteur receveur – Ilévia, Lille', true)),
    paragraph(run('Conduite de bus standards et articulés, vente de titres, information des voyageurs.')),
    paragraph(run('2015 – 2019') + tab + tab + run('Chauffeur de car scolaire – Transports Dumont, Seclin', true)),
    // A layout table: skills on the left, languages on the right, each cell several paragraphs.
    `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tr>${cell(
      paragraph(run('Compétences'), 'Heading1') + paragraph(run('Conduite en sécurité en milieu urbain')) + paragraph(run('Gestion des situations conflictuelles')),
    )}${cell(paragraph(run('Langues'), 'Heading1') + paragraph(run('Anglais : B1')) + paragraph(run('Portugais : courant')))}</w:tr></w:tbl>`,
    paragraph(run('Formation'), 'Heading1'),
    // A one-line-per-cell table: read row by row, cells joined by a tab.
    `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tr>${cell(paragraph(run('2015')))}${cell(paragraph(run('Titre professionnel Conducteur du transport routier interurbain de voyageurs')))}</w:tr>` +
      `<w:tr>${cell(paragraph(run('2014')))}${cell(paragraph(run('Permis D et FIMO voyageurs')))}</w:tr></w:tbl>`,
    paragraph(run('Centres d\'intérêt'), 'Heading1'),
    paragraph(run('Cyclisme, ') + `<w:del w:id="1" w:author="x" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>texte supprimé</w:delText></w:r></w:del>` + run('bénévolat au club de football de Roubaix.')),
  ].join('');
  const header = `<w:hdr ${w}>${paragraph(run('Nuno FERREIRA', true))}${paragraph(run('12 rue Pasteur, 59100 Roubaix') + tab + run('06 58 41 27 93'))}${paragraph(run('nuno.ferreira59@gmail.com'))}</w:hdr>`;
  const footer = `<w:ftr ${w}>${paragraph(run('Page 1'))}</w:ftr>`;
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${w} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:footerReference w:type="default" r:id="rId3"/></w:sectPr></w:body></w:document>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${w}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style></w:styles>`;
  return zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`,
    'word/document.xml': documentXml,
    'word/styles.xml': styles,
    'word/header1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${header}`,
    'word/footer1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${footer}`,
  });
}

function makeOdt() {
  const ns = [
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  ].join(' ');
  const p = (text, style = 'Standard') => `<text:p text:style-name="${style}">${text}</text:p>`;
  const h = (text) => `<text:h text:style-name="Heading_20_1" text:outline-level="1">${escapeXml(text)}</text:h>`;
  const cell = (content) => `<table:table-cell office:value-type="string">${content}</table:table-cell>`;
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${ns} office:version="1.3">
<office:automatic-styles>
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold" fo:font-size="16pt"/></style:style>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/></text:sequence-decls>
${p('Sophie LAMBERT', 'P1')}
${p('Agente d’accueil et d’orientation du public')}
${p(`5 place de la République<text:line-break/>44000 Nantes`)}
${p(`Tél. : 06 12 98 45 30<text:tab/>sophie.lambert44@laposte.net`)}
${h('Expérience professionnelle')}
<table:table table:name="Experiences"><table:table-column table:number-columns-repeated="2"/>
<table:table-row>${cell(p('2020 – 2025'))}${cell(p(`<text:span text:style-name="T1">Agente d’accueil</text:span> – Caisse d’allocations familiales de Loire-Atlantique`))}</table:table-row>
<table:table-row>${cell(p('2016 – 2020'))}${cell(p(`<text:span text:style-name="T1">Hôtesse d’accueil</text:span> – Mairie de Rezé`))}</table:table-row>
</table:table>
${p('Accueil physique et téléphonique, orientation des usagers, prise de rendez-vous, aide aux démarches en ligne.')}
${h('Formation')}
<text:list><text:list-item>${p('2016 : BTS Support à l’action managériale, lycée Livet, Nantes')}</text:list-item><text:list-item>${p('2014 : Baccalauréat STMG')}</text:list-item></text:list>
${p(`<draw:frame draw:name="Cadre1" svg:width="6cm" svg:height="3cm"><draw:text-box>${h('Langues')}${p('Anglais : B2')}${p('Espagnol : A2')}</draw:text-box></draw:frame>`)}
${h('Compétences')}
${p(`Accueil<text:s text:c="3"/>– Écoute<text:s/>– Logiciels : Word, Excel, Outlook`)}
<office:annotation><text:p>Commentaire à ne pas lire</text:p></office:annotation>
</office:text></office:body></office:document-content>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${ns} office:version="1.3">
<office:styles>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold" fo:font-size="14pt"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading"/>
</office:styles>
<office:master-styles><style:master-page style:name="Standard"><style:footer>${p('Curriculum vitae – Sophie LAMBERT')}</style:footer></style:master-page></office:master-styles>
</office:document-styles>`;
  return zip({
    mimetype: 'application/vnd.oasis.opendocument.text',
    'META-INF/manifest.xml': `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    'content.xml': content,
    'styles.xml': styles,
  });
}

// ---------------------------------------------------------------------------------------------
// Plain text

function makeTextFiles() {
  const cv = [
    'Julien MOREAU',
    'Plombier chauffagiste',
    '8 rue des Écoles, 69100 Villeurbanne',
    'Tél. 06 33 21 87 40 - julien.moreau69@free.fr',
    '',
    'EXPÉRIENCE PROFESSIONNELLE',
    '2018 - aujourd\'hui      Plombier chauffagiste, Dalkia, Lyon',
    '2012 - 2018\tPlombier, Entreprise Garnier et Fils, Bron',
    '',
    'FORMATION',
    '2012    CAP Installateur sanitaire, CFA de Dardilly',
    '',
    'COMPÉTENCES',
    'Installation de chaudières gaz, dépannage, soudure cuivre, lecture de plans.',
    '',
  ].join('\r\n');
  writeFileSync(join(out, 'fr-plombier-utf8.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(cv, 'utf8')]));
  writeFileSync(join(out, 'fr-plombier-latin1.txt'), Buffer.from(cv, 'latin1'));
  report(join(out, 'fr-plombier-utf8.txt'));
}

function report(path) {
  console.log(`${basename(path).padEnd(36)} ${(readFileSync(path).length / 1024).toFixed(0).padStart(5)} KB`);
}
