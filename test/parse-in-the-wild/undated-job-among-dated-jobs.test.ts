// A job written without dates between jobs that have theirs ("Bénévole – Restos du Cœur", or
// "Missions ponctuelles de baby-sitting" at the end) is still a job: kept with no dates, less surely
// than the dated ones, in its place in the list. Tasks, bulleted lines, sentences and a dated job's
// own contract line stay no job.
import { describe, expect, it } from 'vitest';
import type { ExperienceSuggestion } from '../../lib/parse/extract-experiences';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
// The parse stage gives each experience the confidence the review screen shows.
const experiencesOf = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today }).experiences as ExperienceSuggestion[];
const jobsOf = (text: string) => experiencesOf(text).map(({ title, employer, start, end }) => ({ title, employer, start, end }));

describe('an undated job among dated ones', () => {
  const cv = `Sophie Martin
06 12 34 56 78
sophie.martin@mail.fr
EXPÉRIENCES PROFESSIONNELLES
Vendeuse – Kiabi, Lille
2019 – 2022
Conseil client, encaissement, mise en rayon
Bénévole – Restos du Cœur
Distribution de repas, accueil des bénéficiaires
Caissière – Auchan, Villeneuve-d'Ascq
2016 – 2019
Encaissement et accueil
Missions ponctuelles de baby-sitting
FORMATION
CAP Employé de vente – Lycée Jean Moulin, 2015`;

  it('keeps it in its place, without dates', () => {
    expect(jobsOf(cv)).toEqual([
      { title: 'Vendeuse', employer: 'Kiabi', start: '2019', end: '2022' },
      { title: 'Bénévole', employer: 'Restos du Cœur', start: null, end: null },
      { title: 'Caissière', employer: 'Auchan', start: '2016', end: '2019' },
      { title: 'Missions ponctuelles de baby-sitting', employer: null, start: null, end: null },
    ]);
  });

  it('is less sure than the dated jobs, and no job title', () => {
    const [dated, undated] = experiencesOf(cv);
    expect(undated!.confidence).toBeLessThan(dated!.confidence);
    expect(undated!.confidence).toBeLessThanOrEqual(0.6);
    expect(parseProfile(documentOf(plainLines(cv), 'docx'), { referenceDate: today }).fields.jobTitle?.value).toBe('Vendeuse');
  });

  it('reads an English volunteer role between dated jobs', () => {
    expect(jobsOf(`Aisha Khan
07700 900456
WORK EXPERIENCE
Care Assistant – Sunrise Care Home, Leeds
Jan 2020 – Present
Personal care and medication rounds for 20 residents
Volunteer Driver – Age UK Leeds
Kitchen Porter – The Crown Inn, Leeds
Mar 2016 – Dec 2019`).map(({ title, start }) => ({ title, start }))).toEqual([
      { title: 'Care Assistant', start: '2020-01' },
      { title: 'Volunteer Driver', start: null },
      { title: 'Kitchen Porter', start: '2016-03' },
    ]);
  });

  it('reads no job from tasks, bullets, sentences, references or a dated job\'s contract line', () => {
    expect(jobsOf(`Thomas Leroy
06 12 34 56 78
EXPÉRIENCES
Assistant RH – Kiabi, Lille
2019 – 2020
Stage de fin d'études
Sous la responsabilité du responsable des ressources humaines
• Vendeuse en boutique le samedi
J'ai aussi travaillé comme serveur dans le restaurant de mes parents.
Référence : Mme Dupont, Responsable RH
Préparateur de commandes – Geodis
2016 – 2019
Responsable des retours fournisseurs`).map(({ title }) => title)).toEqual(['Assistant RH', 'Préparateur de commandes']);
  });

  // A short job written with its length instead of dates, right under a job with no tasks: it
  // names its own employer, so it is no second title of the job above.
  it('keeps an undated job that names its own employer right under a dated one, with its length', () => {
    const jobs = experiencesOf(`Sophie Martin
06 12 34 56 78
EXPÉRIENCES PROFESSIONNELLES
Conseillère de vente – Decathlon, Lyon
Depuis mars 2021
Stage de vente – Boulangerie Paul, Lyon
3 mois
Employée libre-service – Lidl, Bron
2019 – 2020
Hôtesse de caisse – Carrefour, Bron
2018 – 2019
Responsable de caisse
FORMATION
Bac pro Commerce – 2017`).map(({ title, employer, start, end, duration }) => ({ title, employer, start, end, duration }));
    expect(jobs).toEqual([
      { title: 'Conseillère de vente', employer: 'Decathlon', start: '2021-03', end: 'present', duration: undefined },
      { title: 'Stage de vente', employer: 'Boulangerie Paul', start: null, end: null, duration: '3 mois' },
      { title: 'Employée libre-service', employer: 'Lidl', start: '2019', end: '2020', duration: undefined },
      { title: 'Hôtesse de caisse', employer: 'Carrefour', start: '2018', end: '2019', duration: undefined },
    ]);
  });
});
