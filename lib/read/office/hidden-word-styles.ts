// Word styles that hide their text: a character or paragraph style whose run properties (or those
// of the style it is based on, the nearest that says) set w:vanish. Text in such a style is hidden
// as surely as text formatted hidden by hand, and must no more be evidence.

/** Style id → whether the style hides text (true) or shows it (false); styles that say nothing are absent. */
export type WordStyleVisibility = ReadonlyMap<string, boolean>;

export function findHiddenStyles(stylesXml: string): WordStyleVisibility {
  return inheritedStyleValues(stylesXml, (style) => {
    const properties = /<w:rPr\b[^>]*>([\s\S]*?)<\/w:rPr>/.exec(style)?.[1];
    return properties === undefined ? undefined : toggle(properties, 'w:vanish');
  });
}

/**
 * Style id → what `ownValue` reads in the style's own markup, or in the style it is based on, the
 * nearest that says anything. Styles that say nothing, nor their ancestors, are absent.
 */
export function inheritedStyleValues(stylesXml: string, ownValue: (style: string) => boolean | undefined): Map<string, boolean> {
  const basedOn = new Map<string, string>();
  const own = new Map<string, boolean>();
  for (const [style] of stylesXml.matchAll(/<w:style\b[^>]*>[\s\S]*?<\/w:style>/g)) {
    const id = /\bw:styleId\s*=\s*"([^"]*)"/.exec(style)?.[1];
    if (!id) continue;
    const parent = /<w:basedOn\b[^>]*\bw:val\s*=\s*"([^"]*)"/.exec(style)?.[1];
    if (parent) basedOn.set(id, parent);
    const value = ownValue(style);
    if (value !== undefined) own.set(id, value);
  }
  const resolved = new Map<string, boolean>();
  for (const id of new Set([...own.keys(), ...basedOn.keys()])) {
    let current: string | undefined = id;
    for (let depth = 0; current !== undefined && depth < 20; depth += 1) {
      const value = own.get(current);
      if (value !== undefined) {
        resolved.set(id, value);
        break;
      }
      current = basedOn.get(current);
    }
  }
  return resolved;
}

/** Whether properties markup turns a toggle on (true), off (false), or says nothing (undefined). */
export function toggle(properties: string, name: string): boolean | undefined {
  const element = new RegExp(`<${name}\\b([^>]*)>`).exec(properties);
  if (!element) return undefined;
  const value = /w:val\s*=\s*"([^"]*)"/.exec(element[1] ?? '')?.[1];
  return value === undefined || !['0', 'false', 'off'].includes(value);
}
