// "Employé libre-service" (a shop's shelf stacker) was offered "public employment service manager":
// read as English, "employé" stems to "employ", the word of "employment". A word written with a
// French accent is no English word, whatever its stem.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, OCCUPATION, suggestionOf } from './cv-text';

const EMPLOYMENT_SERVICE_MANAGER = `${OCCUPATION}070e94a8-a933-4557-9b95-fefe7f4f1763`;
const SHELF_FILLER = `${OCCUPATION}d35f9e79-5778-43b4-8667-0e3ba1fcb19a`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe('a French job title', () => {
  it('"Employé libre-service" is no employment service manager', () => {
    const cv = ['Karim Haddad', 'Employé libre-service', '06 45 12 78 90', 'EXPÉRIENCE PROFESSIONNELLE', '2019 – 2024 Employé libre-service – Supermarché Casino, Saint-Étienne', '• Mise en rayon et facing'].join('\n');
    const { occupations } = linkCv(cv, esco);
    expect(occupations[0]?.id).toBe(SHELF_FILLER);
    expect(suggestionOf(occupations, EMPLOYMENT_SERVICE_MANAGER)).toBeUndefined();
  });
});
