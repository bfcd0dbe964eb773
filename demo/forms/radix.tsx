// Select menus built with Radix's Select (React, through preact/compat as the demo's Vite preset
// aliases React), the menus of shadcn/ui: a button that opens its options in a portal on
// pointerdown, and picks one on pointerup. Radix has no empty option: once a job or licence is
// chosen, the menu cannot go back to "Choisir…".
import * as RadixSelect from '@radix-ui/react-select';
import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { renderMenuProfile, type MenuProps } from '../shared/menu-profile';

// Radix is typed for React's JSX; the page renders it with Preact's (same runtime, other types).
const Select = RadixSelect as unknown as Record<'Root' | 'Trigger' | 'Value' | 'Icon' | 'Portal' | 'Content' | 'Viewport' | 'Item' | 'ItemText', FunctionComponent<Record<string, unknown>>>;

function Menu({ id, label, options, onChange }: MenuProps) {
  const [value, setValue] = useState<string | undefined>(undefined);
  return (
    <div class="field menu">
      <label for={id}>{label}</label>
      <Select.Root
        value={value}
        onValueChange={(next: string) => {
          setValue(next);
          onChange(next);
        }}
      >
        <Select.Trigger id={id} class="menu-button">
          <Select.Value placeholder="Choisir…" />
          <Select.Icon> ▾</Select.Icon>
        </Select.Trigger>
        <Select.Portal>
          <Select.Content class="radix-content" position="popper" sideOffset={4}>
            <Select.Viewport>
              {options.map((option) => (
                <Select.Item key={option} value={option} class="menu-option">
                  <Select.ItemText>{option}</Select.ItemText>
                </Select.Item>
              ))}
            </Select.Viewport>
          </Select.Content>
        </Select.Portal>
      </Select.Root>
    </div>
  );
}

renderMenuProfile(Menu);
