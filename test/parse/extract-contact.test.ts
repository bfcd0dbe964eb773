import { describe, expect, it } from 'vitest';
import { extractEmail } from '../../lib/parse/extract-email';
import { extractLocation } from '../../lib/parse/extract-location';
import { extractName, splitName } from '../../lib/parse/extract-name';
import { extractPhone } from '../../lib/parse/extract-phone';
import { splitSections } from '../../lib/parse/split-sections';
import { column, pdfLines, plainLines } from './build-lines';

describe('splitName', () => {
  it.each([
    ['Julie MARTIN', 'Julie', 'MARTIN'],
    ['MARTIN Julie', 'Julie', 'MARTIN'],
    ['Jean-Baptiste LE GOFF', 'Jean-Baptiste', 'LE GOFF'],
    ['LE GOFF Jean-Baptiste', 'Jean-Baptiste', 'LE GOFF'],
    ['Marie-Claire de La Fontaine', 'Marie-Claire', 'de La Fontaine'],
    ['Karim Ben Salah', 'Karim', 'Ben Salah'],
    ['Ahmed BEN SALAH', 'Ahmed', 'BEN SALAH'],
    ['José Manuel FERREIRA', 'José Manuel', 'FERREIRA'],
    ["Sophie O'Brien", 'Sophie', "O'Brien"],
    // All in capitals, nothing in the case to go by: first name first, the particle starts the surname.
    ['JEAN-PIERRE DE LA TOUR', 'JEAN-PIERRE', 'DE LA TOUR'],
    ['de LA FONTAINE Jean', 'Jean', 'de LA FONTAINE'],
    ['Julie M. MARTIN', 'Julie M.', 'MARTIN'],
  ])('splits %s', (text, first, last) => {
    expect(splitName(text)).toEqual({ first, last });
  });

  // An initial is in capitals whatever the style, so a line of capitals with one used to read as
  // "surname first" with nothing left for the first name.
  it.each(['AB C DEFGH IJ', 'MOHAMED A BENALI', 'MARTIN Julie DUPONT', 'EE X PERIEN CE'])('never leaves a part empty: %s', (text) => {
    const split = splitName(text);
    expect(split?.first).toMatch(/\p{L}/u);
    expect(split?.last).toMatch(/\p{L}/u);
    expect(`${split?.first} ${split?.last}`).toBe(text);
  });
});

