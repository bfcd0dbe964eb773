import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/read/${name}`));

describe('DOCX', () => {
  it('reads the page header first, paragraphs in order and tables row by row', async () => {
    const document = await readDocument(fixture('fr-conducteur-bus.docx'));
    expect(document).toMatchObject({ kind: 'docx', pages: 1, warnings: [] });
    const texts = document.lines.map((line) => line.text);
    expect(texts.slice(0, 4)).toEqual([
      'Nuno FERREIRA',
      '12 rue Pasteur, 59100 Roubaix\t06 58 41 27 93',
      'nuno.ferreira59@gmail.com',
      'Conducteur de bus – Transport urbain',
    ]);
    // Tabs typed between a date and a job stay a segment separator.
    expect(texts).toContain("2019 – aujourd'hui\tConducteur receveur – Ilévia, Lille");
    // One-line cells: one line per row; several paragraphs per cell: each cell read whole.
    expect(texts).toContain('2015\tTitre professionnel Conducteur du transport routier interurbain de voyageurs');
    const skills = texts.indexOf('Compétences');
    expect(texts.slice(skills, skills + 6)).toEqual([
      'Compétences',
      'Conduite en sécurité en milieu urbain',
      'Gestion des situations conflictuelles',
      'Langues',
      'Anglais : B1',
      'Portugais : courant',
    ]);
    const block = (text: string) => document.lines.find((line) => line.text === text)?.block;
    expect(block('Compétences')).not.toBe(block('Langues'));
    // Headings are bold; deleted revisions and the page-number footer are gone.
    expect(document.lines.find((line) => line.text === 'Formation')?.bold).toBe(true);
    expect(texts.join('\n')).not.toContain('texte supprimé');
    expect(texts).not.toContain('Page 1');
    expect(texts).toContain('Cyclisme, bénévolat au club de football de Roubaix.');
  });
});

describe('ODT', () => {
  it('reads headings, paragraphs, tables, lists, frames and the page footer', async () => {
    const document = await readDocument(fixture('fr-agent-accueil.odt'));
    expect(document).toMatchObject({ kind: 'odt', pages: 1 });
    const texts = document.lines.map((line) => line.text);
    expect(texts).toEqual([
      'Sophie LAMBERT',
      'Agente d’accueil et d’orientation du public',
      '5 place de la République',
      '44000 Nantes',
      'Tél. : 06 12 98 45 30\tsophie.lambert44@laposte.net',
      'Expérience professionnelle',
      '2020 – 2025\tAgente d’accueil – Caisse d’allocations familiales de Loire-Atlantique',
      '2016 – 2020\tHôtesse d’accueil – Mairie de Rezé',
      'Accueil physique et téléphonique, orientation des usagers, prise de rendez-vous, aide aux démarches en ligne.',
      'Formation',
      '2016 : BTS Support à l’action managériale, lycée Livet, Nantes',
      '2014 : Baccalauréat STMG',
      'Langues',
      'Anglais : B2',
      'Espagnol : A2',
      'Compétences',
      'Accueil – Écoute – Logiciels : Word, Excel, Outlook',
      'Curriculum vitae – Sophie LAMBERT',
    ]);
    const bold = document.lines.filter((line) => line.bold).map((line) => line.text);
    expect(bold).toEqual(['Sophie LAMBERT', 'Expérience professionnelle', 'Formation', 'Langues', 'Compétences']);
  });
});

describe('plain text', () => {
  it.each(['fr-plombier-utf8.txt', 'fr-plombier-latin1.txt'])('reads %s with its accents and column gaps', async (name) => {
    const document = await readDocument(fixture(name));
    expect(document.kind).toBe('text');
    const texts = document.lines.map((line) => line.text);
    expect(texts[0]).toBe('Julien MOREAU');
    expect(texts).toContain('8 rue des Écoles, 69100 Villeurbanne');
    expect(texts).toContain("2018 - aujourd'hui\tPlombier chauffagiste, Dalkia, Lyon");
    expect(texts).toContain('2012 - 2018\tPlombier, Entreprise Garnier et Fils, Bron');
  });

  it('starts a new page at a form feed', async () => {
    const document = await readDocument(new TextEncoder().encode('Page un\nLigne\n\fPage deux\n'));
    expect(document.pages).toBe(2);
    expect(document.lines.map((line) => `${line.page}:${line.text}`)).toEqual(['1:Page un', '1:Ligne', '2:Page deux']);
  });
});

describe('zip archives that are not CVs', () => {
  it('refuses a spreadsheet and an arbitrary archive as unsupported', async () => {
    const spreadsheet = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    const archive = zipSync({ 'photo.txt': strToU8('bonjour') });
    await expect(readDocument(spreadsheet)).rejects.toMatchObject({ code: 'unsupported-type', params: { type: 'xlsx' } });
    await expect(readDocument(archive)).rejects.toMatchObject({ code: 'unsupported-type', params: { type: 'zip' } });
  });
});
