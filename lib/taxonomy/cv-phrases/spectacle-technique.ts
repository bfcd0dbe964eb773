// Spectacle vivant, événementiel et audiovisuel, côté technique (technicien son, technicien lumière, régisseur,
// machiniste, roadie, technicien vidéo): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // utiliser une console de mixage audio / operate an audio mixing console
  { id: `${SKILL}72812eb6-5a0f-48e8-815d-3d2a16b8e963`, fr: ['Console de mixage', 'Table de mixage', 'Console de mixage numérique', 'Yamaha CL5', 'Yamaha QL', 'Midas M32', 'Behringer X32', 'DiGiCo', 'Allen & Heath'], en: ['Mixing desk', 'Sound desk', 'Digital mixing console', 'Yamaha CL5', 'Midas M32', 'Behringer X32', 'DiGiCo', 'Allen & Heath'] },
  // mixer le son en direct / mix sound in a live situation
  { id: `${SKILL}84bbad5b-6560-440a-89f0-0e61729e80a0`, fr: ['Mixage façade', 'Mix façade', 'Mixage live', 'Mixage retours', 'Retours de scène', 'Mixage en direct'], en: ['FOH mixing', 'Monitor mixing', 'Live mixing', 'In-ear monitors'] },
  // utiliser du matériel de sonorisation en direct / operate sound live
  { id: `${SKILL}e8bae3fe-6d8d-457e-a20b-6f8eea4d5402`, fr: ['Sonorisation', 'Sonorisation de concerts', 'Sonorisation de spectacles', 'Sonorisation d\'événements', 'Régie audio'], en: ['Live sound', 'Live sound engineering', 'PA operation', 'Concert sound'] },
  // installer un système de renforcement du son / set up sound reinforcement system
  { id: `${SKILL}dfc63948-4423-4be0-9b32-8e532f90f2ed`, fr: ['Installation de la sonorisation', 'Montage du système de diffusion', 'Line array', 'Calage de système', 'Accroche de line array'], en: ['PA system setup', 'Line array', 'Rigging line arrays', 'Setting up PA systems'] },
  // mettre en place un équipement sonore / set up sound equipment
  { id: `${SKILL}20c6a2ec-ef98-4f95-8a16-c8006d9242ba`, fr: ['Installation du matériel de sonorisation', 'Patch audio', 'Placement des micros'], en: ['Stage patch', 'Mic placement', 'Sound equipment setup', 'Stage plot'] },
  // effectuer des contrôles du son / perform soundchecks
  { id: `${SKILL}5cd76739-b8c7-45d1-a950-082dee2d6778`, fr: ['Balances des artistes', 'Balances musiciens', 'Faire les balances'], en: ['Soundchecks', 'Running soundchecks'] },
  // effectuer une vérification technique du son / perform technical sound check
  { id: `${SKILL}41ce355e-1cbe-46e4-a36b-e7eb6e108bee`, fr: ['Line check'], en: ['Line checks'] },
  // entretenir du matériel de sonorisation / maintain sound equipment
  { id: `${SKILL}d7734eca-1359-4169-87ea-0b8512ae9425`, fr: ['Maintenance du matériel audio', 'Réparation de câbles audio', 'Soudure de connecteurs XLR'], en: ['Sound equipment maintenance', 'Maintaining PA equipment'] },
  // régler des systèmes audio sans fil / tune up wireless audio systems
  { id: `${SKILL}fc461d64-ef74-43d5-8fc1-e1d1943e5bc5`, fr: ['Micros HF', 'Gestion des fréquences HF', 'Systèmes HF'], en: ['Radio mics', 'RF coordination', 'Wireless microphones', 'Radio mic management'] },
  // utiliser des processeurs de signaux audio / operate audio-signal processors
  { id: `${SKILL}cbeb1221-10ed-4676-a2a1-576718977001`, fr: ['Traitement du signal audio', 'Processeurs audio', 'Effets audio', 'Égalisation audio'], en: ['Outboard gear', 'Audio processors', 'Dynamics processing'] },
  // programmer des indications sonores / program sound cues
  { id: `${SKILL}5b4ea415-3a3a-4d90-91d2-2d18ad196f4b`, fr: ['QLab', 'Conduite sonore', 'Conduites son', 'Envoi des effets sonores'], en: ['QLab', 'Sound cues', 'Sound cue programming'] },
  // enregistrer en multipistes / record multi-track sound
  { id: `${SKILL}9a8f5432-fb04-498d-9ba4-a4e1444ff056`, fr: ['Enregistrement live'], en: ['Multitrack recording', 'Live recording'] },
  // utiliser une console d'éclairage / operate a lighting console
  { id: `${SKILL}13afe9ee-803d-4de1-a8e0-bb529c959f9d`, fr: ['Pupitre lumière', 'Console lumière', 'grandMA', 'grandMA2', 'grandMA3', 'Avolites', 'ChamSys', 'Jeu d\'orgue', 'ETC Eos'], en: ['Lighting desk', 'Lighting console', 'grandMA', 'grandMA2', 'Avolites', 'ChamSys', 'ETC Eos'] },
  // installer des éclairages / rig lights
  { id: `${SKILL}9cc78400-9ba9-4ffd-9ef5-59e2cd657035`, fr: ['Accroche lumière', 'Accroche des projecteurs', 'Montage lumière', 'Implantation lumière', 'Démontage lumière'], en: ['Lighting rig', 'Hanging lanterns'] },
  // assurer la mise au point d' éclairages de scène / focus stage lights
  { id: `${SKILL}1e63f0c8-07ac-4ad6-a996-7556f25459f2`, fr: ['Réglages lumière', 'Pointage des projecteurs', 'Pointage lumière', 'Focus lumière'], en: ['Focusing lanterns', 'Lighting focus'] },
  // définir la position d'éclairages / plot lighting states
  { id: `${SKILL}1ae7c07e-7594-4f43-846c-db47698b3164`, fr: ['Encodage lumière', 'Programmation lumière', 'Conduite lumière', 'Conduites lumière', 'Encodage de conduite'], en: ['Lighting programming', 'Programming lighting cues', 'Lighting cues'] },
  // définir la position d'éclairages avec des lumières automatisées / plot lighting states with automated lights
  { id: `${SKILL}917a2511-aef4-4342-9a3d-023a93912b22`, fr: ['Programmation de lyres', 'Lyres asservies', 'Projecteurs asservis'], en: ['Moving heads', 'Programming moving lights', 'Moving lights'] },
  // entretenir du matériel d'éclairage / maintain lighting equipment
  { id: `${SKILL}9f436e91-bc51-4d18-a3c7-17c1271e2ed0`, fr: ['Entretien des projecteurs', 'Maintenance lumière'], en: ['Lighting maintenance', 'Maintaining lanterns', 'Lantern maintenance'] },
  // utiliser du matériel d'éclairage / operate lighting equipment
  { id: `${SKILL}20afa37b-4b6d-49c1-81c6-2941dd2762ab`, fr: ['Éclairage scénique', 'Technique lumière', 'DMX', 'Protocole DMX', 'Gradateurs'], en: ['Stage lighting', 'DMX', 'DMX512'] },
  // assurer l'éclairage d'un spectacle / light a show
  { id: `${SKILL}d748114d-bd74-4725-98c6-beec65e52d7e`, fr: ['Régie lumière', 'Régie lumière de spectacle', 'Envoi de la conduite lumière', 'Envoi des conduites lumière'], en: ['Lighting operation', 'Lighting operator'] },
  // utiliser des projecteurs de poursuite / operate follow spots
  { id: `${SKILL}081c58df-0ce8-4fc0-a031-14481c80f32a`, fr: ['Poursuiteur', 'Tenue de poursuite', 'Projecteur de poursuite'], en: ['Follow spot', 'Followspot operation'] },
  // établir un plan d'éclairage / draw up lighting plan
  { id: `${SKILL}349167f7-faa9-423a-b054-9e4fa0978fd7`, fr: ['Plan de feu', 'Réalisation de plans de feu'], en: ['Lighting plot', 'Lighting plans'] },
  // suspendre des palans à chaîne / hang chain hoists
  { id: `${SKILL}348e4a08-d01b-4cd5-8370-d114a9e31df1`, fr: ['Accroche de moteurs', 'Accroche de palans', 'Moteurs de levage'], en: ['Chain hoists', 'Hanging motors', 'Motor rigging'] },
  // utiliser du matériel de haubanage / use rigging equipment
  { id: `${SKILL}5bb81494-2560-4018-9e4a-5544133e6af7`, fr: ['Accroche de structures', 'Accroche scénique', 'Rigging', 'Pont alu', 'Élingues et manilles'], en: ['Rigging', 'Truss rigging', 'Slings and shackles', 'Stage rigging'] },
  // monter les équipements de la représentation / assemble performance equipment
  { id: `${SKILL}79edf815-70bf-48fc-a2f4-86ae5d372918`, fr: ['Montage de scène', 'Montage de scènes de spectacle', 'Montage du matériel scénique', 'Load-in'], en: ['Load-in and load-out', 'Get-in and get-out', 'Stage builds', 'Fit-up and get-out', 'Load-in'] },
  // installer des estrades / set up stage decks
  { id: `${SKILL}0e2ff90d-a139-4acc-8945-514a91e1fb07`, fr: ['Montage de praticables', 'Praticables', 'Montage de podiums', 'Scène mobile'], en: ['Stage decks', 'Mobile stage'] },
  // monter les éléments scéniques sur scène / assemble scenic elements on stage
  { id: `${SKILL}b3afe118-6631-4640-942b-5acf7a0e7ada`, fr: ['Montage de décors', 'Plantation de décor', 'Implantation du décor'], en: ['Scenery assembly', 'Setting up scenery'] },
  // construire des structures de décor / build set constructions
  { id: `${SKILL}cb58bfc2-696d-4b45-8f01-283b612a6c9a`, fr: ['Construction de décors', 'Fabrication de décors', 'Atelier décors'], en: ['Set construction', 'Set building', 'Scenery building'] },
  // peindre des décors / paint sets
  { id: `${SKILL}7372ea5d-5d77-4a1b-85fc-f419d4a764e1`, en: ['Scenic painting', 'Scenic art'] },
  // utiliser un système de commande de mouvement de la scène / operate stage movement control system
  { id: `${SKILL}50deacaa-7789-407d-afc0-b217a39fc7a8`, fr: ['Machinerie scénique', 'Machinerie de théâtre', 'Manœuvre des porteuses', 'Équipes contrebalancées'], en: ['Fly system', 'Fly rail', 'Counterweight flying', 'Flying scenery'] },
  // modifier des éléments scéniques pendant une représentation / modify scenic elements during performance
  { id: `${SKILL}c863e6a4-ddab-4314-bc9a-2f6b0aee143d`, fr: ['Changements de décor', 'Changements à vue', 'Changements de plateau'], en: ['Scene changes', 'Scene shifting'] },
  // donner des indications pendant une représentation / cue a performance
  { id: `${SKILL}3ed245ce-6953-4203-94d7-89550bf502ba`, fr: ['Envoi des tops', 'Conduite du spectacle', 'Top lumière'], en: ['Calling the show', 'Calling cues'] },
  // coordonner le déroulement d'une représentation / coordinate the running of a performance
  { id: `${SKILL}80e9d91c-3d36-4816-ab23-51054ab90d44`, fr: ['Régie générale', 'Régie plateau', 'Régie de spectacle', 'Régie d\'événements'], en: ['Stage management', 'Show running'] },
  // coordonner les vérifications avant un spectacle / coordinate pre-show checks
  { id: `${SKILL}81079e09-228b-4476-9bc4-279d7e2152c2`, fr: ['Vérifications avant spectacle', 'Mise du plateau', 'Checks avant représentation'], en: ['Pre-show checks', 'Show checks', 'Pre-set checks'] },
  // aider à rédiger des devis techniques / help write technical riders
  { id: `${SKILL}a2dfc063-7b24-4258-a778-d395c41d4966`, fr: ['Fiches techniques de spectacle', 'Rider technique'], en: ['Technical riders', 'Tech riders'] },
  // coordonner des tournées / coordinate performance tours
  { id: `${SKILL}7c2b05c3-a27e-4c0a-98e1-d62aaeadbf56`, fr: ['Régie de tournée', 'Road manager'], en: ['Touring crew', 'Concert touring'] },
  // maintenir des conditions de travail sûres dans les arts du spectacle / maintain safe working conditions in performing arts
  { id: `${SKILL}9afc0c8e-bbd4-4929-81f9-a17eb8af3879`, fr: ['Sécurité des spectacles', 'Sécurité sur scène', 'Sécurité du plateau'], en: ['Stage safety', 'Backstage safety'] },
  // entretenir du matériel audiovisuel / maintain audiovisual equipment
  { id: `${SKILL}6e4f264a-e2e1-42fb-9866-e64069f8b441`, fr: ['Maintenance audiovisuelle', 'Maintenance du matériel audiovisuel', 'Maintenance AV'], en: ['AV maintenance', 'AV equipment maintenance'] },
  // mettre en place des équipements périphériques audiovisuels / set up audiovisual peripheral equipment
  { id: `${SKILL}51927003-a757-4552-804f-c045e21fdaf2`, fr: ['Installation audiovisuelle', 'Installation de matériel audiovisuel', 'Installation AV'], en: ['AV setup', 'AV installation', 'Setting up AV equipment', 'Conference AV'] },
  // utiliser du matériel vidéo / operate video equipment
  { id: `${SKILL}440d7494-3d79-4e1f-83ba-b346e116b471`, fr: ['Régie vidéo', 'Captation vidéo', 'Caméras PTZ', 'Technique vidéo', 'Captation de spectacles'], en: ['Video operation', 'PTZ cameras', 'Video crew'] },
  // mixer des images en direct / mix live images
  { id: `${SKILL}bb979b3b-8292-409f-8c27-b17e13bab8bb`, fr: ['Mélangeur vidéo', 'Réalisation multicaméra', 'Mixage vidéo', 'Blackmagic ATEM'], en: ['Vision mixing', 'Live video switching', 'Blackmagic ATEM', 'Vision mixer'] },
  // installer du matériel de projection / set up projection equipment
  { id: `${SKILL}e2c884e4-4952-4a5c-ba69-ad406b66bd7d`, fr: ['Vidéoprojection', 'Installation de vidéoprojecteurs', 'Mapping vidéo', 'Écrans LED', 'Mur LED'], en: ['Projection setup', 'Video projection', 'Projection mapping', 'LED walls', 'LED screens'] },
  // organiser des câbles / organize wires
  { id: `${SKILL}232cde64-186f-4fbe-b2ae-4a68aad70a67`, fr: ['Gestion des câbles', 'Lovage des câbles'], en: ['Cable management', 'Cable runs', 'Over-under cable coiling'] },
  // assurer la distribution d'électricité / provide power distribution
  { id: `${SKILL}f8b05146-5ffc-44a9-846b-63e3ad1fe187`, fr: ['Distribution électrique de spectacle', 'Distribution électrique événementielle', 'Raccordement électrique de scène'], en: ['Temporary power distribution', 'Powerlock', 'Stage power distribution'] },
  // gérer l’installation d’une structure événementielle / manage event structure installation
  { id: `${SKILL}0e503b48-5491-4529-879e-b112251f8d50`, fr: ['Montage de structures événementielles', 'Montage de chapiteaux', 'Montage de stands'], en: ['Marquee erection', 'Event structures', 'Stand building'] },
  // charger des équipements / load equipment
  { id: `${SKILL}0b05cfa0-5f2a-4c74-850f-094d32fd1c1b`, fr: ['Chargement des flight cases', 'Flight cases'], en: ['Loading flight cases', 'Flight cases'] },
  // établir l'agencement d'une scène par voie numérique / draw up stage layouts digitally
  { id: `${SKILL}6b9c6280-cd0b-4462-885e-da63fe5918ea`, fr: ['Vectorworks', 'Plans d\'implantation scénique'], en: ['Vectorworks', 'Stage plans', 'Stage layouts'] },
  // inscrire les informations des vues en plan sur la surface d'une scène / mark the information from the ground plans on the stage area
  { id: `${SKILL}c8563d5d-9204-4337-870d-687b0d102972`, fr: ['Marquage du plateau'], en: ['Marking out the stage', 'Spike marks', 'Spiking the stage'] },
  // contrôler régulièrement les équipements de gréage / perform regular checks on rigging equipment
  { id: `${SKILL}1bcabfd1-501c-47be-bce7-c1862ad43801`, fr: ['Vérification du matériel d\'accroche', 'Contrôle des élingues'], en: ['Rigging inspections'] },
];
