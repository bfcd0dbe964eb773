// Page images for the scan fixtures and the scanned twins of the CV corpora: render a PDF to grey
// pixels (pdftoppm), degrade them as scanners and phones do (tilt, noise, blur, fewer grey levels),
// and encode them (PNG, JPEG, WebP, image-only PDF). Deterministic: the noise takes a seed.
// Needs pdftoppm (poppler-utils); @napi-rs/canvas encodes JPEG/WebP.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { zlibSync } from 'fflate';
import { seededRandom } from './seeded-random.mjs';

const { createCanvas } = createRequire(import.meta.url)('@napi-rs/canvas');

export function renderGray(pdfPath, dpi, work) {
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

export function rotate(image, degrees) {
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
export function addNoise(image, sigma, specks, seed) {
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
export function blur(image, radius) {
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

export function downscale(image, factor) {
  const width = Math.round(image.width * factor);
  const height = Math.round(image.height * factor);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) data[y * width + x] = sample(image.data, image.width, image.height, (x + 0.5) / factor - 0.5, (y + 0.5) / factor - 0.5);
  }
  return { width, height, data };
}

export function crop(image, left, top, width, height) {
  const w = Math.round(Math.min(width, image.width - left));
  const h = Math.round(Math.min(height, image.height - top));
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y += 1) data.set(image.data.subarray((top + y) * image.width + left, (top + y) * image.width + left + w), y * w);
  return { width: w, height: h, data };
}

export function rotateQuarterAnticlockwise(image) {
  const { width, height, data } = image;
  const out = new Uint8Array(width * height);
  // Output is height wide, width high; output (x, y) comes from input (width - 1 - y, x).
  for (let y = 0; y < width; y += 1) for (let x = 0; x < height; x += 1) out[y * height + x] = data[x * width + (width - 1 - y)];
  return { width: height, height: width, data: out };
}

/** Reduces to `levels` grey levels, as a 4-bit scanner output would (and PNG compresses well). */
export function quantise(image, levels) {
  const step = 255 / (levels - 1);
  const data = image.data.map((value) => Math.round(Math.round(value / step) * step));
  return { ...image, data };
}


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

export function encodeJpeg(image, quality) {
  return toCanvas(image).toBuffer('image/jpeg', quality);
}

export function encodeWebp(image, quality) {
  return toCanvas(image).toBuffer('image/webp', quality);
}

/** Greyscale PNG at 4 or 8 bits per pixel, written directly (zlib from fflate). */
export function encodePng(image, bitDepth) {
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
export function withExifOrientation(jpeg, orientation) {
  const tiff = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0, 0, 0, 0, 0]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const length = payload.length + 2;
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xe1, length >> 8, length & 0xff]), payload, jpeg.subarray(2)]);
}

/** An image-only PDF: one JPEG per page, sized for `dpi`, its colour space the JPEG's own (the canvas
 *  encoder writes grey pages as three-component JPEGs; a DeviceGray label on them misleads poppler,
 *  though pdf.js reads them); optional invisible text on top. */
export function writePdfOfJpegs(path, jpegs, dpi, textLayer = null) {
  const objects = [];
  const add = (body) => objects.push(body) - 1 + 1;
  const pagesId = 2;
  objects.push(null, null); // 1: catalog, 2: page tree, filled below
  const pageIds = [];
  const fontId = textLayer ? add(Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')) : 0;
  for (const jpeg of jpegs) {
    const { width, height, components } = jpegSize(jpeg);
    const widthPt = (width * 72) / dpi;
    const heightPt = (height * 72) / dpi;
    const imageId = add(Buffer.concat([
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /${components === 1 ? 'DeviceGray' : 'DeviceRGB'} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`),
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
    if (marker >= 0xc0 && marker <= 0xc3) return { height: jpeg.readUInt16BE(offset + 5), width: jpeg.readUInt16BE(offset + 7), components: jpeg[offset + 9] };
    offset += 2 + jpeg.readUInt16BE(offset + 2);
  }
  throw new Error('no JPEG frame header');
}
