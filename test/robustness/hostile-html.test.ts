import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CvError } from '../../lib/errors';
import { extractProfile } from '../../lib/pipeline/extract-profile';
import { readDocument } from '../../lib/read/read-document';
import { loadStarterReferential } from '../../lib/taxonomy/starter-pack';
import type { ReadDocument } from '../../lib/types';

// Hostile and broken web pages: each ends fast, with the text that could be read or a CvError the
// user can be told about; never a hang, a stack overflow or a crash. Nothing in a page is run.

const ERROR_BUDGET_MS = 10_000;
const utf8 = (text: string) => new TextEncoder().encode(text);

async function outcome(bytes: Uint8Array, fileName = 'cv.html'): Promise<{ document?: ReadDocument; error?: CvError; ms: number }> {
  const started = Date.now();
  try {
    const document = await readDocument(bytes, { fileName });
    return { document, ms: Date.now() - started };
  } catch (error) {
    expect(error).toBeInstanceOf(CvError);
    return { error: error as CvError, ms: Date.now() - started };
  }
}

const texts = (document: ReadDocument | undefined) => document?.lines.map((line) => line.text);

describe('hostile web pages', () => {
  it('100,000 nested <div>s: no stack overflow, the text around them is read, the depths are skipped', async () => {
    const html = '<html><body><p>Jean Dupont</p>' + '<div>'.repeat(100_000) + 'mots cachés' + '</div>'.repeat(100_000) + '<p>Cariste</p></body></html>';
    const { document, ms } = await outcome(utf8(html));
    expect(texts(document)).toEqual(['Jean Dupont', 'Cariste']);
    expect(ms).toBeLessThan(ERROR_BUDGET_MS);
  });

  it('100,000 nested tables and 100,000 unclosed <span>s: no stack overflow', async () => {
    for (const html of ['<p>Jean Dupont</p>' + '<table><tr><td>'.repeat(60_000) + 'x', '<p>Jean Dupont</p>' + '<span>'.repeat(100_000) + 'Cariste']) {
      const { document, error, ms } = await outcome(utf8(html));
      expect(document ?? error).toBeDefined();
      expect(texts(document)?.[0] ?? error?.code).toMatch(/Jean Dupont|too-long/);
      expect(ms).toBeLessThan(ERROR_BUDGET_MS);
    }
  });

  it('a 15 MB page of <div>s: refused as far too long for a CV', async () => {
    const { error, ms } = await outcome(utf8('<html><body>' + '<div>a</div>'.repeat(1_300_000)));
    expect(error?.code).toBe('too-long');
    expect(ms).toBeLessThan(ERROR_BUDGET_MS);
  });

  it('15 MB of "<" and of end tags: text or too long, fast', async () => {
    // 15 million '<' that open no tag are text: far more than any CV holds (check-text-length.ts).
    const lessThan = await outcome(utf8('<html><body><p>Jean Dupont</p><p>' + '<'.repeat(15_000_000)));
    expect(lessThan.error?.code).toBe('too-long');
    const fewer = await outcome(utf8('<html><body><p>Jean Dupont</p><p>' + '<'.repeat(150_000)));
    expect(texts(fewer.document)?.[0]).toBe('Jean Dupont');
    expect(lessThan.ms).toBeLessThan(ERROR_BUDGET_MS);
    const ends = await outcome(utf8('<html><body><p>Jean Dupont</p>' + '</div>'.repeat(2_000_000)));
    expect(ends.error?.code).toBe('too-long');
    expect(ends.ms).toBeLessThan(ERROR_BUDGET_MS);
  });

  it('an unterminated comment or <script>: what follows is never shown, so never read', async () => {
    const comment = await outcome(utf8('<html><body><p>Jean Dupont</p><!-- <p>mots cachés</p>' + '<p>x</p>'.repeat(1000)));
    expect(texts(comment.document)).toEqual(['Jean Dupont']);
    const script = await outcome(utf8('<html><body><p>Jean Dupont</p><script>var s = "<p>mots cachés</p>";'));
    expect(texts(script.document)).toEqual(['Jean Dupont']);
    const tag = await outcome(utf8('<html><body><p>Jean Dupont</p><p title="never closed>mots cachés</p>'));
    expect(texts(tag.document)).toEqual(['Jean Dupont']);
  });

  it('nothing visible left: the usual "no text" error', async () => {
    for (const html of ['<html><body><!-- <p>Jean Dupont</p>', '<html><body><script>document.write("<p>CV</p>")', '<html><head><title>CV</title></head><body><div style="display:none">Jean Dupont</div></body></html>']) {
      const { error } = await outcome(utf8(html));
      expect(error?.code).toBe('no-text');
    }
  });

  it('a 12 MB photo inlined as a data: URI is skipped in one scan', async () => {
    const photo = 'A'.repeat(12_000_000);
    const html = `<html><body><img src="data:image/jpeg;base64,${photo}" alt="photo"><p>Jean Dupont</p><div style="background:url(data:image/png;base64,${photo.slice(0, 2_000_000)});color:#fff">Cariste</div></body></html>`;
    const { document, ms } = await outcome(utf8(html));
    expect(texts(document)).toEqual(['Jean Dupont', 'Cariste']);
    expect(ms).toBeLessThan(ERROR_BUDGET_MS);
  });

  it('character reference bombs: out-of-range, NUL, million-digit references give nothing, fast', async () => {
    const html = `<html><body><p>Jean${'&#x110000;'.repeat(200_000)}${'&#0;'.repeat(200_000)}&#${'9'.repeat(1_000_000)};&#x${'0'.repeat(1_000_000)}41; Dupont</p></body></html>`;
    const { document, ms } = await outcome(utf8(html));
    expect(texts(document)).toEqual(['JeanA Dupont']);
    expect(ms).toBeLessThan(ERROR_BUDGET_MS);
  });

  it('a <style> of 100,000 rules on one class and a 1 MB unclosed at-rule: read, fast', async () => {
    const css = '.c{color:#000}'.repeat(100_000) + '@media print {' + '{'.repeat(1_000_000);
    const { document, ms } = await outcome(utf8(`<html><head><style>${css}</style></head><body><p class="c">Jean Dupont</p></body></html>`));
    expect(texts(document)).toEqual(['Jean Dupont']);
    expect(ms).toBeLessThan(ERROR_BUDGET_MS);
  });

  it('a web archive without a page, or with a page of nothing: no text', async () => {
    const archive = (part: string) => utf8(`MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n${part}\r\n--b--\r\n`);
    expect((await outcome(archive('Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo='))).error?.code).toBe('no-text');
    expect((await outcome(archive('Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!!'))).error?.code).toBe('no-text');
  });

  it('a zipped page that inflates past the zip limits is refused before inflating', async () => {
    const zip = zipSync({ 'cv.html': new Uint8Array(60 * 1024 * 1024) });
    const { error, ms } = await outcome(zip, 'cv.zip');
    expect(error?.code).toBe('corrupt-file');
    expect(ms).toBeLessThan(ERROR_BUDGET_MS);
  });

  it('a page that runs scripts when opened is only read as text: nothing runs', async () => {
    const marker = '__html_reader_ran_a_script__';
    const html = `<html><body onload="globalThis.${marker}=1"><p>Jean Dupont</p><script>globalThis.${marker} = 1</script><img src=x onerror="globalThis.${marker}=1"><iframe srcdoc="<script>parent.${marker}=1</script>"></iframe></body></html>`;
    const { document } = await outcome(utf8(html));
    expect(texts(document)).toEqual(['Jean Dupont']);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });
});

