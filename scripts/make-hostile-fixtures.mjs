#!/usr/bin/env node
// Writes the hostile and broken inputs of test/fixtures/hostile/: the files a counsellor may be
// handed (protected, cut, empty, mislabelled, huge, not a CV) and the ones an attacker would craft
// (scripts in the PDF, markup in the text, decompression bombs, broken font maps, loops).
// Tests only read the committed files; this script is how they were made, so a rerun rebuilds them.
// Tools at generation time: headless Chromium (--print-to-pdf, --screenshot) and qpdf. Everything
// else (the hand-written PDFs, PNG, JPEG and zip files) is built byte by byte below with a fixed seed.
// A rerun gives identical files, except the two encrypted PDFs (qpdf draws a random AES key).
// Usage: node scripts/make-hostile-fixtures.mjs [file ...]   (no name: all of them)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateRawSync, deflateSync } from 'node:zlib';
import { seededRandom } from './seeded-random.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'test/fixtures/hostile');
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const work = mkdtempSync(join(tmpdir(), 'hostile-fixtures-'));

// ---------------------------------------------------------------------------------------------
// Small helpers

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const u16le = (value) => Buffer.from([value & 0xff, (value >>> 8) & 0xff]);
const u32le = (value) => { const b = Buffer.alloc(4); b.writeUInt32LE(value >>> 0); return b; };
const u32be = (value) => { const b = Buffer.alloc(4); b.writeUInt32BE(value >>> 0); return b; };
const u16be = (value) => Buffer.from([(value >>> 8) & 0xff, value & 0xff]);

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ---------------------------------------------------------------------------------------------
// Chromium: realistic PDFs and a screenshot

/** Chromium stamps the print time and a random ID; overwrite both with fixed bytes of the same length. */
function stabilisePdf(pdf) {
  let text = pdf.toString('latin1');
  text = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_m, key) => `/${key} (D:20260101000000`);
  text = text.replace(/\/ID \[<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>\]/g, (_m, a, b) => `/ID [<${'0'.repeat(a.length)}> <${'0'.repeat(b.length)}>]`);
  const out = Buffer.from(text, 'latin1');
  if (out.length !== pdf.length) throw new Error('stabilising changed the PDF length');
  return out;
}

