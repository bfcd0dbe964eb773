// Where a demo portal loads its form provider's frames: the other loopback name of this server
// (127.0.0.1 ↔ localhost, another origin), or the host a query parameter names.
const HOST_NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

export function providerSource(parameter: string, path: string): string {
  const asked = new URLSearchParams(location.search).get(parameter)?.toLowerCase() ?? '';
  const host = HOST_NAME.test(asked) ? asked : location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${host}:${location.port}${path}`;
}
