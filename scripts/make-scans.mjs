#!/usr/bin/env node
// Makes the read-stage fixtures in test/fixtures/read/, reproducibly (fixed seeds, fixed dates):
//   - text-layer PDFs printed by headless Chromium from test/fixtures/read/src/*.html;
//   - scans of the sidebar CV: rendered by pdftoppm at 300 dpi, then straight, rotated 1° or 3°,
//     noisy or blurred, saved as an image-only PDF, PNG, JPEG and WebP, plus a phone photo whose
//     pixels are stored sideways with an EXIF orientation tag;
//   - a DOCX and an ODT CV written as minimal zip packages, plain-text CVs (UTF-8, Latin-1);
//   - broken files: truncated and encrypted PDFs, an empty file, a PNG named .pdf, a PDF whose
//     text layer is garbage over a scanned page.
// Needs /usr/bin/chromium, pdftoppm (poppler-utils) and qpdf; @napi-rs/canvas encodes JPEG/WebP.
// Usage: node scripts/make-scans.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { zipSync, zlibSync, strToU8 } from 'fflate';
import { seededRandom } from './seeded-random.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test/fixtures/read');
const sources = join(out, 'src');
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const { createCanvas } = createRequire(import.meta.url)('@napi-rs/canvas');
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
  const page = renderGray(pdfPath, 300)[0];
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
  const twoPages = renderGray(join(out, 'fr-secretaire-2pages.pdf'), 300).map((image, index) => encodeJpeg(rotate(image, index === 0 ? 0.5 : -0.7), 45));
  writePdfOfJpegs(join(out, 'scan-secretaire-2pages.pdf'), twoPages, 300);

  // A scanned page under a garbage text layer (a broken OCR layer: random letters, invisible).
  writePdfOfJpegs(join(out, 'scan-couche-texte-illisible.pdf'), [encodeJpeg(straight, 55)], 300, garbageTextLayer(11));
  for (const name of ['scan-magasinier-1deg.pdf', 'scan-magasinier-1deg.png', 'scan-magasinier-3deg.png', 'scan-magasinier-bruit.jpg',
    'scan-magasinier-flou.jpg', 'scan-magasinier.webp', 'photo-exif-orientation-6.jpg', 'photo-renommee.pdf',
    'scan-secretaire-2pages.pdf', 'scan-couche-texte-illisible.pdf']) report(join(out, name));
}

function renderGray(pdfPath, dpi) {
  const prefix = join(work, basename(pdfPath, '.pdf'));
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', pdfPath, prefix]);
  return readdirSync(work)
    .filter((name) => name.startsWith(basename(prefix)) && name.endsWith('.pgm'))
    .sort()
    .map((name) => readPgm(readFileSync(join(work, name))));
}

function readPgm(bytes) {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, data: new Uint8Array(bytes.subarray(header[0].length, header[0].length + width * height)) };
}

function rotate(image, degrees) {
  const { width, height, data } = image;
  const radians = (degrees * Math.PI) / 180;
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const dx = x - width / 2;
      const dy = y - height / 2;
      const sx = dx * cos + dy * sin + width / 2;
      const sy = -dx * sin + dy * cos + height / 2;
      out[y * width + x] = sample(data, width, height, sx, sy);
    }
  }
  return { width, height, data: out };
}

function sample(data, width, height, x, y) {
  if (x < 0 || y < 0 || x > width - 1 || y > height - 1) return 255;
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const x1 = Math.min(width - 1, x0 + 1);
  const y1 = Math.min(height - 1, y0 + 1);
  const fx = x - x0;
  const fy = y - y0;
  const top = data[y0 * width + x0] * (1 - fx) + data[y0 * width + x1] * fx;
  const bottom = data[y1 * width + x0] * (1 - fx) + data[y1 * width + x1] * fx;
  return Math.round(top * (1 - fy) + bottom * fy);
}

/** Gaussian sensor noise of `sigma` grey levels plus salt-and-pepper specks. */
function addNoise(image, sigma, specks, seed) {
  const random = seededRandom(seed);
  const data = new Uint8Array(image.data.length);
  for (let i = 0; i < data.length; i += 1) {
    const gaussian = Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
    let value = image.data[i] + gaussian * sigma;
    const speck = random();
    if (speck < specks / 2) value = 0;
    else if (speck < specks) value = 255;
    data[i] = Math.max(0, Math.min(255, Math.round(value)));
  }
  return { ...image, data };
}

/** Box blur of the given radius, twice (close to a Gaussian). */
function blur(image, radius) {
  let current = image;
  for (let pass = 0; pass < 2; pass += 1) current = boxBlurVertical(boxBlurHorizontal(current, radius), radius);
  return current;
}

function boxBlurHorizontal({ width, height, data }, radius) {
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    let sum = 0;
    for (let x = -radius; x <= radius; x += 1) sum += data[y * width + Math.min(width - 1, Math.max(0, x))];
    for (let x = 0; x < width; x += 1) {
      out[y * width + x] = Math.round(sum / (2 * radius + 1));
      sum += data[y * width + Math.min(width - 1, x + radius + 1)] - data[y * width + Math.max(0, x - radius)];
    }
  }
  return { width, height, data: out };
}

function boxBlurVertical({ width, height, data }, radius) {
  const out = new Uint8Array(width * height);
  for (let x = 0; x < width; x += 1) {
    let sum = 0;
    for (let y = -radius; y <= radius; y += 1) sum += data[Math.min(height - 1, Math.max(0, y)) * width + x];
    for (let y = 0; y < height; y += 1) {
      out[y * width + x] = Math.round(sum / (2 * radius + 1));
      sum += data[Math.min(height - 1, y + radius + 1) * width + x] - data[Math.max(0, y - radius) * width + x];
    }
  }
  return { width, height, data: out };
}

