import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CvError } from '../../lib/errors';
import { describeError } from '../../lib/i18n';
import { extractProfile } from '../../lib/pipeline/extract-profile';
import { clearlyNotACv, detectNotACv, measureCvLikeness, OTHER_DOCUMENT_KINDS } from '../../lib/read/detect-not-a-cv';
import { loadStarterReferential } from '../../lib/taxonomy/starter-pack';
import { readDocument } from '../../lib/read/read-document';
import type { TextLine } from '../../lib/types';

const lines = (...texts: string[]): TextLine[] => texts.map((text, index) => ({ text, page: 1, y: 40 + index * 14, block: 0 }));

describe('detectNotACv', () => {
  it.each(['fr-magasinier-sidebar-gauche.pdf', 'fr-secretaire-2pages.pdf', 'fr-europass-tableau.pdf', 'fr-conducteur-bus.docx', 'fr-agent-accueil.odt', 'fr-plombier-utf8.txt'])(
    'finds nothing to say about the CV %s',
    async (name) => {
      const document = await readDocument(new Uint8Array(readFileSync(`test/fixtures/read/${name}`)));
      expect(detectNotACv(document.lines)).toBeNull();
    },
  );

  it('accepts a short CV with contact details and dated jobs but few headings', () => {
    expect(
      detectNotACv(lines('Karim BENSAÏD', 'karim.bensaid@gmail.com – 06 11 22 33 44', '2019 – 2024 Cariste chez Geodis', '2015 – 2019 Magasinier chez Lidl')),
    ).toBeNull();
  });

  it('warns on an invoice', () => {
    const warning = detectNotACv(
      lines(
        'Plomberie Meunier – SARL au capital de 8 000 €',
        'Tél. 04 74 53 21 09 – contact@pcmeunier.fr',
        'FACTURE N° F-2026-0412',
        'Désignation\tQté\tP.U. HT\tTVA\tTotal HT',
        'Chaudière gaz à condensation\t1\t2 380,00 €\t5,5 %\t2 380,00 €',
        'Total HT\t3 948,00 €',
        'Net à payer TTC\t2 968,52 €',
        'Règlement par virement : IBAN FR76 3000 4000 0500',
      ),
    );
    expect(warning?.code).toBe('not-a-cv');
  });

  it('warns on a newspaper article that talks about jobs and training', () => {
    const warning = detectNotACv(
      lines(
        'Logistique : les entrepôts du Valenciennois peinent à recruter des caristes',
        'Par la rédaction – publié le 3 octobre 2026',
        'Sur la zone d’activités de Rouvignies, les camions se succèdent dès cinq heures du matin.',
        'Pour conduire un chariot élévateur, les employeurs exigent le CACES R489, et une formation',
        'de cinq jours coûte entre 900 et 1 500 euros, selon l’enquête Besoins en main-d’œuvre.',
      ),
    );
    expect(warning?.code).toBe('not-a-cv');
  });

  it('warns on a cover letter', () => {
    const warning = detectNotACv(
      lines(
        'Objet : candidature au poste de vendeuse',
        'Madame, Monsieur,',
        'Vendeuse depuis cinq ans, je souhaite rejoindre votre enseigne.',
        'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
        'julie.martin@gmail.com',
      ),
    );
    expect(warning?.code).toBe('not-a-cv');
  });
});

describe('clearlyNotACv: what is refused outright (CONTRACT: a document that is not CV-like is bad input)', () => {
  it.each([
    ['not-cv-invoice.pdf', 'invoice'],
    ['not-cv-article.pdf', 'article'],
  ])('refuses %s, naming what it looks like', async (name, kind) => {
    const bytes = new Uint8Array(readFileSync(`test/fixtures/cv/${name}`));
    const refusal = await extractProfile(bytes, { fileName: name, referential: loadStarterReferential }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(CvError);
    expect((refusal as CvError).code).toBe('not-a-cv');
    expect((refusal as CvError).params.kind).toBe(kind);
    expect(describeError('fr', refusal as CvError)).toMatch(/^Ce document ne ressemble pas à un CV : on dirait un(e)? \p{L}+.*Choisissez le fichier du CV/u);
    expect(describeError('en', refusal as CvError)).toMatch(/^This document does not look like a CV: it looks like an? \w+/);
  });

  it('refuses a cover letter', () => {
    expect(
      clearlyNotACv(measureCvLikeness(lines(
        'Objet : candidature au poste de vendeuse',
        'Madame, Monsieur,',
        'Vendeuse depuis cinq ans, je souhaite rejoindre votre enseigne.',
        'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
        'julie.martin@gmail.com',
      ))),
    ).toBe('letter');
  });

  it('never refuses a short CV, even one that sells "articles" or has a single heading', () => {
    const shortCv = lines('Julie MARTIN', '06 12 34 56 78', 'Expérience', '2021 – 2024 Vendeuse chez Decathlon : mise en rayon des articles, encaissement');
    expect(clearlyNotACv(measureCvLikeness(shortCv))).toBeNull();
    expect(clearlyNotACv(measureCvLikeness(lines('Karim BENSAÏD', 'Cariste', 'CACES R489 cat. 1, 3 et 5')))).toBeNull();
  });

  it('refuses a long text with nothing of a CV, but not a short one (a few typed lines may be a CV)', () => {
    const sentence = 'Le marché couvert ouvre ses portes chaque samedi matin sur la place de la mairie et les producteurs de la région y vendent fruits, légumes et fromages.';
    expect(clearlyNotACv(measureCvLikeness(lines(...Array.from({ length: 8 }, () => sentence))))).toBe('other');
    expect(clearlyNotACv(measureCvLikeness(lines(sentence)))).toBeNull();
  });

  it.each(['fr-magasinier-sidebar-gauche.pdf', 'fr-secretaire-2pages.pdf', 'fr-europass-tableau.pdf', 'fr-conducteur-bus.docx', 'fr-agent-accueil.odt', 'fr-plombier-utf8.txt'])(
    'never refuses the CV %s',
    async (name) => {
      const document = await readDocument(new Uint8Array(readFileSync(`test/fixtures/read/${name}`)));
      expect(clearlyNotACv(measureCvLikeness(document.lines))).toBeNull();
    },
  );
});

describe('the refusal sentence', () => {
  it.each([...OTHER_DOCUMENT_KINDS, 'other'])('names what a %s looks like, in French and in English', (kind) => {
    const refusal = new CvError('not-a-cv', kind, { kind });
    const fr = describeError('fr', refusal);
    const en = describeError('en', refusal);
    expect(fr).toMatch(/^Ce document ne ressemble pas à un CV : on dirait (un|une) /);
    expect(en).toMatch(/^This document does not look like a CV: it looks like (a|an|another) /);
    // Each kind has its own words; only 'other' says it has nothing of a CV.
    if (kind !== 'other') expect(fr).not.toMatch(/ni rubriques/);
  });
});

