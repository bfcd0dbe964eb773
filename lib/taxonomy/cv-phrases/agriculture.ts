// Agriculture, maraîchage, viticulture, arboriculture, élevage, travaux saisonniers: CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // récolter des cultures / harvest crop
  { id: `${SKILL}2e4e8114-e579-453d-918e-b0262818ab76`, fr: ['Travaux de récolte', 'Cueillette', 'Cueillette de fruits', 'Récolte de légumes', 'Ramassage des fruits', 'Travaux saisonniers de récolte'], en: ['Fruit picking', 'Harvesting'] },
  // récolter du raisin / harvest grapes
  { id: `${SKILL}06b1f593-ac31-42ba-a2cd-5d86c755b416`, fr: ['Vendangeur', 'Coupe du raisin', 'Porteur en vendanges'], en: ['Grape picking'] },
  // planter des vignes / plant vineyards
  { id: `${SKILL}2ad1d666-0cf0-44e0-bebc-27c946be985b`, fr: ['Plantation des ceps', 'Plantation de vignes', 'Remplacement des ceps', 'Complantation', 'Plantation et remplacement des ceps'], en: ['Vine planting', 'Planting vines'] },
  // presser des raisins / press grapes
  { id: `${SKILL}e9aa29d4-8df8-4654-b444-fafc23d39ca8`, fr: ['Pressurage', 'Pressurage des raisins', 'Participation au pressurage'], en: ['Grape pressing'] },
  // entretenir des cuves pour la viticulture / maintain vineyard tanks
  { id: `${SKILL}da353933-40c3-4790-b6d3-85cf945e0f01`, fr: ['Nettoyage des cuves', 'Lavage des cuves', 'Travaux de chai'], en: ['Cleaning wine tanks', 'Winery tank cleaning'] },
  // récolter du raisin / harvest grapes
  { id: `${SKILL}06b1f593-ac31-42ba-a2cd-5d86c755b416`, fr: ['Vendanges', 'Vendanges manuelles', 'Coupeur de raisin', 'Coupeuse de raisin', 'Porteur de hotte'], en: ['Grape harvest', 'Grape picking'] },
  // entretenir des vignes / tend vines
  { id: `${SKILL}a131d45c-7f0b-457e-9294-4e7e32f6b2af`, fr: ['Taille de la vigne', 'Travaux de la vigne', 'Relevage', 'Palissage', 'Ébourgeonnage', 'Épamprage', 'Liage', 'Tirage des bois'], en: ['Vine pruning', 'Vineyard work', 'Canopy management'] },
  // conduire un tracteur / operate tractor
  { id: `${SKILL}a95f88b8-11b1-406a-aa30-c5a891cb41a8`, fr: ['Tracteur', 'Attelage d\'outils'], en: ['Tractor driving', 'Tractor'] },
  // faire fonctionner des engins agricoles / operate agricultural machinery
  { id: `${SKILL}00dd3271-077f-4a12-a958-e297fdd724ce`, fr: ['Moissonneuse-batteuse', 'Semoir', 'Pulvérisateur agricole'], en: ['Combine harvester', 'Farm machinery', 'Agricultural machinery'] },
  // entretenir des engins agricoles / maintain agricultural machinery
  { id: `${SKILL}2c5fbce2-cd76-4ef9-83c4-3a1b9afad015`, fr: ['Entretien du matériel agricole', 'Mécanique agricole', 'Réparation de machines agricoles'], en: ['Farm machinery maintenance', 'Agricultural engineering repairs'] },
  // organiser la production de cultures / manage crop production
  { id: `${SKILL}754de174-292f-4ddc-ae08-24b8fb8cff2e`, fr: ['Cultures sous serre', 'Maraîchage', 'Cultures maraîchères', 'Grandes cultures', 'Conduite des cultures', 'Itinéraire technique'], en: ['Vegetable growing', 'Arable farming', 'Crop production', 'Market gardening'] },
  // ensemencer un terrain / seed the ground
  { id: `${SKILL}84ce84bc-331d-4852-99ea-54f4924bb35c`, fr: ['Semis', 'Semis en plein champ'], en: ['Sowing', 'Sowing seeds'] },
  // multiplier des plantes / propagate plants
  { id: `${SKILL}844e9480-7aef-49f6-9260-d88c27249241`, fr: ['Repiquage', 'Bouturage', 'Semis et repiquage', 'Greffage'], en: ['Potting on', 'Pricking out', 'Taking cuttings'] },
  // nourrir des animaux d’élevage / feed livestock
  { id: `${SKILL}5b1d43d1-e063-4d07-8ba1-6f08d4e46279`, fr: ['Distribution de l\'alimentation', 'Affouragement', 'Soins aux animaux d\'élevage', 'Paillage'], en: ['Feeding animals'] },
  // traire des animaux / milk animals
  { id: `${SKILL}cacb30e8-eb78-40bf-b664-b7a4c8a018a3`, fr: ['Traite', 'Traite des vaches', 'Salle de traite', 'Robot de traite', 'Traite des chèvres'], en: ['Milking', 'Milking cows', 'Herringbone parlour', 'Rotary parlour'] },
  // surveiller des animaux d’élevage / monitor livestock
  { id: `${SKILL}757252bd-77d0-4a61-af7c-b500f1379d93`, fr: ['Surveillance du troupeau', 'Suivi du troupeau', 'Surveillance des vêlages', 'Vêlages', 'Agnelage'], en: ['Calving', 'Lambing', 'Herd monitoring', 'Stockmanship'] },
  // nettoyer des stalles / clean stalls
  { id: `${SKILL}9b3445d0-c567-4880-a592-eedd710e4a11`, fr: ['Curage des boxes', 'Nettoyage des boxes', 'Paillage des boxes', 'Entretien des écuries'], en: ['Mucking out', 'Stable duties', 'Yard duties'] },
  // soigner des chevaux / care for horses
  { id: `${SKILL}b669ef64-b137-4b0d-ad20-662934a6c1f9`, fr: ['Soins aux équidés'], en: ['Grooming horses', 'Tacking up'] },
  // emballer des fruits et légumes / pack vegetables or fruits
  { id: `${SKILL}aa47f037-4197-4484-8dac-2b7835ce2a85`, fr: ['Conditionnement de fruits et légumes', 'Calibrage des fruits', 'Tri et conditionnement', 'Station de conditionnement'], en: ['Packhouse work', 'Grading and packing', 'Fruit packing'] },
];
