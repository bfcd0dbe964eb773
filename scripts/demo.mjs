// Builds the demo site (demo/) and serves it on 127.0.0.1, where the extension's content script
// runs in every build. Also the Playwright `webServer` command:
//   node scripts/demo.mjs --port 4321        (runs until killed)
// Options: --port N (default 4321, or env DEMO_PORT), --no-build (serve the last build).
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const siteRoot = join(repoRoot, '.output', 'demo');
const viteConfig = join(repoRoot, 'demo', 'vite.config.ts');
const host = '127.0.0.1';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.fodt': 'application/vnd.oasis.opendocument.text-flat-xml',
};

function fail(message) {
  console.error(message);
  process.exit(1);
}

function readOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        port: { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    fail(`Option inconnue / unknown option: ${error.message}\nUsage: node scripts/demo.mjs [--port 4321] [--no-build]`);
  }
  const { values } = parsed;
  if (values.help) {
    console.log('Usage: node scripts/demo.mjs [--port 4321] [--no-build]');
    process.exit(0);
  }
  const portText = values.port ?? process.env.DEMO_PORT ?? '4321';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    fail(`Port invalide / invalid port: « ${portText} ». Choisissez un nombre entre 0 et 65535.`);
  }
  return { port, build: !values['no-build'] };
}

async function buildSite() {
  const { build } = await import('vite');
  await build({ configFile: viteConfig, logLevel: 'warn' });
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Maps a URL path to a file inside the site, or null: never anything outside siteRoot. */
async function resolveRequest(urlPath, rootReal) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  let candidate = resolve(rootReal, `.${decoded}`);
  if (candidate !== rootReal && !candidate.startsWith(rootReal + sep)) return null;
  if (!(await isFile(candidate))) candidate = join(candidate, 'index.html');
  if (!(await isFile(candidate))) return null;
  // A symbolic link could still point elsewhere: check where the file really is.
  const real = await realpath(candidate);
  return real.startsWith(rootReal + sep) ? real : null;
}

function send(response, status, type, body) {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

async function serve(port) {
  const rootReal = await realpath(siteRoot);
  const server = createServer(async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.setHeader('Allow', 'GET, HEAD');
        send(response, 405, 'text/plain; charset=utf-8', 'Méthode non autorisée / Method not allowed\n');
        return;
      }
      const { pathname } = new URL(request.url ?? '/', `http://${host}`);
      const file = await resolveRequest(pathname, rootReal);
      if (!file) {
        send(response, 404, 'text/html; charset=utf-8',
          '<!doctype html><html lang="fr"><meta charset="utf-8"><title>Page introuvable</title>' +
          '<p>Page introuvable / Page not found. <a href="/">Accueil de la démonstration</a></p></html>\n');
        return;
      }
      const { size } = await stat(file);
      response.writeHead(200, {
        'Content-Type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': size,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch (error) {
      console.error(error);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Erreur du serveur / Server error\n');
      else response.destroy();
    }
  });

  server.on('error', (error) => {
    if (error.code === 'EADDRINUSE') {
      fail(`Le port ${port} est déjà utilisé : choisissez-en un autre avec --port.\n` +
        `Port ${port} is already in use: pick another one with --port.`);
    }
    fail(error.message);
  });

  await new Promise((ready) => server.listen(port, host, ready));
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;
  const chromeBuild = relative(process.cwd(), join(repoRoot, '.output', 'chrome-mv3')) || '.';
  const firefoxManifest = relative(process.cwd(), join(repoRoot, '.output', 'firefox-mv3', 'manifest.json'));
  console.log(`
Démo prête : ${url}
Demo ready: ${url}

Pour essayer l'extension dans Chrome ou Chromium :
  1. npm run build:chrome
  2. ouvrez chrome://extensions et activez le « Mode développeur » ;
  3. cliquez sur « Charger l'extension non empaquetée » et choisissez ${chromeBuild}
  4. ouvrez ${url} et déposez un CV dans « Déposer votre CV ».
Dans Firefox : npm run build:firefox, puis about:debugging#/runtime/this-firefox →
  « Charger un module complémentaire temporaire… » → ${firefoxManifest}

To try the extension in Chrome or Chromium:
  1. npm run build:chrome
  2. open chrome://extensions and turn on "Developer mode";
  3. click "Load unpacked" and pick ${chromeBuild}
  4. open ${url} and choose a CV in "Déposer votre CV".
In Firefox: npm run build:firefox, then about:debugging#/runtime/this-firefox →
  "Load Temporary Add-on…" → ${firefoxManifest}

Ctrl+C pour arrêter / to stop.`);

  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const options = readOptions();
if (options.build) {
  console.log('Construction de la démo… / Building the demo…');
  await buildSite();
} else if (!(await isFile(join(siteRoot, 'index.html')))) {
  fail(`Aucune démo construite dans ${siteRoot} : relancez sans --no-build.\n` +
    `No demo build in ${siteRoot}: run again without --no-build.`);
}
await serve(options.port);