function downscale(image, factor) {
  const width = Math.round(image.width * factor);
  const height = Math.round(image.height * factor);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) data[y * width + x] = sample(image.data, image.width, image.height, (x + 0.5) / factor - 0.5, (y + 0.5) / factor - 0.5);
  }
  return { width, height, data };
}

function crop(image, left, top, width, height) {
  const w = Math.round(Math.min(width, image.width - left));
  const h = Math.round(Math.min(height, image.height - top));
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y += 1) data.set(image.data.subarray((top + y) * image.width + left, (top + y) * image.width + left + w), y * w);
  return { width: w, height: h, data };
}

function rotateQuarterAnticlockwise(image) {
  const { width, height, data } = image;
  const out = new Uint8Array(width * height);
  // Output is height wide, width high; output (x, y) comes from input (width - 1 - y, x).
  for (let y = 0; y < width; y += 1) for (let x = 0; x < height; x += 1) out[y * height + x] = data[x * width + (width - 1 - y)];
  return { width: height, height: width, data: out };
}

/** Reduces to `levels` grey levels, as a 4-bit scanner output would (and PNG compresses well). */
function quantise(image, levels) {
  const step = 255 / (levels - 1);
  const data = image.data.map((value) => Math.round(Math.round(value / step) * step));
  return { ...image, data };
}


// ---------------------------------------------------------------------------------------------
// Encoders

function toCanvas(image) {
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  const pixels = context.createImageData(image.width, image.height);
  for (let i = 0; i < image.data.length; i += 1) {
    pixels.data[i * 4] = pixels.data[i * 4 + 1] = pixels.data[i * 4 + 2] = image.data[i];
    pixels.data[i * 4 + 3] = 255;
  }
  context.putImageData(pixels, 0, 0);
  return canvas;
}

function encodeJpeg(image, quality) {
  return toCanvas(image).toBuffer('image/jpeg', quality);
}

function encodeWebp(image, quality) {
  return toCanvas(image).toBuffer('image/webp', quality);
}

/** Greyscale PNG at 4 or 8 bits per pixel, written directly (zlib from fflate). */
function encodePng(image, bitDepth) {
  const { width, height, data } = image;
  const rowBytes = Math.ceil((width * bitDepth) / 8);
  const raw = new Uint8Array((rowBytes + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * (rowBytes + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x += 1) {
      const value = data[y * width + x];
      if (bitDepth === 8) raw[row + 1 + x] = value;
      else raw[row + 1 + (x >> 1)] |= (value >> 4) << (x % 2 === 0 ? 4 : 0);
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([bitDepth, 0, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlibSync(raw, { level: 9 })),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

function pngChunk(type, body) {
  const chunk = Buffer.alloc(12 + body.length);
  chunk.writeUInt32BE(body.length, 0);
  chunk.write(type, 4, 'latin1');
  Buffer.from(body).copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + body.length)), 8 + body.length);
  return chunk;
}

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Inserts an APP1 Exif segment (little-endian TIFF) with one tag, Orientation, after SOI. */
function withExifOrientation(jpeg, orientation) {
  const tiff = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0, 0, 0, 0, 0]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const length = payload.length + 2;
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xe1, length >> 8, length & 0xff]), payload, jpeg.subarray(2)]);
}

/** An image-only PDF: one grey JPEG per page, sized for `dpi`; optional invisible text on top. */
function writePdfOfJpegs(path, jpegs, dpi, textLayer = null) {
  const objects = [];
  const add = (body) => objects.push(body) - 1 + 1;
  const pagesId = 2;
  objects.push(null, null); // 1: catalog, 2: page tree, filled below
  const pageIds = [];
  const fontId = textLayer ? add(Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')) : 0;
  for (const jpeg of jpegs) {
    const { width, height } = jpegSize(jpeg);
    const widthPt = (width * 72) / dpi;
    const heightPt = (height * 72) / dpi;
    const imageId = add(Buffer.concat([
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`),
      jpeg,
      Buffer.from('\nendstream'),
    ]));
    let content = `q ${widthPt.toFixed(2)} 0 0 ${heightPt.toFixed(2)} 0 0 cm /Im0 Do Q\n`;
    if (textLayer) content += textLayer(widthPt, heightPt);
    const contentId = add(Buffer.from(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`, 'latin1'));
    const resources = `<< /XObject << /Im0 ${imageId} 0 R >>${textLayer ? ` /Font << /F1 ${fontId} 0 R >>` : ''} >>`;
    pageIds.push(add(Buffer.from(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${widthPt.toFixed(2)} ${heightPt.toFixed(2)}] /Resources ${resources} /Contents ${contentId} 0 R >>`)));
  }
  objects[0] = Buffer.from(`<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  objects[1] = Buffer.from(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`);
  const parts = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets = [];
  let length = parts[0].length;
  objects.forEach((body, index) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  writeFileSync(path, Buffer.concat(parts));
}

function jpegSize(jpeg) {
  let offset = 2;
  while (offset < jpeg.length) {
    const marker = jpeg[offset + 1];
    if (marker >= 0xc0 && marker <= 0xc3) return { height: jpeg.readUInt16BE(offset + 5), width: jpeg.readUInt16BE(offset + 7) };
    offset += 2 + jpeg.readUInt16BE(offset + 2);
  }
  throw new Error('no JPEG frame header');
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
