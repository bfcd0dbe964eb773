import { describe, expect, it } from 'vitest';
import type { TextLine } from '../../lib/types';
import { joinWrappedLines } from '../../lib/parse/join-wrapped-lines';
import { mergeLabelColumns } from '../../lib/parse/merge-label-column';
import { splitInlineHeadings } from '../../lib/parse/split-inline-headings';
import { matchHeading, splitSections } from '../../lib/parse/split-sections';
import { column, pdfLines, plainLines } from './build-lines';

const kinds = (lines: Parameters<typeof splitSections>[0]) => splitSections(lines).map((section) => [section.kind, section.heading, section.lines.map((line) => line.text)]);

describe('matchHeading', () => {
  it.each([
    ['Expériences professionnelles', 'experience'],
    ['PARCOURS PROFESSIONNEL', 'experience'],
    ['Formation', 'education'],
    ['DIPLÔMES ET FORMATIONS', 'education'],
    ['Savoir-faire', 'skills'],
    ['SAVOIR-ÊTRE', 'softSkills'],
    ['Qualités', 'softSkills'],
    ['Langues :', 'languages'],
    ['Permis de conduire', 'licences'],
    ['Certifications & habilitations', 'certifications'],
    ["Centres d'intérêt", 'interests'],
    ['Profil', 'profile'],
    ['Work history', 'experience'],
    ['Education & Qualifications', 'education'],
    ['Training & certificates', 'certifications'],
    ['Key skills', 'skills'],
    ['■ EXPÉRIENCES', 'experience'],
    ['E X P É R I E N C E', 'experience'],
    ['EXPÉRIENCESPROFESSIONNELLES', 'experience'],
  ])('%s is a %s heading', (text, kind) => {
    expect(matchHeading(text)?.kind).toBe(kind);
  });

  it('is not fooled by a sentence or a diploma', () => {
    expect(matchHeading('Licence professionnelle logistique')).toBeUndefined();
    expect(matchHeading('Expérience de 5 ans en entrepôt, cariste confirmé')).toBeUndefined();
  });
});

