// The search wording of a headline ("Recherche un poste de…", "En reconversion : …", "Seeking a
// position as…") is taken off the title and says the title is a job sought; titles that merely hold
// one of its words ("Chargé de recherche", "Post-doctorant") are left whole.
import { describe, expect, it } from 'vitest';
import { jobSoughtInSentence, withoutJobSearchWording } from '../../lib/parse/job-search-wording';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from './build-lines';

describe('withoutJobSearchWording', () => {
  it.each([
    ['Recherche active d’emploi – Préparateur de commandes', 'Préparateur de commandes'],
    ['En recherche d’un poste d’agent de quai', 'agent de quai'],
    ['Je cherche un emploi comme plongeur', 'plongeur'],
    ['Candidate au poste de secrétaire médicale', 'secrétaire médicale'],
    ['Poste souhaité : Magasinier', 'Magasinier'],
    ['En reconversion pour devenir boulanger', 'boulanger'],
    ['Futur électricien', 'électricien'],
    ['Looking for work as a kitchen porter', 'kitchen porter'],
    ["I'm currently seeking a role as a care assistant", 'care assistant'],
    ['Aspiring data analyst', 'data analyst'],
    ['Je souhaite devenir aide-soignante', 'aide-soignante'],
    ['Souhaite travailler comme agent de sécurité', 'agent de sécurité'],
    ['Seeking employment as a warehouse operative', 'warehouse operative'],
    ['Recherche d’un stage de cuisinier', 'cuisinier'],
  ])('"%s" seeks "%s"', (headline, title) => {
    expect(withoutJobSearchWording(headline)).toEqual({ title, sought: true });
  });

  it.each(['Chargé de recherche', 'Recherche et développement', 'Recherche de fuites', 'Futures trader', 'Ingénieur recherche clinique', 'Post-doctorant', 'Je suis aide-soignante', 'Agent de production'])(
    '"%s" is a title as written',
    (title) => {
      expect(withoutJobSearchWording(title)).toEqual({ title, sought: false });
    },
  );

  it('leaves nothing of a search that names no job', () => {
    expect(withoutJobSearchWording('En reconversion')).toEqual({ title: '', sought: true });
  });
});

describe('a headline that says the job sought, in the parse stage', () => {
  const cv = (headline: string) =>
    ['Julien Morel', headline, '06 22 33 44 55', 'julien.morel@free.fr', 'EXPÉRIENCE PROFESSIONNELLE', '2018 – 2024 Vendeur – Décathlon, Nantes', '• Conseil client'].join('\n');
  const jobTitleOf = (headline: string) => parseProfile(documentOf(plainLines(cv(headline)), 'docx'), { referenceDate: new Date('2026-11-30') }).fields.jobTitle;

  it('is the headline, written as it is', () => {
    expect(jobTitleOf('À la recherche d’un poste de magasinier')?.value).toBe('À la recherche d’un poste de magasinier');
    expect(jobTitleOf('Seeking a position as a warehouse operative')?.value).toBe('Seeking a position as a warehouse operative');
  });

  it('without a job in it, is a note of the headline, not a title: the current job is', () => {
    const jobTitle = jobTitleOf('En recherche active d’emploi');
    expect(jobTitle?.value).toBe('Vendeur');
    expect(jobTitle?.confidence).toBeLessThan(0.6);
  });
});

describe('jobSoughtInSentence', () => {
  it.each([
    ["Compassionate care assistant with 7 years' experience. Seeking a senior carer or team leader post in a nursing home in the Birmingham area.", 'senior carer'],
    ['Warehouse supervisor for 9 years. Looking for a team leader or shift supervisor role.', 'team leader'],
    ['Magasinier depuis 6 ans, je souhaite évoluer vers un poste de cariste en CDI.', 'cariste'],
    ['Je recherche un emploi de vendeuse à temps partiel.', 'vendeuse'],
    ["À la recherche d'un poste d'agent de quai dans la région lyonnaise.", 'agent de quai'],
    ['Looking for a role as a kitchen porter in Leeds', 'kitchen porter'],
  ])('"%s" seeks "%s"', (sentence, title) => {
    expect(jobSoughtInSentence(sentence)?.title).toBe(title);
  });

  it('gives what follows the search words when they name no job: the caller checks it is one', () => {
    expect(jobSoughtInSentence('Je recherche un poste en EHPAD ou en SSIAD sur la métropole lilloise.')?.title).toBe('poste');
    expect(jobSoughtInSentence('Aide-soignante depuis 8 ans, patiente et à l’écoute.')).toBeNull();
  });
});

describe('the job sought said in the profile, in the parse stage', () => {
  const cv = (profile: string, headline = '') =>
    ['Julien Morel', ...(headline ? [headline] : []), '06 22 33 44 55', 'julien.morel@free.fr', 'PROFIL', profile, 'EXPÉRIENCE PROFESSIONNELLE', '2018 – 2024 Magasinier – Décathlon, Nantes', '• Réception des marchandises'].join('\n');
  const jobTitleOf = (profile: string, headline?: string) => parseProfile(documentOf(plainLines(cv(profile, headline)), 'docx'), { referenceDate: new Date('2026-11-30') }).fields.jobTitle;

  it('is the title before the last job held', () => {
    const jobTitle = jobTitleOf('Magasinier depuis six ans, je souhaite évoluer vers un poste de cariste en CDI.');
    expect(jobTitle?.value).toBe('Cariste');
    expect(jobTitle?.confidence).toBe(0.7);
  });

  it('comes after a headline', () => {
    expect(jobTitleOf('Je souhaite évoluer vers un poste de cariste.', 'Préparateur de commandes')?.value).toBe('Préparateur de commandes');
  });

  it.each(['Je recherche un poste en CDI dans la région nantaise.', 'Reliable and hard-working, looking for a senior role.'])('is no title when the sentence names no job: "%s"', (profile) => {
    const jobTitle = jobTitleOf(profile);
    expect(jobTitle?.value).toBe('Magasinier');
    expect(jobTitle?.confidence).toBeLessThan(0.6);
  });
});
