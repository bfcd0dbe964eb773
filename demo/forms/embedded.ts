// A portal page that shows the profile form of another site (the form provider) in an iframe: the
// usual shape of embedded public-service forms. The frame is served by the same demo server under
// the other loopback name (127.0.0.1 ↔ localhost), which is another origin. `?fournisseur=<host>`
// names another host for the provider (a test maps it to this server), e.g. a site not enabled.
const HOST_NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

function providerHost(): string {
  const asked = new URLSearchParams(location.search).get('fournisseur')?.toLowerCase() ?? '';
  if (HOST_NAME.test(asked)) return asked;
  return location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
}

const frame = document.getElementById('cadre-profil') as HTMLIFrameElement | null;
if (frame) frame.src = `${location.protocol}//${providerHost()}:${location.port}/forms/embedded-form.html`;
