// "Électricien – Eiffage Énergie Systèmes" over "Grenoble | CDI | Mars 2019 – aujourd’hui": the
// date line gives the town and the contract, which name no employer, so the line above is the
// title and the employer. A description written without a bullet ("Installation de tableaux
// électriques, tirage de câbles") under one job is not the next job's header.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Julien Faure\n06 71 82 93 04\nEXPÉRIENCES\n${section}`), 'docx'), { referenceDate: today })
    .experiences.map(({ title, employer, location, start }) => ({ title, employer, location, start }));

describe('town and contract on the date line', () => {
  it('reads the title and the employer above, the town beside the dates', () => {
    expect(experiencesOf('Électricien – Eiffage Énergie Systèmes\nGrenoble | CDI | Mars 2019 – aujourd’hui')).toEqual([
      { title: 'Électricien', employer: 'Eiffage Énergie Systèmes', location: 'Grenoble', start: '2019-03' },
    ]);
  });

  it('does not take the previous job’s description for the next job’s header', () => {
    expect(experiencesOf(
      'Électricien – Eiffage Énergie Systèmes\nGrenoble | CDI | Mars 2019 – aujourd’hui\nInstallation de tableaux électriques, tirage de câbles, mise en service\nAide-électricien – Bernard Électricité\nVoiron (38) | Apprentissage | 2014 – 2016',
    )).toEqual([
      { title: 'Électricien', employer: 'Eiffage Énergie Systèmes', location: 'Grenoble', start: '2019-03' },
      { title: 'Aide-électricien', employer: 'Bernard Électricité', location: 'Voiron (38)', start: '2014' },
    ]);
  });
});
