import { fillForm, type FillContext, type FillOutcome } from '../../lib/fill/fill-form';
import { emptyFillPlan, type FillPlan } from '../../lib/fill/fill-plan';
import { isShownByStyle } from '../../lib/fill/find-controls';
import { settlePage } from '../../lib/fill/wait-for-page';

// happy-dom has no layout: visibility is judged by style only, as in test/fill.
export const context: FillContext = {
  isVisible: isShownByStyle,
  settle: () => settlePage(5),
  waitForRerender: () => settlePage(20),
  highlight: false,
  adapters: [],
};

export function planOf(patch: Partial<FillPlan>): FillPlan {
  return { ...emptyFillPlan(), ...patch };
}

/** A job seeker as the review screen hands them over: every row accepted. */
export const cariste = planOf({
  fields: {
    firstName: 'Mickaël',
    lastName: 'FONTAINE',
    email: 'mickael.fontaine59@gmail.com',
    phone: '+33612345678',
    address: '27 rue Jean Jaurès',
    postcode: '59300',
    city: 'Valenciennes',
    jobTitle: 'Cariste',
  },
  skills: ['utiliser un chariot élévateur', 'préparer des commandes'],
  languages: [
    { language: 'en', level: 'B1' },
    { language: 'es', level: 'C1' },
  ],
  drivingLicences: ['B', 'C'],
  experiences: [
    { title: 'Cariste', employer: 'Hainaut Logistique Services', start: '2019-03', end: 'present' },
    { title: 'Préparateur de commandes', employer: 'Adecco', start: '2016-03', end: '2018-12' },
  ],
});

export async function mountAndFill(html: string, plan: FillPlan, lang = 'fr'): Promise<FillOutcome> {
  document.documentElement.lang = lang;
  document.body.innerHTML = html;
  return fillForm(document, plan, context);
}

export function field(name: string): HTMLInputElement {
  const found = document.querySelector<HTMLInputElement>(`[name="${name}"]`);
  if (!found) throw new Error(`no field named ${name}`);
  return found;
}

/** Every control's value or tick, to compare the page before the fill and after its undo. */
export function pageState(): string[] {
  return [...document.querySelectorAll<HTMLInputElement>('input, select, textarea')].map((control) =>
    `${control.name}=${control.type === 'checkbox' || control.type === 'radio' ? String(control.checked) : control.value}`,
  );
}
