import { toggle, type WordStyleVisibility } from './hidden-word-styles';
import { firstElement, rewriteElements, topElements } from './rewrite-elements';

// Rewrites a DOCX body so that the Word converter (mammoth) reads what Word shows and nothing else:
// - hidden runs (w:vanish: template instructions, keywords hidden for applicant-tracking systems)
//   are removed: the counsellor never sees them, so they must never become evidence; so are runs
//   hidden by their character style or their paragraph's style;
// - footnote and endnote marks are removed (they would stick to the text as "[1]"; the notes
//   themselves are read apart);
// - a DrawingML text box (wps:txbx), which the converter skips, becomes the legacy VML form it
//   reads; a text box whose mc:AlternateContent has no VML fallback (WPS Office, web editors) has
//   its Choice read instead;
// - a positional tab (w:ptab: Word's header and footer layouts put the name on the left and the
//   telephone on the right with one), which the converter drops, gluing "Karim HADDAD06 45 12 78 90",
//   becomes the ordinary tab it reads;
// - a simple field (w:fldSimple: a mail-merged name, an e-mail address or web site written as a
//   HYPERLINK field by CV builders), which the converter drops whole, gives way to the runs it
//   holds, its last result as Word shows it;
// - an alternative-format chunk (w:altChunk: HTML wrapped in a .docx by web CV builders) becomes a
//   marker paragraph, replaced by the chunk's text once converted;
// - runs inside a bidirectional embedding or override (w:dir, w:bdo: Word writes them around text
//   typed between Arabic or Hebrew and Latin words), which the converter drops whole, are unwrapped.

const REWRITTEN = new Set(['w:p', 'w:r', 'w:footnoteReference', 'w:endnoteReference', 'w:drawing', 'mc:AlternateContent', 'w:altChunk', 'w:ptab', 'w:fldSimple', 'w:dir', 'w:bdo']);

/** The marker paragraph's text for the chunk with this relationship id. */
export function altChunkMarker(relationshipId: string): string {
  return `\uE000altChunk ${relationshipId}\uE000`;
}

export function prepareWordml(markup: string, styles: WordStyleVisibility = new Map()): string {
  return rewriteElements(markup, REWRITTEN, (name, outer) => {
    switch (name) {
      case 'w:r':
        return isHiddenRun(outer, styles) ? '' : outer;
      case 'w:p': {
        // A run's own formatting and character style come before its paragraph's style.
        if (!styles.get(paragraphStyle(outer) ?? '')) return outer;
        return rewriteElements(outer, new Set(['w:r']), (_, run) => (isHiddenRun(run, styles, true) ? '' : run));
      }
      case 'w:footnoteReference':
      case 'w:endnoteReference':
        return '';
      case 'w:drawing': {
        if (!/<wps:txbx[\s>]/.test(outer)) return outer;
        return `<w:pict>${topElements(outer, 'w:txbxContent').map((box) => box.outer).join('')}</w:pict>`;
      }
      case 'mc:AlternateContent': {
        if (topElements(outer, 'mc:Fallback').length > 0) return outer;
        const choice = firstElement(outer, 'mc:Choice');
        return choice ? `<mc:AlternateContent><mc:Fallback>${choice.inner}</mc:Fallback></mc:AlternateContent>` : outer;
      }
      case 'w:ptab':
        return '<w:tab/>';
      case 'w:fldSimple':
        return outer.endsWith('/>') ? '' : outer.replace(/^<w:fldSimple\b[^>]*>/, '').replace(/<\/w:fldSimple>$/, '');
      case 'w:dir':
      case 'w:bdo':
        return outer.endsWith('/>') ? '' : outer.replace(/^<w:(?:dir|bdo)\b[^>]*>/, '').replace(/<\/w:(?:dir|bdo)>$/, '');
      case 'w:altChunk': {
        const id = /\br:id\s*=\s*"([^"]*)"/.exec(outer)?.[1] ?? '';
        return `<w:p><w:r><w:t>${altChunkMarker(escapeText(id))}</w:t></w:r></w:p>`;
      }
      default:
        return outer;
    }
  });
}

/**
 * A run hidden by its own properties (its first child: w:vanish), else by its character style,
 * else by its paragraph's style (`inHiddenParagraph`).
 */
export function isHiddenRun(run: string, styles: WordStyleVisibility = new Map(), inHiddenParagraph = false): boolean {
  const properties = /^<w:r\b[^>]*>\s*<w:rPr\b[^>]*>([\s\S]*?)<\/w:rPr>/.exec(run)?.[1] ?? '';
  const own = toggle(properties, 'w:vanish');
  if (own !== undefined) return own;
  const characterStyle = /<w:rStyle\b[^>]*\bw:val\s*=\s*"([^"]*)"/.exec(properties)?.[1];
  return (characterStyle !== undefined ? styles.get(characterStyle) : undefined) ?? inHiddenParagraph;
}

/** The paragraph's style id (w:pPr/w:pStyle). */
function paragraphStyle(paragraph: string): string | undefined {
  const properties = /^<w:p\b[^>]*>\s*<w:pPr\b[^>]*>([\s\S]*?)<\/w:pPr>/.exec(paragraph)?.[1];
  return properties ? /<w:pStyle\b[^>]*\bw:val\s*=\s*"([^"]*)"/.exec(properties)?.[1] : undefined;
}

function escapeText(text: string): string {
  return text.replace(/[<>&]/g, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&amp;'));
}