function chromiumRun(args, html) {
  // A fixed name: Chromium writes it into the PDF's /Title when the page has no <title>.
  const input = join(work, 'document.html');
  writeFileSync(input, html);
  execFileSync(chromium, [
    '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--hide-scrollbars',
    `--user-data-dir=${join(work, 'profile')}`, '--no-first-run', '--disable-extensions',
    ...args, pathToFileURL(input).href,
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
}

function printPdf(html) {
  const output = join(work, 'print.pdf');
  chromiumRun([`--print-to-pdf=${output}`], html);
  return stabilisePdf(readFileSync(output));
}

function screenshotPng(html, width, height) {
  const output = join(work, 'shot.png');
  chromiumRun([`--screenshot=${output}`, `--window-size=${width},${height}`, '--force-device-scale-factor=1'], html);
  return readFileSync(output);
}

const PAGE_STYLE = `
  @page { size: A4; margin: 16mm; }
  body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; color: #222; line-height: 1.35; }
  h1 { font-size: 22pt; margin: 0 0 2mm; }
  h2 { font-size: 12.5pt; text-transform: uppercase; border-bottom: 1px solid #999; margin: 6mm 0 2mm; }
  .title { font-size: 13pt; margin-bottom: 3mm; }
  p { margin: 0 0 1.5mm; }
  ul { margin: 0; padding-left: 5mm; }
`;

/** A one-page French CV in plain HTML; `parts` lets hostile variants replace single lines. */
function cvHtml(parts = {}) {
  const p = {
    name: 'Nadia BENALI',
    title: 'Préparatrice de commandes — cariste',
    contact: ['nadia.benali@example.fr', '06 12 34 56 78', '14 rue des Tanneurs, 59000 Lille'],
    experiences: [
      ['Mars 2019 – Aujourd’hui', 'Préparatrice de commandes cariste', 'Entrepôt Loginord, Lesquin',
        ['Préparation de commandes avec scanner et commande vocale', 'Conduite de chariots élévateurs (CACES R489 cat. 1, 3 et 5)', 'Gestion des stocks et inventaires tournants']],
      ['Septembre 2016 – Février 2019', 'Employée de libre-service', 'Supermarché Marché Plus, Roubaix',
        ['Mise en rayon et facing', 'Réception des marchandises', 'Accueil et conseil des clients']],
    ],
    education: [['2016', 'CAP Opérateur/opératrice logistique', 'Lycée professionnel Jean Prouvé, Lomme']],
    skills: ['Conduite de chariots élévateurs', 'Gestion des stocks', 'Préparation de commandes', 'Utilisation d’un logiciel de gestion d’entrepôt (WMS)', 'Respect des règles de sécurité'],
    languages: ['Français : langue maternelle', 'Anglais : niveau B1'],
    licences: ['Permis B', 'CACES R489 catégories 1, 3 et 5'],
    ...parts,
  };
  const list = (items) => `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>${PAGE_STYLE}${p.style ?? ''}</style></head><body>
    ${p.photo ? `<img class="photo" alt="" src="data:image/png;base64,${portraitPng().toString('base64')}">` : ''}
    <h1>${escapeHtml(p.name)}</h1>
    <div class="title">${escapeHtml(p.title)}</div>
    ${p.contact.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}
    <h2>Expérience professionnelle</h2>
    ${p.experiences.map(([dates, title, employer, tasks]) => `<p><b>${escapeHtml(title)}</b> — ${escapeHtml(employer)}</p><p>${escapeHtml(dates)}</p>${list(tasks)}`).join('')}
    <h2>Formation</h2>
    ${p.education.map(([year, degree, school]) => `<p>${escapeHtml(year)} — <b>${escapeHtml(degree)}</b>, ${escapeHtml(school)}</p>`).join('')}
    <h2>Compétences</h2>${list(p.skills)}
    <h2>Langues</h2>${list(p.languages)}
    <h2>Permis et certifications</h2>${list(p.licences)}
    ${p.after ?? ''}
  </body></html>`;
}

// ---------------------------------------------------------------------------------------------
// A minimal PDF writer, for the files no tool will produce: broken font maps, scripts, loops.

class PdfWriter {
  constructor() {
    this.objects = [];
  }
  /** Reserves an object number; fill it later with set(). */
  reserve() {
    this.objects.push(null);
    return this.objects.length;
  }
  add(body) {
    this.objects.push(body);
    return this.objects.length;
  }
  set(number, body) {
    this.objects[number - 1] = body;
  }
  /** A stream object; `data` is a Buffer, written as is (compress it first when `filter` is set). */
  stream(dict, data) {
    return this.add({ dict, data });
  }
  build(trailer) {
    const chunks = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    let length = chunks[0].length;
    const offsets = [];
    this.objects.forEach((body, index) => {
      if (body === null) throw new Error(`object ${index + 1} reserved but never set`);
      offsets.push(length);
      const head = Buffer.from(`${index + 1} 0 obj\n`, 'latin1');
      const parts = typeof body === 'string'
        ? [head, Buffer.from(`${body}\nendobj\n`, 'latin1')]
        : [head, Buffer.from(`<< ${body.dict} /Length ${body.data.length} >>\nstream\n`, 'latin1'), body.data, Buffer.from('\nendstream\nendobj\n', 'latin1')];
      for (const part of parts) {
        chunks.push(part);
        length += part.length;
      }
    });
    const xref = [`xref\n0 ${this.objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
    chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${this.objects.length + 1} ${trailer} >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
    return Buffer.concat(chunks);
  }
}

/** WinAnsiEncoding's codes 0x80-0x9f that differ from Latin-1 (the ones a French CV uses). */
const WIN_ANSI_EXTRA = new Map([[0x20ac, 0x80], [0x2026, 0x85], [0x2018, 0x91], [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x0153, 0x9c], [0x0152, 0x8c]]);

/** A PDF string literal in WinAnsi bytes, with ( ) \ escaped. */
function pdfString(text) {
  let out = '(';
  for (const char of text) {
    let code = char.codePointAt(0);
    code = WIN_ANSI_EXTRA.get(code) ?? code;
    if (code > 0xff) throw new Error(`not in WinAnsi: ${char}`);
    if (char === '(' || char === ')' || char === '\\') out += `\\${char}`;
    else if (code < 0x20 || code > 0x7e) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += char;
  }
  return `${out})`;
}

/** A ToUnicode CMap from single-byte codes to Unicode code points. */
function toUnicodeCmap(map, extraBlocks = '') {
  const entries = [...map.entries()].sort((a, b) => a[0] - b[0]);
  const hex = (value, digits) => value.toString(16).toUpperCase().padStart(digits, '0');
  let blocks = extraBlocks;
  for (let i = 0; i < entries.length; i += 100) {
    const slice = entries.slice(i, i + 100);
    blocks += `${slice.length} beginbfchar\n${slice.map(([code, unicode]) => `<${hex(code, 2)}> <${hex(unicode, 4)}>`).join('\n')}\nendbfchar\n`;
  }
  return Buffer.from(`/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<00> <FF>
endcodespacerange
${blocks}endcmap
CMapName currentdict /CMap defineresource pop
end
end
`, 'latin1');
}

/** Latin-1 identity for the printable range, the way a correct simple font maps its codes. */
function identityMap() {
  const map = new Map();
  for (let code = 0x20; code <= 0x7e; code += 1) map.set(code, code);
  for (let code = 0xa0; code <= 0xff; code += 1) map.set(code, code);
  for (const [unicode, code] of WIN_ANSI_EXTRA) map.set(code, unicode);
  return map;
}

/**
 * One page per entry of `pages`, each a list of lines { text, x, y, size, bold } drawn in
 * Helvetica / Helvetica-Bold (standard fonts, WinAnsi). `toUnicode` replaces the fonts' Unicode
 * map: what a text extractor reads, not what the page shows.
 */
function textPdf(pages, { toUnicode, toUnicodeExtra = '', catalogExtra = '', pageExtra = () => '', writer = new PdfWriter() } = {}) {
  const cmap = toUnicode ? writer.stream('', toUnicodeCmap(toUnicode, toUnicodeExtra)) : null;
  const font = (base) => writer.add(`<< /Type /Font /Subtype /Type1 /BaseFont /${base} /Encoding /WinAnsiEncoding${cmap ? ` /ToUnicode ${cmap} 0 R` : ''} >>`);
  const regular = font('Helvetica');
  const bold = font('Helvetica-Bold');
  const pagesRef = writer.reserve();
  const pageRefs = pages.map((lines, index) => {
    const content = lines.map(({ text, x, y, size, bold: isBold }) => `BT /${isBold ? 'F2' : 'F1'} ${size} Tf ${x} ${y} Td ${pdfString(text)} Tj ET`).join('\n');
    const contentRef = writer.stream('/Filter /FlateDecode', deflateSync(Buffer.from(content, 'latin1')));
    return writer.add(`<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${contentRef} 0 R ${pageExtra(index)} >>`);
  });
  writer.set(pagesRef, `<< /Type /Pages /Kids [${pageRefs.map((ref) => `${ref} 0 R`).join(' ')}] /Count ${pageRefs.length} >>`);
  const catalog = writer.add(`<< /Type /Catalog /Pages ${pagesRef} 0 R ${catalogExtra} >>`);
  return writer.build(`/Root ${catalog} 0 R`);
}

/** The same short CV as lines of a page, top to bottom. */
function cvLines(overrides = {}) {
  const rows = [
    [overrides.name ?? 'Karim HADDAD', 22, true, 10],
    [overrides.title ?? 'Agent de propreté et d’hygiène', 13, false, 8],
    ['karim.haddad@example.fr', 10.5, false, 0],
    ['07 81 22 33 44', 10.5, false, 0],
    ['8 avenue Jean Jaurès, 69007 Lyon', 10.5, false, 12],
    ['EXPÉRIENCE PROFESSIONNELLE', 12.5, true, 6],
    ...(overrides.experience ?? [['Agent de propreté — Onet Services, Lyon', 10.5, true, 0], ['Janvier 2020 – Aujourd’hui', 10.5, false, 0]]),
    ['Nettoyage et désinfection des locaux tertiaires', 10.5, false, 0],
    ['Utilisation d’une autolaveuse et d’une monobrosse', 10.5, false, 0],
    ['Gestion des produits d’entretien et des stocks', 10.5, false, 12],
    ['FORMATION', 12.5, true, 6],
    ['2019 — CAP Agent de propreté et d’hygiène, AFPA Vénissieux', 10.5, false, 12],
    ['COMPÉTENCES', 12.5, true, 6],
    ...(overrides.skills ?? [['Nettoyage des surfaces', 10.5, false, 0], ['Tri et évacuation des déchets', 10.5, false, 0]]),
    ['Respect des protocoles d’hygiène', 10.5, false, 12],
    ['LANGUES', 12.5, true, 6],
    ['Français : courant', 10.5, false, 0],
    ['Arabe : langue maternelle', 10.5, false, 12],
    ['PERMIS', 12.5, true, 6],
    ['Permis B', 10.5, false, 0],
  ];
  let y = 790;
  return rows.map(([text, size, bold, gap]) => {
    const line = { text, x: 56, y, size, bold };
    y -= size * 1.45 + gap;
    return line;
  });
}

/** A one-page PDF: the short CV as a first content stream, then `data` as a second one. */
function bombPdf(filter, data) {
  const writer = new PdfWriter();
  const text = cvLines().map(({ text: t, x, y, size, bold }) => `BT /${bold ? 'F2' : 'F1'} ${size} Tf ${x} ${y} Td ${pdfString(t)} Tj ET`).join('\n');
  const regular = writer.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = writer.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const first = writer.stream('/Filter /FlateDecode', deflateSync(Buffer.from(text, 'latin1')));
  const second = writer.stream(filter, data);
  const pages = writer.reserve();
  const page = writer.add(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents [${first} 0 R ${second} 0 R] >>`);
  writer.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  const catalog = writer.add(`<< /Type /Catalog /Pages ${pages} 0 R >>`);
  return writer.build(`/Root ${catalog} 0 R`);
}

/**
 * PDF LZW (MSB-first, 9 to 12-bit codes, EarlyChange 1) of `length` copies of one byte. Runs of
 * one byte make each new code one byte longer than the last; once the table is full (4096
 * entries) the longest code is repeated — decoders keep using a full table — so each 12-bit code
 * stands for about 3800 bytes.
 */
function lzwBomb(byte, length) {
  const codes = [256]; // clear
  let next = 258;
  let run = 1; // length of the string the next code stands for
  let produced = 0;
  const table = [byte]; // code for a run of n bytes, n = 1…; index n-1
  while (produced < length) {
    const longest = table.length;
    const take = Math.min(run, longest, length - produced);
    codes.push(take === 1 ? byte : 258 + take - 2);
    produced += take;
    if (next < 4096 && take === run) {
      table.push(next);
      next += 1;
      run += 1;
    }
  }
  codes.push(257); // end of data
  // Each code is as wide as the decoder expects at that point: it grows the table by one entry
  // per code after the first, and widens (EarlyChange 1) one code before the table needs it.
  const bits = [];
  let nextCode = 258;
  let width = 9;
  let started = false;
  for (const code of codes) {
    bits.push([code, width]);
    if (code === 256) {
      [nextCode, width, started] = [258, 9, false];
      continue;
    }
    if (started) {
      nextCode += 1;
      if (((nextCode + 1) & nextCode) === 0) width = Math.min(Math.floor(Math.log2(nextCode + 1)) + 1, 12);
    }
    started = true;
  }
  const out = [];
  let buffer = 0;
  let count = 0;
  for (const [code, width] of bits) {
    buffer = (buffer << width) | code;
    count += width;
    while (count >= 8) {
      out.push((buffer >>> (count - 8)) & 0xff);
      count -= 8;
      buffer &= (1 << count) - 1;
    }
  }
  if (count > 0) out.push((buffer << (8 - count)) & 0xff);
  return Buffer.from(out);
}

// ---------------------------------------------------------------------------------------------
// Images and archives

function pngChunk(type, data) {
  const head = Buffer.from(type, 'latin1');
  return Buffer.concat([u32be(data.length), head, data, u32be(crc32(Buffer.concat([head, data])))]);
}

/** A small colour "portrait": an oval face on a plain background, enough to be an image in the page. */
function portraitPng() {
  const width = 120;
  const height = 150;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x += 1) {
      const inFace = ((x - 60) / 38) ** 2 + ((y - 62) / 48) ** 2 < 1;
      const inBody = y > 112 && Math.abs(x - 60) < 50 - (150 - y) * 0.2;
      const [r, g, b] = inFace ? [224, 182, 150] : inBody ? [40, 70, 120] : [200, 215, 230];
      raw.set([r, g, b], y * (width * 3 + 1) + 1 + x * 3);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', Buffer.concat([u32be(width), u32be(height), Buffer.from([8, 2, 0, 0, 0])])),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A 1-bit greyscale PNG of `width` x `height` white pixels with a black band: tiny file, huge image. */
function hugePng(width, height) {
  const rowBytes = Math.ceil(width / 8);
  const raw = Buffer.alloc((rowBytes + 1) * height, 0xff);
  for (let y = 0; y < height; y += 1) raw[y * (rowBytes + 1)] = 0; // filter: none
  for (let y = 4000; y < 4100; y += 1) raw.fill(0x00, y * (rowBytes + 1) + 200, y * (rowBytes + 1) + 1600);
  const ihdr = Buffer.concat([u32be(width), u32be(height), Buffer.from([1, 0, 0, 0, 0])]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A baseline JPEG header that declares `width` x `height`, followed by a few bytes of scan and EOI. */
function jpegClaiming(width, height) {
  const segment = (marker, body) => Buffer.concat([Buffer.from([0xff, marker]), u16be(body.length + 2), body]);
  const jfif = segment(0xe0, Buffer.from([0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]));
  const dqt = segment(0xdb, Buffer.concat([Buffer.from([0x00]), Buffer.alloc(64, 1)]));
  const sof = segment(0xc0, Buffer.concat([Buffer.from([8]), u16be(height), u16be(width), Buffer.from([1, 1, 0x11, 0])]));
  // DC table with one 1-bit code (category 0) and AC table with one 1-bit code (EOB).
  const dht = segment(0xc4, Buffer.concat([
    Buffer.from([0x00, 1, ...Array(15).fill(0), 0x00]),
    Buffer.from([0x10, 1, ...Array(15).fill(0), 0x00]),
  ]));
  const sos = segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0]));
  return Buffer.concat([Buffer.from([0xff, 0xd8]), jfif, dqt, sof, dht, sos, Buffer.alloc(64, 0x00), Buffer.from([0xff, 0xd9])]);
}

/**
 * A zip archive written by hand so that the sizes it declares can lie. `entries`: { name, data,
 * declaredSize? } with `data` deflated unless `stored`.
 */
function zipArchive(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.stored ? 0 : 8;
    const body = entry.stored ? entry.data : deflateRawSync(entry.data, { level: 9 });
    const size = entry.declaredSize ?? entry.data.length;
    const crc = crc32(entry.data);
    // Fixed DOS date (2026-01-01 00:00) for reproducible bytes.
    const common = Buffer.concat([u16le(20), u16le(0), u16le(method), u16le(0), u16le((46 << 9) | (1 << 5) | 1), u32le(crc), u32le(body.length), u32le(size), u16le(name.length), u16le(0)]);
    const local = Buffer.concat([u32le(0x04034b50), common, name, body]);
    centrals.push(Buffer.concat([u32le(0x02014b50), u16le(20), common, u16le(0), u16le(0), u16le(0), u32le(0), u32le(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.concat([u32le(0x06054b50), u16le(0), u16le(0), u16le(entries.length), u16le(entries.length), u32le(central.length), u32le(offset), u16le(0)]);
  return Buffer.concat([...locals, central, end]);
}

const DOCX_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const DOCX_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/**
 * A DOCX whose document.xml is a real CV head followed by one paragraph of `megabytes` MB of spaces:
 * a single repeated byte is what DEFLATE squeezes best (about 1000:1).
 */
function bombDocx(megabytes, { lieAboutSize }) {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    + ['Karim HADDAD', 'karim.haddad@example.fr', '07 81 22 33 44'].map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join('');
  const tail = '</w:t></w:r></w:p></w:body></w:document>';
  const document = Buffer.concat([
    Buffer.from(`${head}<w:p><w:r><w:t xml:space="preserve">`, 'utf8'),
    Buffer.alloc(megabytes * 1024 * 1024, 0x20),
    Buffer.from(tail, 'utf8'),
  ]);
  return zipArchive([
    { name: '[Content_Types].xml', data: Buffer.from(DOCX_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(DOCX_RELS) },
    { name: 'word/document.xml', data: document, declaredSize: lieAboutSize ? 4096 : undefined },
  ]);
}

// ---------------------------------------------------------------------------------------------
// The fixtures

/** What a CV sometimes says and a skills profile must never keep. */
const SENSITIVE_LINES = [
  'Née le 14/02/1988 à Besançon (37 ans)',
  'Nationalité : marocaine',
  'Situation familiale : mariée, 2 enfants',
  'Travailleuse handicapée (RQTH) — asthme, suivi médical',
];

/** A CV as lines of text with markup, template, prototype and bidirectional-override payloads. */
const INJECTION_LINES = [
  'Camille \u202eDNARUD\u202c<img src=x onerror=alert(1)>',
  'Cariste <script>alert("titre")</script>',
  'camille.durand@example.fr',
  '06 98 76 54 32',
  'Portfolio : javascript:alert(document.cookie)',
  '5 place Bellecour, 69002 Lyon',
  'EXPÉRIENCE PROFESSIONNELLE',
  'Cariste <script>alert(document.cookie)</script> — Entrepôt {{constructor.constructor(\'alert(1)\')()}}, Lyon',
  'Mars 2019 – Aujourd’hui',
  'Conduite de chariots élévateurs <img src=x onerror=alert(2)>',
  'Gestion des stocks ${7*7} #{7*7} <%= 7*7 %>',
  'FORMATION',
  '2016 — CAP Opérateur/opératrice logistique, Lycée professionnel Jean Prouvé, Lomme',
  'COMPÉTENCES',
  'Conduite de chariots élévateurs \u202egpj.exe\u202c',
  'Gestion des stocks {{constructor}}',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'Préparation de commandes <style>*{display:none}</style>',
  'LANGUES',
  'Anglais : niveau B1',
  'PERMIS',
  'Permis B',
];

let basePdf = null;
const base = () => (basePdf ??= printPdf(cvHtml()));

function qpdf(args, input) {
  const inFile = join(work, 'qpdf-in.pdf');
  const outFile = join(work, 'qpdf-out.pdf');
  writeFileSync(inFile, input);
  // --static-id / --static-aes-iv: qpdf's switches for reproducible output. The AES-256 file key
  // is still random, so the encrypted files differ byte-wise on each run (same structure, same reading).
  execFileSync('qpdf', ['--static-id', '--static-aes-iv', ...args, '--', inFile, outFile]);
  return readFileSync(outFile);
}

const LOREM_FR = 'La présente annexe reprend, pour information, le règlement intérieur de l’entrepôt, les consignes de sécurité applicables aux engins de manutention, les horaires des équipes et la procédure de réception des marchandises. Chaque salarié en prend connaissance lors de son arrivée et signe la feuille d’émargement correspondante. ';

const fixtures = {
  /** The plain CV the protected and truncated variants start from (also a fuzz seed). */
  'cv-base.pdf': () => base(),

  'empty.pdf': () => Buffer.alloc(0),

  /** AES-256 with a user password: nothing can be read without it. */
  'encrypted-user-password.pdf': () => qpdf(['--encrypt', 'secret-utilisateur', 'secret-proprietaire', '256'], base()),

  /** Only an owner password (printing and copying restricted): opens without a prompt, reads fine. */
  'encrypted-owner-only.pdf': () => qpdf(['--encrypt', '', 'secret-proprietaire', '256', '--extract=n', '--modify=none'], base()),

  /** A download cut off in the middle: the second half (fonts, xref, trailer) is missing. */
  'truncated.pdf': () => {
    const bytes = base();
    return bytes.subarray(0, Math.floor(bytes.length * 0.45));
  },

  /** Real glyphs on the page, but the font's Unicode map sends every code to the private-use area. */
  'garbage-text-layer-pua.pdf': () => {
    const map = new Map([[0x20, 0x20]]);
    for (let code = 0x21; code <= 0xff; code += 1) map.set(code, 0xe000 + code);
    return textPdf([cvLines()], { toUnicode: map });
  },

  /**
   * A correct CV whose fonts' Unicode map also declares one range of 12 million codes (the fuzzer
   * found the same in a Unicode map with one damaged byte). pdf.js builds the whole table, about
   * 40 s of synchronous work in Node, where no timer can fire: only a thread that is terminated
   * from outside ends it on time.
   */
  'font-cmap-stall.pdf': () => textPdf([cvLines()], { toUnicode: identityMap(), toUnicodeExtra: '1 beginbfrange\n<000100> <B800FF> <0041>\nendbfrange\n' }),

  /** Real glyphs on the page, Unicode map scrambled: each code reads as a random Latin-1 byte. */
  'garbage-text-layer-random.pdf': () => {
    const random = seededRandom(20260101);
    const targets = [];
    for (let code = 0x21; code <= 0x7e; code += 1) targets.push(code);
    for (let code = 0xa1; code <= 0xff; code += 1) targets.push(code);
    const map = new Map([[0x20, 0x20]]);
    for (let code = 0x21; code <= 0xff; code += 1) map.set(code, targets[Math.floor(random() * targets.length)]);
    return textPdf([cvLines()], { toUnicode: map });
  },

  /**
   * A CV with every kind of action a viewer might run: JavaScript on open (app.alert, a form
   * submission and a URL launch to a local port the test listens on), a named document script,
   * a /Launch annotation, a javascript: URI, a remote GoToR, and a form field with a keystroke script.
   */
  'javascript-actions.pdf': () => {
    const writer = new PdfWriter();
    const beacon = 'http://127.0.0.1:47913';
    const js = (code) => writer.add(`<< /Type /Action /S /JavaScript /JS ${pdfString(code)} >>`);
    const openAction = js(`app.alert("ouvert"); globalThis.__cvPwned = "openaction"; this.submitForm("${beacon}/submit"); app.launchURL("${beacon}/launch", true);`);
    const named = js(`globalThis.__cvPwned = "names"; this.getURL("${beacon}/geturl");`);
    const names = writer.add(`<< /Names [(init) ${named} 0 R] >>`);
    const launch = writer.add(`<< /Type /Action /S /Launch /F (/bin/sh) /Win << /F (cmd.exe) /P (/c calc.exe) >> /NewWindow true >>`);
    const uri = writer.add(`<< /Type /Action /S /URI /URI (javascript:alert\\(document.cookie\\)) >>`);
    const remote = writer.add(`<< /Type /Action /S /GoToR /F << /FS /URL /F (${beacon}/gotor.pdf) >> /D [0 /Fit] >>`);
    const keystroke = js(`globalThis.__cvPwned = "field"; app.alert("champ");`);
    const annots = [
      `<< /Type /Annot /Subtype /Link /Rect [56 700 300 720] /Border [0 0 0] /A ${launch} 0 R >>`,
      `<< /Type /Annot /Subtype /Link /Rect [56 680 300 700] /Border [0 0 0] /A ${uri} 0 R >>`,
      `<< /Type /Annot /Subtype /Link /Rect [56 660 300 680] /Border [0 0 0] /A ${remote} 0 R >>`,
    ].map((annot) => writer.add(annot));
    const field = writer.add(`<< /Type /Annot /Subtype /Widget /FT /Tx /T (nom) /V (Karim) /DA (/Helv 0 Tf 0 g) /Rect [300 760 500 780] /AA << /K ${keystroke} 0 R /F ${keystroke} 0 R >> >>`);
    const page = { annots: [...annots, field] };
    const pdf = textPdf([cvLines()], {
      writer,
      catalogExtra: `/OpenAction ${openAction} 0 R /Names << /JavaScript ${names} 0 R >> /AcroForm << /Fields [${field} 0 R] /NeedAppearances true >>`,
      pageExtra: () => `/Annots [${page.annots.map((ref) => `${ref} 0 R`).join(' ')}] /AA << /O ${openAction} 0 R >>`,
    });
    return pdf;
  },

  /** A PNG (a photo of a CV) saved with a .pdf name. */
  'png-renamed.pdf': () => screenshotPng(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
      body { margin: 24px 32px; font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 19px; color: #111; background: #fff; }
      h1 { font-size: 34px; margin: 0 0 6px; } p { margin: 0 0 6px; } h2 { font-size: 22px; margin: 18px 0 6px; }
    </style></head><body>
      <h1>Sophie MARCHAND</h1><p>Aide-soignante</p>
      <p>sophie.marchand@example.fr</p><p>06 45 78 12 90</p><p>27 rue Nationale, 37000 Tours</p>
      <h2>EXPÉRIENCE</h2><p>2018 – 2024 Aide-soignante, EHPAD Les Tilleuls, Tours</p>
      <p>Soins d’hygiène et de confort, aide aux repas, transmissions</p>
      <h2>FORMATION</h2><p>2017 Diplôme d’État d’aide-soignant, IFAS de Tours</p>
    </body></html>`, 900, 560),

  /** 15000 x 10000 = 150 megapixels, about 20 KB on disk: decoding it whole takes 150 MB to 600 MB. */
  'huge-150-megapixels.png': () => hugePng(15000, 10000),

  /** A JPEG header claiming 15000 x 10000 with almost no data behind it. */
  'huge-dimensions.jpg': () => jpegClaiming(15000, 10000),

  /** A one-page CV followed by 59 pages of annexes. */
  'long-60-pages.pdf': () => {
    const annexes = Array.from({ length: 59 }, (_, index) => `<section style="page-break-before: always"><h2>Annexe ${index + 1}</h2>${`<p>${LOREM_FR.repeat(4)}</p>`.repeat(3)}</section>`).join('');
    return printPdf(cvHtml({ after: annexes }));
  },

  /** An invoice from a plumber: names, an address, a phone, an email — and nothing of a CV. */
  'invoice-not-a-cv.pdf': () => printPdf(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>${PAGE_STYLE}
      table { width: 100%; border-collapse: collapse; margin-top: 6mm; } td, th { border: 1px solid #999; padding: 2mm; text-align: left; }
    </style></head><body>
      <h1>FACTURE N° 2025-0412</h1>
      <p><b>Dubois Plomberie SARL</b></p><p>3 impasse des Artisans, 44000 Nantes</p><p>Tél. 02 40 11 22 33 — contact@dubois-plomberie.example.fr</p>
      <p>SIRET 812 345 678 00021 — TVA intracommunautaire FR 12 812345678</p>
      <p style="margin-top:6mm"><b>Client :</b> Mme Hélène Garnier, 18 rue Crébillon, 44000 Nantes</p>
      <p>Date de facture : 12/03/2025 — Échéance : 11/04/2025</p>
      <table><tr><th>Désignation</th><th>Qté</th><th>Prix unitaire HT</th><th>Total HT</th></tr>
        <tr><td>Remplacement chauffe-eau électrique 200 L</td><td>1</td><td>689,00 €</td><td>689,00 €</td></tr>
        <tr><td>Main-d’œuvre (heures)</td><td>3</td><td>55,00 €</td><td>165,00 €</td></tr>
        <tr><td>Déplacement</td><td>1</td><td>35,00 €</td><td>35,00 €</td></tr>
        <tr><td>Raccords et flexibles</td><td>4</td><td>8,50 €</td><td>34,00 €</td></tr></table>
      <p style="margin-top:6mm">Total HT : 923,00 € — TVA 10 % : 92,30 € — <b>Total TTC : 1 015,30 €</b></p>
      <p>Règlement par virement : IBAN FR76 3000 4000 0500 0012 3456 789 — BIC BNPAFRPPXXX</p>
      <p>Pénalités de retard : trois fois le taux d’intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.</p>
    </body></html>`),

  /** Markup, template and script payloads in the name, title, experience and skills lines. */
  'injection-cv.pdf': () => printPdf(cvHtml({
    // One payload per printed line: a wrapped line would split it across two text lines.
    style: 'body { font-size: 9pt; } h1 { font-size: 18pt; } p, li, h1, .title { white-space: nowrap; }',
    name: 'Camille DURAND<img src=x onerror=alert(1)>',
    title: 'Cariste <script>alert("titre")</script>',
    contact: ['camille.durand@example.fr', '06 98 76 54 32', 'Portfolio : javascript:alert(document.cookie)', '5 place Bellecour, 69002 Lyon'],
    experiences: [
      ['Mars 2019 – Aujourd’hui', 'Cariste <script>alert(document.cookie)</script>', 'Entrepôt {{constructor.constructor(\'alert(1)\')()}}, Lyon',
        ['Conduite de chariots élévateurs <img src=x onerror=alert(2)>', 'Gestion des stocks ${7*7} #{7*7} <%= 7*7 %>', 'Chargement des camions"><svg/onload=alert(3)>']],
      ['Janvier 2016 – Février 2019', 'Manutentionnaire <iframe src="javascript:alert(4)">', 'Transports __proto__ & constructor, Vénissieux',
        ['Réception des marchandises', 'Inventaires <a href="javascript:alert(5)">cliquez</a>']],
    ],
    skills: ['Conduite de chariots élévateurs <img src=x onerror=alert(6)>', 'Gestion des stocks {{constructor}}', '__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', 'Préparation de commandes <style>*{display:none}</style>'],
  })),

  /** Bidirectional-override characters in the text layer: what is shown differs from what is stored. */
  'injection-bidi.pdf': () => {
    // Codes 0x01-0x04 draw nothing but read as U+202E (RLO), U+202C (PDF), U+2067 (RLI), U+2069 (PDI).
    const map = identityMap();
    map.set(0x01, 0x202e).set(0x02, 0x202c).set(0x03, 0x2067).set(0x04, 0x2069);
    return textPdf([cvLines({
      name: 'Karim \u0001DADDAH\u0002',
      title: 'Agent de propreté \u0003exe.sepyt\u0004',
      skills: [['Nettoyage des surfaces \u0001gpj.exe\u0002', 10.5, false, 0], ['Tri et évacuation des déchets', 10.5, false, 0]],
    })], { toUnicode: map });
  },

  /**
   * The same payloads in a Word document, where Unicode controls survive: the name, a skill and the
   * email line carry right-to-left overrides that make the shown text differ from the stored one.
   */
  'injection-cv.docx': () => {
    const paragraph = (text) => `<w:p><w:r><w:t xml:space="preserve">${escapeHtml(text)}</w:t></w:r></w:p>`;
    const body = INJECTION_LINES.map(paragraph).join('');
    const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
    return zipArchive([
      { name: '[Content_Types].xml', data: Buffer.from(DOCX_TYPES) },
      { name: '_rels/.rels', data: Buffer.from(DOCX_RELS) },
      { name: 'word/document.xml', data: Buffer.from(document, 'utf8') },
    ]);
  },

  /** The same lines as plain UTF-8 text. */
  'injection-cv.txt': () => Buffer.from(`${INJECTION_LINES.join('\n')}\n`, 'utf8'),

  /**
   * A CV that states everything the profile must never hold: birth date and place, age,
   * nationality, family status, health and disability, and a photo.
   */
  'sensitive-data-cv.pdf': () => printPdf(cvHtml({
    name: 'Julie MOREAU',
    title: 'Assistante administrative',
    contact: ['julie.moreau@example.fr', '06 23 45 67 89', '9 rue de la Liberté, 21000 Dijon', ...SENSITIVE_LINES],
    style: '.photo { float: right; width: 30mm; height: 38mm; }',
    after: '',
    experiences: [
      ['Avril 2017 – Aujourd’hui', 'Assistante administrative', 'Cabinet Berthier Immobilier, Dijon',
        ['Accueil physique et téléphonique', 'Gestion du courrier et des agendas', 'Saisie et suivi des factures']],
    ],
    education: [['2012', 'BTS Assistant de manager', 'Lycée Le Castel, Dijon']],
    skills: ['Accueil du public', 'Pack Office (Word, Excel)', 'Gestion administrative'],
    languages: ['Anglais : B2'],
    licences: ['Permis B'],
    photo: true,
  })),

  'sensitive-data-cv.txt': () => Buffer.from(`${[
    'Julie MOREAU', 'Assistante administrative', 'julie.moreau@example.fr', '06 23 45 67 89', '9 rue de la Liberté, 21000 Dijon',
    ...SENSITIVE_LINES,
    'EXPÉRIENCE PROFESSIONNELLE', 'Assistante administrative — Cabinet Berthier Immobilier, Dijon', 'Avril 2017 – Aujourd’hui',
    'Accueil physique et téléphonique', 'FORMATION', '2012 — BTS Assistant de manager, Lycée Le Castel, Dijon',
    'COMPÉTENCES', 'Accueil du public', 'Gestion administrative', 'LANGUES', 'Anglais : B2', 'PERMIS', 'Permis B',
  ].join('\n')}\n`, 'utf8'),

  /** One page whose content stream inflates to 150 MB of no-op operators after the CV text. */
  'stream-bomb.pdf': () => bombPdf('/Filter /FlateDecode', deflateSync(Buffer.alloc(150 * 1024 * 1024, 'q Q '), { level: 9 })),

  /**
   * The same bomb compressed twice (/Filter [/FlateDecode /FlateDecode]): the outer layer inflates
   * to a few hundred kilobytes, only the inner one reaches 300 MB.
   */
  'stream-bomb-double-flate.pdf': () => bombPdf('/Filter [/FlateDecode /FlateDecode]',
    deflateSync(deflateSync(Buffer.alloc(300 * 1024 * 1024, 'q Q '), { level: 9 }), { level: 9 })),

  /** A bomb in LZW, the other general-purpose PDF filter: 200 MB from about 80 KB. */
  'stream-bomb-lzw.pdf': () => bombPdf('/Filter /LZWDecode', lzwBomb(0x20, 200 * 1024 * 1024)),

  /** A page tree whose node lists itself among its kids, and an absurd page count. */
  'page-tree-loop.pdf': () => {
    const writer = new PdfWriter();
    const pages = writer.reserve();
    const inner = writer.reserve();
    writer.set(inner, `<< /Type /Pages /Parent ${pages} 0 R /Kids [${inner} 0 R ${pages} 0 R] /Count 1000000 >>`);
    writer.set(pages, `<< /Type /Pages /Kids [${inner} 0 R] /Count 1000000 >>`);
    const catalog = writer.add(`<< /Type /Catalog /Pages ${pages} 0 R >>`);
    return writer.build(`/Root ${catalog} 0 R`);
  },

  /** A scanned page (no text layer) whose image is 15000 x 10000 pixels: rendering it for OCR would decode it whole. */
  'scan-150-megapixels.pdf': () => {
    const writer = new PdfWriter();
    const width = 15000;
    const height = 10000;
    const rowBytes = Math.ceil(width / 8);
    const raw = Buffer.alloc(rowBytes * height, 0xff);
    const image = writer.stream(`/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode`, deflateSync(raw, { level: 9 }));
    const content = writer.stream('', Buffer.from('q 595 0 0 842 0 0 cm /Im1 Do Q', 'latin1'));
    const pages = writer.reserve();
    const page = writer.add(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 ${image} 0 R >> >> /Contents ${content} 0 R >>`);
    writer.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
    const catalog = writer.add(`<< /Type /Catalog /Pages ${pages} 0 R >>`);
    return writer.build(`/Root ${catalog} 0 R`);
  },

  /** document.xml is 120 MB once inflated (from about 120 KB); the zip says so honestly. */
  'zip-bomb.docx': () => bombDocx(120, { lieAboutSize: false }),

  /** The same bomb, but the zip headers claim document.xml is 4 KB. */
  'zip-bomb-lying-size.docx': () => bombDocx(120, { lieAboutSize: true }),

  /** A .docx that is really a zip of unrelated files. */
  'junk-zip.docx': () => {
    const random = seededRandom(7);
    const junk = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(random() * 256)));
    return zipArchive([
      { name: 'notes.txt', data: Buffer.from('Liste de courses : pain, lait, œufs.\n') },
      { name: 'data/blob.bin', data: junk, stored: true },
      { name: 'photos/vacances.jpg', data: junk.subarray(0, 1024), stored: true },
    ]);
  },
};

mkdirSync(outDir, { recursive: true });
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in fixtures));
if (unknown.length > 0) {
  console.error(`Unknown fixture(s): ${unknown.join(', ')}. Known: ${Object.keys(fixtures).join(', ')}`);
  process.exit(1);
}
try {
  for (const [name, make] of Object.entries(fixtures)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    const bytes = make();
    writeFileSync(join(outDir, name), bytes);
    console.log(`${name.padEnd(32)} ${String(bytes.length).padStart(9)} bytes`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
