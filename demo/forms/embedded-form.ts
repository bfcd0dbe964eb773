// The form provider's profile form, shown by the portal page (embedded.html) in a frame of another
// origin. Its state is updated from `input` / `change` events and published in this frame only.
import { exposeFormState } from '../shared/expose-form-state';

const profile: Record<string, string> = {};
const form = document.getElementById('profil') as HTMLFormElement | null;
const fields = [...(form?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea') ?? [])];
for (const field of fields) profile[field.name] = field.value;

function onFieldEvent(event: Event): void {
  const field = event.target;
  if ((field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) && field.name in profile) profile[field.name] = field.value;
}

form?.addEventListener('input', onFieldEvent);
form?.addEventListener('change', onFieldEvent);
form?.addEventListener('submit', (event) => event.preventDefault());

exposeFormState(() => profile);
