import { describe, expect, it } from 'vitest';
import { cvPhrases, distributeCoordination } from '../../lib/match/cv-phrases';

describe('distributeCoordination', () => {
  it('gives each item of a list its shared head or complement', () => {
    expect(distributeCoordination('Nettoyage des sols, vitres et sanitaires')).toEqual(['Nettoyage des vitres', 'Nettoyage des sanitaires']);
    expect(distributeCoordination('Gestion du courrier et des colis')).toEqual(['Gestion des colis']);
    expect(distributeCoordination('Chargement et déchargement des camions')).toEqual(['Chargement des camions']);
    expect(distributeCoordination('Cleaning of floors, windows and toilets')).toEqual(['Cleaning of windows', 'Cleaning of toilets']);
  });

  it('reads a later bare noun alone too, since the complement may be the last item\'s only', () => {
    expect(distributeCoordination('Service des repas, plonge et entretien des locaux')).toEqual(
      expect.arrayContaining(['plonge des locaux', 'plonge']),
    );
    expect(distributeCoordination('Accueil, vente et encaissement des achats')).toEqual(expect.arrayContaining(['vente', 'Accueil des achats']));
    // The first item starts the whole phrase; a quality is no task of its own.
    expect(distributeCoordination('Montage et vérification des échafaudages')).toEqual(['Montage des échafaudages']);
    expect(distributeCoordination('Écoute, rigueur et respect des consignes')).not.toContain('rigueur');
  });

  it('reads one action noun joined to a head and its complement alone too: a duty of its own', () => {
    expect(distributeCoordination('Vente au comptoir et encaissement')).toContain('encaissement');
    expect(distributeCoordination('Prise de rendez-vous et facturation')).toContain('facturation');
    // Objects listed after a colon or in a longer list are no duties of their own.
    expect(distributeCoordination('Organisation des séjours : hébergement et restauration')).not.toContain('restauration');
    expect(distributeCoordination('Organisation des séjours, hébergement et restauration')).not.toContain('restauration');
    expect(distributeCoordination('Gestion du courrier et colis')).not.toContain('colis');
  });

  it('leaves alone lists without a shared head, and items that have their own', () => {
    expect(distributeCoordination('Excel, Word, SAP')).toEqual([]);
    expect(distributeCoordination('Accueil physique et téléphonique')).toEqual([]);
    expect(distributeCoordination('Accueil des clients et gestion des réclamations')).toEqual([]);
  });
});

describe('cvPhrases', () => {
  it('keeps the exact snippet as evidence for a phrase read through a coordination', () => {
    const phrases = cvPhrases([{ text: '• Nettoyage des sols, vitres et sanitaires', page: 1 }]);
    const windows = phrases.find((phrase) => phrase.text === 'Nettoyage des vitres');
    expect(windows?.evidence).toBe('Nettoyage des sols, vitres et sanitaires');
    expect(phrases.map((phrase) => phrase.text)).toContain('Nettoyage des sols');
  });

  it('reads the words before a bracketed list of details alone, the brackets still covering them', () => {
    const [whole, named] = cvPhrases([{ text: '• Encaissement (espèces, carte bancaire, titres-restaurant)', page: 1 }]);
    expect(whole?.text).toBe('Encaissement (espèces, carte bancaire, titres-restaurant)');
    expect(named).toEqual(expect.objectContaining({ text: 'Encaissement', evidence: whole?.text, covering: ['espèces, carte bancaire, titres-restaurant'] }));
    // One qualifier in brackets is no list of details: it may say what the words are about.
    expect(cvPhrases([{ text: 'Optimisation des performances (Lighthouse > 90)', page: 1 }]).map((phrase) => phrase.text)).toEqual([
      'Optimisation des performances (Lighthouse > 90)',
    ]);
  });

  it('reads a name written with a slash whole as well as its items', () => {
    const phrases = cvPhrases([{ text: 'Réseaux TCP/IP, VLAN, Wi-Fi', page: 1 }]);
    const texts = phrases.map((phrase) => phrase.text);
    expect(texts).toEqual(expect.arrayContaining(['Réseaux TCP', 'IP', 'VLAN', 'Réseaux TCP/IP']));
    expect(phrases.find((phrase) => phrase.text === 'Réseaux TCP/IP')?.evidence).toBe('Réseaux TCP/IP, VLAN, Wi-Fi');
    // A spaced slash is a list only.
    expect(cvPhrases([{ text: 'Word / Excel', page: 1 }]).map((phrase) => phrase.text)).toEqual(['Word', 'Excel']);
  });
});
