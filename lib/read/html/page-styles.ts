// What a web page's styles say about its text: whether it is seen at all, and whether it is bold.
//
// Inline style="…" attributes are read, and the rules of the page's <style> blocks whose selectors
// are simple (a tag, .class, #id, or one of each together: "p.MsoNormal", ".c3", "#contact"):
// Word's "Web Page" files and Google Docs' HTML export put all their formatting there. Rules with
// descendant, child, attribute or pseudo-class selectors are not matched; if such a rule paints a
// background, white text is kept everywhere (it may be the design: white on a dark sidebar).
// @media, @font-face, @page and Word's @list blocks are skipped.
//
// Text is unseen when it or an element holding it is display:none, visibility:hidden, opacity 0,
// Word's mso-hide:all, moved far off the page (left:-9999px, text-indent:-9999px), clipped to
// nothing (the "screen-reader only" pattern) or zero-sized with overflow hidden; when its own font
// is under 2.5 px (about 2 pt, as the Word reader's 1.5 pt); when its colour is transparent; or
// when it is white (each channel ≥ F8) and nothing under it is painted: no element holding it has
// a background colour or image other than white. Hostile CVs hide keyword stuffing these ways.

export type Declarations = Map<string, string>;

interface Rule {
  tag?: string;
  id?: string;
  classes: string[];
  specificity: number;
  order: number;
  declarations: Declarations;
}

export interface PageStyles {
  byTag: Map<string, Rule[]>;
  byClass: Map<string, Rule[]>;
  byId: Map<string, Rule[]>;
  universal: Rule[];
  /** A rule we do not match paints a background somewhere: white text may be on it. */
  untrackedBackground: boolean;
}

/** The style an element passes on to what it holds, and what it shows. */
export interface Computed {
  hidden: boolean;
  visible: boolean;
  bold: boolean;
  fontPx: number;
  color: 'white' | 'transparent' | 'other';
  painted: boolean;
  pre: boolean;
}

export const ROOT_STYLE: Computed = { hidden: false, visible: true, bold: false, fontPx: 16, color: 'other', painted: false, pre: false };

/** Rules past this are not read: Word writes about a hundred, a page inlining a CSS framework a few thousand. */
const MAX_RULES = 20_000;

