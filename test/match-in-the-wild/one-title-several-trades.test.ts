// "Réceptionniste" is exactly a label of the receptionist, the hotel concierge and the vet clinic's
// front desk: all three read at 1, in the same order on every CV. The CV tells which: an occupation
// whose name is qualified by what the CV never says ("vétérinaire" on a hotel CV, "hôtel" on a
// clinic's) comes after the others.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, OCCUPATION } from './cv-text';

const HOTEL_CONCIERGE = `${OCCUPATION}1ae8d28e-407c-48ab-88ff-4cb25bfcdea6`;
const VETERINARY_RECEPTIONIST = `${OCCUPATION}f00154a5-d27f-429e-b9a4-1d65c672cee7`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const receptionistCv = (employer: string, tasks: string[]): string =>
  ['Julie Martin', 'Réceptionniste', '06 12 34 56 78', 'EXPÉRIENCE PROFESSIONNELLE', `2019 – 2024 Réceptionniste – ${employer}`, ...tasks.map((task) => `• ${task}`)].join('\n');
const order = (cv: string): string[] => linkCv(cv, esco).occupations.map((occupation) => occupation.id);

describe('one title, several trades', () => {
  it('a vet clinic\'s receptionist: the vet front desk before the hotel concierge', () => {
    const ids = order(receptionistCv('Clinique vétérinaire des Lilas, Nantes', ['Accueil des propriétaires et des animaux', 'Prise de rendez-vous', 'Encaissement des consultations']));
    expect(ids.indexOf(VETERINARY_RECEPTIONIST)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(VETERINARY_RECEPTIONIST)).toBeLessThan(ids.indexOf(HOTEL_CONCIERGE));
  });

  it('a hotel\'s receptionist: the hotel concierge before the vet front desk', () => {
    const ids = order(receptionistCv('Hôtel Mercure, Lyon', ['Accueil des clients, check-in et check-out', 'Gestion des réservations']));
    expect(ids.indexOf(HOTEL_CONCIERGE)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(HOTEL_CONCIERGE)).toBeLessThan(ids.indexOf(VETERINARY_RECEPTIONIST) === -1 ? Infinity : ids.indexOf(VETERINARY_RECEPTIONIST));
  });
});
