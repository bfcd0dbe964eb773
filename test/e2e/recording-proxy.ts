import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
}

/**
 * A proxy Chromium must send ALL its traffic through (loopback included). It forwards only to the
 * demo server and refuses everything else, recording every request: what the browser tried to
 * send, whichever context it came from (page, extension page, service worker, offscreen).
 */
export async function startRecordingProxy(allowedHost: string): Promise<{ port: number; requests: RecordedRequest[]; close: () => Promise<void> }> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    const url = incoming.url ?? '';
    requests.push({ method: incoming.method ?? 'GET', url });
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      outgoing.writeHead(400).end();
      return;
    }
    if (target.host !== allowedHost) {
      outgoing.writeHead(403).end();
      return;
    }
    const forward = httpRequest(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method: incoming.method, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(forward);
  });
  server.on('connect', (incoming, socket) => {
    requests.push({ method: 'CONNECT', url: incoming.url ?? '' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