const SIMPLE_SELECTOR = /^([a-z][a-z0-9-]*|\*)?((?:[.#][a-z0-9_-]+)*)$/i;

export function parseStyleSheets(sources: string[]): PageStyles {
  const styles: PageStyles = { byTag: new Map(), byClass: new Map(), byId: new Map(), universal: [], untrackedBackground: false };
  let order = 0;
  for (const raw of sources) {
    const css = stripComments(raw).replace(/<!--|-->/g, ' ');
    let at = 0;
    while (at < css.length) {
      const open = css.indexOf('{', at);
      if (open < 0) break;
      const prelude = css.slice(at, open).trim();
      if (prelude.startsWith('@') || prelude.includes('@')) {
        // An at-rule's block (braces nested inside) is skipped whole; "@import …;" before it too.
        at = skipBlock(css, open);
        continue;
      }
      const close = css.indexOf('}', open);
      const declarations = parseDeclarations(css.slice(open + 1, close < 0 ? css.length : close));
      at = close < 0 ? css.length : close + 1;
      for (const selector of prelude.split(',')) {
        const match = SIMPLE_SELECTOR.exec(selector.trim());
        if (!match || (!match[1] && !match[2])) {
          if (paints(declarations)) styles.untrackedBackground = true;
          continue;
        }
        const tag = match[1] && match[1] !== '*' ? match[1].toLowerCase() : undefined;
        const parts = match[2]!.match(/[.#][a-z0-9_-]+/gi) ?? [];
        const ids = parts.filter((part) => part[0] === '#').map((part) => part.slice(1).toLowerCase());
        if (ids.length > 1) continue;
        const classes = parts.filter((part) => part[0] === '.').map((part) => part.slice(1).toLowerCase());
        const rule: Rule = { tag, id: ids[0], classes, specificity: ids.length * 10_000 + classes.length * 100 + (tag ? 1 : 0), order: order++, declarations };
        const [map, key] = rule.id ? [styles.byId, rule.id] : classes.length > 0 ? [styles.byClass, classes[0]!] : tag ? [styles.byTag, tag] : [null, ''];
        if (!map) styles.universal.push(rule);
        else if (map.has(key)) map.get(key)!.push(rule);
        else map.set(key, [rule]);
        if (order >= MAX_RULES) return styles;
      }
    }
  }
  return styles;
}

function stripComments(css: string): string {
  let result = '';
  let at = 0;
  for (;;) {
    const start = css.indexOf('/*', at);
    if (start < 0) return result + css.slice(at);
    result += css.slice(at, start);
    const end = css.indexOf('*/', start + 2);
    if (end < 0) return result;
    at = end + 2;
  }
}

/** The end of the block opened at `open`, nested braces included. */
function skipBlock(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i += 1) {
    const char = css.charCodeAt(i);
    if (char === 0x7b) depth += 1;
    else if (char === 0x7d && --depth === 0) return i + 1;
  }
  return css.length;
}

export function parseDeclarations(source: string): Declarations {
  const declarations: Declarations = new Map();
  for (const declaration of source.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).replace(/!\s*important\s*$/i, '').trim().toLowerCase();
    if (property) declarations.set(property, value);
  }
  return declarations;
}

/** The declarations that apply to an element: its matching rules by specificity and order, then its own style attribute. */
export function declarationsOf(styles: PageStyles, tag: string, attributes: Record<string, string>): Declarations {
  const classes = new Set((attributes.class ?? '').toLowerCase().split(/\s+/).filter(Boolean));
  const id = attributes.id?.toLowerCase();
  const candidates = new Set<Rule>(styles.universal);
  for (const rule of styles.byTag.get(tag) ?? []) candidates.add(rule);
  for (const name of classes) for (const rule of styles.byClass.get(name) ?? []) candidates.add(rule);
  if (id) for (const rule of styles.byId.get(id) ?? []) candidates.add(rule);
  const matching = [...candidates]
    .filter((rule) => (!rule.tag || rule.tag === tag) && (!rule.id || rule.id === id) && rule.classes.every((name) => classes.has(name)))
    .sort((a, b) => a.specificity - b.specificity || a.order - b.order);
  const result: Declarations = new Map();
  for (const rule of matching) for (const [property, value] of rule.declarations) result.set(property, value);
  if (attributes.style) for (const [property, value] of parseDeclarations(attributes.style)) result.set(property, value);
  return result;
}

/** The element's computed style from its parent's, its declarations and its presentational attributes. */
export function computeStyle(parent: Computed, tag: string, attributes: Record<string, string>, declarations: Declarations): Computed {
  const style: Computed = { ...parent };
  if (BOLD_TAGS.has(tag)) style.bold = true;
  if (tag === 'pre' || tag === 'listing' || tag === 'xmp') style.pre = true;
  if ('hidden' in attributes || attributes['aria-hidden']?.trim().toLowerCase() === 'true') style.hidden = true;
  const fontColor = tag === 'font' ? attributes.color : undefined;
  if (fontColor) style.color = colorKind(fontColor.toLowerCase()) ?? style.color;
  for (const name of ['bgcolor', 'background']) {
    const value = attributes[name];
    if (value && paintsValue(value.toLowerCase())) style.painted = true;
  }
  if (declarations.size === 0) return style;
  const get = (property: string) => declarations.get(property);
  if (get('display') === 'none' || get('mso-hide') === 'all' || get('content-visibility') === 'hidden') style.hidden = true;
  const visibility = get('visibility');
  if (visibility === 'hidden' || visibility === 'collapse') style.visible = false;
  else if (visibility === 'visible') style.visible = true;
  const opacity = get('opacity');
  if (opacity !== undefined && parseFloat(opacity) * (opacity.endsWith('%') ? 0.01 : 1) <= 0.05) style.hidden = true;
  if (isOffPage(declarations)) style.hidden = true;
  const fontSize = get('font-size') ?? fontShorthandSize(get('font'));
  if (fontSize !== undefined) style.fontPx = fontPx(fontSize, parent.fontPx);
  const weight = get('font-weight') ?? (get('font') !== undefined && /\bbold\b/.test(get('font')!) ? 'bold' : undefined);
  if (weight !== undefined) style.bold = /^(bold|bolder)$/.test(weight) || Number(weight) >= 600;
  const color = get('color');
  if (color !== undefined) style.color = colorKind(color) ?? parent.color;
  if (paints(declarations)) style.painted = true;
  const whiteSpace = get('white-space');
  if (whiteSpace !== undefined) style.pre = /^pre/.test(whiteSpace) || whiteSpace === 'break-spaces';
  return style;
}

const BOLD_TAGS = new Set(['b', 'strong', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Moved off the page, clipped to nothing or squeezed to nothing behind overflow:hidden. */
function isOffPage(declarations: Declarations): boolean {
  for (const property of ['left', 'top', 'right', 'margin-left', 'margin-top', 'text-indent']) {
    const value = declarations.get(property);
    if (value !== undefined && fontPx(value, 16) <= -500) return true;
  }
  const clip = declarations.get('clip');
  if (clip !== undefined && /^rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)$/.test(clip)) return true;
  const clipPath = declarations.get('clip-path');
  if (clipPath !== undefined && /^(inset\(\s*(50|100)%\s*\)|circle\(\s*0(px|%)?\s*\))$/.test(clipPath)) return true;
  if (/\bscale\(\s*0(\.0+)?\s*\)|\bscale[xy]\(\s*0\s*\)/.test(declarations.get('transform') ?? '')) return true;
  const overflow = declarations.get('overflow');
  if (overflow === 'hidden' || overflow === 'clip') {
    for (const property of ['width', 'height', 'max-width', 'max-height']) {
      const value = declarations.get(property);
      if (value !== undefined && /^-?[\d.]/.test(value) && fontPx(value, 16) <= 1) return true;
    }
  }
  return false;
}

const KEYWORD_SIZES: Record<string, number> = {
  'xx-small': 9, 'x-small': 10, small: 13, medium: 16, large: 18, 'x-large': 24, 'xx-large': 32, 'xxx-large': 48,
};

/** A CSS length in pixels (font sizes: relative units from the parent's size). */
function fontPx(value: string, parentPx: number): number {
  const trimmed = value.trim();
  if (trimmed in KEYWORD_SIZES) return KEYWORD_SIZES[trimmed]!;
  if (trimmed === 'smaller') return parentPx / 1.2;
  if (trimmed === 'larger') return parentPx * 1.2;
  const match = /^(-?\d*\.?\d+)(px|pt|pc|em|rem|ex|ch|%|mm|cm|in|q)?$/.exec(trimmed);
  if (!match) return parentPx;
  const number = parseFloat(match[1]!);
  switch (match[2]) {
    case 'pt': return (number * 4) / 3;
    case 'pc': return number * 16;
    case 'em': return number * parentPx;
    case 'rem': return number * 16;
    case 'ex': case 'ch': return number * parentPx * 0.5;
    case '%': return (number * parentPx) / 100;
    case 'mm': return number * 3.78;
    case 'cm': return number * 37.8;
    case 'in': return number * 96;
    case 'q': return number * 0.945;
    default: return number; // px, or a unitless 0
  }
}

function fontShorthandSize(font: string | undefined): string | undefined {
  // "bold 7.0pt "Times New Roman"", "12px/1.5 Arial": the size is the token before the family.
  return font === undefined ? undefined : /(?:^|\s)(\d*\.?\d+(?:px|pt|pc|em|rem|ex|ch|%|mm|cm|in|q)?)(?:\/\S+)?\s+\S/.exec(font)?.[1];
}

const NOT_PAINT = new Set(['none', 'transparent', 'inherit', 'initial', 'unset', 'revert', 'auto', 'repeat', 'no-repeat', 'repeat-x', 'repeat-y', 'scroll', 'fixed', 'local', 'center', 'top', 'bottom', 'left', 'right', 'cover', 'contain', 'border-box', 'padding-box', 'content-box', 'windowtext', 'currentcolor']);

/** Whether these declarations paint something under the text: a background colour other than white, an image, a highlight. */
function paints(declarations: Declarations): boolean {
  for (const property of ['background', 'background-color', 'background-image', 'mso-highlight', 'mso-shading']) {
    const value = declarations.get(property);
    if (value !== undefined && paintsValue(value)) return true;
  }
  return false;
}

function paintsValue(value: string): boolean {
  if (/url\(|gradient\(/.test(value)) return true;
  const rest = value
    .replace(/(?:rgba?|hsla?)\([^)]*\)|#[0-9a-f]{3,8}\b/g, (color) => (colorKind(color) === 'other' ? ' paint ' : ' '))
    .split(/[\s,/]+/)
    .filter((token) => token && !NOT_PAINT.has(token) && !/^-?[\d.]+[a-z%]*$/.test(token) && colorKind(token) !== 'white');
  return rest.length > 0;
}

const WHITE_NAMES = new Set(['white', 'snow', 'ivory', 'ghostwhite', 'window', 'floralwhite', 'mintcream', 'azure', 'seashell']);
const WHITE_CHANNEL = 0xf8;

/** 'white' (each channel at least F8), 'transparent', another colour, or undefined for a value that is no colour. */
export function colorKind(value: string): Computed['color'] | undefined {
  const color = value.trim().toLowerCase();
  if (color === 'transparent') return 'transparent';
  if (WHITE_NAMES.has(color)) return 'white';
  const hex = /^#([0-9a-f]{3,8})$/.exec(color)?.[1];
  if (hex) {
    const long = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join('') : hex;
    if (long.length === 8 && parseInt(long.slice(6, 8), 16) === 0) return 'transparent';
    return [0, 2, 4].every((at) => parseInt(long.slice(at, at + 2), 16) >= WHITE_CHANNEL) ? 'white' : 'other';
  }
  const functional = /^(rgba?|hsla?)\(([^)]*)\)$/.exec(color);
  if (functional) {
    const parts = functional[2]!.split(/[\s,/]+/).filter(Boolean);
    const alpha = parts[3];
    if (alpha !== undefined && parseFloat(alpha) === 0) return 'transparent';
    if (functional[1]!.startsWith('rgb')) {
      const channels = parts.slice(0, 3).map((part) => (part.endsWith('%') ? parseFloat(part) * 2.55 : parseFloat(part)));
      return channels.length === 3 && channels.every((channel) => channel >= WHITE_CHANNEL) ? 'white' : 'other';
    }
    return parseFloat(parts[2] ?? '0') >= 97 ? 'white' : 'other';
  }
  if (/^[a-z]+$/.test(color) && !NOT_PAINT.has(color) && !['inherit', 'initial', 'unset'].includes(color)) return 'other';
  return undefined;
}
