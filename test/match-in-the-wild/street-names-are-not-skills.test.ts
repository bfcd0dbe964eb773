// French streets are often named after trades ("rue de la Poterie", "rue de la Maçonnerie"). An
// employer's address on an experience line ("Vendeur – Boulangerie Paul, 12 rue de la Poterie,
// Orléans") is not a pottery or bricklaying skill of the person.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv } from './cv-text';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe('an address on an experience line', () => {
  it.each(['12 rue de la Poterie', '12 avenue de la Soudure', '12 rue de la Maçonnerie', '3 rue de la Soudure'])('"%s" gives no skill', (street) => {
    const cv = [
      'Paul Girard',
      'Vendeur',
      '06 45 67 89 10',
      'EXPÉRIENCE PROFESSIONNELLE',
      `2018 – 2020 Vendeur – Boulangerie Paul, ${street}, Orléans`,
      '• Vente et encaissement',
      '• Mise en place de la vitrine',
    ].join('\n');
    const fromStreet = linkCv(cv, esco).skills.filter((skill) => street.includes(skill.evidence.text) || skill.evidence.text.includes(street.replace(/^\d+ /, '')));
    expect(fromStreet.map((skill) => `${skill.label} <- "${skill.evidence.text}"`)).toEqual([]);
  });
});
