import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldAdditions } from '../../scripts/eval/eval-linking';

describe('gold additions (skills an assessor added to a CV gold, blind to the linker)', () => {
  it('reads the skills added per CV and the CVs completed with nothing to add', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'gold-additions-'));
    await writeFile(
      join(directory, 'gold-additions.tsv'),
      [
        'cv\turi\tlabel\tevidence\treason',
        'fr-cariste\thttp://data.europa.eu/esco/skill/a1\tcharger des marchandises\tChargement des camions\tstated',
        'fr-cariste\thttp://data.europa.eu/esco/skill/b2\tdécharger une cargaison\tdéchargement\tstated',
        'en-chef\t-\t-\t-\tnothing to add',
      ].join('\n'),
    );
    const additions = await goldAdditions(directory);
    expect([...additions.keys()]).toEqual(['fr-cariste', 'en-chef']);
    expect([...additions.get('fr-cariste')!]).toEqual([
      ['http://data.europa.eu/esco/skill/a1', 'charger des marchandises'],
      ['http://data.europa.eu/esco/skill/b2', 'décharger une cargaison'],
    ]);
    expect(additions.get('en-chef')!.size).toBe(0);
  });

  it('is empty when no assessor completed the corpus', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'gold-additions-'));
    expect((await goldAdditions(directory)).size).toBe(0);
  });
});
