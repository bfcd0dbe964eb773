// Maintenance industrielle et du bâtiment, électricité, automatisme, électroménager (technicien de maintenance, électricien,
// électromécanicien, agent d'entretien du bâtiment): CV phrasings not already in skill-aliases.ts.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // entretenir des équipements industriels / maintain industrial equipment
  { id: `${SKILL}3e4cdaee-740c-4754-9135-466362bbd22e`, fr: ['Maintenance préventive', 'Maintenance curative', 'Maintenance industrielle', 'Maintenance de premier niveau', 'Maintenance de niveau 1', 'Interventions de maintenance'], en: ['Preventive maintenance', 'PPM', 'Corrective maintenance', 'Industrial maintenance', 'Breakdown maintenance'] },
  // entretenir des équipements électromécaniques / maintain electromechanical equipment
  { id: `${SKILL}e0ded9a1-372d-46c8-80b5-ad994d606ef2`, fr: ['Maintenance électromécanique', 'Dépannage électromécanique'], en: ['Electromechanical maintenance', 'Electro-mechanical repairs'] },
  // entretenir des équipements mécaniques / maintain mechanical equipment
  { id: `${SKILL}8efb6150-2c43-4109-b3cd-41c3451698ea`, fr: ['Maintenance mécanique', 'Mécanique industrielle', 'Remplacement de roulements', 'Graissage', 'Remplacement de pièces d\'usure'], en: ['Mechanical maintenance', 'Bearing replacement', 'Greasing', 'Replacing wear parts'] },
  // entretenir des systèmes hydrauliques / maintain hydraulic systems
  { id: `${SKILL}8eebf05f-4495-4fd5-b1f0-cb85750295be`, fr: ['Maintenance hydraulique', 'Circuits hydrauliques', 'Flexibles hydrauliques'], en: ['Hydraulic systems', 'Hydraulic maintenance'] },
  // installer des systèmes pneumatiques / install pneumatic systems
  { id: `${SKILL}82da5835-1759-4eeb-9d58-a834ee80384e`, fr: ['Pneumatique industrielle', 'Circuits pneumatiques', 'Vérins pneumatiques'], en: ['Pneumatic systems'] },
  // installer des composants d’automatisation / install automation components
  { id: `${SKILL}818c2b89-1335-4443-ada7-e1046862e273`, fr: ['Automatisme', 'Programmation d\'automates', 'Siemens S7', 'TIA Portal'], en: ['PLCs', 'Siemens S7', 'Allen-Bradley'] },
  // tenir des registres des interventions de maintenance / maintain records of maintenance interventions
  { id: `${SKILL}182915aa-3470-433a-9b12-347511befcde`, fr: ['GMAO', 'Compte rendu d\'intervention', 'Rapports d\'intervention de maintenance', 'Bons d\'intervention', 'Fiches d\'intervention'], en: ['CMMS', 'Job sheets', 'Maintenance records', 'Work orders'] },
  // installer des appareils électriques et électroniques / install electrical and electronic equipment
  { id: `${SKILL}52797dce-911c-4e6d-b0cb-491f6469014f`, fr: ['Installations électriques', 'Électricité bâtiment', 'Électricité générale', 'Travaux d\'électricité', 'Mise en conformité électrique', 'Électricité tertiaire'], en: ['Electrical installations'] },
  // installer des appareils électroménagers / install electrical household appliances
  { id: `${SKILL}2959dba4-05ad-41b3-915a-d72d46108a63`, fr: ['Installation d\'électroménager', 'Pose d\'électroménager', 'Raccordement d\'appareils électroménagers'], en: ['Appliance installation'] },
  // réparer des appareils électroménagers / repair household appliances
  { id: `${SKILL}aeb5c424-120a-4d80-82a9-e24c5044714c`, fr: ['Dépannage électroménager', 'Réparation d\'électroménager', 'SAV électroménager'], en: ['Appliance repairs', 'White goods repairs'] },
  // effectuer l'entretien du matériel installé / perform maintenance on installed equipment
  { id: `${SKILL}79aa4ec0-399d-432e-aae8-7a390ce89bcc`, fr: ['Maintenance sur site', 'Interventions chez les clients', 'Maintenance des équipements installés', 'Dépannage sur site'], en: ['On-site maintenance', 'Field service'] },
  // effectuer de menues réparations sur des équipements / perform minor repairs to equipment
  { id: `${SKILL}c0fc7d2d-d013-40d7-bc58-75cf3771153f`, fr: ['Petits travaux d\'entretien', 'Petites réparations', 'Entretien courant des bâtiments', 'Maintenance des bâtiments', 'Petits travaux de bricolage', 'Multi-services du bâtiment'], en: ['Handyman', 'Odd jobs', 'Building maintenance', 'General maintenance'] },
  // réparer des composants électroniques / repair electronic components
  { id: `${SKILL}e487f6f8-854d-4210-9658-4196f07cc209`, fr: ['Dépannage électronique', 'Réparation de cartes électroniques', 'Soudure de composants électroniques'], en: ['Electronics repair', 'PCB repair', 'Board-level repair'] },
  // systèmes d’alarme / alarm systems
  { id: `${SKILL}14029d35-3831-4176-be75-da64e6024e6f`, fr: ['Alarme incendie', 'Installation d\'alarmes incendie', 'Alarmes intrusion'], en: ['Fire alarm systems', 'Fire alarm installation', 'Fire and intruder alarms'] },
  // installer des systèmes photovoltaïques / install photovoltaic systems
  { id: `${SKILL}18d3f89a-6ac5-4ca6-bf93-0baec4e13bcd`, fr: ['Installation de panneaux solaires'], en: ['Solar PV installation', 'Installing solar panels'] },
  // schémas de circuits / circuit diagrams
  { id: `${SKILL}02c71cde-f513-43da-8952-0974763c7568`, fr: ['Lecture de schémas'], en: ['Reading schematics'] },
];
