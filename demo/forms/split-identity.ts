// The provider's identity and contact frame of a profile split in two (split.html).
import { exposeFormState } from '../shared/expose-form-state';
import { trackNamedFields } from './named-fields';

const state = trackNamedFields(document.getElementById('identite') as HTMLFormElement | null);
exposeFormState(() => state);
