import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { readDocument } from '../../lib/read/read-document';

// A two-column CV printed by an online builder (test/fixtures/read-in-the-wild/src): the sidebar and
// the main column have their own leading, and a LinkedIn address too long for the sidebar runs on
// across the gutter. With no empty gutter left, the two columns came out interleaved line by line
// ("Conduite de chariots élévateurs<TAB>2019 - 2024 : Cariste") and no job was read.

const fixture = 'test/fixtures/read-in-the-wild/sidebar-link-over-the-gutter.pdf';

describe('two-column PDF with a sidebar line running over the gutter', () => {
  it('reads the sidebar whole, then the main column', async () => {
    const document = await readDocument(new Uint8Array(readFileSync(fixture)));
    const texts = document.lines.map((line) => line.text);
    const sidebar = ['Julien Moreau', '8 rue Victor Hugo', '69003 Lyon', '06 71 22 48 90', 'julien.moreau@gmail.com', 'www.linkedin.com/in/julien-moreau-cariste-lyon', 'Permis B', 'COMPÉTENCES', 'Conduite de chariots élévateurs', 'Préparation de commandes', 'Gestion des stocks', 'Réception des marchandises', 'LANGUES', 'Anglais : notions', 'Arabe : courant', 'FORMATION', "2012 : CAP Agent d'entreposage", 'Lycée Jean Lurçat, Lyon'];
    const main = ['Cariste expérimenté', 'Disponible immédiatement', 'EXPÉRIENCES PROFESSIONNELLES', '2019 - 2024 : Cariste', 'Carrefour Supply Chain, Vénissieux', '• Chargement et déchargement des camions', '• Inventaires tournants', '2015 - 2019 : Préparateur de commandes', 'Leroy Merlin, Saint-Priest', '• Préparation au scanner vocal', '• Emballage et étiquetage', '2012 - 2015 : Magasinier', 'Auchan, Caluire', '• Mise en rayon', '• Contrôle des livraisons', 'CERTIFICATIONS', 'CACES R489 cat. 1, 3 et 5', 'SST'];
    expect(texts).toEqual([...sidebar, ...main]);
  });

  it('finds the jobs of the main column', async () => {
    const document = await readDocument(new Uint8Array(readFileSync(fixture)));
    const profile = parseProfile(document, { referenceDate: new Date('2026-03-15') });
    expect(profile.experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }))).toEqual([
      { title: 'Cariste', employer: 'Carrefour Supply Chain', start: '2019', end: '2024' },
      { title: 'Préparateur de commandes', employer: 'Leroy Merlin', start: '2015', end: '2019' },
      { title: 'Magasinier', employer: 'Auchan', start: '2012', end: '2015' },
    ]);
    expect(profile.fields.jobTitle?.value).toBe('Cariste expérimenté');
  });
});