describe('splitSections', () => {
  it('keeps bold entry titles inside their section, even after one that starts with a section word', () => {
    // "Formation barbier (35 h)" starts with "Formation" and is set like the job titles above it:
    // it must not teach that bold style to the heading detector.
    const lines = pdfLines(
      column(200, 40, 0, [
        { text: 'EXPÉRIENCE', bold: true, h: 12 },
        { text: 'Coiffeuse coloriste', bold: true, h: 11 },
        "L'Atelier Capillaire, Tours | depuis 2021",
        "Je réalise les colorations, les mèches et les balayages.",
        { text: 'Apprentie coiffeuse', bold: true, h: 11 },
        'Salon Chez Nadine, Saint-Avertin | 2015 – 2017',
        { text: 'FORMATION', bold: true, h: 12 },
        { text: 'BP Coiffure', bold: true, h: 11 },
        'CFA des Métiers de Joué-lès-Tours | 2019',
        { text: 'Formation barbier (35 h)', bold: true, h: 11 },
        "Académie L'Oréal, Paris | 2023",
      ]),
    );
    expect(splitSections(lines).map((section) => [section.kind, section.lines.length])).toEqual([
      ['experience', 5],
      ['education', 4],
    ]);
  });

  it('reads a heading with a possessive ("Mes points forts", "My skills")', () => {
    expect(matchHeading('MES POINTS FORTS')?.kind).toBe('softSkills');
    expect(matchHeading('My skills')?.kind).toBe('skills');
  });

  it('cuts a plain-text CV at its headings', () => {
    expect(kinds(plainLines(`Julie MARTIN
Vendeuse
EXPÉRIENCES
Vendeuse conseil – Promod
FORMATION
Bac pro Commerce
LANGUES
Anglais B1`))).toEqual([
      ['header', null, ['Julie MARTIN', 'Vendeuse']],
      ['experience', 'EXPÉRIENCES', ['Vendeuse conseil – Promod']],
      ['education', 'FORMATION', ['Bac pro Commerce']],
      ['languages', 'LANGUES', ['Anglais B1']],
    ]);
  });

  it('reads a left sidebar and the main column as their own sections', () => {
    const lines = pdfLines([
      ...column(23, 150, 0, [{ text: 'CONTACT', bold: true, h: 11 }, '27 rue Jean Jaurès', { text: 'LANGUES', bold: true, h: 11 }, 'Anglais : notions']),
      ...column(227, 30, 1, [{ text: 'Mickaël FONTAINE', h: 24 }, { text: 'Cariste', h: 13, bold: true }, { text: 'EXPÉRIENCES', bold: true, h: 12.5 }, 'Janv. 2019 – aujourd\'hui']),
    ]);
    expect(kinds(lines)).toEqual([
      ['header', 'CONTACT', ['27 rue Jean Jaurès']],
      ['languages', 'LANGUES', ['Anglais : notions']],
      ['header', null, ['Mickaël FONTAINE', 'Cariste']],
      ['experience', 'EXPÉRIENCES', ["Janv. 2019 – aujourd'hui"]],
    ]);
  });

  it('goes on with the section of the same column on the next page', () => {
    const lines = pdfLines([
      ...column(40, 700, 0, [{ text: 'EXPÉRIENCES', bold: true, h: 12 }, 'Cariste\t2019 – 2021']),
      ...column(40, 40, 0, ['Magasinier\t2016 – 2019']).map((line) => ({ ...line, page: 2 })),
    ]);
    expect(kinds(lines)).toEqual([
      ['experience', 'EXPÉRIENCES', ['Cariste\t2019 – 2021']],
      ['experience', 'EXPÉRIENCES', ['Magasinier\t2016 – 2019']],
    ]);
  });

  it('splits two sections set side by side on shared rows', () => {
    const lines = pdfLines([
      { text: 'COMPÉTENCES\tLANGUES', x: 50, y: 470, bold: true, h: 11 },
      { text: 'Préparation de commandes\tArabe : bilingue', x: 57, y: 490 },
      { text: 'Gestion des stocks (SAP)', x: 57, y: 502 },
      { text: 'Permis B + véhicule personnel', x: 312, y: 514 },
    ]);
    expect(kinds(lines)).toEqual([
      ['skills', 'COMPÉTENCES', ['Préparation de commandes', 'Gestion des stocks (SAP)']],
      ['languages', 'LANGUES', ['Arabe : bilingue', 'Permis B + véhicule personnel']],
    ]);
  });

  it('joins a heading set on two lines and cuts a heading off a table row', () => {
    const lines = splitInlineHeadings(pdfLines([
      { text: 'EXPÉRIENCE', x: 119, y: 227, bold: true, h: 9 },
      { text: 'PROFESSIONNELLE', x: 86, y: 237, bold: true, h: 9 },
      { text: '01/2016 – ce jour\tÉlectricien', x: 112, y: 254 },
      { text: 'LANGUAGES Welsh – fluent (first language) · English – fluent', x: 45, y: 630 },
      { text: 'Software: Word, Excel', x: 188, y: 602 },
    ].sort((a, b) => a.y - b.y)));
    expect(kinds(lines).map(([kind, heading]) => [kind, heading])).toEqual([
      ['experience', 'EXPÉRIENCE PROFESSIONNELLE'],
      ['languages', 'LANGUAGES'],
    ]);
  });

  it('puts a Europass label column back on its rows', () => {
    const labels = [
      { text: 'Adresse', x: 150, y: 102, w: 32, block: 0 },
      { text: 'Téléphone', x: 141, y: 118, w: 41, block: 0 },
      { text: 'Courrier électronique', x: 97, y: 134, w: 85, block: 0 },
      { text: 'EXPÉRIENCE', x: 119, y: 227, w: 63, bold: true, block: 0 },
      { text: 'PROFESSIONNELLE', x: 86, y: 237, w: 96, bold: true, block: 0 },
      { text: '01/2016 – ce jour', x: 112, y: 254, w: 70, block: 0 },
    ];
    const content = [
      { text: '5 bis, rue de Siam, 29200 Brest', x: 194, y: 102, block: 1 },
      { text: '0033 6 98 76 54 32', x: 194, y: 118, block: 1 },
      { text: 'jb.legoff@laposte.net', x: 194, y: 134, block: 1 },
      { text: 'Électricien N3P2', x: 194, y: 254, block: 1 },
      { text: 'SARL Kerhoas Électricité', x: 194, y: 265, block: 1 },
    ];
    const lines = joinWrappedLines(mergeLabelColumns(pdfLines([...labels, ...content])));
    expect(lines.map((line) => line.text)).toEqual([
      'Adresse\t5 bis, rue de Siam, 29200 Brest',
      'Téléphone\t0033 6 98 76 54 32',
      'Courrier électronique\tjb.legoff@laposte.net',
      'EXPÉRIENCE',
      'PROFESSIONNELLE',
      '01/2016 – ce jour\tÉlectricien N3P2',
      'SARL Kerhoas Électricité',
    ]);
  });
});

