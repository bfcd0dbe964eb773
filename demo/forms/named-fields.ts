// The state of a plain form: each named box's value, as the page's own `input` / `change`
// handlers saw it last (a value written without its events is not in it).
export function trackNamedFields(form: HTMLFormElement | null): Record<string, string> {
  const state: Record<string, string> = {};
  const fields = [...(form?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select') ?? [])];
  for (const field of fields) if (field.name && field.type !== 'file') state[field.name] = field.value;
  const onFieldEvent = (event: Event) => {
    const field = event.target;
    const named = field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement;
    if (named && field.name in state) state[field.name] = field.value;
  };
  form?.addEventListener('input', onFieldEvent);
  form?.addEventListener('change', onFieldEvent);
  form?.addEventListener('submit', (event) => event.preventDefault());
  return state;
}
