// Diplomas written school first, as LinkedIn exports them and many young job seekers do: the
// school on its own line, the diploma under it, then maybe its mention and year ("Mention Bien –
// 2021"). The school above belongs to the diploma under it; a mention is never a school.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const educationOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Léa Fontaine\n06 77 88 99 00\nDIPLÔMES\n${section}`), 'docx'), { referenceDate: today })
    .education.map(({ degree, school, end }) => ({ degree, school, end }));

describe('the school line above the diploma', () => {
  it('gives each diploma the school above it, and reads the mention line for its year only', () => {
    expect(educationOf(`Lycée Bréquigny, Rennes
Baccalauréat professionnel Services aux personnes
Mention Bien – 2021
Collège Anne de Bretagne
Brevet des collèges – mention assez bien (2018)`)).toEqual([
      { degree: 'Baccalauréat professionnel Services aux personnes', school: 'Lycée Bréquigny', end: '2021' },
      { degree: 'Brevet des collèges', school: 'Collège Anne de Bretagne', end: '2018' },
    ]);
  });

  it('reads a LinkedIn export: school, diploma, years', () => {
    expect(educationOf(`IAE Nantes
Licence professionnelle, Banque Assurance
2016 - 2017
Lycée Clemenceau
Baccalauréat, ES
2011 - 2014`)).toEqual([
      { degree: 'Licence professionnelle, Banque Assurance', school: 'IAE Nantes', end: '2017' },
      { degree: 'Baccalauréat, ES', school: 'Lycée Clemenceau', end: '2014' },
    ]);
  });

  it('still gives the school under the diploma to that diploma', () => {
    expect(educationOf(`BTS MCO
Lycée Jean Moulin, Lyon
2019
Bac pro Commerce
Lycée Ampère, Lyon
2017`)).toEqual([
      { degree: 'BTS MCO', school: 'Lycée Jean Moulin', end: '2019' },
      { degree: 'Bac pro Commerce', school: 'Lycée Ampère', end: '2017' },
    ]);
  });

  it('leaves the school under a certificate to that certificate when the section puts schools under', () => {
    const [entry] = educationOf(`SSIAP 1 – Agent de service de sécurité incendie
2020
Centre de formation Prosegur, Saint-Denis
CQP Agent de prévention et de sécurité
2017
Institut de formation aux métiers de la sécurité, Pantin`);
    expect(entry?.degree).toBe('CQP Agent de prévention et de sécurité');
    expect(entry?.school).not.toBe('Centre de formation Prosegur');
  });
});
