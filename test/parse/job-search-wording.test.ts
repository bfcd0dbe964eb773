// The search wording of a headline ("Recherche un poste de…", "En reconversion : …", "Seeking a
// position as…") is taken off the title and says the title is a job sought; titles that merely hold
// one of its words ("Chargé de recherche", "Post-doctorant") are left whole.
import { describe, expect, it } from 'vitest';
import { withoutJobSearchWording } from '../../lib/parse/job-search-wording';
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
