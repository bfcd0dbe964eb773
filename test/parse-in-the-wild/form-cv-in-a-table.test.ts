// An older CV typed in a Word table: each label in its cell and its value in the next ("Nom :" |
// "LEFÈVRE"), which the reader joins with a tab; diplomas written "2016 : Titre professionnel …".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { joinWrappedLines } from '../../lib/parse/join-wrapped-lines';
import { column, documentOf, pdfLines, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('a form-like CV laid out as a table of labels and values', () => {
  const profile = parseProfile(documentOf(plainLines(`CURRICULUM VITAE
Nom :\tLEFÈVRE
Prénom :\tChristine
Date de naissance :\t03/11/1971
Adresse :\t5, impasse du Moulin – 59280 Armentières
Téléphone :\t03 20 44 55 66 / 06 70 80 90 10
E-mail :\tchristine.lefevre71@sfr.fr
Situation :\tMariée, 3 enfants
POSTE RECHERCHÉ : Aide à domicile / Auxiliaire de vie
EXPÉRIENCES PROFESSIONNELLES
2015 - 2025\tAide à domicile – ADMR de Bailleul
Aide aux repas, courses, entretien du logement et du linge auprès de personnes âgées.
2005 - 2014\tEmployée libre-service – Intermarché Armentières
Mise en rayon, facing, contrôle des dates de péremption.
FORMATIONS
2016 : Titre professionnel Assistant(e) de vie aux familles (ADVF) – GRETA Lille
1989 : BEP Carrières sanitaires et sociales
DIVERS
Permis B et véhicule · Notions d'anglais · Couture, jardinage`), 'pdf-text'), { referenceDate: today });

  it('reads the name from the cells beside its labels, not from an employer', () => {
    expect([profile.fields.firstName?.value, profile.fields.lastName?.value]).toEqual(['Christine', 'LEFÈVRE']);
  });

  it('reads each diploma on its own line, after its year', () => {
    expect(profile.education.map(({ degree, school, end }) => [degree, school, end])).toEqual([
      ['Titre professionnel Assistant(e) de vie aux familles (ADVF)', 'GRETA Lille', '2016'],
      ['BEP Carrières sanitaires et sociales', null, '1989'],
    ]);
  });

  it('never reads a line opening on a year and a colon as the wrapped end of the line above', () => {
    // Printed from Word: the diplomas sit as tightly as a wrapped paragraph, the first reaches the
    // right margin.
    const lines = joinWrappedLines(
      pdfLines(
        column(34, 400, 0, [
          { text: '2016 : Titre professionnel Assistant(e) de vie aux familles (ADVF) – GRETA Lille', gap: 12 },
          { text: '1989 : BEP Carrières sanitaires et sociales', gap: 12 },
          { text: 'Aide aux repas, courses, entretien du logement et du linge auprès des personnes', gap: 12 },
          { text: '2016 - 2018 et 2020 - 2022 en remplacement des congés', gap: 12 },
        ]),
      ),
    );
    expect(lines.map((line) => line.text)).toEqual([
      '2016 : Titre professionnel Assistant(e) de vie aux familles (ADVF) – GRETA Lille',
      '1989 : BEP Carrières sanitaires et sociales',
      'Aide aux repas, courses, entretien du logement et du linge auprès des personnes',
      '2016 - 2018 et 2020 - 2022 en remplacement des congés',
    ]);
  });
});