describe('mergeLabelColumns', () => {
  const texts = (placed: Parameters<typeof pdfLines>[0]) => mergeLabelColumns(pdfLines(placed)).map((line) => line.text);

  it('puts a right-aligned column of values back on its rows', () => {
    expect(texts([
      { text: 'LANGUES', x: 431, y: 447, bold: true, h: 11, block: 3 },
      { text: 'Anglais', x: 431, y: 472, block: 3 },
      { text: 'Espagnol', x: 431, y: 488, block: 3 },
      { text: 'B1', x: 561, y: 472, block: 4 },
      { text: 'A2', x: 561, y: 488, block: 4 },
    ])).toEqual(['LANGUES', 'Anglais\tB1', 'Espagnol\tA2']);
  });

  it('puts the keys of a two-column table back on their rows', () => {
    expect(texts([
      { text: 'Driving licence', x: 57, y: 176, bold: true, block: 2 },
      { text: 'Driver CPC', x: 57, y: 195, bold: true, block: 2 },
      { text: 'Categories B, C, C+E – 3 points', x: 204, y: 176, block: 3 },
      { text: 'Driver Qualification Card valid until 09/2028', x: 204, y: 195, block: 3 },
    ])).toEqual(['Driving licence\tCategories B, C, C+E – 3 points', 'Driver CPC\tDriver Qualification Card valid until 09/2028']);
  });

  it('leaves a name and the contact block beside it apart', () => {
    expect(texts([
      { text: 'Nathalie DUPONT-MOREL', x: 57, y: 52, h: 18, bold: true, block: 0 },
      { text: 'Assistante administrative et comptable', x: 57, y: 80, h: 12, block: 0 },
      { text: '31, rue Chabot-Charny', x: 438, y: 51, block: 1 },
      { text: '03 80 45 12 78', x: 473, y: 79, block: 1 },
    ])).toEqual(['Nathalie DUPONT-MOREL', 'Assistante administrative et comptable', '31, rue Chabot-Charny', '03 80 45 12 78']);
  });
});

