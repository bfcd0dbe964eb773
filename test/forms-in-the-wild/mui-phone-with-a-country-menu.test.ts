// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createElement as h, useState, type MouseEvent } from 'react';
import { IconButton, InputAdornment, Menu, MenuItem, TextField, Typography } from '@mui/material';
import { AsYouType, getCountryCallingCode, type CountryCode } from 'libphonenumber-js';
import { fillForm } from '../../lib/fill/fill-form';
import { context, planOf } from './mount-form';
import { mountReact } from './mount-react';

/**
 * A Material UI phone field with a country picker, as mui-tel-input builds it: a flag button
 * ("Select country", aria-haspopup="listbox") in the box's start adornment opens a menu of
 * countries ("Belgique +32"); with `forceCallingCode` the code is shown beside the flag and the box
 * takes the national number only, the page putting the chosen country's code in front of what is
 * typed. A site that opens on another country than the number's got the number under the wrong
 * code, or nothing.
 */
const COUNTRIES: [CountryCode, string][] = [['BE', 'Belgique'], ['CA', 'Canada'], ['FR', 'France'], ['LU', 'Luxembourg'], ['CH', 'Suisse'], ['US', 'États-Unis']];
const callingCode = (iso: CountryCode) => `+${getCountryCallingCode(iso)}`;

function TelInput({ label, defaultCountry, forceCallingCode, onValue, legacy }: { label: string; defaultCountry: CountryCode; forceCallingCode: boolean; onValue: (value: string) => void; legacy?: boolean }) {
  const [country, setCountry] = useState<CountryCode>(defaultCountry);
  const [shown, setShown] = useState(forceCallingCode ? '' : callingCode(defaultCountry));
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const type = (raw: string, iso: CountryCode) => {
    // The library's own typing: the code of the country in front, formatted as one types.
    const international = forceCallingCode ? `${callingCode(iso)}${raw}` : raw.startsWith('+') || raw === '' ? raw : `+${raw}`;
    const typer = new AsYouType();
    const formatted = typer.input(international);
    const next = forceCallingCode ? iso : (typer.getCountry() ?? iso);
    setCountry(next);
    setShown(forceCallingCode ? formatted.replace(callingCode(iso), '').trimStart() : formatted);
    onValue(typer.getNumberValue() ?? '');
  };
  const choose = (iso: CountryCode) => {
    setAnchor(null);
    const national = forceCallingCode ? shown : shown.startsWith(callingCode(country)) ? shown.slice(callingCode(country).length) : '';
    setCountry(iso);
    if (forceCallingCode) type(national, iso);
    else type(`${callingCode(iso)}${national}`, iso);
  };
  return h('div', null,
    h(TextField, {
      id: 'telephone', label, type: 'tel', value: shown, className: 'MuiTelInput-TextField',
      onChange: (event: { target: { value: string } }) => type(event.target.value, country),
      slotProps: { input: {
        startAdornment: h(InputAdornment, { position: 'start' },
          // Its first versions named the button by nothing but its flag.
          h(IconButton, { ...(legacy ? {} : { 'aria-label': 'Select country', 'aria-haspopup': 'listbox', 'aria-expanded': anchor ? 'true' : 'false', 'aria-controls': anchor ? 'select-country' : undefined }), className: 'MuiTelInput-IconButton', onClick: (event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget) },
            h('span', { className: 'MuiTelInput-Flag', 'data-testid': country }, h('img', { src: `https://flagcdn.com/w40/${country.toLowerCase()}.png`, alt: COUNTRIES.find(([iso]) => iso === country)![1], width: 26 }))),
          forceCallingCode ? h('span', { className: 'MuiTelInput-CallingCode' }, callingCode(country)) : null),
      } },
    }),
    h(Menu, { id: 'select-country', anchorEl: anchor, open: anchor !== null, onClose: () => setAnchor(null), slotProps: { list: { role: 'listbox' } }, className: 'MuiTelInput-Menu' },
      ...COUNTRIES.map(([iso, name]) => h(MenuItem, { key: iso, id: `country-${iso}`, selected: iso === country, className: 'MuiTelInput-MenuItem', onClick: () => choose(iso) },
        h('span', { className: 'MuiTelInput-Flag' }, h('img', { alt: name, src: `https://flagcdn.com/w40/${iso.toLowerCase()}.png` })),
        h('span', { className: 'MuiTelInput-ListItemText-country' }, name),
        h(Typography, { variant: 'body2', color: 'text.secondary', className: 'MuiTelInput-Typography-calling-code' }, callingCode(iso))))));
}

function Page({ defaultCountry, forceCallingCode, state, legacy }: { defaultCountry: CountryCode; forceCallingCode: boolean; state: { phone: string }; legacy?: boolean }) {
  const [firstName, setFirstName] = useState('');
  return h('form', null, h('h2', null, 'Mes coordonnées'),
    h(TextField, { id: 'prenom', label: 'Prénom', value: firstName, onChange: (event: { target: { value: string } }) => setFirstName(event.target.value) }),
    h(TelInput, { label: 'Téléphone', defaultCountry, forceCallingCode, legacy, onValue: (value) => (state.phone = value) }));
}

const box = () => document.getElementById('telephone') as HTMLInputElement;
const flag = () => document.querySelector('.MuiTelInput-IconButton [data-testid]')!.getAttribute('data-testid');

describe('a Material UI phone field with a country menu', () => {
  for (const forceCallingCode of [true, false]) {
    it(`picks the number's country in the menu, then types the national number (${forceCallingCode ? 'code beside the box' : 'code in the box'})`, async () => {
      const state = { phone: '' };
      await mountReact(h(Page, { defaultCountry: 'BE', forceCallingCode, state }));
      const outcome = await fillForm(document, planOf({ fields: { firstName: 'Amina', phone: '+33612345678' } }), context);
      expect(flag()).toBe('FR');
      expect(state.phone).toBe('+33612345678');
      expect(box().value.replace(/\s/g, '')).toBe(forceCallingCode ? '612345678' : '+33612345678');
      expect(outcome.report.filled).toContain('phone');
      expect(document.querySelector('[role="listbox"]')).toBeNull();
      // Undo empties the box and puts the site's country back.
      await outcome.undo();
      expect(flag()).toBe('BE');
      expect(box().value.replace(/\s/g, '')).toBe(forceCallingCode ? '' : '+32');
    });
  }

  it('leaves the menu alone when it already shows the number\'s country', async () => {
    const state = { phone: '' };
    await mountReact(h(Page, { defaultCountry: 'FR', forceCallingCode: true, state }));
    await fillForm(document, planOf({ fields: { phone: '+33612345678' } }), context);
    expect(flag()).toBe('FR');
    expect(state.phone).toBe('+33612345678');
  });

  it('finds the country button by its flag alone, as the first versions drew it', async () => {
    const state = { phone: '' };
    await mountReact(h(Page, { defaultCountry: 'BE', forceCallingCode: true, state, legacy: true }));
    await fillForm(document, planOf({ fields: { phone: '+33612345678' } }), context);
    expect(flag()).toBe('FR');
    expect(state.phone).toBe('+33612345678');
  });
});
