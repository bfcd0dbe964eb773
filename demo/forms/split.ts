// A portal page that shows one profile in two frames of the form provider's site: identity and
// contact in one, experiences, skills and languages in the other. Both are served by this demo
// server under the other loopback name (127.0.0.1 ↔ localhost), another origin. `?identite=<host>`
// and `?parcours=<host>` name another host for either frame (a test maps it to this server), e.g.
// a site not enabled.
import { providerSource } from './provider-host';

const identity = document.getElementById('cadre-identite') as HTMLIFrameElement | null;
if (identity) identity.src = providerSource('identite', '/forms/split-identity.html');
const career = document.getElementById('cadre-parcours') as HTMLIFrameElement | null;
if (career) career.src = providerSource('parcours', '/forms/split-career.html');
