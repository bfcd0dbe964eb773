import { beforeAll, describe, expect, it } from 'vitest';
import { linkProfile } from '../../lib/match/link-profile';
import { collectSkillMentions, SKILL_THRESHOLD } from '../../lib/match/link-skills';
import type { SkillMention } from '../../lib/match/skill-confidence';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import { conceptLabel, type Referential } from '../../lib/taxonomy/referential';
import { loadStarterReferential } from '../../lib/taxonomy/starter-pack';
import type { ConceptSuggestion } from '../../lib/types';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

const SKILL = 'http://data.europa.eu/esco/skill/';
const OCCUPATION = 'http://data.europa.eu/esco/occupation/';
const OPERATE_FORKLIFT = `${SKILL}28cb374e-6261-4133-8371-f9a5470145da`;
const MANAGE_INVENTORY = `${SKILL}ab6265f2-a9bf-49e8-a9a5-67cbab4de38b`;
const MANAGE_WAREHOUSE_INVENTORY = `${SKILL}5d2e82cc-5943-4218-a459-a1956fad2b63`;
const WAREHOUSE_SYSTEM = `${SKILL}7c821387-b428-4f75-b5a7-7b038aa81cfd`;
const LOAD_CARGO = `${SKILL}048affec-04db-4bd5-b7a6-c666d16c0fef`;
const UNLOAD_CARGO = `${SKILL}042f91e3-cccc-4d51-b635-bb14ffe90cfc`;
const AERIAL_PLATFORMS = `${SKILL}541ce3bd-a6a0-4413-a020-0db81e299658`;
const SPREADSHEETS = `${SKILL}1973c966-f236-40c9-b2d4-5d71a89019be`;
const INFECTION_CONTROL = `${SKILL}6d13053b-ee35-492c-8976-8178420df398`;
const FORKLIFT_OPERATOR = `${OCCUPATION}eeac6251-1974-42f5-91ed-513c6c883755`;
const ORDER_PICKER = `${OCCUPATION}cd94def5-3442-4c2e-ae3d-0761a3008bcb`;

let esco: Referential;

beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const cariste = profile('fr', {
  jobTitle: 'Cariste H/F',
  experienceTitles: ['Préparateur de commandes (intérim)'],
  sections: [
    ['header', ['Mickaël Fontaine', 'Cariste H/F', '06 12 34 56 78']],
    ['profile', ['Cariste expérimenté (7 ans en entrepôt), rigoureux et ponctuel.']],
    [
      'experience',
      [
        'Cariste – Hainaut Logistique, Rouvignies',
        '• Chargement et déchargement des camions',
        '• Réception et mise en stock des palettes en entrepôt',
        '[p2] • Formation CACES nacelle envisagée',
      ],
    ],
    ['skills', ['Conduite de chariots élévateurs (CACES R489 cat. 1, 3 et 5)', 'Gestion des stocks et inventaires', 'Logiciel WMS Reflex', 'Excel']],
    ['interests', ['Football, pêche, bricolage']],
  ],
});

function byId(suggestions: ConceptSuggestion[], id: string): ConceptSuggestion | undefined {
  return suggestions.find((suggestion) => suggestion.id === id);
}

