// A career changer's CV: the trade sought in a "Reconversion :" headline, thirty years in retail,
// and in "Formation" a title being obtained by VAE with its centre in brackets, a skills
// assessment (bilan de compétences, no diploma) and an electrical clearance.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const profile = parseProfile(
  documentOf(
    plainLines(`Patrick Lemoine
La Rochelle (17)
06 71 82 93 04
patrick.lemoine17@free.fr
Reconversion : Agent de maintenance des bâtiments
PARCOURS PROFESSIONNEL
2003-2023 Chef de rayon bricolage – Leroy Merlin, Puilboreau
1995-2003 Vendeur conseil – Mr Bricolage, Rochefort
FORMATION
VAE en cours : Titre professionnel Agent de maintenance des bâtiments (AFPA La Rochelle)
2023 : Bilan de compétences – CIBC La Rochelle
2022 : Habilitation électrique B1V BR
1989 : BEP Électrotechnique – Lycée Dautet, La Rochelle`),
    'docx',
  ),
  { referenceDate: today },
);

describe('a career changer with a VAE in progress', () => {
  it('reads the town and the jobs held', () => {
    expect(profile.fields.city?.value).toBe('La Rochelle');
    expect(profile.experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }))).toEqual([
      { title: 'Chef de rayon bricolage', employer: 'Leroy Merlin', start: '2003', end: '2023' },
      { title: 'Vendeur conseil', employer: 'Mr Bricolage', start: '1995', end: '2003' },
    ]);
  });

  it('reads the title in progress by VAE without its status, its centre in brackets as the school', () => {
    expect(profile.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: 'Titre professionnel Agent de maintenance des bâtiments', school: 'AFPA La Rochelle', end: null },
      { degree: 'BEP Électrotechnique', school: 'Lycée Dautet', end: '1989' },
    ]);
  });

  it('reads the clearance as a certification and the skills assessment as neither', () => {
    expect(profile.certifications.map((certification) => certification.label)).toEqual(['Habilitation électrique B1V, BR']);
  });
});
