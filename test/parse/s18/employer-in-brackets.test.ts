// "Manutentionnaire (Lidl)": a single capitalised word in brackets after a job title names the
// employer, unless it names a tool, a licence or the town.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../build-lines';

const jobsOf = (entries: string, heading = 'EXPÉRIENCES') =>
  parseProfile(documentOf(plainLines(`Paul DURAND
paul.durand@gmail.com
${heading}
${entries}`), 'docx'), { referenceDate: new Date('2026-03-15') }).experiences.map((job) => [job.title, job.employer, job.location]);

describe('an employer in brackets after the title', () => {
  it('is read as the employer', () => {
    expect(jobsOf(`Manutentionnaire (Lidl)
2020 - 2023
Caissière (Auchan) 2018-2020`)).toEqual([
      ['Manutentionnaire', 'Lidl', null],
      ['Caissière', 'Auchan', null],
    ]);
    expect(jobsOf('2016 - 2018 : Warehouse operative (Amazon)', 'WORK EXPERIENCE')).toEqual([['Warehouse operative', 'Amazon', null]]);
  });

  it('is not a tool, a licence or a known town', () => {
    expect(jobsOf(`Cariste (CACES) 2016-2018
Préparateur de commandes (WMS) 2014-2016
Assistant comptable (SAP) 2012-2014
Secrétaire (Excel) 2010-2012
Chauffeur (SPL) 2008-2010
Serveur (Restauration) 2006-2008
Agent de sécurité (Nuit) 2004-2006`).map(([, employer]) => employer)).toEqual([null, null, null, null, null, null, null]);
    expect(jobsOf('Vendeuse (Lyon) 2018-2020')).toEqual([['Vendeuse', null, 'Lyon']]);
    expect(jobsOf('Vendeur (Marseille) 2018-2020')).toEqual([['Vendeur', null, 'Marseille']]);
  });

  it('is the town when the CV names that town elsewhere', () => {
    expect(jobsOf(`Vendeuse – Zara, Bron
2020 - 2023
Vendeuse (Bron) 2018-2020`)).toEqual([
      ['Vendeuse', 'Zara', 'Bron'],
      ['Vendeuse', null, 'Bron'],
    ]);
  });
});
