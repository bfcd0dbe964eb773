import { describe, expect, it } from 'vitest';
import { joinWrappedCells } from '../../lib/parse/join-wrapped-cells';
import { plainLines } from './build-lines';

const texts = (text: string) => joinWrappedCells(plainLines(text)).map((line) => line.text);

describe('joinWrappedCells', () => {
  it('gives each cell the end of its own text, over two rows or three, and keeps the other columns in place', () => {
    expect(texts(`NPTC CS30\tLANTRA Chapter 8
Maintain and operate a\ttraffic management –
chainsaw\texpired 2023
Emergency First Aid at Work\tIPAF 3a`)).toEqual([
      'NPTC CS30\tLANTRA Chapter 8 traffic management – expired 2023',
      'Maintain and operate a chainsaw\t',
      'Emergency First Aid at Work\tIPAF 3a',
    ]);
  });

  it('leaves a table header row and rows whose cells are complete as they are', () => {
    const rows = 'Ticket\tDetails\nCSCS card\tBlue, skilled worker\nSSSTS\tRenewed 2025';
    expect(texts(rows)).toEqual(rows.split('\n'));
  });
});
