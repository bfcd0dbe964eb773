// Plain JavaScript state for the ARIA-labelled form: updated from `input` and `change` events,
// as a hand-written page would do. Field names (q1…q10) say nothing on purpose.
import { exposeFormState } from '../shared/expose-form-state';

interface AriaProfile {
  givenName: string;
  familyName: string;
  email: string;
  mobile: string;
  streetAddress: string;
  postcode: string;
  town: string;
  desiredJob: string;
  /** The skills textarea, one skill per non-empty line, trimmed. */
  skills: string[];
  /** Name of the chosen CV file, or "". */
  cv: string;
}

type TextKey = Exclude<keyof AriaProfile, 'skills' | 'cv'>;

const textFields: Record<string, TextKey> = {
  q1: 'givenName',
  q2: 'familyName',
  q3: 'email',
  q4: 'mobile',
  q5: 'streetAddress',
  q6: 'postcode',
  q7: 'town',
  q8: 'desiredJob',
};

const profile: AriaProfile = {
  givenName: '',
  familyName: '',
  email: '',
  mobile: '',
  streetAddress: '',
  postcode: '',
  town: '',
  desiredJob: '',
  skills: [],
  cv: '',
};

function skillLines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
}

function onFieldEvent(event: Event): void {
  const field = event.target;
  if (field instanceof HTMLInputElement && field.type === 'file') {
    profile.cv = field.files?.[0]?.name ?? '';
    const shown = document.getElementById('cv-file-name');
    if (shown) shown.textContent = profile.cv ? `Chosen file: ${profile.cv}` : 'No file chosen.';
    return;
  }
  if (field instanceof HTMLTextAreaElement && field.name === 'q9') {
    profile.skills = skillLines(field.value);
    return;
  }
  if (field instanceof HTMLInputElement) {
    const key = textFields[field.name];
    if (key) profile[key] = field.value;
  }
}

const form = document.getElementById('profile-form');
if (form instanceof HTMLFormElement) {
  form.addEventListener('input', onFieldEvent);
  form.addEventListener('change', onFieldEvent);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const saved = document.getElementById('saved');
    const savedState = document.getElementById('saved-state');
    if (savedState) savedState.textContent = JSON.stringify(profile, null, 2);
    if (saved) saved.hidden = false;
  });
}

exposeFormState(() => profile);
