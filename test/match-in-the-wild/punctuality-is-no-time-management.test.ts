// "Ponctualité" in a list of qualities was ESCO's "gérer le temps" (planning one's time and work),
// outside the savoir-être phrasings that are off by default; being on time is reliability, which
// the savoir-être lexicon says when it is switched on.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const MANAGE_TIME = `${SKILL}d9013e0e-e937-43d5-ab71-0e917ee882b8`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe('punctuality among the qualities', () => {
  it('"Ponctualité" is no time management', () => {
    const cv = ['Fatou Diallo', 'Agent de service hospitalier', '06 33 44 55 66', 'fatou.diallo@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2019 – 2024 Agent de service hospitalier – EHPAD Les Lilas, Nantes', '• Bionettoyage des chambres', '• Service des repas', 'QUALITÉS', 'Ponctualité', 'Discrétion'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, MANAGE_TIME)).toBeUndefined();
  });

  it('"Gestion du temps" still is', () => {
    const cv = ['Fatou Diallo', 'Assistante administrative', '06 33 44 55 66', 'fatou.diallo@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2019 – 2024 Assistante administrative – Mairie de Nantes', '• Gestion des agendas', 'COMPÉTENCES', 'Gestion du temps'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, MANAGE_TIME)).toBeDefined();
  });
});
