// Plomberie, chauffage, climatisation, ventilation (plombier, chauffagiste, frigoriste): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // installer des systèmes de plomberie / install plumbing systems
  { id: `${SKILL}8755734c-2919-41a3-9ca6-1e3d1f169213`, fr: ['Plomberie sanitaire', 'Travaux de plomberie', 'Installation sanitaire', 'Raccordements sanitaires', 'Alimentation et évacuation', 'Pose de réseaux d\'eau', 'Plomberie cuivre et PER', 'Plomberie'], en: ['Plumbing', 'First fix plumbing', 'Second fix plumbing', 'Pipework', 'Bathroom plumbing'] },
  // réparer des systèmes de plomberie / repair plumbing systems
  { id: `${SKILL}d809a1d2-b80e-43e4-8984-de7517fb68f1`, fr: ['Dépannage plomberie', 'Recherche de fuites', 'Réparation de fuites', 'Dépannage sanitaire'], en: ['Leak repairs', 'Fixing leaks'] },
  // installer des équipements sanitaires / place sanitary equipment
  { id: `${SKILL}ef6cb992-07d1-435b-a150-45d92228db1e`, fr: ['Pose de sanitaires', 'Pose de WC', 'Pose de lavabos', 'Pose de receveurs de douche', 'Pose de baignoires', 'Installation de salles de bains', 'Pose de meubles de salle de bain'], en: ['Bathroom fitting', 'Bathroom installations', 'Fitting sanitaryware', 'Sanitaryware'] },
  // manipuler du cuivre / manipulate copper
  { id: `${SKILL}978cc61a-16c1-4953-86d7-8c9b837bb961`, fr: ['Façonnage du cuivre', 'Cintrage du cuivre', 'Cintrage de tubes'], en: ['Pipe bending', 'Copper pipework'] },
  // appliquer des techniques de brasage / apply brazing techniques
  { id: `${SKILL}43032597-223c-4559-bdf9-abf0a312839a`, fr: ['Brasure', 'Brasage cuivre', 'Soudobrasure', 'Brasure à l\'argent'], en: ['Brazing'] },
  // installer une chaudière / install heating boiler
  { id: `${SKILL}592188c6-7212-47bb-ba58-f9361026addc`, fr: ['Pose de chaudières', 'Chaudière à condensation', 'Remplacement de chaudière'], en: ['Boiler installation', 'Combi boilers', 'Boiler swaps'] },
  // réparer des appareils de chauffage / repair heating equipment
  { id: `${SKILL}0d45c1ef-f56b-4a6c-9517-2d30205d693b`, fr: ['Dépannage chauffage', 'Dépannage de chaudières', 'Entretien de chaudières', 'Maintenance chauffage'], en: ['Boiler servicing', 'Boiler repairs', 'Boiler breakdowns'] },
  // installer des radiateurs / install radtors
  { id: `${SKILL}02a78cf3-8b31-4911-bcad-c989a1b7ff40`, fr: ['Pose de radiateurs', 'Désembouage'], en: ['Radiator fitting', 'Power flushing'] },
  // installer un chauffage au sol et un chauffage mural / install in-floor and in-wall heating
  { id: `${SKILL}814f3782-62cb-4af8-8b13-98a71c5f60a2`, fr: ['Plancher chauffant'], en: ['Underfloor heating'] },
  // installer un dispositif de climatisation / install air conditioning device
  { id: `${SKILL}b49036dd-059b-40d5-8ae9-0b1a6a64f668`, fr: ['Installation de climatisation', 'Pose de climatiseurs', 'Pose de splits', 'Mise en service de climatiseurs'], en: ['Air conditioning installation', 'Split systems', 'AC installation'] },
  // entretenir des systèmes de climatisation / maintain air conditioning systems
  { id: `${SKILL}9ec3d3ec-14b4-4def-906d-41823355df0a`, fr: ['Maintenance climatisation', 'Maintenance frigorifique', 'Entretien de climatisation', 'Dépannage frigorifique', 'Attestation de capacité fluides frigorigènes', 'Manipulation des fluides frigorigènes'], en: ['Air conditioning maintenance', 'Refrigeration maintenance', 'F-Gas'] },
  // installer un système de ventilation / install ventilation equipment
  { id: `${SKILL}a6c71ced-4224-412e-9abc-75a3edc3b5fc`, fr: ['Pose de VMC', 'VMC double flux', 'Installation de VMC', 'VMC simple flux'], en: ['MVHR'] },
  // déboucher des canalisations / clear out drains
  { id: `${SKILL}8e946faa-b350-4cbe-9eeb-6fee739e6d98`, fr: ['Débouchage', 'Curage de canalisations'], en: ['Drain unblocking', 'Drain clearance', 'Jetting drains'] },
  // remplacer un robinet / replace faucets
  { id: `${SKILL}0a85e1c5-393b-4348-97c4-7b5bef419e7d`, fr: ['Changement de robinetterie', 'Pose de robinetterie', 'Remplacement de mitigeurs'], en: ['Tap replacement', 'Fitting taps'] },
  // installer des conduites en PVC / install PVC piping
  { id: `${SKILL}59030382-506d-454d-81cd-787586ffb840`, fr: ['Évacuations PVC', 'Collage PVC'], en: ['Waste pipes', 'Soil and waste pipework'] },
  // installer une pompe à chaleur / install heat pump
  { id: `${SKILL}00735755-adc6-4ea0-b034-b8caff339c9f`, fr: ['Pose de pompes à chaleur', 'Installation de PAC', 'PAC air-eau', 'Pompe à chaleur air-eau'], en: ['Air source heat pumps', 'ASHP'] },
];
