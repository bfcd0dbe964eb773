import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { toolsBesideLanguages } from '../../lib/match/tools-beside-languages';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import type { CvSection } from '../../lib/types';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 180_000);

const line = (text: string) => ({ text, page: 1 });
const section = (heading: string, texts: string[]): CvSection => ({ kind: 'languages', heading, lines: texts.map(line) }) as CvSection;

describe('software listed under a heading that joins languages and computing', () => {
  it('reads the software of "LANGUES ET INFORMATIQUE" as skills, without the language items', () => {
    const tools = toolsBesideLanguages(section('LANGUES ET INFORMATIQUE', ['Anglais : intermédiaire (B1) · Italien : notions · Word, Excel, logiciels de télégestion (Apologic)']));
    expect(tools?.kind).toBe('skills');
    expect(tools?.lines.map((tool) => tool.text)).toEqual(['Word, Excel, logiciels de télégestion (Apologic)']);
    expect(toolsBesideLanguages(section('Languages & IT', ['Spanish – fluent', 'Excel, Sage 50']))?.lines.map((tool) => tool.text)).toEqual(['Excel, Sage 50']);
  });

  it('leaves a languages section that names nothing else, and one with languages only, as they are', () => {
    expect(toolsBesideLanguages(section('LANGUES', ['Anglais : B1 · Word, Excel']))).toBeUndefined();
    expect(toolsBesideLanguages(section('Langues et informatique', ['Anglais : courant', 'Espagnol : notions']))).toBeUndefined();
  });

  it('links the spreadsheet and the word processor of such a CV', () => {
    const cv = profile('fr', {
      jobTitle: 'Auxiliaire de vie',
      sections: [
        ['experience', ["Aide à la toilette, à l'habillage et aux repas de personnes âgées à domicile"]],
        ['languages', ['Anglais : intermédiaire (B1) · Italien : notions · Word, Excel, logiciels de télégestion']],
      ],
    });
    const withComputing = { ...cv, sections: cv.sections.map((part) => (part.kind === 'languages' ? { ...part, heading: 'LANGUES ET INFORMATIQUE' } : part)) };
    const labels = (parsed: typeof cv) => linkSkills(parsed, esco).map((skill) => skill.label);
    expect(labels(withComputing)).toEqual(expect.arrayContaining(['utiliser un tableur', 'utiliser un logiciel de traitement de texte']));
    // Under a plain "Langues" heading the line stays a languages line, as before.
    expect(labels(cv)).not.toContain('utiliser un tableur');
  });
});
