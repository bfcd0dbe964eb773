// Older CVs open their list with conscription: "Service militaire – conducteur de VAB", "Military
// service – Driver, British Army". Beside a trade, the service says how one served, as "Stage"
// does: the trade is the title (as written), the regiment or army the employer. Alone, or
// beside an employer only, "Service militaire" stays the title.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const jobOf = (header: string) => {
  const [job] = parseProfile(documentOf(plainLines(`Alain Mercier\n06 12 34 56 78\nEXPÉRIENCES PROFESSIONNELLES\n${header}\n1995 - 1996\nFORMATION\nCAP Conducteur routier – 1994`), 'docx'), { referenceDate: today }).experiences;
  return { title: job?.title, employer: job?.employer, location: job?.location };
};

describe('military service beside a trade', () => {
  it('takes the trade as the title and the regiment or army as the employer', () => {
    expect(jobOf("Service militaire – conducteur de véhicules de l'avant blindés")).toEqual({ title: "conducteur de véhicules de l'avant blindés", employer: null, location: null });
    expect(jobOf('Service militaire – Conducteur, 12e Régiment de Cuirassiers, Olivet')).toEqual({ title: 'Conducteur', employer: '12e Régiment de Cuirassiers', location: 'Olivet' });
    expect(jobOf('Military service – Driver, British Army')).toEqual({ title: 'Driver', employer: 'British Army', location: null });
  });

  it('keeps the service as the title when no trade is named', () => {
    expect(jobOf('Service militaire')).toEqual({ title: 'Service militaire', employer: null, location: null });
    expect(jobOf('Military service – British Army')).toEqual({ title: 'Military service', employer: 'British Army', location: null });
  });
});
