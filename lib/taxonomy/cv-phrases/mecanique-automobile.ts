// Mécanique automobile, poids lourds et motos, carrosserie, pneumatiques, préparation de véhicules: CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // effectuer l'entretien d'un véhicule / execute vehicle maintenance
  { id: `${SKILL}0ea0b260-617b-4d04-bf00-988dd0b122e5`, fr: ['Vidange', 'Vidange et entretien courant', 'Révision des véhicules', 'Changement des filtres à huile', 'Remplacement du filtre à huile', 'Mise à niveau des fluides', 'Entretien périodique'], en: ['Oil changes', 'Servicing vehicles', 'Interim and full services', 'Car servicing'] },
  // effectuer la réparation de véhicules / carry out repair of vehicles
  { id: `${SKILL}65155435-1c5b-41ee-8812-e0b9b03ae480`, fr: ['Remplacement des plaquettes de frein', 'Freinage', 'Remplacement des disques et plaquettes', 'Changement des amortisseurs', 'Remplacement de kit de distribution', 'Embrayage', 'Remplacement d\'embrayage', 'Échappement', 'Trains roulants'], en: ['Brake pads and discs', 'Brakes', 'Clutch replacement', 'Timing belts', 'Cambelt replacement', 'Suspension work', 'Exhaust fitting', 'Mechanical repairs'] },
  // utiliser des équipements de diagnostic automobile / use automotive diagnostic equipment
  { id: `${SKILL}5b264a14-d4db-4352-9278-fbb63c5ebed4`, fr: ['Valise de diagnostic', 'Diagnostic électronique', 'Outil de diagnostic', 'Lecture des codes défauts', 'Diagnostic multimarque'], en: ['Diagnostic equipment', 'Diagnostics tools', 'Fault code reading', 'OBD diagnostics', 'Diagnostic software'] },
  // diagnostiquer des problèmes avec les véhicules / diagnose problems with vehicles
  { id: `${SKILL}52743af8-ab5d-4ce3-b877-13d349394456`, fr: ['Diagnostic de pannes automobiles', 'Diagnostic mécanique automobile', 'Diagnostic des véhicules', 'Recherche de panne sur véhicule'], en: ['Vehicle diagnostics', 'Fault diagnosis on vehicles'] },
  // réparer les systèmes électriques d'un véhicule / repair vehicle electrical systems
  { id: `${SKILL}3c4cfade-58c1-4f6d-9a0e-dabf78b0e9e0`, fr: ['Électricité automobile', 'Électricité auto', 'Électronique embarquée', 'Faisceaux électriques'], en: ['Auto electrics', 'Auto electrical repairs', 'Vehicle electrics'] },
  // remplacer des pneus / replace tires
  { id: `${SKILL}202d0d2b-f6b9-48fe-b70e-cff49fa1d087`, fr: ['Montage de pneus', 'Montage et équilibrage', 'Changement de pneus', 'Montage pneumatique', 'Permutation des pneus'], en: ['Tyre fitting', 'Tyre changes', 'Tyre replacement'] },
  // équilibrer des pneus / balance tires
  { id: `${SKILL}36576c3d-2c7b-4755-bc67-ec1452470c98`, fr: ['Équilibrage des roues'], en: ['Wheel balancing'] },
  // effectuer la réparation et l'entretien de la carrosserie des véhicules / carry out repairs and maintenance of vehicle bodies
  { id: `${SKILL}b1084057-66a7-4ab6-8162-41c4e74d00cb`, fr: ['Carrosserie', 'Débosselage', 'Redressage de carrosserie', 'Remplacement d\'éléments de carrosserie', 'Préparation carrosserie', 'Réparation de chocs'], en: ['Panel beating', 'Bodywork repairs', 'Dent removal', 'Body repairs', 'Smart repairs'] },
  // préparer des véhicules pour l’application de peinture / prepare vehicles for application of paint
  { id: `${SKILL}9a8cc769-a41a-4873-8fb1-fdda0aedc94d`, fr: ['Ponçage et apprêt', 'Préparation avant peinture', 'Application d\'apprêt'], en: ['Masking up', 'Priming and sanding', 'Paint preparation'] },
  // peindre au pistolet / paint with a paint gun
  { id: `${SKILL}4c68d1c3-66d9-4631-a6ff-b13d2ce9ff17`, fr: ['Cabine de peinture', 'Peinture carrosserie'], en: ['Spray painting', 'Paint booth'] },
  // réparer des moteurs / repair engines
  { id: `${SKILL}1bc7c69b-4292-4592-b854-f48165a06082`, fr: ['Réfection moteur', 'Mécanique moteur', 'Échange moteur'], en: ['Engine rebuilds', 'Engine overhaul'] },
  // nettoyer l'intérieur d'un véhicule / clean vehicle interiors
  { id: `${SKILL}d4a4ec38-63e1-4fcf-8768-debc0dc382e8`, fr: ['Préparation esthétique des véhicules', 'Lavage intérieur et extérieur', 'Shampoing des sièges'], en: ['Car valeting', 'Valeting', 'Vehicle valeting', 'Interior valeting', 'Mini valets'] },
  // installer des pare-brises / install windshields
  { id: `${SKILL}40164510-2450-48a3-b31e-1a04db2bfde0`, fr: ['Remplacement de pare-brise', 'Pose de pare-brise', 'Réparation d\'impacts', 'Vitrage automobile'], en: ['Windscreen replacement', 'Windscreen fitting', 'Chip repairs'] },
  // installer les accessoires d'un véhicule / install vehicle accessories
  { id: `${SKILL}4591e001-18f4-40df-9387-5ccc31a66691`, fr: ['Pose d\'attelages', 'Montage d\'accessoires', 'Pose d\'autoradios'], en: ['Fitting accessories', 'Towbar fitting'] },
  // entretenir des systèmes de climatisation / maintain air conditioning systems
  { id: `${SKILL}9ec3d3ec-14b4-4def-906d-41823355df0a`, fr: ['Recharge de climatisation', 'Recharge clim'], en: ['Air con regas', 'Aircon recharge'] },
];
