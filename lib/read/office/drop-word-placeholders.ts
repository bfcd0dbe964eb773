import { toggle } from './hidden-word-styles';
import { rewriteElements } from './rewrite-elements';

// Word's CV templates are built of content controls (w:sdt) that show grey prompts until typed in:
// "[Votre adresse]", "Cliquez ou appuyez ici pour entrer du texte.". A control still showing its
// prompt carries w:showingPlcHdr; the prompt is the template's words, not the job seeker's, and
// read as CV text it becomes an address, a job title or a skill no one wrote. Its runs are
// removed; the control and its paragraphs or table cells stay, so a layout table keeps its shape.

const CONTENT_CONTROL = new Set(['w:sdt']);
const RUN = new Set(['w:r']);

export function dropWordPlaceholders(markup: string): string {
  if (!markup.includes('showingPlcHdr')) return markup;
  return rewriteElements(markup, CONTENT_CONTROL, (_, control) => (isShowingPlaceholder(control) ? rewriteElements(control, RUN, () => '') : control));
}

/** The control's own properties (its first child) say it shows its placeholder. */
function isShowingPlaceholder(control: string): boolean {
  const properties = /^<w:sdt\b[^>]*>\s*<w:sdtPr\b[^>]*>([\s\S]*?)<\/w:sdtPr>/.exec(control)?.[1] ?? '';
  return toggle(properties, 'w:showingPlcHdr') === true;
}
