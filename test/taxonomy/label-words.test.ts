import { describe, expect, it } from 'vitest';
import { foldText, labelKeys, wordsOf } from '../../lib/taxonomy/label-words';

describe('labelKeys', () => {
  it('gives a French action noun and its verb the same keys', () => {
    const pairs: [string, string][] = [
      ['Gestion des stocks', 'gérer des stocks'],
      ['Préparation de commandes', 'préparer des commandes'],
      ['Nettoyage des locaux', 'nettoyer les locaux'],
      ['Vérification des factures', 'vérifier les factures'],
      ['Application des règles HACCP', 'appliquer les règles HACCP'],
      ['Encaissement', 'encaisser'],
      ['Accueil de la clientèle', 'accueillir la clientèle'],
      ['Chargement et déchargement', 'charger et décharger'],
      ['Utilisation d’un tableur', 'utiliser un tableur'],
      ['Production', 'produire'],
    ];
    for (const [noun, verb] of pairs) expect(labelKeys(noun, 'fr'), noun).toEqual(labelKeys(verb, 'fr'));
  });

  it('meets nouns in -aison, -ance and verbs in -oyer/-uyer on their verb', () => {
    const pairs: [string, string][] = [
      ['Livraison des colis', 'livrer des colis'],
      ['Surveillance des patients', 'surveiller les patients'],
      ['Nettoyé les sols', 'nettoyer les sols'],
      ['Envoi des courriers', 'envoyer des courriers'],
    ];
    for (const [noun, verb] of pairs) expect(labelKeys(noun, 'fr'), noun).toEqual(labelKeys(verb, 'fr'));
  });

  it('meets English -ation nouns and -ate verbs', () => {
    expect(labelKeys('installation of sockets', 'en')).toEqual(labelKeys('install sockets', 'en'));
    expect(labelKeys('operation of machines', 'en')).toEqual(labelKeys('operating machines', 'en'));
    expect(labelKeys('communication', 'en')).toEqual(labelKeys('communicate', 'en'));
  });

  it('folds feminine job titles onto the masculine', () => {
    expect(labelKeys('Développeuse web', 'fr')).toEqual(labelKeys('Développeur web', 'fr'));
    expect(labelKeys("Conductrice d'engins", 'fr')).toEqual(labelKeys('conducteur d’engins', 'fr'));
    expect(labelKeys('Boulangère', 'fr')).toEqual(labelKeys('boulanger', 'fr'));
    expect(labelKeys('Aide-soignante', 'fr')).toEqual(labelKeys('aide-soignant', 'fr'));
  });

  it('drops French elisions and stop words', () => {
    expect(labelKeys("l'accueil d'un client", 'fr')).toEqual(labelKeys('accueil client', 'fr'));
  });

  it('reads French "son" as the possessive before its noun, and as "sound" elsewhere', () => {
    expect(labelKeys('apporter son aide', 'fr')).toEqual(labelKeys('apporter aide', 'fr'));
    expect(labelKeys('Technicien son', 'fr')).toContain('son');
    expect(labelKeys('Régie son et lumière', 'fr')).toContain('son');
    expect(labelKeys('mixer le son en direct', 'fr')).toContain('son');
    expect(labelKeys('technicien son/lumière', 'fr')).toContain('son');
  });

  it('reads a word in capitals in a lower-case text as an acronym, not the stop word it spells', () => {
    expect(labelKeys('Plan de sécurisation du SI', 'fr')).toContain('si');
    expect(labelKeys('Logiciel MES', 'fr')).toContain('mes');
    expect(labelKeys('Marquage CE', 'fr')).toContain('ce');
    expect(labelKeys('IT continuity', 'en')).toContain('it');
    expect(labelKeys('si besoin, mes missions', 'fr')).toEqual(labelKeys('besoin missions', 'fr'));
    // A line all in capitals says nothing of the kind: its stop words stay stop words.
    expect(labelKeys('GESTION DU STOCK', 'fr')).toEqual(labelKeys('gestion stock', 'fr'));
  });

  it('reduces English plurals and -ing forms', () => {
    expect(labelKeys('managing inventories', 'en')).toEqual(labelKeys('manage inventory', 'en'));
    expect(labelKeys('planning meetings', 'en')).toEqual(labelKeys('plan meeting', 'en'));
    expect(labelKeys('stock management', 'en').sort()).toEqual(labelKeys('manage stock', 'en').sort());
  });

  it('keeps tool names whole', () => {
    expect(labelKeys('C++ and C#', 'en')).toEqual(['c++', 'c#']);
    expect(labelKeys('Node.js', 'en')).toEqual(['node.js']);
  });

  it('keeps apart French words the suffix rules would fold onto another word', () => {
    const key = (word: string) => labelKeys(word, 'fr')[0];
    expect(key('fondations')).not.toBe(key('fonds'));
    expect(key('département')).not.toBe(key('départ'));
    expect(key('publication')).not.toBe(key('public'));
    expect(key('importantes')).not.toBe(key('import'));
    expect(key('cheminée')).not.toBe(key('chemin'));
    expect(key('partage')).not.toBe(key('part'));
    expect(key('tournées')).not.toBe(key('tournage'));
    expect(key('relevé')).not.toBe(key('relevage'));
    expect(key('relevages')).toBe(key('relevage'));
    expect(key('Montant')).not.toBe(key('montage'));
    expect(key('tranchage')).not.toBe(key('tranchée'));
    expect(key('tranchage')).toBe(key('trancher'));
    // Pipes are plural in ESCO ("poser des conduites"); driving is "la conduite" of a vehicle.
    expect(key('conduites')).not.toBe(key('conduite'));
    expect(key('conduite')).toBe(key('conduire'));
    // Their own families still meet.
    expect(key('partager')).toBe(key('partage'));
    expect(key('importance')).toBe(key('important'));
    expect(key('importation')).toBe(key('import'));
  });

  it('does not read object properties as irregular forms', () => {
    expect(labelKeys('firearm constructor', 'en')).toEqual(['firearm', 'constructor']);
    expect(labelKeys('constructor toString', 'fr').every((key) => typeof key === 'string')).toBe(true);
  });
});

describe('foldText and wordsOf', () => {
  it('keeps offsets into the original text', () => {
    const text = 'Œuvre d’art — Élodie 🙂 Crème';
    const folded = foldText(text);
    expect(folded).toHaveLength(text.length);
    for (const word of wordsOf(text)) {
      expect(foldText(text.slice(word.start, word.end))).toBe(word.folded);
    }
    expect(wordsOf(text).map((word) => word.folded)).toEqual(['ouvre', 'art', 'elodie', 'creme']);
  });
});
