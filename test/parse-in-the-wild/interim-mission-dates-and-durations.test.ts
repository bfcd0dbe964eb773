// Missions under a dated interim group that say when or how long: "(mars à mai 2019)",
// "(03/2020 - 08/2020)" are the mission's own dates; "(3 mois)", "(6 weeks)" place it nowhere in
// the group's period, so the mission keeps the group's dates and its duration as written.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (section: string, heading = 'EXPÉRIENCES PROFESSIONNELLES') =>
  parseProfile(documentOf(plainLines(`Mickaël Lefebvre\n06 45 78 12 33\n${heading}\n${section}`), 'docx'), { referenceDate: today })
    .experiences.map(({ title, employer, start, end, duration }) => ({ title, employer, start, end, duration }));

describe('interim missions with their own dates or durations', () => {
  it('keeps "Trade – Client (3 mois)" readable: the group\'s period and the duration as written', () => {
    expect(
      experiencesOf(`2019 - 2022 : Intérimaire – Adecco, Lille
Préparateur de commandes – Leroy Merlin (3 mois)
Cariste – Decathlon, Lompret (6 semaines)
Agent de quai – Geodis, Gondecourt – 2022 - 2025`),
    ).toEqual([
      { title: 'Préparateur de commandes', employer: 'Leroy Merlin', start: '2019', end: '2022', duration: '3 mois' },
      { title: 'Cariste', employer: 'Decathlon', start: '2019', end: '2022', duration: '6 semaines' },
      { title: 'Agent de quai', employer: 'Geodis', start: '2022', end: '2025', duration: undefined },
    ]);
  });

  it('reads an English temp group\'s "(6 weeks)" the same way', () => {
    expect(
      experiencesOf(`Temp work – Reed – 2015 - 2017
- Picker – Amazon (6 weeks)
- Warehouse operative – DHL, Coventry (3 months)`, 'EMPLOYMENT HISTORY'),
    ).toEqual([
      { title: 'Picker', employer: 'Amazon', start: '2015', end: '2017', duration: '6 weeks' },
      { title: 'Warehouse operative', employer: 'DHL', start: '2015', end: '2017', duration: '3 months' },
    ]);
  });

  it('gives bulleted missions their own dates instead of losing them', () => {
    expect(
      experiencesOf(`2019 - 2022 : Missions d'intérim – Adecco, Lille
- Préparateur de commandes – Leroy Merlin (mars à mai 2019)
- Cariste – Decathlon, Lompret (03/2020 - 08/2020)
- Manutentionnaire – Auchan (2 mois)
2018 : Vendeur – Kiabi, Lille`),
    ).toEqual([
      { title: 'Préparateur de commandes', employer: 'Leroy Merlin', start: '2019-03', end: '2019-05', duration: undefined },
      { title: 'Cariste', employer: 'Decathlon', start: '2020-03', end: '2020-08', duration: undefined },
      { title: 'Manutentionnaire', employer: 'Auchan', start: '2019', end: '2022', duration: '2 mois' },
      { title: 'Vendeur', employer: 'Kiabi', start: '2018', end: '2018', duration: undefined },
    ]);
  });

  it('reads dated mission lines as the group\'s missions, not the agencies as a job', () => {
    expect(
      experiencesOf(`Intérim – Adecco, Randstad (2019 – 2022)
Préparateur de commandes – Leroy Merlin (mars à mai 2019)
Cariste – Decathlon, Lompret (03/2020 - 08/2020)
Manutentionnaire – Auchan (2 mois)
Agent de quai – Geodis, Gondecourt – 2022 - 2025`),
    ).toEqual([
      { title: 'Préparateur de commandes', employer: 'Leroy Merlin', start: '2019-03', end: '2019-05', duration: undefined },
      { title: 'Cariste', employer: 'Decathlon', start: '2020-03', end: '2020-08', duration: undefined },
      { title: 'Manutentionnaire', employer: 'Auchan', start: '2019', end: '2022', duration: '2 mois' },
      { title: 'Agent de quai', employer: 'Geodis', start: '2022', end: '2025', duration: undefined },
    ]);
  });
});
