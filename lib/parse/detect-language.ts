// Tells a French CV from an English one by their most common short words.
import type { Language, TextLine } from '../types';
import { foldText } from './fold-text';

// No one-letter words: the French "à" folds to the English "a", and so do categories such as
// CACES "1A" or initials. "à", written with its accent, is counted apart as French.
const FRENCH = new Set(['le', 'la', 'les', 'des', 'du', 'de', 'et', 'en', 'pour', 'avec', 'une', 'un', 'au', 'aux', 'sur', 'dans', 'est', 'je', 'mon', 'ma', 'mes', 'par', 'chez', 'depuis', 'ans', 'jour', 'mois', 'experience', 'formation', 'competences', 'langues', 'permis', 'gestion', 'suivi']);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'for', 'with', 'an', 'on', 'at', 'my', 'is', 'as', 'by', 'from', 'years', 'experience', 'skills', 'education', 'languages', 'management', 'team', 'work']);
const FRENCH_A = /(?<![\p{L}\d])à(?![\p{L}\d])/giu;

export function detectLanguage(lines: TextLine[]): { language: Language; confidence: number } {
  let french = 0;
  let english = 0;
  for (const line of lines) {
    french += line.text.match(FRENCH_A)?.length ?? 0;
    for (const word of foldText(line.text).split(/[^a-z']+/)) {
      if (FRENCH.has(word)) french++;
      if (ENGLISH.has(word)) english++;
    }
  }
  const total = french + english;
  if (total === 0) return { language: 'fr', confidence: 0.5 };
  const language: Language = english > french ? 'en' : 'fr';
  return { language, confidence: Math.max(french, english) / total };
}
