import { describe, expect, it } from 'vitest';
import { looksLikeTask } from '../../lib/parse/detect-task';

// Employers named by a noun of action: the line under a job title is then the employer, not a task.
describe('looksLikeTask and organisation names', () => {
  it.each([
    'Agglomération du Choletais – déchetteries de Cholet',
    'Association des paralysés de France',
    'Fédération française de football',
    'Établissement public de santé mentale',
    'Missions pour Atlantique Travail Temporaire – collecte des ordures ménagères',
    'Mission chez Adecco',
  ])('"%s" is an employer line', (line) => {
    expect(looksLikeTask(line)).toBe(false);
  });

  it.each(['Mise en rayon et encaissement', 'Préparation des commandes', 'Missions : accueil et orientation du public'])('"%s" is a task', (line) => {
    expect(looksLikeTask(line)).toBe(true);
  });
});
