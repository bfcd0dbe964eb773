import { describe, expect, it } from 'vitest';
import { extractExperiences } from '../../lib/parse/extract-experiences';
import type { CvSection, TextLine } from '../../lib/types';
import { column, pdfLines, plainLines } from './build-lines';

const today = new Date('2026-03-15');
const jobs = (lines: TextLine[]) =>
  extractExperiences([{ kind: 'experience', heading: 'EXPÉRIENCES', lines } satisfies CvSection], today).map((job) => [job.title, job.employer, job.start, job.end]);

describe('extractExperiences', () => {
  it('reads dates first, then "title – employer, town", with indented bullets', () => {
    const lines = pdfLines(column(227, 200, 1, [
      { text: "Janv. 2019 – aujourd'hui", h: 9 },
      { text: 'Cariste – Hainaut Logistique Services, Rouvignies', bold: true, h: 10.5 },
      { text: 'Réception et mise en stock des palettes', indent: 14 },
      { text: 'Chargement des semi-remorques', indent: 14 },
      { text: 'Mars 2016 – Déc. 2018', h: 9 },
      { text: 'Préparateur de commandes (intérim) – Adecco, missions chez Cora', bold: true, h: 10.5 },
      { text: 'Préparation de commandes en frais et sec, 180 colis/heure', indent: 14 },
    ]));
    expect(jobs(lines)).toEqual([
      ['Cariste', 'Hainaut Logistique Services', '2019-01', 'present'],
      ['Préparateur de commandes', 'Adecco', '2016-03', '2018-12'],
    ]);
  });

  it('reads a title with right-aligned dates on the same row, the employer below', () => {
    const lines = plainLines(`Senior Care Assistant\tJun 2021 – Present
Brookfield House Care Home, Stockport
• Lead a team of four care assistants on day shifts
Care Assistant\tMar 2019 – May 2021
Brookfield House Care Home, Stockport
• Personal care, continence care, assisting with meals`);
    expect(jobs(lines)).toEqual([
      ['Senior Care Assistant', 'Brookfield House Care Home', '2021-06', 'present'],
      ['Care Assistant', 'Brookfield House Care Home', '2019-03', '2021-05'],
    ]);
  });

  it('reads the title above and "employer · dates" below it', () => {
    const lines = pdfLines(column(40, 170, 0, [
      { text: 'Vendeuse conseil', bold: true },
      { text: "Promod · Centre commercial de la Part-Dieu, Lyon · Sept. 2020 – aujourd'hui", h: 8.5 },
      { text: 'Accueil et conseil des clientes', indent: 12, h: 9 },
      { text: 'Meilleure vendeuse du magasin en décembre 2023', indent: 12, h: 9 },
      { text: 'Vendeuse (CDD saisonnier)', bold: true },
      { text: 'Decathlon Bron · Avr. – Juin 2019', h: 8.5 },
      { text: 'Rayon randonnée : conseil technique', indent: 12, h: 9 },
    ]));
    expect(jobs(lines)).toEqual([
      ['Vendeuse conseil', 'Promod', '2020-09', 'present'],
      ['Vendeuse', 'Decathlon Bron', '2019-04', '2019-06'],
    ]);
  });

  it('reads one-line jobs, "depuis" and a season', () => {
    const lines = plainLines(`Depuis 2018 : Agent de propreté, SAMSIC Propreté, Rouen – nettoyage de bureaux et cabinets médicaux
2015 - 2018 : Femme de chambre, Hôtel Ibis Rouen Centre
Été 2023 : Animateur (stage pratique BAFA), Centre de loisirs municipal de Longueau`);
    expect(jobs(lines)).toEqual([
      ['Agent de propreté', 'SAMSIC Propreté', '2018', 'present'],
      ['Femme de chambre', 'Hôtel Ibis Rouen Centre', '2015', '2018'],
      ['Animateur', 'Centre de loisirs municipal de Longueau', '2023', '2023'],
    ]);
  });

  it('tells the employer from the title when the employer comes first', () => {
    const lines = plainLines(`LEROY MERLIN – Cariste\t2019 – 2021
• Conduite de chariots frontaux
Carrefour Market, Lyon — Employé libre-service\t2016 – 2019`);
    expect(jobs(lines)).toEqual([
      ['Cariste', 'LEROY MERLIN', '2019', '2021'],
      ['Employé libre-service', 'Carrefour Market', '2016', '2019'],
    ]);
  });

  it('drops contract words and never takes the town for the title', () => {
    const lines = plainLines(`Agent de service hospitalier – CDI
EHPAD Korian Les Lilas, Maisons-Alfort · 01/2020 – ce jour
• Bionettoyage des chambres
Stage – Agent de quai
Transports Perrenot, Corbas · Avr. – Juin 2016`);
    expect(jobs(lines)).toEqual([
      ['Agent de service hospitalier', 'EHPAD Korian Les Lilas', '2020-01', 'present'],
      ['Agent de quai', 'Transports Perrenot', '2016-04', '2016-06'],
    ]);
  });

  it('starts no job at a date inside a description', () => {
    const lines = pdfLines(column(57, 300, 0, [
      { text: 'Class 1 Driver – Tramper, Jul 2016 – Present', bold: true },
      'XPO Logistics, Doncaster iPort',
      { text: 'Zero accidents and Driver of the Quarter twice (2019, 2023)', indent: 16 },
      { text: 'Walk-round vehicle checks and defect reporting', indent: 16 },
    ]));
    expect(jobs(lines)).toEqual([['Class 1 Driver – Tramper', 'XPO Logistics', '2016-07', 'present']]);
  });

  it('gives the lines it read as evidence', () => {
    const [job] = extractExperiences([{ kind: 'experience', heading: 'Parcours', lines: plainLines('2012 - 2017\tMaçon – Entreprise Da Costa et Fils, Cournon') }], today);
    expect(job?.evidence).toEqual({ text: '2012 - 2017\tMaçon – Entreprise Da Costa et Fils, Cournon', page: 1 });
    expect(job?.confidence).toBeGreaterThan(0.8);
  });
});
