// Select menus built with Headless UI's Listbox (React, through preact/compat as the demo's Vite
// preset aliases React): a button that opens a list of options in a portal, no native select.
// The licence menu has a "Choisir…" option (null); the job menu has none.
import * as HeadlessUI from '@headlessui/react';
import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { renderMenuProfile, type MenuProps } from '../shared/menu-profile';

// Headless UI is typed for React's JSX; the page renders it with Preact's (same runtime, other types).
const { Field, Label, Listbox, ListboxButton, ListboxOption, ListboxOptions } = HeadlessUI as unknown as Record<
  'Field' | 'Label' | 'Listbox' | 'ListboxButton' | 'ListboxOption' | 'ListboxOptions',
  FunctionComponent<Record<string, unknown>>
>;

function Menu({ label, options, emptyChoice, onChange }: MenuProps) {
  const [value, setValue] = useState<string | null>(null);
  const choose = (next: string | null) => {
    setValue(next);
    onChange(next ?? '');
  };
  return (
    <Field class="field menu">
      <Label>{label}</Label>
      <Listbox value={value} onChange={choose}>
        <ListboxButton class="menu-button">{value ?? emptyChoice ?? '\u00a0'}</ListboxButton>
        <ListboxOptions anchor="bottom start" class="menu-list">
          {emptyChoice && (
            <ListboxOption value={null} class="menu-option">
              {emptyChoice}
            </ListboxOption>
          )}
          {options.map((option) => (
            <ListboxOption key={option} value={option} class="menu-option">
              {option}
            </ListboxOption>
          ))}
        </ListboxOptions>
      </Listbox>
    </Field>
  );
}

renderMenuProfile(Menu, 'Choisir…');
