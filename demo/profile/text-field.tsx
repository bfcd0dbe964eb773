// A labelled, controlled text input: the DOM shows the state and only `input` events change it,
// as in any modern single-page application. The hint sits inside the label, as on French public
// service sites (DSFR), so it is part of the field's accessible name.
import type { TargetedEvent } from 'preact';

type TextFieldType = 'text' | 'email' | 'tel' | 'month';

export interface TextFieldProps {
  id: string;
  name?: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  type?: TextFieldType;
  autocomplete?: string;
  hint?: string;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
  inputMode?: 'numeric' | 'email' | 'tel' | 'text';
  maxLength?: number;
  pattern?: string;
  className?: string;
}

function TypedInput(props: Omit<TextFieldProps, 'label' | 'hint' | 'className'>) {
  const { type, onValue, name, autocomplete, ...rest } = props;
  const attributes = {
    ...rest,
    name: name ?? props.id,
    autocomplete: autocomplete ?? 'off',
    onInput: (event: TargetedEvent<HTMLInputElement>) => onValue(event.currentTarget.value),
  };
  // One branch per type: Preact's typings tie the allowed attributes to a literal `type`.
  switch (type) {
    case 'email': return <input type="email" {...attributes} />;
    case 'tel': return <input type="tel" {...attributes} />;
    case 'month': return <input type="month" {...attributes} />;
    default: return <input type="text" {...attributes} />;
  }
}

export function TextField(props: TextFieldProps) {
  const { label, hint, className, ...input } = props;
  return (
    <div class={className ? `field ${className}` : 'field'}>
      <label for={props.id}>
        {label}
        {props.required && <span class="required-mark" aria-hidden="true"> *</span>}
        {hint && (
          <span class="hint">
            <br />
            {hint}
          </span>
        )}
      </label>
      <TypedInput {...input} />
    </div>
  );
}
