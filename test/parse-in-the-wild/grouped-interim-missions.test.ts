// Interim work written as a group: the status and the agency on the dated line, one line per
// mission under it (client, town, trade, how long). Each mission is one job: the trade its title,
// the client its employer (the agency when no client is named), the group's period its dates.
// Neither a client line nor the status is read as a job title.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (section: string, heading = 'EXPÉRIENCES PROFESSIONNELLES') =>
  parseProfile(documentOf(plainLines(`Mickaël Lefebvre\n06 45 78 12 33\n${heading}\n${section}`), 'docx'), { referenceDate: today })
    .experiences.map(({ title, employer, location, start, end }) => ({ title, employer, location, start, end }));

describe('grouped interim missions', () => {
  it('reads "Missions d\'intérim via Adecco (2019–2022)" over "- Client, Town : trade (3 mois)" as one job per mission', () => {
    expect(
      experiencesOf(`Missions d'intérim via Adecco (2019–2022)
- Leroy Merlin, Lesquin : préparateur de commandes (3 mois)
- Decathlon, Villeneuve-d'Ascq : cariste (6 mois)
- Auchan, Englos : employé libre-service (2 mois)
2022 - 2025 : Cariste - Kiabi Logistique, Lezennes`),
    ).toEqual([
      { title: 'Préparateur de commandes', employer: 'Leroy Merlin', location: 'Lesquin', start: '2019', end: '2022' },
      { title: 'Cariste', employer: 'Decathlon', location: "Villeneuve-d'Ascq", start: '2019', end: '2022' },
      { title: 'Employé libre-service', employer: 'Auchan', location: 'Englos', start: '2019', end: '2022' },
      { title: 'Cariste', employer: 'Kiabi Logistique', location: 'Lezennes', start: '2022', end: '2025' },
    ]);
  });

  it('reads "Intérimaire – Manpower, Randstad" over "Mission chez Decathlon : cariste" lines', () => {
    expect(
      experiencesOf(`2016 - 2023 Intérimaire – Manpower, Randstad
Mission chez Decathlon : cariste
Mission chez La Redoute : préparatrice de commandes
2023 - aujourd'hui Agent de quai – Geodis, Gondecourt`),
    ).toEqual([
      { title: 'Cariste', employer: 'Decathlon', location: null, start: '2016', end: '2023' },
      { title: 'Préparatrice de commandes', employer: 'La Redoute', location: null, start: '2016', end: '2023' },
      { title: 'Agent de quai', employer: 'Geodis', location: 'Gondecourt', start: '2023', end: 'present' },
    ]);
  });

  it('reads the status over the dates, the next job\'s header above its own dates, and a mission with no client under the agency', () => {
    expect(
      experiencesOf(`Intérim – Adecco, Randstad
2019 – 2022
Leroy Merlin, Lesquin : préparateur de commandes (3 mois)
Mission : manutentionnaire (6 semaines)
Magasinier – Castorama, Englos
2022 – 2024
Mise en rayon, réception des livraisons`),
    ).toEqual([
      { title: 'Préparateur de commandes', employer: 'Leroy Merlin', location: 'Lesquin', start: '2019', end: '2022' },
      { title: 'Manutentionnaire', employer: 'Adecco, Randstad', location: null, start: '2019', end: '2022' },
      { title: 'Magasinier', employer: 'Castorama', location: 'Englos', start: '2022', end: '2024' },
    ]);
  });

  it('reads "Temp assignments via Reed" over "Warehouse Operative, Amazon, Doncaster (3 months)"', () => {
    expect(
      experiencesOf(`Temp assignments via Reed, Sheffield — 2018 – 2020
- Warehouse Operative, Amazon, Doncaster (3 months)
- Picker Packer at Next Distribution (6 months)
Forklift Driver — Wilko, Worksop — 2020 – Present`, 'EMPLOYMENT HISTORY'),
    ).toEqual([
      { title: 'Warehouse Operative', employer: 'Amazon', location: 'Doncaster', start: '2018', end: '2020' },
      { title: 'Picker Packer', employer: 'Next Distribution', location: null, start: '2018', end: '2020' },
      { title: 'Forklift Driver', employer: 'Wilko', location: 'Worksop', start: '2020', end: 'present' },
    ]);
  });

  it('keeps the tasks under an interim job that names its trade as tasks', () => {
    expect(
      experiencesOf(`2018 - 2021 : Cariste en intérim (Adecco)
- Chargement et déchargement des camions
- Conduite de chariots élévateurs`),
    ).toEqual([{ title: 'Cariste', employer: 'Adecco', location: null, start: '2018', end: '2021' }]);
  });
});
