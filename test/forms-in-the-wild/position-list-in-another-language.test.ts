// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { context, mountAndFill, planOf } from './mount-form';

/**
 * An English application form asks "Position applied for" as a list of its vacancies ("Forklift
 * operator", "Warehouse operative"…) while the plan holds a French CV's title and the confirmed
 * occupations' French labels ("Cariste", "cariste"): the plan carries no English label of them, so
 * no option can be known to say the same job. The list must stay untouched and the counsellor be
 * told it found no option, never given the option whose words happen to be closest.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const form = (options: string[]) => `<form>
  <label for="first">First name</label><input id="first" name="first_name" autocomplete="given-name">
  <label for="position">Position applied for</label>
  <select id="position" name="position"><option value="">Please select</option>${options.map((text, index) => `<option value="v${index}">${text}</option>`).join('')}</select>
</form>`;

describe('a list of vacancies in another language than the plan', () => {
  it('leaves "Position applied for" untouched when no option says the French title', async () => {
    const outcome = await mountAndFill(
      form(['Forklift operator', 'Warehouse operative', 'Order picker', 'Care assistant', 'Cashier']),
      planOf({ fields: { firstName: 'Mickaël', jobTitle: 'Cariste' }, occupations: ['cariste', 'préparateur de commandes/préparatrice de commandes'] }),
      'en',
    );
    expect(document.querySelector<HTMLInputElement>('[name="first_name"]')!.value).toBe('Mickaël');
    expect(document.querySelector<HTMLSelectElement>('#position')!.value).toBe('');
    expect(outcome.report.skipped).toContainEqual({ target: 'jobTitle', reason: 'no-matching-option' });
  });

  it('never takes an option for a word it shares with a French title ("agent", "assistant")', async () => {
    const outcome = await mountAndFill(
      form(['Security agent', 'Administrative assistant', 'Customer service agent', 'Maintenance technician']),
      planOf({ fields: { jobTitle: 'Agent de sécurité incendie' }, occupations: ['agent de service de sécurité incendie/agente de service de sécurité incendie', 'assistant administratif/assistante administrative'] }),
      'en',
    );
    // "Security agent" is the same job said in English, but nothing in the plan says so: words
    // shared with the French labels ("agent", "assistant") are no answer.
    expect(document.querySelector<HTMLSelectElement>('#position')!.value).toBe('');
    expect(outcome.report.skipped).toContainEqual({ target: 'jobTitle', reason: 'no-matching-option' });
  });
});
