// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Control } from '../../lib/fill/find-controls';
import { phoneForControl } from '../../lib/fill/format-phone';

function phoneIn(html: string, value: string): string {
  document.body.innerHTML = html;
  return phoneForControl(document.querySelector('input') as Control, value);
}

describe('phoneForControl', () => {
  it('keeps the international number when the field does not constrain it', () => {
    expect(phoneIn('<input type="tel" placeholder="Téléphone portable">', '+33612345678')).toBe('+33612345678');
  });

  it('writes the national number when the field shows or demands it', () => {
    expect(phoneIn('<input type="tel" placeholder="06 12 34 56 78">', '+33612345678')).toBe('06 12 34 56 78');
    expect(phoneIn('<input type="tel" maxlength="10">', '+33612345678')).toBe('0612345678');
    expect(phoneIn('<input type="tel" pattern="0[1-9][0-9]{8}">', '+33745198372')).toBe('0745198372');
    expect(phoneIn('<input type="tel" placeholder="07700 900123">', '+447700900123')).toBe('07700 900123');
  });
});
