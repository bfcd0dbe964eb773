// Propreté, nettoyage industriel et tertiaire, gestion des déchets (agent d'entretien, agent de propreté, laveur de vitres,
// agent de collecte): CV phrasings not already in skill-aliases.ts.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // nettoyer les sols d’un bâtiment / clean building floors
  { id: `${SKILL}a2cd3b30-2d6c-473e-a5d4-4e7cb576babe`, fr: ['Lavage des sols', 'Balayage humide', 'Méthode pré-imprégnée', 'Lustrage des sols', 'Décapage des sols', 'Spray méthode', 'Entretien des sols'], en: ['Mopping', 'Mopping floors', 'Floor cleaning', 'Floor care', 'Buffing floors', 'Floor stripping', 'Sweeping and mopping'] },
  // aspirer des surfaces / vacuum surfaces
  { id: `${SKILL}644617c8-fbe6-4755-b7f2-c3a623641e5b`, fr: ['Aspiration des sols', 'Aspiration des moquettes', 'Passage de l\'aspirateur'], en: ['Hoovering', 'Vacuuming', 'Vacuuming carpets'] },
  // utiliser des accessoires pour dépoussiérer / use furniture dust removing tools
  { id: `${SKILL}c74eb35b-f9ed-4a36-b7d8-ef59274385c3`, fr: ['Dépoussiérage des surfaces', 'Dépoussiérage du mobilier', 'Essuyage humide'], en: ['Dusting', 'Damp dusting', 'Dusting surfaces'] },
  // nettoyer des surfaces vitrées / clean glass surfaces
  { id: `${SKILL}d05ae693-dc7d-4073-8806-2782f117c24a`, fr: ['Nettoyage des vitres', 'Lavage des vitres', 'Nettoyage de vitrages'], en: ['Window cleaning', 'Glass cleaning'] },
  // maintenir la propreté dans des toilettes / maintain the cleanliness of the toilet facilities
  { id: `${SKILL}58a15a33-2b41-4a7e-bb8a-777328b5d82a`, fr: ['Nettoyage des sanitaires', 'Entretien des sanitaires', 'Désinfection des sanitaires', 'Nettoyage des WC', 'Réapprovisionnement des sanitaires'], en: ['Cleaning toilets', 'Washroom cleaning', 'Restocking washrooms'] },
  // manipuler les produits chimiques de nettoyage / handle chemical cleaning agents
  { id: `${SKILL}51a26193-9abe-4bce-9108-f50835be1c35`, fr: ['Produits d\'entretien', 'Dilution des produits'], en: ['COSHH', 'Cleaning chemicals', 'Chemical dilution'] },
  // trier les déchets / sort waste
  { id: `${SKILL}110d7aa3-e44e-4cce-a927-8d4de615f3d9`, fr: ['Tri sélectif', 'Évacuation des déchets', 'Sortie des poubelles', 'Gestion des poubelles', 'Vidage des corbeilles', 'Vidage des poubelles'], en: ['Waste segregation', 'Recycling', 'Bin duties', 'Emptying bins', 'Waste disposal', 'Taking out the rubbish', 'Rubbish and recycling'] },
  // mener des opérations de nettoyage haute pression / carry out pressure washing activities
  { id: `${SKILL}6f4ea676-cb82-428f-949b-629747a34366`, fr: ['Nettoyage haute pression', 'Karcher', 'Nettoyeur haute pression', 'Lavage haute pression'], en: ['Pressure washing', 'Jet washing', 'Power washing'] },
  // nettoyer des locaux / clean rooms
  { id: `${SKILL}7bb01a18-4637-4535-ba18-258f48f705b8`, fr: ['Remise en état après travaux', 'Nettoyage de fin de chantier', 'Nettoyage après travaux', 'Remise en état des locaux'], en: ['Builders\' cleans', 'Post-construction cleaning', 'End of tenancy cleaning', 'Deep cleaning'] },
  // suivre des consignes d’organisation dans le secteur du nettoyage / follow organizational  guidelines in the cleaning industry
  { id: `${SKILL}bef359eb-b3f1-4315-b2ec-72a112060196`, fr: ['Protocoles de nettoyage', 'Plan de nettoyage', 'Cahier des charges de nettoyage', 'Respect du protocole d\'hygiène'], en: ['Cleaning schedules', 'Cleaning specifications', 'Following cleaning rotas'] },
  // vider des poubelles publiques / empty community waste collection bins
  { id: `${SKILL}15e6454f-59fc-492a-b82e-e12859b4022d`, fr: ['Collecte des déchets', 'Ramassage des ordures', 'Ramassage des déchets', 'Vidage des corbeilles de rue', 'Vidage des corbeilles publiques'], en: ['Refuse collection', 'Waste collection', 'Bin collection', 'Bin rounds'] },
  // mener des opérations de nettoyage en extérieur / perform cleaning activities in an outdoor environment
  { id: `${SKILL}f17846ea-7278-4b92-808e-bddeb6122cbe`, fr: ['Nettoyage des espaces extérieurs', 'Entretien des abords', 'Nettoyage des parkings', 'Propreté urbaine', 'Nettoiement'], en: ['External cleaning', 'Litter picking', 'Street cleansing'] },
  // désinfecter des surfaces / disinfect surfaces (hospital and care-home cleaning protocols)
  { id: `${SKILL}145fb42f-ebee-48e2-bdf8-2e935edc7158`, fr: ['Protocoles d\'hygiène et de désinfection', 'Protocoles de désinfection', 'Désinfection des locaux', 'Désinfection des points de contact'], en: ['Disinfecting touch points', 'Sanitising surfaces'] },
  // produits de nettoyage / cleaning products (what the agent says they know and dose)
  { id: `${SKILL}192043be-5700-40fd-9e21-52c8f1ba8b2e`, fr: ['Connaissance des produits d\'entretien', 'Respect des dosages des produits', 'Dosage et dilution des produits'], en: ['Knowledge of cleaning chemicals', 'Cleaning chemicals and dilution'] },
  // maintenir la propreté des espaces de travail / maintain work area cleanliness (a workshop's, a line's, a kitchen's)
  { id: `${SKILL}5598739b-6718-4cff-8402-91d7f65b1505`, fr: ['Nettoyage du poste de travail', 'Nettoyage et rangement du poste', 'Rangement du poste de travail', 'Propreté du poste de travail'], en: ['Keeping the work area clean', 'Cleaning down the workstation', 'Tidy workstation', 'Keeping the site clean and tidy', 'Keeping work areas clear', 'Clean and tidy site', 'Housekeeping on site'] },
  // nettoyer des rues manuellement / perform street cleaning manually (agent de propreté urbaine)
  { id: `${SKILL}53564525-89e7-4d9d-b770-59129ae350b9`, fr: ['Balayage des voies', 'Balayage des rues', 'Balayage des trottoirs', 'Balayage manuel', 'Ramassage des papiers'], en: ['Street sweeping', 'Manual sweeping', 'Sweeping pavements'] },
  // utiliser des balayeuses de rue motorisées / operate motorized street sweeping machine
  { id: `${SKILL}c9fe480a-1664-4769-948f-f8eaf2a656cd`, fr: ['Conduite de balayeuse', 'Balayeuse', 'Balayage mécanisé', 'Balayeuse aspiratrice'], en: ['Road sweeper', 'Mechanical sweeper', 'Driving a road sweeper'] },
];
