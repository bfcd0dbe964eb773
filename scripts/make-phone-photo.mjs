#!/usr/bin/env node
// Makes test/fixtures/read/photo-magasinier-perspective.jpg: a phone photo of the printed sidebar
// CV, as a job seeker takes one on a table. The page is seen in perspective (a trapezoid, narrower
// at the top, its edges not parallel), on a dark wooden table, lit unevenly (a shadow across the
// lower right), warm-tinted, JPEG quality 80. Made from the 300 dpi scan scan-magasinier-1deg.png
// (scripts/make-scans.mjs), with no randomness: a rerun gives the same bytes.
// Needs @napi-rs/canvas (a dev dependency). Usage: node scripts/make-phone-photo.mjs
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const { createCanvas, loadImage } = createRequire(import.meta.url)('@napi-rs/canvas');
const fixtures = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'test/fixtures/read');
const WIDTH = 2000;
const HEIGHT = 2700;
/** Where the page's corners land in the photo: top left, top right, bottom right, bottom left. */
const CORNERS = [[290, 210], [1750, 240], [1930, 2600], [80, 2500]];
const TABLE = [70, 50, 35];

const page = await loadImage(readFileSync(join(fixtures, 'scan-magasinier-1deg.png')));
const source = createCanvas(page.width, page.height);
source.getContext('2d').drawImage(page, 0, 0);
const pixels = source.getContext('2d').getImageData(0, 0, page.width, page.height).data;

// The projective map from the photo back to the page (unit square), inverted from the page → photo one.
const toPage = invert(squareToQuad(CORNERS));
const photo = createCanvas(WIDTH, HEIGHT);
const image = photo.getContext('2d').createImageData(WIDTH, HEIGHT);
for (let y = 0; y < HEIGHT; y += 1) {
  for (let x = 0; x < WIDTH; x += 1) {
    const w = toPage[6] * x + toPage[7] * y + toPage[8];
    const u = (toPage[0] * x + toPage[1] * y + toPage[2]) / w;
    const v = (toPage[3] * x + toPage[4] * y + toPage[5]) / w;
    const light = 1 - 0.32 * (0.4 * (x / WIDTH) + 0.6 * (y / HEIGHT));
    const at = (y * WIDTH + x) * 4;
    let rgb = TABLE;
    if (u >= 0 && u < 1 && v >= 0 && v < 1) {
      const grey = pixels[(Math.floor(v * page.height) * page.width + Math.floor(u * page.width)) * 4];
      rgb = [grey * 0.97, grey * 0.95, grey * 0.9];
    }
    image.data[at] = rgb[0] * light;
    image.data[at + 1] = rgb[1] * light;
    image.data[at + 2] = rgb[2] * light;
    image.data[at + 3] = 255;
  }
}
photo.getContext('2d').putImageData(image, 0, 0);
writeFileSync(join(fixtures, 'photo-magasinier-perspective.jpg'), await photo.encode('jpeg', 80));

/** The 3×3 matrix (row-major) taking the unit square's corners to `quad` (Heckbert's method). */
function squareToQuad([[x0, y0], [x1, y1], [x2, y2], [x3, y3]]) {
  const dx1 = x1 - x2, dx2 = x3 - x2, dx3 = x0 - x1 + x2 - x3;
  const dy1 = y1 - y2, dy2 = y3 - y2, dy3 = y0 - y1 + y2 - y3;
  const det = dx1 * dy2 - dx2 * dy1;
  const g = (dx3 * dy2 - dx2 * dy3) / det;
  const h = (dx1 * dy3 - dx3 * dy1) / det;
  return [x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h, 1];
}

function invert([a, b, c, d, e, f, g, h, i]) {
  const A = e * i - f * h, B = c * h - b * i, C = b * f - c * e;
  const D = f * g - d * i, E = a * i - c * g, F = c * d - a * f;
  const G = d * h - e * g, H = b * g - a * h, I = a * e - b * d;
  const det = a * A + b * D + c * G;
  return [A, B, C, D, E, F, G, H, I].map((value) => value / det);
}
