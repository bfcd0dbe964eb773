// A name written in one case says nothing of which word is the surname: "DUPONT MARIE", "Dupont
// Marie", "LE GOFF JEAN-BAPTISTE". French CVs often put the surname first; a known given name, a
// surname particle, a form's "Nom et prénom" label or an address such as zkowalczyk@ tells the order.
import { describe, expect, it } from 'vitest';
import { splitName } from '../../lib/parse/extract-name';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const nameOf = (header: string) => {
  const { fields } = parseProfile(documentOf(plainLines(`${header}
06 12 34 56 78
EXPÉRIENCES PROFESSIONNELLES
2019 - 2021 Cariste – Geodis, Corbas
FORMATION
CAP Logistique – 2017`), 'docx'), { referenceDate: today });
  return [fields.firstName?.value, fields.lastName?.value];
};

describe('a name in one case, surname first', () => {
  it('reads the known given name as the first name, wherever it stands', () => {
    expect(nameOf('DUPONT MARIE')).toEqual(['Marie', 'DUPONT']);
    expect(nameOf('MARIE DUPONT')).toEqual(['Marie', 'DUPONT']);
    expect(nameOf('Dupont Marie')).toEqual(['Marie', 'Dupont']);
    expect(nameOf('Mme DIALLO FATOUMATA')).toEqual(['Fatoumata', 'DIALLO']);
    expect(nameOf('DUPONT MARIE-CLAIRE')).toEqual(['Marie-Claire', 'DUPONT']);
    expect(nameOf('DUPONT DURAND MARIE')).toEqual(['Marie', 'DUPONT DURAND']);
  });

  it('keeps the cases that were right: a surname in capitals, a first name first', () => {
    expect(nameOf('DUPONT Marie')).toEqual(['Marie', 'DUPONT']);
    expect(nameOf('Marie DUPONT')).toEqual(['Marie', 'DUPONT']);
    expect(nameOf('Marie Claire Dupont')).toEqual(['Marie Claire', 'Dupont']);
    expect(nameOf('Karim Ben Salah')).toEqual(['Karim', 'Ben Salah']);
  });

  it('lets a given name that is a common surname too give way: "MARTIN SOPHIE", "THOMAS MARTIN"', () => {
    expect(nameOf('MARTIN SOPHIE')).toEqual(['Sophie', 'MARTIN']);
    expect(nameOf('THOMAS MARTIN')).toEqual(['Thomas', 'MARTIN']);
    // A foreign first name before a given name used as a surname stays first.
    expect(splitName('Sarfaraz Ahmad')).toEqual({ first: 'Sarfaraz', last: 'Ahmad' });
    expect(splitName('Fenil Francis')).toEqual({ first: 'Fenil', last: 'Francis' });
  });

  it('reads a surname particle as the start of a surname written first', () => {
    expect(nameOf('LE GOFF JEAN-BAPTISTE')).toEqual(['Jean-Baptiste', 'LE GOFF']);
    expect(nameOf('BEN SALAH KARIM')).toEqual(['Karim', 'BEN SALAH']);
    expect(nameOf('DA SILVA MARIA')).toEqual(['Maria', 'DA SILVA']);
  });

  it('takes the order from a "Nom et prénom" label or an address of initial and surname', () => {
    expect(nameOf('Nom et prénom : KOWALCZYK ZBIGNIEW')).toEqual(['Zbigniew', 'KOWALCZYK']);
    expect(nameOf('Prénom et nom : ZBIGNIEW KOWALCZYK')).toEqual(['Zbigniew', 'KOWALCZYK']);
    expect(nameOf('KOWALCZYK ZBIGNIEW\nzkowalczyk@gmail.com')).toEqual(['Zbigniew', 'KOWALCZYK']);
    expect(nameOf('ZBIGNIEW KOWALCZYK\nzkowalczyk@gmail.com')).toEqual(['Zbigniew', 'KOWALCZYK']);
    // A full "nom.prenom" address is no sure sign: many write it so whatever their CV says.
    expect(nameOf('ZBIGNIEW KOWALCZYK\nkowalczyk.zbigniew@gmail.com')).toEqual(['Zbigniew', 'KOWALCZYK']);
  });

  it('reads an English CV\'s name given name first, even when the surname is a given name elsewhere', () => {
    const englishName = (header: string) => {
      const { fields } = parseProfile(documentOf(plainLines(`${header}
07700 900901
EMPLOYMENT
2019 - 2021 Lifeguard – Active Leisure Trust, Bristol
EDUCATION
BTEC Level 3 Sport – 2017`), 'docx'), { referenceDate: today });
      return [fields.firstName?.value, fields.lastName?.value];
    };
    expect(englishName('Hodan Farah')).toEqual(['Hodan', 'Farah']);
    // An address of a given name and an initial after it tells no order.
    expect(englishName('Gintarė Petrauskaitė\ngintare.p@example.com')).toEqual(['Gintarė', 'Petrauskaitė']);
    // Capitals and an initial-and-surname address still tell it.
    expect(englishName('FARAH Hodan')).toEqual(['Hodan', 'FARAH']);
    expect(englishName('KOWALCZYK ZBIGNIEW\nzkowalczyk@example.com')).toEqual(['Zbigniew', 'KOWALCZYK']);
  });
});
