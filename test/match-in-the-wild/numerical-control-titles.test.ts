// "Régleur CN", "Opérateur CN": CN is the numerically controlled machine the person sets or runs.
// Read as a qualifier to drop, "Régleur" alone matched ESCO's stunt coordinator ("régleur de
// cascades") and the plastics injection operator first.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, OCCUPATION } from './cv-text';

const CNC_OPERATOR = `${OCCUPATION}5c082067-ea18-4ccb-8c43-e70b18ad8120`;
const STUNT_COORDINATOR_LABEL = /cascades/;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const occupationsOf = (title: string) =>
  linkCv(['Karim Benali', title, '06 11 22 33 46', 'EXPÉRIENCE PROFESSIONNELLE', `2019 – 2024 ${title} – Mécanique de Précision, Annecy`, '• Réglage des machines et contrôle des premières pièces'].join('\n'), esco).occupations;

describe('CN in a French job title is the numerically controlled machine', () => {
  it.each(['Régleur CN', 'Opérateur CN', 'Régleur sur machines CN'])('"%s" reads the CNC machine operator first', (title) => {
    const occupations = occupationsOf(title);
    expect(occupations[0]?.id).toBe(CNC_OPERATOR);
    expect(occupations.some((occupation) => STUNT_COORDINATOR_LABEL.test(occupation.label))).toBe(false);
  });

  it('"cn" in lower case is no abbreviation', () => {
    expect(occupationsOf('Régleur cn')[0]?.id).not.toBe(CNC_OPERATOR);
  });
});
