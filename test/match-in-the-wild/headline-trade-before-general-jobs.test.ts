// "Vendeuse en prêt-à-porter" as the headline reads exactly as the clothing shop's sales assistant;
// the jobs below say "Vendeuse conseil", "Vendeuse" and "Hôtesse de caisse", the general sales
// assistant's titles.
// Their support outweighed the headline, so the general trade came first: the person's own word
// for their trade (written as the referential's label) now stays first.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, OCCUPATION } from './cv-text';

const CLOTHING_SALES = `${OCCUPATION}13da27aa-ca6a-476d-ab2c-efc9e5bd97b2`;
const SALES_ASSISTANT = `${OCCUPATION}9ba74e8a-c40c-4228-9998-eb3c7a5c11df`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe('the headline\'s own trade', () => {
  it('comes before the more general trade the older jobs name', () => {
    const cv = [
      'Julie Martin',
      'Vendeuse en prêt-à-porter',
      '06 12 34 56 78',
      "Passionnée de mode, j'ai 5 ans d'expérience dans la vente en boutique.",
      'EXPÉRIENCES',
      'Sept. 2020 – aujourd\'hui : Vendeuse conseil – Promod, Lyon',
      '• Accueil et conseil des clientes, ventes additionnelles',
      'Avr. 2019 – Juin 2019 : Vendeuse – Decathlon, Bron',
      '• Conseil technique, mise en rayon, inventaire',
      '2017 – 2019 : Hôtesse de caisse – Carrefour, Vénissieux',
      '• Encaissement, accueil',
    ].join('\n');
    const { occupations } = linkCv(cv, esco);
    expect(occupations.slice(0, 2).map((occupation) => occupation.id)).toEqual([CLOTHING_SALES, SALES_ASSISTANT]);
  });
});
