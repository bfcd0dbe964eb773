import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, EXTENSION_DIR } from './extension';

export interface RecordedRequest {
  /** The context that made it: its target type and URL (a page, service worker, worker…). */
  targetType: string;
  targetUrl: string;
  url: string;
}

/**
 * Chromium with the extension, and a DevTools-protocol client that attaches to EVERY target as it
 * appears (pages, extension pages, the service worker, the offscreen document, their workers) and
 * records each network request with the context that made it. Playwright drives the browser
 * through the same debugging port.
 */
export interface RecordedChromium {
  endpoint: string;
  requests: RecordedRequest[];
  /** The targets attached so far, by DevTools session id. */
  targets: Map<string, { type: string; url: string }>;
  /** Sends a DevTools command to one target's session and resolves with its result. */
  command: (method: string, params: object, sessionId: string) => Promise<any>;
  close: () => Promise<void>;
}

export async function launchRecordedChromium(extensionDir: string): Promise<RecordedChromium> {
  const browserProcess: ChildProcess = spawn(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', [
    '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'cv-net-'))}`,
    ...CHROMIUM_FLAGS.map((flag) => flag.replace(EXTENSION_DIR, extensionDir)), 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });

  const wsUrl = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error('Chromium did not start')), 30_000);
    browserProcess.stderr!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    browserProcess.on('exit', () => reject(new Error('Chromium exited')));
  });

  const requests: RecordedRequest[] = [];
  const targets = new Map<string, { type: string; url: string }>();
  const sessionOfTarget = new Map<string, string>();
  const socket = new WebSocket(wsUrl);
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  const send = (method: string, params: object = {}, sessionId?: string): number => {
    const id = nextId++;
    socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    return id;
  };
  const command = (method: string, params: object, sessionId: string) =>
    new Promise<any>((resolve) => pending.set(send(method, params, sessionId), resolve));
  const attachAll = (sessionId?: string) =>
    send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, sessionId);

  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; method?: string; params?: any; sessionId?: string };
    if (message.id !== undefined && pending.has(message.id)) {
      pending.get(message.id)!(message.result);
      pending.delete(message.id);
    } else if (message.method === 'Target.attachedToTarget') {
      const { sessionId, targetInfo } = message.params;
      targets.set(sessionId, { type: targetInfo.type, url: targetInfo.url });
      sessionOfTarget.set(targetInfo.targetId, sessionId);
      send('Network.enable', {}, sessionId);
      attachAll(sessionId); // workers started by this target
      send('Runtime.runIfWaitingForDebugger', {}, sessionId);
    } else if (message.method === 'Target.targetInfoChanged') {
      const target = targets.get(sessionOfTarget.get(message.params.targetInfo.targetId) ?? '');
      if (target) target.url = message.params.targetInfo.url;
    } else if (message.method === 'Target.detachedFromTarget') {
      targets.delete(message.params.sessionId);
    } else if (message.method === 'Network.requestWillBeSent' && message.sessionId) {
      const target = targets.get(message.sessionId) ?? { type: 'unknown', url: '' };
      requests.push({ targetType: target.type, targetUrl: target.url, url: message.params.request.url as string });
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve());
    socket.addEventListener('error', () => reject(new Error('CDP socket error')));
  });
  send('Target.setDiscoverTargets', { discover: true });
  attachAll();

  return {
    endpoint: wsUrl,
    requests,
    targets,
    command,
    close: async () => {
      socket.close();
      browserProcess.kill('SIGTERM');
      await new Promise((resolve) => browserProcess.once('exit', resolve));
    },
  };
}
