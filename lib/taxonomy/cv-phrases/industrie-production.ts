// Industrie, production, agroalimentaire, conditionnement (opérateur de production, conducteur de ligne, agent de fabrication,
// monteur-assembleur, contrôleur qualité): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // superviser des machines automatiques / monitor automated machines
  { id: `${SKILL}7aa52bdc-9c56-4341-be65-e8e30f64403f`, fr: ['Conduite de ligne', 'Conduite de machines automatisées', 'Pilotage de ligne', 'Conduite d\'installations automatisées'], en: ['Line operation', 'Running the production line', 'Machine minding'] },
  // alimenter une machine / supply machine
  { id: `${SKILL}9ea652f6-accf-45bb-b9a8-590f06f7bd51`, fr: ['Approvisionnement de la ligne', 'Alimentation de la ligne', 'Approvisionnement des machines', 'Chargement des machines'], en: ['Line feeding', 'Loading machines'] },
  // configurer la commande d’une machine / set up the controller of a machine
  { id: `${SKILL}d9818afc-1dec-4944-8c9c-e3ae8fad176d`, fr: ['Réglage machine', 'Changement de format', 'Changement de série'], en: ['Machine setting', 'Machine setup', 'Changeovers', 'Line changeovers'] },
  // utiliser des machines de conditionnement / tend packaging machines
  { id: `${SKILL}01fec851-b5f4-419b-940a-3b4c835adfa8`, fr: ['Conditionnement sur ligne', 'Mise sous film', 'Ensachage', 'Mise en barquettes', 'Encartonnage', 'Ensacheuse'], en: ['Packing line', 'Packaging line', 'Packing machinery', 'Bagging'] },
  // contrôler la qualité de produits / inspect quality of products
  { id: `${SKILL}1a3660c2-011c-4e96-9b1d-529afc305428`, fr: ['Contrôle visuel des pièces', 'Contrôle des pièces'], en: ['Quality checks', 'Quality inspection', 'Visual inspection', 'In-process checks'] },
  // détecter des défauts dans un produit / detect product defects
  { id: `${SKILL}47d2f266-aaf2-4852-9c66-607e76b1fa8b`, fr: ['Détection des non-conformités', 'Tri des pièces non conformes', 'Identification des non-conformités', 'Traitement des non-conformités'], en: ['Non-conformance reporting', 'Identifying defects', 'Spotting defects'] },
  // tenir un registre de données de production pour le contrôle de la qualité / record production data for quality control
  { id: `${SKILL}2879a6f9-868b-40a1-a424-d50007ca8354`, fr: ['Traçabilité des lots', 'Renseignement des documents de production', 'Traçabilité de la production', 'Renseignement des fiches de suivi', 'Saisie des données de production', 'Fiches de production', 'Enregistrements qualité'], en: ['Production records', 'Batch records', 'Production paperwork', 'Quality records'] },
  // utiliser des instruments de mesure / use measurement instruments
  { id: `${SKILL}b92758d4-4591-4df1-9ceb-f907aa71ebd9`, fr: ['Instruments de mesure', 'Pied à coulisse', 'Micromètre', 'Contrôle dimensionnel'], en: ['Vernier callipers', 'Micrometers', 'Dimensional inspection'] },
  // appliquer des techniques d’assemblage / apply assembly techniques
  { id: `${SKILL}165d3ca5-ca47-40d2-a450-cd2ae18deb05`, fr: ['Assemblage', 'Assemblage de pièces', 'Montage de sous-ensembles', 'Montage mécanique', 'Travail à la chaîne'], en: ['Assembly line work', 'Sub-assembly', 'Mechanical assembly', 'Production line assembly'] },
  // encourager des équipes à rechercher l’amélioration continue / encourage teams for continuous improvement
  { id: `${SKILL}3b5c7dc9-bd4f-4360-95c8-f66636dcb8a8`, fr: ['Amélioration continue', '5S', 'Kaizen', 'Démarche 5S', 'Lean'], en: ['Continuous improvement', 'Lean manufacturing', '5S', 'Kaizen', 'Six Sigma'] },
  // contrôler un convoyeur à bande / monitor conveyor belt
  { id: `${SKILL}62d34066-f07a-4437-914b-0548ba8bbe59`, fr: ['Surveillance des convoyeurs', 'Tapis roulant', 'Convoyeurs'], en: ['Conveyor belts'] },
  // utiliser une machine de fabrication d’objets en plastique / operate plastic machinery
  { id: `${SKILL}988871ab-dcad-4217-87d0-4c33307f0981`, fr: ['Injection plastique', 'Presse à injecter', 'Extrusion plastique', 'Plasturgie'], en: ['Injection moulding', 'Extrusion'] },
  // travailler sur des convoyeurs dans la production alimentaire / work in conveyor belts in food manufacturing
  { id: `${SKILL}77d83989-fe69-4e2c-a04a-bf1207918ac3`, fr: ['Production agroalimentaire', 'Fabrication agroalimentaire', 'Ligne de production alimentaire', 'Travail à la chaîne en agroalimentaire'], en: ['Food production line', 'Food factory work', 'Food manufacturing'] },
  // exécuter un nettoyage en place / conduct cleaning in place
  { id: `${SKILL}31266e8e-673b-4e39-91c9-d4774838c152`, fr: ['NEP', 'Nettoyage des lignes de production', 'Nettoyage des machines de production'], en: ['CIP', 'Line cleaning'] },
  // porter des vêtements pour salle blanche / wear cleanroom suit
  { id: `${SKILL}07e1799a-82c2-4877-9b43-1499812c5619`, fr: ['Salle blanche'], en: ['Cleanroom environment'] },
];
