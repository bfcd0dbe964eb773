// An English CV from Ireland: the address ends with an Eircode ("D22 X7K4") after a Dublin postal
// district or a county ("Co. Kildare"), the phone is +353, and the diplomas are Ireland's: the
// Leaving Certificate (the school-leaving exam, a diploma despite its name) taken at a "Coláiste",
// and a QQI award. Certificates such as Safe Pass stay certificates.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });
const address = (text: string) => {
  const { fields } = parse(`Aoife Byrne\n${text}\n+353 85 765 4321\nEXPERIENCE\nBarista – Insomnia, Cork\n2020 - 2022`);
  return { address: fields.address?.value, postcode: fields.postcode?.value, city: fields.city?.value };
};

describe('a CV from Ireland', () => {
  const profile = parse(`Ciarán O'Sullivan
Warehouse Operative / Forklift Driver
14 Castle Avenue, Clondalkin, Dublin 22, D22 X7K4
+353 87 123 4567 | ciaran.osullivan@gmail.com
PERSONAL STATEMENT
Reliable warehouse operative with 6 years' experience in busy distribution centres.
EMPLOYMENT HISTORY
Forklift Driver – Musgrave Wholesale Partners, Ballymun, Dublin 11
March 2021 – Present
Loading and unloading trucks, stock rotation, reach truck operation
Warehouse Operative – Primark Distribution Centre, Newbridge, Co. Kildare
June 2018 – February 2021
Picking and packing orders using RF scanners
EDUCATION
QQI Level 5 Certificate in Warehousing and Distribution – Ballyfermot College of Further Education, 2018
Leaving Certificate – Coláiste Bríde, Clondalkin, 2016
CERTIFICATES
Safe Pass (valid to 2027)
Manual Handling Certificate
DRIVING LICENCE
Full clean Irish driving licence (Category B)
LANGUAGES
English (native), Irish (intermediate)`);

  it('reads the Eircode, the town without its postal district, and the Irish phone number', () => {
    const value = (key: keyof typeof profile.fields) => profile.fields[key]?.value;
    expect([value('address'), value('postcode'), value('city'), value('phone')]).toEqual(['14 Castle Avenue', 'D22 X7K4', 'Dublin', '+353871234567']);
  });

  it('reads the Leaving Certificate as a diploma, its school without the town', () => {
    expect(profile.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: 'QQI Level 5 Certificate in Warehousing and Distribution', school: 'Ballyfermot College of Further Education', end: '2018' },
      { degree: 'Leaving Certificate', school: 'Coláiste Bríde', end: '2016' },
    ]);
    expect(profile.certifications.map((certification) => certification.label)).toEqual(['Safe Pass', 'Manual Handling Certificate']);
  });

  it('reads the jobs, the licence and the languages', () => {
    expect(profile.experiences.map(({ title, employer, location, start, end }) => ({ title, employer, location, start, end }))).toEqual([
      { title: 'Forklift Driver', employer: 'Musgrave Wholesale Partners', location: 'Dublin', start: '2021-03', end: 'present' },
      { title: 'Warehouse Operative', employer: 'Primark Distribution Centre', location: 'Newbridge', start: '2018-06', end: '2021-02' },
    ]);
    expect(profile.drivingLicences).toEqual(['B']);
    expect(profile.languages.map(({ language, level }) => ({ language, level }))).toEqual([{ language: 'en', level: 'C2' }, { language: 'ga', level: 'B1' }]);
  });

  it('reads an Eircode after a county, with the country, or on a line of its own', () => {
    expect(address('Apt 5, The Maltings, Bray, Co. Wicklow A98 X2Y3')).toEqual({ address: 'Apt 5, The Maltings', postcode: 'A98 X2Y3', city: 'Bray' });
    expect(address('12 Main Street, Newbridge, Co. Kildare, W12 P9K3, Ireland')).toEqual({ address: '12 Main Street', postcode: 'W12 P9K3', city: 'Newbridge' });
    expect(address('14 Castle Avenue\nClondalkin\nDublin 22\nD22 X7K4')).toEqual({ address: '14 Castle Avenue', postcode: 'D22 X7K4', city: 'Dublin' });
  });

  // Many Dublin addresses give the postal district and no Eircode: the district says the town
  // ("Paris 15e" does too); the suburb before it is no town of its own, for the candidate or a job.
  it('reads Dublin from its postal district when no Eircode follows', () => {
    expect(address('12 Main Street, Ballymun, Dublin 11')).toEqual({ address: '12 Main Street', postcode: undefined, city: 'Dublin' });
    expect(address('Flat 3, 45 Griffith Avenue\nDrumcondra, Dublin 9, Ireland')).toEqual({ address: 'Flat 3, 45 Griffith Avenue', postcode: undefined, city: 'Dublin' });
    expect(address('8 Cherry Orchard Drive, Dublin 10')).toEqual({ address: '8 Cherry Orchard Drive', postcode: undefined, city: 'Dublin' });
  });

  it('reads the town before the county when no Eircode follows, not a street or an estate', () => {
    expect(address('22 Oak Park, Swords, Co. Dublin')).toEqual({ address: '22 Oak Park', postcode: undefined, city: 'Swords' });
    expect(address('Ballincollig, Co. Cork, Ireland')).toEqual({ address: undefined, postcode: undefined, city: 'Ballincollig' });
    expect(address('Main Street, Co. Cork').city).toBeUndefined();
  });
});
