// Select menus built with MUI's Select (Material UI, React, through preact/compat as the demo's Vite
// preset aliases React): a box that opens on mousedown, its options in a popover added at the end
// of the page only while open. The licence menu has an empty choice ("Aucun"); the job menu has none.
import * as Mui from '@mui/material';
import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { renderMenuProfile, type MenuProps } from '../shared/menu-profile';

// MUI is typed for React's JSX; the page renders it with Preact's (same runtime, other types).
const { FormControl, InputLabel, MenuItem, Select } = Mui as unknown as Record<'FormControl' | 'InputLabel' | 'MenuItem' | 'Select', FunctionComponent<Record<string, unknown>>>;

function Menu({ id, label, options, emptyChoice, onChange }: MenuProps) {
  const [value, setValue] = useState('');
  return (
    <div class="field">
      <FormControl fullWidth>
        <InputLabel id={`${id}-label`}>{label}</InputLabel>
        <Select
          labelId={`${id}-label`}
          id={id}
          value={value}
          label={label}
          onChange={(event: { target: { value: string } }) => {
            setValue(event.target.value);
            onChange(event.target.value);
          }}
        >
          {emptyChoice && (
            <MenuItem value="">
              <em>{emptyChoice}</em>
            </MenuItem>
          )}
          {options.map((option) => (
            <MenuItem key={option} value={option}>
              {option}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
    </div>
  );
}

renderMenuProfile(Menu, 'Aucun');
