import { describe, expect, it } from 'vitest';
import { splitAddress } from '../../lib/fill/address-parts';

describe('splitAddress', () => {
  it('cuts a French address line into number, index, type of way and street', () => {
    expect(splitAddress('12 bis rue des Lilas')).toEqual({ number: '12', index: 'bis', wayType: 'rue', street: 'rue des Lilas' });
    expect(splitAddress('12B rue des Lilas')).toEqual({ number: '12', index: 'bis', wayType: 'rue', street: 'rue des Lilas' });
    expect(splitAddress('3, av. Foch')).toEqual({ number: '3', wayType: 'avenue', street: 'av. Foch' });
    expect(splitAddress('127 avenue du Maréchal de Lattre de Tassigny, Bâtiment C')).toMatchObject({ number: '127', wayType: 'avenue' });
  });

  it('leaves a line that does not start with a number whole', () => {
    expect(splitAddress('Résidence les Pins, bât. B')).toEqual({ street: 'Résidence les Pins, bât. B' });
    expect(splitAddress('1er étage, 4 rue Haute')).toEqual({ street: '1er étage, 4 rue Haute' });
  });

  it('keeps an unknown first word in the street', () => {
    expect(splitAddress('8 Grand-Place')).toEqual({ number: '8', street: 'Grand-Place' });
  });
});