describe('extractName', () => {
  it('takes the biggest line of the header, not the street of the contact block', () => {
    const lines = pdfLines([
      ...column(23, 120, 0, [{ text: 'COORDONNÉES', bold: true, h: 11 }, 'Résidence Les Sablières', '18 rue Henri Barbusse, appt 42', '94000 Créteil']),
      ...column(204, 20, 1, [{ text: 'Fatoumata', h: 22, bold: true }, { text: 'DIALLO', h: 22, bold: true, gap: 24 }, { text: 'Agent de service hospitalier', h: 12 }]),
    ]);
    const contact = new Set(splitSections(lines).filter((section) => section.heading === 'COORDONNÉES').flatMap((section) => section.lines));
    const name = extractName(lines, contact);
    expect(name.firstName?.value).toBe('Fatoumata');
    expect(name.lastName?.value).toBe('DIALLO');
    expect(name.firstName?.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('joins a name set on two lines when OCR measured the two lines a little apart', () => {
    // OCR measures each line's ink: in one font size, "Fatoumata" came out at 30 pt, "DIALLO" at 24.
    const lines = pdfLines([
      ...column(23, 120, 0, [{ text: 'COORDONNÉES', h: 11 }, '18 rue Henri Barbusse', '94000 Créteil', { text: 'EHPAD Korian Les Lilas', h: 13 }]),
      ...column(204, 20, 1, [{ text: 'Fatoumata', h: 30.5 }, { text: 'DIALLO', h: 24.2, gap: 30 }, { text: 'Agent de service hospitalier', h: 12 }]),
    ]);
    const name = extractName(lines);
    expect(name.firstName?.value).toBe('Fatoumata');
    expect(name.lastName?.value).toBe('DIALLO');
  });

  it('never takes an employer written with its company form or an institution for a name', () => {
    // A scan reads the Europass logo as the biggest text, so the name is not the biggest line.
    const lines = pdfLines([
      ...column(100, 30, 0, [{ text: 'europass', h: 17 }, { text: 'INFORMATIONS', h: 10 }, { text: 'LE GOFF Jean-Baptiste', h: 15 }, 'Adresse 5 bis, rue de Siam, 29200 Brest']),
      ...column(80, 220, 1, [{ text: 'EXPÉRIENCE PROFESSIONNELLE', h: 10 }]),
      ...column(80, 240, 2, ['01/2016 - ce jour\tÉlectricien', { text: 'SARL Kerhoas Électricité', h: 10 }, { text: 'EHPAD Korian Les Lilas', h: 10 }]),
    ]);
    const name = extractName(lines);
    expect(name.lastName?.value).toBe('LE GOFF');
    expect(name.firstName?.value).toBe('Jean-Baptiste');
  });

  it('keeps apart a first name and a smaller line below it', () => {
    const lines = pdfLines([...column(40, 20, 0, [{ text: 'Fatoumata', h: 24 }, { text: 'Bionettoyage', h: 11 }, { text: 'Fatoumata DIALLO', h: 11 }])]);
    expect(extractName(lines).firstName?.value).not.toBe('Fatoumata Bionettoyage');
  });

  it('leaves out the degrees and titles around a name, and never takes a heading for one', () => {
    const lines = pdfLines([
      ...column(40, 60, 0, [
        { text: 'Hannah Pritchard BSc (Hons)', h: 20, bold: true },
        { text: 'Quantity Surveyor | Main contractor | Working towards MRICS', h: 11 },
        { text: 'KEY PROJECTS', h: 12, bold: true, gap: 30 },
        'Riverside Quarter Block C – 96 apartments',
      ]),
    ]);
    const name = extractName(lines);
    expect([name.firstName?.value, name.lastName?.value]).toEqual(['Hannah', 'Pritchard']);
    expect(name.firstName?.evidence.text).toBe('Hannah Pritchard BSc (Hons)');
    for (const [text, first, last] of [
      ['Dr Amina DIALLO, PhD', 'Amina', 'DIALLO'],
      ['Tom Reid MRICS', 'Tom', 'Reid'],
      ['Julie MARTIN', 'Julie', 'MARTIN'],
    ]) {
      const found = extractName(plainLines(`${text}\nQuantity Surveyor\n\nWORK HISTORY\nQS, Severn Ltd`));
      expect([found.firstName?.value, found.lastName?.value]).toEqual([first, last]);
    }
  });

  it('reads "Nom :" and "Prénom :" labels', () => {
    const name = extractName(plainLines('CURRICULUM VITAE\nNom : DUPONT\nPrénom : Léa\nTél : 06 11 22 33 44'));
    expect(name.lastName?.value).toBe('DUPONT');
    expect(name.firstName?.value).toBe('Léa');
  });

  it('reads a plain-text first line as the name, even in lower case', () => {
    const name = extractName(plainLines('amarjyot sodhi\nVoice and Accent Trainer\nSales Associate - Teleperformance'));
    expect(`${name.firstName?.value} ${name.lastName?.value}`).toBe('amarjyot sodhi');
  });

  it.each([
    ['JEAN-PIERRE DE LA TOUR', 'Jean-Pierre', 'DE LA TOUR'],
    ['MOHAMED A BENALI', 'Mohamed A', 'BENALI'],
  ])('a name all in capitals at the top of the page: %s', (text, first, last) => {
    const lines = pdfLines([
      { text, x: 56, y: 40, h: 22, bold: true },
      { text: 'Agent de maintenance', x: 56, y: 70, h: 13 },
      { text: 'jp.delatour@example.fr', x: 56, y: 90 },
    ]);
    const name = extractName(lines);
    // As the gold files write it: the first name in the usual case, the surname as written.
    expect(name.firstName?.value).toBe(first);
    expect(name.lastName?.value).toBe(last);
  });

  it('does not take a job title with acronyms for a name', () => {
    const name = extractName(plainLines('Arun Elumalai\nQA Tester\nChennai, Tamil Nadu'));
    expect(name.lastName?.value).toBe('Elumalai');
  });
});

describe('extractEmail and extractPhone', () => {
  const lines = plainLines(`Sandrine LEROY
8, allée des Tilleuls – 44300 NANTES
Domicile : 01 39 50 12 34 · Portable : 06 80 42 17 55
Mail : sandrine.leroy44@orange.fr`);

  it('finds the e-mail with its snippet', () => {
    expect(extractEmail(lines)).toMatchObject({ value: 'sandrine.leroy44@orange.fr', evidence: { text: 'sandrine.leroy44@orange.fr', page: 1 } });
  });

  // A scan may lose the dot of the domain; only a webmail provider's name tells where it was.
  it('reads back the dot a scan lost in a webmail domain, and nothing else', () => {
    expect(extractEmail(plainLines('06.71.22.48.93\nk.hamdi69@hotmailfr'))).toMatchObject({ value: 'k.hamdi69@hotmail.fr', confidence: 0.8 });
    expect(extractEmail(plainLines('gary.mcallister71@btinternetcom'))?.value).toBe('gary.mcallister71@btinternet.com');
    expect(extractEmail(plainLines('contact@boulangeriemartinfr'))).toBeUndefined();
  });

  // Templates that space a name out letter by letter space the contact line too.
  it('reads an e-mail spaced out letter by letter, and no spaced words without an @', () => {
    expect(extractEmail(plainLines('s o p h i e . m a r t i n @ g m a i l . c o m'))?.value).toBe('sophie.martin@gmail.com');
    expect(extractEmail(plainLines('06 12 34 56 78 | S O P H I E @ O R A N G E . F R | Lyon'))?.value).toBe('sophie@orange.fr');
    expect(extractEmail(plainLines('C O N T A C T\nP R O F I L'))).toBeUndefined();
  });

  // A PDF's text layer may put spaces around the dots of the domain; some write "arobase" as a word.
  it('reads an e-mail with spaces around its dots, or "arobase" written out, and no full stop after it', () => {
    expect(extractEmail(plainLines('marie.dupont@gmail .com'))?.value).toBe('marie.dupont@gmail.com');
    expect(extractEmail(plainLines('Mail : marie_dupont69 @ hotmail . fr'))?.value).toBe('marie_dupont69@hotmail.fr');
    expect(extractEmail(plainLines('Mail : marie.dupont arobase gmail.com'))?.value).toBe('marie.dupont@gmail.com');
    expect(extractEmail(plainLines('marie.dupont@wanadoo .fr . Lyon'))?.value).toBe('marie.dupont@wanadoo.fr');
  });

  it('prefers the mobile number and gives it in E.164', () => {
    expect(extractPhone(lines)).toMatchObject({ value: '+33680421755', evidence: { text: '06 80 42 17 55' } });
  });

  it('reads French numbers written with dots, dashes, 0033 or nothing between digits', () => {
    const written: [string, string][] = [
      ['Tél : 06.45.78.12.90', '+33645781290'],
      ['06-23-45-67-81', '+33623456781'],
      ['Téléphone 0033 6 98 76 54 32', '+33698765432'],
      ['0658123409', '+33658123409'],
    ];
    for (const [text, value] of written) {
      expect(extractPhone(plainLines(text))?.value).toBe(value);
    }
  });

  it('reads UK numbers, with the country given or not', () => {
    expect(extractPhone(plainLines('+44 (0)7911 123456'))?.value).toBe('+447911123456');
    expect(extractPhone(plainLines('Mob. 07911 123456'), 'GB')?.value).toBe('+447911123456');
  });

  it('takes no period of dates for a phone number', () => {
    expect(extractPhone(plainLines('2016 - 2018 Vendeuse\n2012 – 2015 Caissière'))).toBeUndefined();
  });

  it('takes no month-year period for a UK landline over a number reserved for fiction', () => {
    // "09/2016 – 03/2021" would be London's 020 1603 2021 without its trunk "0"; 07700 900xxx is
    // Ofcom's range for drama, which libphonenumber calls invalid, and test CVs use.
    const lines = plainLines('Helen McAllister\tMobile: 07700 900512\n09/2016 – 03/2021\tAccounts Assistant\n06/2012 – 08/2016\tOffice Administrator');
    expect(extractPhone(lines, 'GB')?.value).toBe('+447700900512');
    expect(extractPhone(plainLines('09/2019 – 06/2023 Customer Assistant'), 'GB')).toBeUndefined();
    expect(extractPhone(plainLines('Téléphone (+33) 6 12 34 56 47'), 'GB')?.value).toBe('+33612345647');
  });
});

describe('extractLocation', () => {
  const locate = (text: string) => {
    const found = extractLocation(splitSections(plainLines(text)));
    return { address: found.address?.value, postcode: found.postcode?.value, city: found.city?.value };
  };

  it('reads a UK postcode whose digit a scan read as the letter O', () => {
    expect(locate('Gary McAllister\n23 Balby Road, Doncaster, South Yorkshire, DN4 ORA | Tel: 07700 900 852')).toEqual({
      address: '23 Balby Road',
      postcode: 'DN4 0RA',
      city: 'Doncaster',
    });
    expect(locate('Gary McAllister\nLevel 2 NVQ OAK Carpentry\n07700 900 852').postcode).toBeUndefined();
  });

  it('reads UK addresses whose town is not just before the postcode', () => {
    // The county alone before the code, the town ending the line above.
    expect(locate('Nathan Osei\n27 Rockingham Road, Kettering\nNorthamptonshire NN16 8JS\n07700 900317')).toEqual({
      address: '27 Rockingham Road',
      postcode: 'NN16 8JS',
      city: 'Kettering',
    });
    // The postcode alone, a district before the town on the line above.
    expect(locate('Priya Mistry\nFlat 2, 41 Vyse Street\nHockley, Birmingham\nB18 6JY\n07700 900577')).toMatchObject({ postcode: 'B18 6JY', city: 'Birmingham' });
    // The town after the road with no comma, the flat and its building before it.
    expect(locate('Priya Sharma-Collins\nFlat 12, Albion Court, 88 Queens Road Leicester LE2 1TU\n+44 7700 900955')).toEqual({
      address: 'Flat 12, Albion Court, 88 Queens Road',
      postcode: 'LE2 1TU',
      city: 'Leicester',
    });
  });

  it('reads an address its label names in a footer, not an e-mail address', () => {
    const text = 'Mehdi BENALI\nAutomaticien mise en service\n\nEXPÉRIENCE\nAutomaticien, Isère Automation, Bourgoin-Jallieu\n\nFORMATION\nBTS CRSA – Lycée L’Oiselet, Bourgoin-Jallieu – 2015\nAdresse e-mail m.benali@example.fr\nAdresse 14 allée des Cerisiers, 38300 Bourgoin-Jallieu\tTél. 06 12 34 56 43';
    expect(locate(text)).toEqual({ address: '14 allée des Cerisiers', postcode: '38300', city: 'Bourgoin-Jallieu' });
  });

  it('reads a French street line and "postcode city"', () => {
    expect(locate('Mickaël FONTAINE\n27 rue Jean Jaurès\n59300 Valenciennes\n06 12 34 56 78')).toEqual({
      address: '27 rue Jean Jaurès',
      postcode: '59300',
      city: 'Valenciennes',
    });
  });

  it('reads an address on one line, with a label and the city in capitals', () => {
    expect(locate('Adresse : 5 bis, rue de Siam, 29200 BREST (France)')).toEqual({ address: '5 bis, rue de Siam', postcode: '29200', city: 'Brest' });
  });

  it('keeps building and flat details with the street', () => {
    expect(locate('12 avenue Georges Pompidou, Bât. C\nKARIM HAMDI\n69800 Saint-Priest').address).toBe('12 avenue Georges Pompidou, Bât. C');
  });

  it('reads UK addresses and leaves the county out', () => {
    expect(locate('23 Balby Road, Doncaster, South Yorkshire, DN4 0RA | Tel: 07700 900 852')).toEqual({
      address: '23 Balby Road',
      postcode: 'DN4 0RA',
      city: 'Doncaster',
    });
    expect(locate('Amy Whitfield\n7 Headingley Lane\nLeeds\nLS6 1BL')).toEqual({ address: '7 Headingley Lane', postcode: 'LS6 1BL', city: 'Leeds' });
  });

  it('reads a city with its département when there is no postcode', () => {
    expect(locate('Thomas Nguyen\nToulouse (31) – mobilité Occitanie')).toEqual({ address: undefined, postcode: undefined, city: 'Toulouse' });
  });

  it('never reads the place of birth', () => {
    expect(locate('Jean DUPONT\nNé le 03/04/1985 à 75014 Paris').postcode).toBeUndefined();
  });
});
