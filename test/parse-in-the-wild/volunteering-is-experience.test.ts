// Volunteering counts as experience for a counsellor (France Travail's profile lists it with the
// jobs). A "Bénévolat", "Engagement associatif" or "Volunteering" section is read as experience:
// its roles, the association as the employer, "Bénévole" / "Volunteer" when only the association
// is named. A volunteering line among the hobbies is one entry too, once. None makes the headline.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });
const entries = (text: string) => parse(text).experiences.map(({ title, employer, location, start, end }) => ({ title, employer, location, start, end }));

const nadia = `Nadia Cherif
06 22 33 44 55
nadia.cherif@gmail.com
EXPÉRIENCES PROFESSIONNELLES
Employée polyvalente – McDonald's, Lille
2021 - 2024
Accueil clients, préparation des commandes, encaissement
ENGAGEMENT ASSOCIATIF
Restos du cœur, Lille
Depuis 2019
Distribution des colis alimentaires, accueil des familles
Trésorière – Association des parents d'élèves Jules Ferry
2020 - 2023
CENTRES D'INTÉRÊT
Cuisine, randonnée
Bénévole aux Restos du cœur`;

describe('volunteering read as experience', () => {
  it('reads an "Engagement associatif" section after the jobs, the association as the employer', () => {
    expect(entries(nadia)).toEqual([
      { title: 'Employée polyvalente', employer: "McDonald's", location: 'Lille', start: '2021', end: '2024' },
      { title: 'Bénévole', employer: 'Restos du cœur', location: 'Lille', start: '2019', end: 'present' },
      { title: 'Trésorière', employer: "Association des parents d'élèves Jules Ferry", location: null, start: '2020', end: '2023' },
    ]);
  });

  it('keeps ongoing volunteering out of the headline', () => {
    expect(parse(nadia).fields.jobTitle?.value).toBe('Employée polyvalente');
  });

  it('reads a "Bénévolat" section placed before the jobs, and an English "Volunteering" one', () => {
    expect(entries(`Lucas Martin
lucas.martin@gmail.com
Bénévolat
Animateur – Secours populaire, Roubaix
Depuis 2022
Expérience professionnelle
Cariste – Geodis, Lesquin
2019 - 2021`)).toEqual([
      { title: 'Cariste', employer: 'Geodis', location: 'Lesquin', start: '2019', end: '2021' },
      { title: 'Animateur', employer: 'Secours populaire', location: 'Roubaix', start: '2022', end: 'present' },
    ]);
    expect(entries(`Aoife Murphy
aoife.murphy@gmail.com
WORK EXPERIENCE
Care Assistant, Brookfield Care Home, Cork
2020 - Present
VOLUNTEERING
Volunteer, Cork Simon Community
2018 - 2020
Fundraising and street outreach
Coach, Ballincollig GAA Club
2016 - 2019`)).toEqual([
      { title: 'Care Assistant', employer: 'Brookfield Care Home', location: 'Cork', start: '2020', end: 'present' },
      { title: 'Volunteer', employer: 'Cork Simon Community', location: null, start: '2018', end: '2020' },
      { title: 'Coach', employer: 'Ballincollig GAA Club', location: null, start: '2016', end: '2019' },
    ]);
  });

  it('reads volunteering named among the hobbies, with its role and dates', () => {
    expect(entries(`Lucas Martin
lucas.martin@gmail.com
Expérience professionnelle
Cariste – Geodis, Lesquin
2019 - 2021
Loisirs
Football, cuisine, bénévolat
Très volontaire : toujours prêt à aider
Cuisine et bénévolat à la Croix-Rouge depuis 2018
Entraîneur bénévole au club de football de Lomme (2015 - 2019)`)).toEqual([
      { title: 'Cariste', employer: 'Geodis', location: 'Lesquin', start: '2019', end: '2021' },
      { title: 'Bénévole', employer: 'Croix-Rouge', location: null, start: '2018', end: 'present' },
      { title: 'Entraîneur bénévole', employer: 'Club de football de Lomme', location: null, start: '2015', end: '2019' },
    ]);
  });

  it('reads the association without the tasks in brackets, and the role said around the word', () => {
    expect(entries(`Paul Le Goff
paul.legoff@gmail.com
Expérience professionnelle
Moniteur d'auto-école – ECF, Lorient
2019 - 2021
Centres d'intérêt
Escalade, jeux de société, bénévolat au Fablab de Brest (initiation des jeunes à la programmation).
Vélo de route, éducateur bénévole des U13 au club de football de Lanester.
Volunteer coach at Ballincollig GAA Club`).slice(1)).toEqual([
      { title: 'Bénévole', employer: 'Fablab de Brest', location: null, start: null, end: null },
      { title: 'Éducateur bénévole des U13', employer: 'Club de football de Lanester', location: null, start: null, end: null },
      { title: 'Volunteer coach', employer: 'Ballincollig GAA Club', location: null, start: null, end: null },
    ]);
  });

  // Among the hobbies many write the kind of place, not its name: "the local food bank", "la banque
  // alimentaire". That is volunteering all the same; a hobby naming no organisation stays a hobby.
  it('reads volunteering at an organisation named by its kind, and leaves ordinary hobbies alone', () => {
    expect(entries(`Sean Byrne
sean.byrne@gmail.com
WORK EXPERIENCE
Care Assistant, Brookfield Care Home, Cork
2020 - Present
INTERESTS
Football, hill walking, reading
Volunteering at the local food bank
I volunteer at an animal shelter every Saturday
Volunteering at weekends, travelling abroad`).slice(1)).toEqual([
      { title: 'Volunteer', employer: 'Local food bank', location: null, start: null, end: null },
      { title: 'Volunteer', employer: 'Animal shelter', location: null, start: null, end: null },
    ]);
    expect(entries(`Inès Morel
ines.morel@gmail.com
Expérience professionnelle
Caissière – Lidl, Amiens
2021 - 2024
Loisirs
Cuisine, lecture, bénévolat
Bénévolat à la banque alimentaire depuis 2022
Bénévolat : aide aux devoirs`).slice(1)).toEqual([
      { title: 'Bénévole', employer: 'Banque alimentaire', location: null, start: '2022', end: 'present' },
    ]);
  });

  // One heading for both ("Loisirs et engagement associatif") is a hobbies heading: its volunteering
  // lines are read as the hobbies' are, and its hobbies are no job.
  it('reads a heading naming hobbies and volunteering together as the hobbies', () => {
    expect(entries(`Inès Morel
ines.morel@gmail.com
Expérience professionnelle
Caissière – Lidl, Amiens
2021 - 2024
Encaissement et mise en rayon
Loisirs et engagement associatif
Randonnée, cuisine
Bénévole à l'épicerie solidaire de Roubaix`).slice(1)).toEqual([
      { title: 'Bénévole', employer: 'Épicerie solidaire de Roubaix', location: null, start: null, end: null },
    ]);
  });
});
