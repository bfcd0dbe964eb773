import { describe, expect, it } from 'vitest';
import { unlabelEuropassRows } from '../../lib/parse/europass-rows';
import type { TextLine } from '../../lib/types';

const rows = (text: string): TextLine[] => text.split('\n').map((line) => ({ text: line.replace(/ \| /g, '\t'), page: 1 }));
const texts = (lines: TextLine[]) => lines.map((line) => line.text);

describe('unlabelEuropassRows', () => {
  it('keeps the values of an English Europass entry, title and employer before the activities', () => {
    expect(
      texts(unlabelEuropassRows(rows(`Work experience
Dates | June 2019 - Present
Main activities and responsibilities | Picking and packing, loading lorries
Occupation or position held | Warehouse operative
Name and address of employer | DHL Supply Chain, Bolton
Type of business or sector | Logistics`))),
    ).toEqual(['Work experience', 'June 2019 - Present', 'Warehouse operative', 'DHL Supply Chain, Bolton', 'Picking and packing, loading lorries', 'Logistics']);
  });

  it('leaves a CV that only happens to have a "Dates" row as it is', () => {
    const lines = rows(`Dates | 2019 - 2021
Cariste chez Geodis`);
    expect(unlabelEuropassRows(lines)).toBe(lines);
  });

  it('keeps the rows that are not entry labels (identity, languages) whole', () => {
    expect(
      texts(unlabelEuropassRows(rows(`Nom / Prénom | BENALI Karim
Dates | 2016
Intitulé du certificat ou diplôme délivré | CAP Agent d'entreposage
Langue(s) maternelle(s) | Arabe`))),
    ).toEqual(['Nom / Prénom\tBENALI Karim', '2016', "CAP Agent d'entreposage", 'Langue(s) maternelle(s)\tArabe']);
  });
});