describe('linkProfile on the full ESCO', () => {
  it('links the job titles to ESCO occupations, headline first', () => {
    const { occupations } = linkProfile(cariste, esco);
    expect(occupations[0]?.id).toBe(FORKLIFT_OPERATOR);
    expect(occupations[0]?.evidence.text).toBe('Cariste H/F');
    expect(occupations.map((occupation) => occupation.id)).toContain(ORDER_PICKER);
  });

  it('links skills from the skills section, bullets and tool names, with evidence', () => {
    const { skills } = linkProfile(cariste, esco);
    const forklift = byId(skills, OPERATE_FORKLIFT);
    expect(forklift?.evidence).toEqual({ text: 'Conduite de chariots élévateurs (CACES R489 cat. 1, 3 et 5)', page: 1 });
    // Listed in the skills section and said again in a bullet: shown as high confidence.
    expect(forklift!.confidence).toBeGreaterThanOrEqual(0.85);
    for (const id of [WAREHOUSE_SYSTEM, LOAD_CARGO, UNLOAD_CARGO, SPREADSHEETS]) {
      expect(byId(skills, id), id).toBeDefined();
    }
    expect(byId(skills, LOAD_CARGO)?.evidence.text).toBe('Chargement et déchargement des camions');
  });

  it('gives one suggestion per concept, sorted by confidence, labels in the CV language', () => {
    const { skills } = linkProfile(cariste, esco);
    expect(new Set(skills.map((skill) => skill.id)).size).toBe(skills.length);
    const confidences = skills.map((skill) => skill.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    expect(byId(skills, OPERATE_FORKLIFT)?.label).toBe('utiliser un chariot élévateur');
    expect(skills.every((skill) => skill.confidence > 0 && skill.confidence <= 1)).toBe(true);
  });

  it('prefers the concept the rest of the CV makes specific, keeping the generic one as alternative', () => {
    // The CV says "entrepôt" twice: "Gestion des stocks" is warehouse inventory here.
    const { skills } = linkProfile(cariste, esco);
    const stocks = byId(skills, MANAGE_WAREHOUSE_INVENTORY);
    expect(stocks?.evidence.text).toBe('Gestion des stocks et inventaires');
    expect(stocks?.alternatives?.map((alternative) => alternative.id)).toContain(MANAGE_INVENTORY);
    expect(byId(skills, MANAGE_INVENTORY)).toBeUndefined();
    // Without that context the generic concept is the suggestion.
    const plain = linkProfile(profile('fr', { sections: [['skills', ['Gestion des stocks et inventaires']]] }), esco).skills;
    expect(byId(plain, MANAGE_INVENTORY)).toBeDefined();
    expect(byId(plain, MANAGE_WAREHOUSE_INVENTORY)).toBeUndefined();
  });

  it('lowers a skill that is only planned, and ignores hobbies', () => {
    const planned = linkProfile(cariste, esco).skills;
    const held = linkProfile(
      profile('fr', { sections: [['experience', ['• Formation CACES nacelle']]] }),
      esco,
    ).skills;
    const plannedPlatform = byId(planned, AERIAL_PLATFORMS);
    const heldPlatform = byId(held, AERIAL_PLATFORMS);
    expect(heldPlatform).toBeDefined();
    expect(plannedPlatform?.confidence ?? 0).toBeLessThan(heldPlatform!.confidence);
    expect(planned.some((skill) => /football|pêche|fishing/i.test(skill.label))).toBe(false);
  });

  it('lowers an item whose status, on the line below, says it is only planned', () => {
    const held = profile('fr', { sections: [['certifications', ['CACES R486 nacelle', 'SST']]] });
    const planned = profile('fr', { sections: [['certifications', ['CACES R486 nacelle', '– formation prévue en 2027', 'SST']]] });
    const heldPlatform = byId(linkProfile(held, esco).skills, AERIAL_PLATFORMS);
    expect(heldPlatform).toBeDefined();
    expect(byId(linkProfile(planned, esco).skills, AERIAL_PLATFORMS)?.confidence ?? 0).toBeLessThan(heldPlatform!.confidence);
    // A longer line below is an item of its own, not a status.
    const next = profile('fr', { sections: [['certifications', ['CACES R486 nacelle', 'Formation SST prévue avec mon employeur au printemps prochain']]] });
    expect(byId(linkProfile(next, esco).skills, AERIAL_PLATFORMS)?.confidence).toBe(heldPlatform!.confidence);
  });

  it('reads no skill in a hobbies line inside another section ("Loisirs : randonnée, couture")', () => {
    const { skills } = linkProfile(
      profile('fr', { sections: [['other', ['Loisirs : randonnée, couture, jardinage', "Centres d'intérêt : photographie", 'Retouches de vêtements']]] }),
      esco,
    );
    const labels = skills.map((skill) => skill.label);
    expect(labels).not.toContain('couture');
    expect(labels).not.toContain('utiliser du matériel de jardinage');
    // The same word outside a hobbies line is still read.
    expect(skills.some((skill) => skill.evidence.text === 'Retouches de vêtements')).toBe(true);
  });

  it('lowers a negated skill', () => {
    const negated = linkProfile(profile('fr', { sections: [['skills', ["Pas de maîtrise d'Excel"]]] }), esco).skills;
    const plain = linkProfile(profile('fr', { sections: [['skills', ["Maîtrise d'Excel"]]] }), esco).skills;
    expect(byId(plain, SPREADSHEETS)!.confidence).toBeGreaterThan(byId(negated, SPREADSHEETS)?.confidence ?? 0);
  });

  it('weighs a skills-section mention above the same words in the profile summary', () => {
    const inSkills = linkProfile(profile('fr', { sections: [['skills', ['Gestion des stocks']]] }), esco).skills;
    const inSummary = linkProfile(profile('fr', { sections: [['profile', ['Gestion des stocks']]] }), esco).skills;
    expect(byId(inSkills, MANAGE_INVENTORY)!.confidence).toBeGreaterThan(byId(inSummary, MANAGE_INVENTORY)!.confidence);
  });

  it('reads an English care CV', () => {
    const care = profile('en', {
      jobTitle: 'Senior Care Assistant',
      sections: [
        ['experience', ['Senior Care Assistant – Brookfield House Care Home', '• Medication rounds and MAR charts', '• Infection prevention and control lead for the unit']],
        ['skills', ['Dementia care', 'Safeguarding adults', 'Care planning']],
      ],
    });
    const { skills, occupations } = linkProfile(care, esco);
    expect(byId(skills, INFECTION_CONTROL)?.label).toBe('infection control');
    expect(occupations.length).toBeGreaterThan(0);
    expect(occupations[0]!.label).toMatch(/care/);
  });

  it('reads no skill in the names of employers and places', () => {
    const base = profile('en', { sections: [['experience', ['Class 1 Driver – XPO Logistics', 'Multi-drop deliveries']]] });
    const withEmployer = {
      ...base,
      experiences: [{ title: 'Class 1 Driver', employer: 'XPO Logistics', start: null, end: null, evidence: { text: 'Class 1 Driver', page: 1 } }],
    };
    // Read at the level of mentions: whether a lone "logistics" is worth suggesting is another matter.
    const logistics = (readings: SkillMention[]) => readings.some((mention) => conceptLabel(esco, mention.spot.concept, 'en') === 'logistics');
    expect(logistics(collectSkillMentions(base, esco))).toBe(true);
    expect(logistics(collectSkillMentions(withEmployer, esco))).toBe(false);
  });

  it('leaves languages to the languages field, whatever the language (ESCO names them all)', () => {
    const { skills } = linkProfile(
      profile('fr', { sections: [['skills', ["S'exprimer oralement en", 'Kazakh courant, comprendre le tamoul écrit', 'Interagir verbalement en wolof']]] }),
      esco,
    );
    expect(skills.filter((skill) => /verbalement|comprendre|kazakh|tamoul|wolof/i.test(skill.label))).toEqual([]);
  });

  it('reads a CV item that drops the label\'s light verb ("Inspections de sécurité")', () => {
    const { skills } = linkProfile(profile('fr', { sections: [['skills', ['Inspections de sécurité']]] }), esco);
    expect(skills[0]?.label).toBe('réaliser des inspections de sécurité');
    expect(skills[0]!.confidence).toBeGreaterThanOrEqual(SKILL_THRESHOLD);
  });

  it('reads no skill in markup pasted or planted in a CV', () => {
    const { skills } = linkProfile(profile('en', { sections: [['skills', ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<table><tr><td>']]] }), esco);
    expect(skills).toEqual([]);
  });

  it('weighs a match less when the CV goes on to name something narrower ("contrôle des pièces d\'identité")', () => {
    const said = (line: string) => linkProfile(profile('fr', { sections: [['experience', [line]]] }), esco).skills;
    const parts = said('Contrôle des pièces usinées au pied à coulisse');
    const identity = said("Contrôle des pièces d'identité des clients");
    const inspect = (skills: ConceptSuggestion[]) => skills.find((skill) => /qualité de produits/.test(skill.label));
    expect(inspect(parts)).toBeDefined();
    expect(inspect(identity)?.confidence ?? 0).toBeLessThan(inspect(parts)!.confidence);
  });

  it('reads each item of a coordination with its shared head ("Préparation des burgers, frites et desserts")', () => {
    const { skills } = linkProfile(profile('fr', { sections: [['experience', ['Préparation des burgers, frites et desserts']]] }), esco);
    const desserts = skills.find((skill) => skill.label === 'préparer des desserts');
    expect(desserts?.evidence.text).toBe('Préparation des burgers, frites et desserts');
  });

  it('reads a capitalised job title inside a sentence as a title, not a tool ("Commis Chef" is not the Chef software)', () => {
    const { skills } = linkProfile(profile('en', { sections: [['experience', ['Promoted from Commis Chef in September 2019', 'Month-end journals posted in Sage']]] }), esco);
    expect(skills.map((skill) => skill.label)).not.toContain('Chef');
    expect(skills.some((skill) => skill.evidence.text.includes('Sage'))).toBe(true);
  });

  it('reads a kitchen "mise en place" and a guard\'s "contrôle d\'accès" in their trade sense', () => {
    const { skills } = linkProfile(
      profile('fr', { sections: [['experience', ['Mise en place et préparations préliminaires', "Contrôle d'accès et filtrage des visiteurs"]]] }),
      esco,
    );
    const labels = skills.map((skill) => skill.label);
    expect(labels).not.toContain('mettre en place les tables');
    expect(labels).not.toContain('systèmes d’alarme');
    expect(labels).toContain("contrôler l'accès des clients");
  });

  it('reads "ERP" as enterprise software in an office CV, not in a fire-safety line where it is a building open to the public', () => {
    const ERP_SOFTWARE = `${SKILL}f0393af3-bcd9-41af-a36e-0cfb83b60081`;
    const security = linkProfile(profile('fr', { sections: [['skills', ['Sécurité incendie et évacuation des ERP / IGH', 'Rondes de surveillance']]] }), esco);
    expect(security.skills.map((skill) => skill.id)).not.toContain(ERP_SOFTWARE);
    const office = linkProfile(profile('fr', { sections: [['skills', ['Outils : Excel, ERP, Outlook']]] }), esco);
    expect(office.skills.map((skill) => skill.id)).toContain(ERP_SOFTWARE);
  });

  it('links nothing from a profile without skill words', () => {
    const empty = profile('fr', { sections: [['header', ['Jean Dupont', '06 12 34 56 78', 'jean.dupont@mail.fr']]] });
    expect(linkProfile(empty, esco)).toEqual({ skills: [], softSkills: [], occupations: [] });
  });
});

describe('linkProfile on the starter pack', () => {
  it('works without any imported referential, on the same ESCO ids', async () => {
    const { skills, occupations } = linkProfile(cariste, await loadStarterReferential());
    expect(occupations[0]?.id).toBe(FORKLIFT_OPERATOR);
    expect(byId(skills, OPERATE_FORKLIFT)).toBeDefined();
    expect(byId(skills, MANAGE_WAREHOUSE_INVENTORY)).toBeDefined();
  });
});

describe('linkOccupations with the rest of the CV as context', () => {
  const ANIMAL_HANDLER = 'http://data.europa.eu/esco/occupation/1ee1b792-4d5f-4555-be4e-ce7e4c05d1a9';
  const careAssistant = (duties: string[]) =>
    profile('en', { jobTitle: 'Care Assistant', sections: [['experience', duties], ['skills', duties.map((duty) => `${duty} (daily)`)]] });
  const rankOf = (occupations: ConceptSuggestion[], test: (occupation: ConceptSuggestion) => boolean) => {
    const rank = occupations.findIndex(test);
    return rank < 0 ? Infinity : rank;
  };

  it('ranks the occupation whose words the CV repeats above a sibling title the CV never mentions', () => {
    // "Care Assistant" alone is as close to "home care assistant" as to "animal care assistant".
    const atHome = linkProfile(careAssistant(['Personal care for clients in their own home', 'Meals and medication at home']), esco).occupations;
    const kennels = linkProfile(careAssistant(['Feeding and grooming the animals', 'Exercising animals and cleaning kennels']), esco).occupations;
    const animal = (occupation: ConceptSuggestion) => occupation.id === ANIMAL_HANDLER;
    const home = (occupation: ConceptSuggestion) => /home/.test(occupation.label);
    expect(rankOf(atHome, home)).toBeLessThan(rankOf(atHome, animal));
    expect(rankOf(kennels, animal)).toBeLessThan(rankOf(kennels, home));
  });
});