describe('web pages that are not CVs', () => {
  const refusalOf = (html: string) =>
    extractProfile(utf8(html), { fileName: 'page.html', referential: loadStarterReferential }).then(
      () => null,
      (error: unknown) => error,
    );

  it('a job ad saved from a job board is refused as a job offer', async () => {
    const html = `<!DOCTYPE html><html lang="fr"><head><title>Cariste H/F - Intérim - Saint-Quentin-Fallavier | Offres d'emploi</title></head><body>
      <nav><a href="/">Accueil</a><a href="/offres">Offres</a></nav>
      <main><h1>Cariste H/F</h1><p>Intérim – Saint-Quentin-Fallavier (38)</p>
      <p>Nous recherchons pour notre client, leader de la logistique, un cariste H/F.</p>
      <h2>Missions</h2><p>Vous serez chargé du chargement et du déchargement des camions, de la mise en stock et du réapprovisionnement.</p>
      <h2>Profil recherché</h2><p>Vous êtes titulaire du CACES R489 cat. 1, 3 et 5. Expérience de 2 ans minimum souhaitée.</p>
      <h2>Compétences</h2><p>Rigueur, respect des consignes de sécurité.</p>
      <ul><li>Type de contrat : intérim, 3 mois renouvelable</li><li>Salaire : 12,50 € brut de l’heure + primes</li></ul>
      <button>Postuler</button></main></body></html>`;
    expect(await refusalOf(html)).toMatchObject({ code: 'not-a-cv', params: { kind: 'job-offer' } });
  });

  it('a login page saved by mistake: judged as its text would be in any format, and its form values never read', async () => {
    const html = `<!DOCTYPE html><html><head><title>Connexion</title></head><body><main><h1>Connexion à votre espace</h1>
      <form><label for="email">Adresse e-mail</label><input id="email" type="email" value="karim@gmail.com"><label for="pw">Mot de passe</label><input id="pw" type="password">
      <button type="submit">Se connecter</button></form><p><a href="/oubli">Mot de passe oublié ?</a></p><p>Pas encore de compte ? <a href="/inscription">Créer un compte</a></p></main></body></html>`;
    const document = await readDocument(utf8(html), { fileName: 'page.html' });
    expect(texts(document)).toEqual(['Connexion à votre espace', 'Adresse e-mail Mot de passe', 'Mot de passe oublié ?', 'Pas encore de compte ? Créer un compte']);
    // The same lines typed in a .txt get the same verdict: the not-a-CV check is the format's own.
    const asText = await extractProfile(utf8(texts(document)!.join('\n')), { fileName: 'page.txt', referential: loadStarterReferential }).then(() => null, (error: unknown) => error);
    expect(await refusalOf(html)).toEqual(asText);
    const profile = await extractProfile(utf8(html), { fileName: 'page.html', referential: loadStarterReferential }).catch(() => null);
    expect(JSON.stringify(profile ?? {})).not.toContain('karim@gmail.com');
  });
});
