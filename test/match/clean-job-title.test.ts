import { describe, expect, it } from 'vitest';
import { cleanJobTitle } from '../../lib/match/clean-job-title';

const texts = (title: string) => cleanJobTitle(title).map((variant) => variant.text);

describe('cleanJobTitle', () => {
  it('drops recruitment noise, contract types, grades and dates', () => {
    expect(texts('Préparateur de commandes H/F - CDI')).toEqual(['Préparateur de commandes']);
    expect(texts('Serveur (F/H) temps plein')).toEqual(['Serveur']);
    expect(texts('Électricien N3P2 puis chef d’équipe (depuis 2022)')).toEqual(['Électricien', "chef d'équipe"]);
    expect(texts('Class 1 HGV Driver (C+E)')[0]).toBe('heavy goods vehicle Driver');
    expect(texts('Chauffeur-livreur VL / coursier')[0]).toBe('Chauffeur-livreur');
    expect(texts('Conducteur de travaux TCE')).toEqual(['Conducteur de travaux']);
  });

  it('reads the title up to its first comma too, a little below the whole', () => {
    expect(cleanJobTitle('Dental Nurse, GDC registered')).toEqual([
      { text: 'Dental Nurse GDC registered', weight: 1 },
      { text: 'Dental Nurse', weight: 0.97 },
    ]);
    expect(texts('Cariste, CACES 1, 3 et 5')).toContain('Cariste');
    expect(texts('Serveur')).toEqual(['Serveur']);
  });

  it('reads a lower-case part after a dash as the field of the title before it', () => {
    expect(texts('Développeur - jeux vidéo')).toEqual(['Développeur', 'Développeur jeux vidéo', 'jeux vidéo']);
    expect(texts('Vendeuse – prêt-à-porter')).toContain('Vendeuse prêt-à-porter');
    // A capitalised part may be an employer or a second title; "puis" and "chez" never join.
    expect(texts('Serveuse - Le Bistrot du Port')).toEqual(['Serveuse', 'Le Bistrot du Port']);
    expect(texts('Électricien puis chef d’équipe')).toEqual(['Électricien', "chef d'équipe"]);
    expect(texts('Vendeuse chez zara')).toEqual(['Vendeuse', 'zara']);
  });

  it('drops a French internship, not a theatre stage', () => {
    expect(texts('Stage manager')).toEqual(['Stage manager']);
    expect(texts('Stage – Assistante RH')[0]).toBe('Assistante ressources humaines');
    expect(texts('Assistante comptable (stage de 6 mois)')).toEqual(['Assistante comptable']);
  });

  it('drops a level of experience that ends in an accented letter', () => {
    expect(texts('Maçon qualifié – Coffreur bancheur')).toEqual(['Maçon', 'Coffreur bancheur']);
    expect(texts('Cuisinier confirmé')).toEqual(['Cuisinier']);
    expect(texts('Vendeuse expérimentée')).toEqual(['Vendeuse']);
    // The approval of a childminder or a foster family is no part of the trade's name.
    expect(texts('Assistante maternelle agréée')).toEqual(['Assistante maternelle']);
    expect(texts('Assistant familial agréé')).toEqual(['Assistant familial']);
    // Not inside another word.
    expect(texts('Responsable qualification fournisseurs')).toEqual(['Responsable qualification fournisseurs']);
  });

  it('spells out job abbreviations and keeps the raw form as a weaker reading', () => {
    expect(cleanJobTitle('ASH')).toEqual([
      { text: 'agent de service hospitalier', weight: 1 },
      { text: 'ASH', weight: 0.97 },
    ]);
    expect(texts('AS de nuit')[0]).toBe('aide-soignant de nuit');
    // After a title word of its own, the abbreviation adds only what that word lacks.
    expect(texts('Chauffeur SPL')[0]).toBe('Chauffeur super poids lourd');
    expect(texts('Infirmière IDE')[0]).toBe('Infirmière');
    // The acronym repeated between dashes, as ROME writes it, is a bracket.
    expect(texts('Responsable des Ressources Humaines -RRH-')).toEqual(['Responsable des Ressources Humaines']);
    // "as" in lower case is an ordinary word, not "aide-soignant".
    expect(texts('Technicien as de la maintenance')[0]).toBe('Technicien as de la maintenance');
  });

  it('gives each gender form, and each title of a double title', () => {
    expect(texts('Développeur / Développeuse web')).toEqual(['Développeur web', 'Développeuse web']);
    const double = cleanJobTitle('Aide-soignante – Agent de service hospitalier (ASH)');
    expect(double.map((variant) => variant.text)).toEqual(['Aide-soignante', 'Agent de service hospitalier']);
    expect(double[1]!.weight).toBeLessThan(double[0]!.weight);
  });

  it('drops bracketed details but keeps inline gender endings, and splits two titles joined by a slash', () => {
    expect(texts('Administrative Assistant (Band 3)')).toEqual(['Administrative Assistant']);
    expect(texts('Senior Software Engineer (Python / Go)')).toEqual(['Software Engineer']);
    expect(texts('Vendeur(se) en boutique')).toEqual(['Vendeur en boutique', 'Vendeuse en boutique']);
    const two = cleanJobTitle('Caissier / Employé de libre-service');
    expect(two.map((variant) => variant.text)).toEqual(['Caissier', 'Employé de libre-service']);
    expect(two[1]!.weight).toBeLessThan(two[0]!.weight);
    // Slashes between the two genders of a word are not two titles.
    expect(texts("Agent / Agente d'administration principal / principale")).toEqual([
      "Agent d'administration principal",
      "Agente d'administration principale",
    ]);
  });

  it('reads inclusive writing as the two gender forms', () => {
    expect(texts('Développeur·euse web')).toEqual(['Développeur web', 'Développeuse web']);
    expect(texts('Assistant·e maternel·le')).toEqual(['Assistant maternel', 'Assistante maternelle']);
    expect(texts('Conseiller.ère en insertion')).toEqual(['Conseiller en insertion', 'Conseillère en insertion']);
    expect(texts('Agent·e·s d’entretien')).toEqual(["Agent d'entretien", "Agente d'entretien"]);
    // A full stop between words or an initial is not an ending.
    expect(texts('Technicien S.A.V.')).not.toContainEqual(expect.stringContaining('('));
  });
});
