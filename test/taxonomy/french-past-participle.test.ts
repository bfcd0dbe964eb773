import { describe, expect, it } from 'vitest';
import { labelKeys } from '../../lib/taxonomy/label-words';

// French CV bullets often drop the auxiliary: "Encadré une équipe", "Préparé les commandes",
// "Assuré la maintenance". Folded, "encadré" is "encadre", whose -re is no infinitive ending:
// it must meet "encadrer" and "encadrement", not lose its r.
const sameKey = (...forms: string[]) => new Set(forms.map((form) => labelKeys(form, 'fr').join())).size === 1;

describe('a French past participle meets its verb and noun', () => {
  it.each([
    ['encadré', 'encadrer', 'encadrement', 'encadrés'],
    ['préparé', 'préparer', 'préparation'],
    ['assuré', 'assurer'],
    ['enregistré', 'enregistrer', 'enregistrement'],
    ['filtre', 'filtrer'],
  ])('%s', (...forms) => {
    expect(sameKey(...forms), forms.map((form) => labelKeys(form, 'fr').join()).join(' | ')).toBe(true);
  });

  it('still strips the -re of true infinitives', () => {
    expect(sameKey('vendre', 'vend')).toBe(true);
    expect(sameKey('suivre', 'suivi')).toBe(true);
    expect(sameKey('conduire', 'conduite')).toBe(true);
    expect(sameKey('répondre', 'répond')).toBe(true);
  });

  it('keeps apart the nouns the rule would join to another verb', () => {
    expect(sameKey('livre', 'livrer')).toBe(false); // a book is no delivery
    expect(sameKey('montre', 'montrer')).toBe(false); // a watch shows nothing
    expect(sameKey('centre', 'centrer')).toBe(false);
    expect(sameKey('mesure', 'mesurer')).toBe(false); // "Mesure des paramètres vitaux" is no furnace reading
  });
});
