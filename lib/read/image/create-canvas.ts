import { isNode } from '../node-runtime';

// A 2D canvas in whichever environment the reader runs: @napi-rs/canvas in Node (the package
// pdf.js itself uses there), OffscreenCanvas in the extension (works in pages and workers alike).

export interface Canvas2d {
  canvas: { width: number; height: number };
  context: CanvasRenderingContext2D;
}

interface NapiCanvasModule {
  createCanvas(width: number, height: number): { width: number; height: number; getContext(kind: '2d'): unknown };
  loadImage(source: Uint8Array): Promise<{ width: number; height: number }>;
}

export function createCanvas(width: number, height: number): Canvas2d {
  if (isNode()) {
    const canvas = napiCanvas().createCanvas(width, height);
    return { canvas, context: canvas.getContext('2d') as CanvasRenderingContext2D };
  }
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { willReadFrequently: true }) as unknown as CanvasRenderingContext2D | null;
    if (context) return { canvas, context };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return { canvas, context: canvas.getContext('2d', { willReadFrequently: true })! };
}

export function napiCanvas(): NapiCanvasModule {
  const { createRequire } = process.getBuiltinModule('module') as typeof import('module');
  return createRequire(import.meta.url)('@napi-rs/canvas') as NapiCanvasModule;
}