describe('joinWrappedLines', () => {
  it('joins a list item cut by the column edge but not the next item', () => {
    const lines = joinWrappedLines(pdfLines([
      { text: 'Réception et mise en stock des palettes (chariot frontal cat. 3 et', x: 241, y: 244, w: 296 },
      { text: 'rétractable cat. 5)', x: 241, y: 255, w: 80 },
      { text: 'Chargement des semi-remorques, contrôle des bons de livraison', x: 241, y: 268, w: 290 },
      { text: 'Réapprovisionnement des zones de picking', x: 241, y: 282, w: 200 },
    ]));
    expect(lines.map((line) => line.text)).toEqual([
      'Réception et mise en stock des palettes (chariot frontal cat. 3 et rétractable cat. 5)',
      'Chargement des semi-remorques, contrôle des bons de livraison',
      'Réapprovisionnement des zones de picking',
    ]);
  });

  it('joins the two rows of a date cell cut in a table', () => {
    const lines = joinWrappedLines(pdfLines([
      { text: 'Mars 2014 – Sept.\tCollaborateur comptable, Cabinet Fiducial Expertise,', x: 148, y: 260 },
      { text: '2019\tMontreuil', x: 148, y: 273 },
    ]));
    expect(lines.map((line) => line.text)).toEqual(['Mars 2014 – Sept. 2019\tCollaborateur comptable, Cabinet Fiducial Expertise, Montreuil']);
  });

  it('joins the rest of an employer line that ends with a separator ("Derby ·" / "Band 2")', () => {
    const lines = joinWrappedLines(pdfLines([
      { text: 'Hospital Porter', x: 230, y: 300, w: 90, bold: true },
      { text: 'Riverside Hospitals NHS Foundation Trust – Royal Northfield Hospital, Derby ·', x: 230, y: 313, w: 330 },
      { text: 'Band 2', x: 230, y: 325, w: 34 },
      { text: 'Domestic Assistant', x: 230, y: 360, w: 100, bold: true },
      { text: 'Greenway Care | Nottingham |', x: 230, y: 373, w: 150 },
      { text: 'Part-time', x: 230, y: 385, w: 50 },
    ]));
    expect(lines.map((line) => line.text)).toEqual([
      'Hospital Porter',
      'Riverside Hospitals NHS Foundation Trust – Royal Northfield Hospital, Derby · Band 2',
      'Domestic Assistant',
      'Greenway Care | Nottingham | Part-time',
    ]);
  });

  it('joins a school name cut at the edge of a full column, not the next item of a short list', () => {
    const prose = [
      'Compassionate senior care assistant with 7 years of experience in',
      'residential and domiciliary care, with an Enhanced DBS on the Update',
      'Service, seeking a senior carer or team leader post in a nursing home',
    ].map((text, index) => ({ text, x: 242, y: 80 + index * 12, w: 296 + (index % 2) * 3, h: 10.5 }));
    const lines = joinWrappedLines(pdfLines([
      ...prose,
      { text: 'Level 3 Diploma in Adult Care (RQF) – Birmingham Metropolitan', x: 242, y: 472, w: 299, h: 10.5 },
      { text: 'College, 2020', x: 242, y: 484, w: 65, h: 10.5 },
      { text: 'Care Certificate – 2016', x: 242, y: 496, w: 108, h: 10.5 },
      { text: 'Supported residents living with dementia and their families', x: 242, y: 508, w: 292, h: 10.5 },
      { text: 'Liaised with GPs, district nurses and social workers', x: 242, y: 520, w: 240, h: 10.5 },
      // Another column: a short list of two items of one length.
      { text: 'Baccalauréat professionnel Commerce', x: 345, y: 611, w: 223, h: 12, block: 2 },
      { text: 'Lycée professionnel Gabriel Péri, Toulouse', x: 345, y: 625, w: 229, h: 12, block: 2 },
    ]));
    expect(lines.map((line) => line.text).slice(1)).toEqual([
      'Level 3 Diploma in Adult Care (RQF) – Birmingham Metropolitan College, 2020',
      'Care Certificate – 2016',
      'Supported residents living with dementia and their families',
      'Liaised with GPs, district nurses and social workers',
      'Baccalauréat professionnel Commerce',
      'Lycée professionnel Gabriel Péri, Toulouse',
    ]);
  });

  it('joins a town cut at its hyphen in the last cell of a table row', () => {
    const lines = joinWrappedLines(pdfLines([
      { text: "2022 – aujourd'hui\tAgent SSIAP 1 – Securitas, site centre commercial Qwartz, Villeneuve-la-", x: 68, y: 294, w: 470, h: 11.5 },
      { text: 'Garenne', x: 194, y: 307, w: 39, h: 11.5 },
    ]));
    expect(lines.map((line) => line.text)).toEqual(["2022 – aujourd'hui\tAgent SSIAP 1 – Securitas, site centre commercial Qwartz, Villeneuve-la-Garenne"]);
  });

  it('puts the cells of a table row\'s second line back under their columns by their left edges', () => {
    const row = (text: string, y: number, cells: number[]): TextLine => ({ text, page: 1, x: cells[0], y, width: 450, height: 11, block: 2, cells });
    const lines = [
      row('09/2018 -\tChef de rang\tBrasserie\tAccueil et placement des clients, prise de', 227, [65, 137, 212, 311]),
      row("aujourd'hui\tGeorges, Lyon 2e\tcommande sur tablette, service à l'assiette", 239, [65, 212, 311]),
      row('2014 - 2016\tÉquipière\tMcDonald’s,\tPrise de commande en caisse, préparation des', 372, [65, 137, 212, 311]),
      row('polyvalente\tVilleurbanne\tproduits, nettoyage', 384, [137, 212, 311]),
    ];
    expect(joinWrappedLines(lines).map((line) => line.text)).toEqual([
      "09/2018 - aujourd'hui\tChef de rang\tBrasserie Georges, Lyon 2e\tAccueil et placement des clients, prise de commande sur tablette, service à l'assiette",
      '2014 - 2016\tÉquipière polyvalente\tMcDonald’s, Villeurbanne\tPrise de commande en caisse, préparation des produits, nettoyage',
    ]);
  });

  it('joins a compound word cut at its hyphen without a space', () => {
    const lines = joinWrappedLines(pdfLines([
      { text: 'Danse afro, cuisine du monde, bénévolat à la Croix-', x: 305, y: 500, w: 210 },
      { text: 'Rouge', x: 305, y: 512, w: 26 },
      { text: 'Remplacements en tant qu’aide-', x: 305, y: 540, w: 210 },
      { text: 'soignante de nuit', x: 305, y: 552, w: 70 },
    ]));
    expect(lines.map((line) => line.text)).toEqual(['Danse afro, cuisine du monde, bénévolat à la Croix-Rouge', 'Remplacements en tant qu’aide-soignante de nuit']);
  });
});
