// Job lines written as a phrase name the employer after a connector: "à la mairie de Limoges",
// "au sein du cabinet Durand", "au restaurant Le Zinc". The employer is read from there (and the
// town after the comma stays a town), while "au service comptabilité" or "à la chaîne" say what
// the job was, not who gave it.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Sandrine Roux\n06 55 44 33 22\nPARCOURS PROFESSIONNEL\n${section}`), 'docx'), { referenceDate: today })
    .experiences.map(({ title, employer, location }) => ({ title, employer, location }));

describe('the employer named in a phrase', () => {
  it('reads "à la mairie de", "au restaurant", "à l’hôpital" as the employer', () => {
    expect(experiencesOf('Agent de service en cantine scolaire à la mairie de Limoges de 2010 à 2016')).toEqual([
      { title: 'Agent de service en cantine scolaire', employer: 'Mairie de Limoges', location: null },
    ]);
    expect(experiencesOf('2015 - 2018 : Serveuse au restaurant Le Zinc, Marseille')).toEqual([{ title: 'Serveuse', employer: 'Restaurant Le Zinc', location: 'Marseille' }]);
    expect(experiencesOf('2015 - 2018 : Infirmière à l’hôpital Édouard Herriot, Lyon')).toEqual([{ title: 'Infirmière', employer: 'Hôpital Édouard Herriot', location: 'Lyon' }]);
  });

  it('reads "au sein de" as the employer, without "la société"', () => {
    expect(experiencesOf('Assistante de direction au sein du cabinet Durand (2015 - 2018)')).toEqual([{ title: 'Assistante de direction', employer: 'Cabinet Durand', location: null }]);
    expect(experiencesOf('2015 - 2018 : Agent de production au sein de la société Bonduelle')).toEqual([{ title: 'Agent de production', employer: 'Bonduelle', location: null }]);
  });

  it('reads a name in brackets that opens with a kind of organisation', () => {
    expect(experiencesOf('2001 - 2006 : Vendeuse en boulangerie (Boulangerie Pradeau)')).toEqual([{ title: 'Vendeuse en boulangerie', employer: 'Boulangerie Pradeau', location: null }]);
    expect(experiencesOf('2001 - 2006 : Réceptionniste (Hôtel 4 étoiles)')).toEqual([{ title: 'Réceptionniste (Hôtel 4 étoiles)', employer: null, location: null }]);
    expect(experiencesOf('2001 - 2006 : Vendeuse (Grande Distribution)')).toEqual([{ title: 'Vendeuse (Grande Distribution)', employer: null, location: null }]);
  });

  it('leaves a department, a post or a contract with its title', () => {
    expect(experiencesOf('2015 - 2018 : Employée au service comptabilité, Leclerc')).toEqual([{ title: 'Employée au service comptabilité', employer: 'Leclerc', location: null }]);
    expect(experiencesOf('2015 - 2018 : Agent à la chaîne, Renault Flins')).toEqual([{ title: 'Agent à la chaîne', employer: 'Renault Flins', location: null }]);
    expect(experiencesOf('2015 - 2018 : Magasinier au sein de l’équipe logistique, Decathlon')).toEqual([{ title: 'Magasinier au sein de l’équipe logistique', employer: 'Decathlon', location: null }]);
    expect(experiencesOf('2015 - 2018 : Stage à la mairie de Lyon')).toEqual([{ title: 'Stage à la mairie de Lyon', employer: null, location: null }]);
  });
});
