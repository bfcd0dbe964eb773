import { beforeAll, describe, expect, it } from 'vitest';
import { linkProfile } from '../../lib/match/link-profile';
import { collectSkillMentions } from '../../lib/match/link-skills';
import { isTrainingLine } from '../../lib/match/training-lines';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

const SKILL = 'http://data.europa.eu/esco/skill/';
const OPERATE_FORKLIFT = `${SKILL}28cb374e-6261-4133-8371-f9a5470145da`;
const INFECTION_CONTROL = `${SKILL}6d13053b-ee35-492c-8976-8178420df398`;

describe('isTrainingLine', () => {
  it('reads short trainings and certificates', () => {
    for (const text of [
      'Formation hygiène alimentaire HACCP (14 h)',
      'CACES R489 cat. 3',
      'Prévention des risques liés à l\'activité physique (PRAP 2S), 2022 · SST, 2024',
      '2023\tAFGSU niveau 2 (Attestation de Formation aux Gestes et Soins d\'Urgence) – CESU 44',
      'Level 2 Award in Food Allergen Awareness',
      'Formation hygiène alimentaire HACCP – Organisme agréé',
      'Permis d\'exploitation (licence IV)',
    ]) {
      expect(isTrainingLine(text), text).toBe(true);
    }
  });

  it('leaves degree titles, schools and driving licences out', () => {
    for (const text of [
      'BTS Commerce international',
      '2014\tCAP Maçon (candidat libre) – GRETA Auvergne, Clermont-Ferrand',
      '2024-2026 : BTS Négociation et Digitalisation de la Relation Client (NDRC)',
      'Titre professionnel Préparateur de commandes en entrepôt – AFPA',
      'Diplôme d\'État d\'Aide-Soignant (DEAS) – IFAS du CHU de Nantes',
      'BSc (Hons) Computer Science – First Class',
      'Level 3 Diploma in Adult Care (RQF)',
      'A Levels: Welsh (A), History (B), English (B)',
      'Lycée professionnel Jean Lurçat, Fleury-les-Aubrais — 1993',
      'AFPA Olivet — 1997',
      'Permis B – véhiculé',
      'B C CE C1',
      '2010',
      'Formation : BTS Management Commercial Opérationnel (MCO)',
      'Sept. 2021 – juin 2023 : BTS Management Commercial Opérationnel',
      '09/2019 - 06/2021 Licence professionnelle Logistique et transport',
    ]) {
      expect(isTrainingLine(text), text).toBe(false);
    }
  });
});

describe('trainings and certificates of the education and licences sections attest skills', () => {
  let esco: Referential;
  beforeAll(async () => {
    esco = await loadReferentialFromPath(ESCO_DIR);
  }, 120_000);

  const driver = (education: string[], licences: string[]) =>
    profile('fr', {
      jobTitle: 'Conducteur poids lourd',
      experienceTitles: ['Conducteur routier – semi-remorque frigorifique'],
      sections: [
        ['header', ['Patrick Gauthier', 'Conducteur poids lourd', '06 45 19 83 72']],
        ['experience', ['Conducteur routier – semi-remorque frigorifique', 'Livraisons en grande distribution, 2 à 4 points par jour']],
        ['licences', licences],
        ['education', education],
      ],
    });

  it('reads the forklift certificate listed with the licences, not the degree above it', () => {
    const { skills } = linkProfile(driver(['CAP Agent d\'entreposage et de messagerie – Lycée du Hainaut'], ['Permis C et CE', 'CACES R489 cat. 3']), esco);
    const forklift = skills.find((skill) => skill.id === OPERATE_FORKLIFT);
    expect(forklift?.evidence.text).toBe('CACES R489 cat. 3');
  });

  it('keeps a planned training hedged', () => {
    for (const planned of ['Formation CACES R489 (cat. 1, 3, 5) envisagée pour 2027', 'Projet : CACES R489 cat. 3 en 2027']) {
      const { skills } = linkProfile(driver([planned], ['Permis C et CE']), esco);
      expect(skills.find((skill) => skill.id === OPERATE_FORKLIFT), planned).toBeUndefined();
    }
  });

  it('reads a short training of a cleaning agent\'s education section, not the title of the degree', () => {
    const agent = profile('fr', {
      jobTitle: 'Agent de service hospitalier',
      sections: [
        ['header', ['Fatou Diallo', 'Agent de service hospitalier']],
        ['experience', ['Agent de service hospitalier – EHPAD Les Tilleuls', 'Bionettoyage des chambres selon les protocoles']],
        ['education', ['Titre professionnel Agent de propreté et d\'hygiène', 'Formation Hygiène en milieu hospitalier et prévention des infections', 'CPIAS Île-de-France · 2021']],
      ],
    });
    const mentions = collectSkillMentions(agent, esco).filter((mention) => mention.section === 'education');
    const infection = esco.conceptIndex.get(INFECTION_CONTROL);
    expect(mentions.find((mention) => mention.spot.concept === infection)?.line.text).toBe(
      'Formation Hygiène en milieu hospitalier et prévention des infections',
    );
    // The title's words ("propreté", "hygiène") are a trade's name, not read.
    expect(mentions.every((mention) => !mention.line.text.startsWith('Titre professionnel'))).toBe(true);
  });
});
