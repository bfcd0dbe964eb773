// Select menus built with PrimeReact's Dropdown (React, through preact/compat as the demo's Vite
// preset aliases React): the visible box is a plain <div>; the combobox PrimeReact announces is a
// read-only input kept out of sight inside it; the options open in an overlay at the end of the page.
import { Dropdown as PrimeDropdown } from 'primereact/dropdown';
import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { renderMenuProfile, type MenuProps } from '../shared/menu-profile';

// PrimeReact is typed for React's JSX; the page renders it with Preact's (same runtime, other types).
const Dropdown = PrimeDropdown as unknown as FunctionComponent<Record<string, unknown>>;

function Menu({ id, label, options, onChange }: MenuProps) {
  const [value, setValue] = useState<string | null>(null);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <Dropdown
        inputId={id}
        value={value}
        options={options}
        placeholder="Choisir…"
        showClear
        onChange={(event: { value: string | null }) => {
          setValue(event.value);
          onChange(event.value ?? '');
        }}
      />
    </div>
  );
}

renderMenuProfile(Menu);
