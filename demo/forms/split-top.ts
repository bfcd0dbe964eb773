// A portal page that holds the identity and contact boxes itself and shows the rest of the profile
// (experiences, skills, languages) in a frame of the form provider's site: the other loopback name
// of this server, or the host `?parcours=<host>` names.
import { exposeFormState } from '../shared/expose-form-state';
import { trackNamedFields } from './named-fields';
import { providerSource } from './provider-host';

const state = trackNamedFields(document.getElementById('identite') as HTMLFormElement | null);
const career = document.getElementById('cadre-parcours') as HTMLIFrameElement | null;
if (career) career.src = providerSource('parcours', '/forms/split-career.html');
exposeFormState(() => state);
