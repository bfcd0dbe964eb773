// Bureau d'études et méthodes industrielles (dessinateur industriel CAO, technicien méthodes, technicien
// d'industrialisation, automaticien, programmeur robot): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // --- Dessinateur industriel, dessinateur-projeteur / design engineer, CAD designer ---
  // utiliser un logiciel de CAO / use CAD software
  { id: `${SKILL}b34e2ba1-9080-48c9-9b42-ee9192a4d3f1`, fr: ['Creo', 'PTC Creo', 'Inventor', 'Autodesk Inventor', 'TopSolid', 'Solid Edge', 'Siemens NX', 'Fusion 360', 'Conception 3D', 'Modélisation 3D de pièces', 'Conception assistée par ordinateur'], en: ['Creo', 'PTC Creo', 'Autodesk Inventor', 'Solid Edge', 'Siemens NX', 'Fusion 360'] },
  // utiliser un logiciel de CAO-DAO / use CADD software
  { id: `${SKILL}54ddd422-5905-44db-93d4-03b17b913c5e`, fr: ['Mise en plan', 'Cotation de plans', 'Dessins de définition sous CAO', 'Dessin assisté par ordinateur', 'DAO 2D'], en: ['Producing detail drawings', '2D drafting', 'CAD drafting', 'Draughting', 'CAD draughting', 'Producing manufacturing drawings'] },
  // préparer des schémas de montage / prepare assembly drawings
  { id: `${SKILL}f19f2c6d-3f1d-4231-9fd9-ece77ed359d7`, fr: ['Dessins d\'ensemble sous CAO', 'Réalisation de plans d\'assemblage'], en: ['Producing general arrangement drawings', 'Producing GA drawings', 'Creating exploded views', 'Producing assembly drawings'] },
  // dessin industriel / technical drawings
  { id: `${SKILL}59ea80e1-463a-4dba-82c6-d0b6d577d532`, fr: ['Projection orthogonale'], en: ['BS 8888', 'Orthographic projection', 'ISO drawing standards'] },
  // lire des schémas techniques / read engineering drawings
  { id: `${SKILL}b07daddc-8625-4360-946e-ad2b0e56ebf6`, fr: ['Lecture de plans de définition', 'Lecture de plans d\'ensemble', 'Lecture de plans de détail'], en: ['Reading detail drawings', 'Reading GA drawings'] },
  // rédiger une nomenclature / draft bill of materials
  { id: `${SKILL}ad903700-6511-4804-afc6-f9a2e9344a59`, fr: ['Nomenclatures de fabrication', 'Création de nomenclatures', 'Nomenclatures pièces', 'Gestion des nomenclatures'], en: ['Writing bills of materials', 'BOM management', 'BOM creation', 'Creating BOMs'] },
  // définir des tolérances / set tolerances
  { id: `${SKILL}9e7ffb8a-e034-4024-8370-0cf68cd05352`, fr: ['Chaînes de cotes', 'Calcul de chaînes de cotes', 'Analyse de tolérances', 'Ajustements ISO', 'Tolérancement'], en: ['Tolerance stack-up', 'Tolerance stack-up analysis', 'Tolerance analysis', 'Limits and fits'] },
  // concevoir des composants d’ingénierie / design engineering components
  { id: `${SKILL}87434439-c07d-48be-af34-b0cdd03121c4`, fr: ['Conception mécanique', 'Conception de pièces mécaniques', 'Conception de sous-ensembles mécaniques', 'Conception de machines spéciales', 'Conception d\'outillages', 'Conception de montages d\'usinage', 'Études mécaniques'], en: ['Mechanical design', 'Machine design', 'Special purpose machine design', 'Jig and fixture design', 'Tooling design', 'Design of mechanical components'] },
  // ajuster des conceptions techniques / adjust engineering designs
  { id: `${SKILL}42b23922-1c40-4dbe-9e0c-7a568dfdf06b`, fr: ['Modifications de plans', 'Mise à jour des plans', 'Gestion des modifications techniques', 'Gestion des indices de plans'], en: ['Engineering change requests', 'Engineering change notes', 'Drawing revisions', 'Design modifications', 'Engineering changes'] },
  // concevoir des prototypes / design prototypes
  { id: `${SKILL}bacbfc27-4b5d-47de-8bfd-af5fa27562a2`, fr: ['Prototypage rapide', 'Réalisation de prototypes'], en: ['Prototype design', 'Rapid prototyping'] },
  // processus d’impression 3D / 3D printing process
  { id: `${SKILL}2afb2b59-c9a3-4cf3-b1dd-1a2fad51e583`, fr: ['Impression 3D', 'Fabrication additive', 'Imprimante 3D'], en: ['3D printing', 'Additive manufacturing', '3D printers'] },
  // analyser la résistance aux contraintes de produits / analyze stress resistance of products
  { id: `${SKILL}632843be-2872-47b4-a92e-352629f9bd88`, fr: ['Calculs de dimensionnement', 'Dimensionnement mécanique', 'Dimensionnement de pièces', 'Calculs de structures mécaniques', 'Notes de calcul mécanique', 'Vérification de la tenue mécanique'], en: ['Stress analysis', 'Mechanical calculations', 'Design calculations'] },
  // mécanique des matériaux / material mechanics
  { id: `${SKILL}2964011e-f828-4c6c-b98b-51e984d66365`, fr: ['Résistance des matériaux', 'RDM', 'Calculs de RDM'], en: ['Strength of materials', 'Mechanics of materials', 'Solid mechanics'] },
  // utiliser un logiciel d’IAO / use CAE software
  { id: `${SKILL}9ab0a456-e4f6-4070-a360-46e1009b6c0d`, fr: ['Simulation par éléments finis', 'Calcul par éléments finis', 'Éléments finis', 'ANSYS', 'Abaqus', 'SolidWorks Simulation', 'Simulation mécanique', 'Nastran'], en: ['FEA', 'Finite element analysis', 'ANSYS', 'Abaqus', 'SolidWorks Simulation', 'Nastran'] },
  // utiliser un logiciel de FAO / use CAM software
  { id: `${SKILL}7a757fa5-9a6f-43ab-9e66-f8f4dba1ffcb`, fr: ['CFAO', 'Mastercam', 'TopSolid Cam', 'PowerMill', 'hyperMILL', 'Esprit CAM', 'GibbsCAM', 'Programmation FAO'], en: ['Mastercam', 'PowerMill', 'hyperMILL', 'Esprit CAM', 'GibbsCAM', 'CAM programming'] },
  // fournir une documentation technique / provide technical documentation
  { id: `${SKILL}04dfd9fb-e0cf-40f6-96c6-9d2280c4347e`, fr: ['Rédaction de dossiers techniques', 'Rédaction de notices techniques'], en: ['Technical files', 'Technical data packs', 'Writing technical manuals'] },
  // rédiger un cahier des charges de normes de conception / draft design specifications
  { id: `${SKILL}a8d41cca-3bc9-4d2a-ae09-436dabe86e21`, fr: ['Rédaction de cahiers des charges techniques', 'Rédaction de spécifications techniques'], en: ['Writing design specifications', 'Writing technical specifications'] },
  // rétro-ingénierie / reverse engineering
  { id: `${SKILL}8fdf4273-d8ce-47a2-b461-45cb1282ef36`, fr: ['Rétro-conception', 'Rétroconception'] },
  // dessiner des ébauches / draw blueprints
  { id: `${SKILL}bf59255e-782a-4e83-a93c-6055cfdd8e7f`, fr: ['Implantation de lignes de production', 'Implantation d\'atelier', 'Implantation de machines', 'Plans d\'implantation d\'usine'], en: ['Layout drawings', 'Plant layout', 'Factory layout', 'Production line layout', 'Equipment layouts'] },

  // --- Technicien méthodes, industrialisation / manufacturing engineer, process engineer ---
  // planifier des processus de fabrication / plan manufacturing processes
  { id: `${SKILL}7d0f33ea-e724-4d77-8b75-ee4fe66bb9ba`, fr: ['Rédaction de gammes', 'Rédaction de gammes de fabrication', 'Élaboration des gammes de fabrication', 'Élaboration de gammes', 'Création de gammes', 'Mise à jour des gammes', 'Industrialisation', 'Industrialisation de nouveaux produits', 'Méthodes industrielles', 'Préparation méthodes'], en: ['Process planning', 'Manufacturing routings', 'Routing sheets', 'New product introduction', 'NPI', 'Industrialisation'] },
  // préparer des prototypes de production / prepare production prototypes
  { id: `${SKILL}e921279a-1a7e-4900-9720-bde93ae3e70e`, fr: ['Présérie', 'Lancement de présérie', 'Suivi des préséries'], en: ['Pre-production runs', 'Pilot runs', 'Pre-series production'] },
  // rédiger des instructions de travail / prepare work instructions
  { id: `${SKILL}512dc6a9-d55f-4042-a565-4a929731d8e3`, fr: ['Rédaction de fiches d\'instructions', 'Élaboration de fiches d\'instructions', 'Création de fiches d\'instructions', 'Rédaction des instructions au poste', 'Mise en place de standards de travail', 'Standardisation des postes de travail'], en: ['Writing standard work', 'Writing work instructions', 'Standardised work'] },
  // estimer avec précision le temps de travail / accurately estimate work hours
  { id: `${SKILL}bd556223-d9af-434b-a6bf-e70fa3ed3d12`, fr: ['Chronométrage', 'Chronométrage des postes', 'Études de temps', 'Analyse des temps', 'Calcul des temps standards', 'Établissement des temps standards', 'Méthode MTM', 'MTM'], en: ['Time studies', 'Time and motion studies', 'Work measurement', 'MTM'] },
  // optimisation de la qualité et de la durée des cycles / quality and cycle time optimization
  { id: `${SKILL}3b3b7373-220a-4287-87cf-e24a208b63c6`, fr: ['Calcul des temps de cycle', 'Réduction des temps de cycle', 'Optimisation des temps de cycle', 'Équilibrage de ligne', 'Équilibrage des postes', 'Takt time'], en: ['Cycle time reduction', 'Cycle time optimisation', 'Line balancing', 'Takt time'] },
  // améliorer le flux de production / enhance production workflow
  { id: `${SKILL}8add048c-4d51-41c5-8aa2-f57412c4a637`, fr: ['VSM', 'Value Stream Mapping', 'Cartographie des flux', 'Cartographie de la chaîne de valeur', 'Optimisation des flux de production', 'Flux tiré'], en: ['Value stream mapping', 'VSM', 'Process flow improvement', 'Pull flow', 'One-piece flow'] },
  // philosophies d’amélioration continue / continuous improvement philosophies
  { id: `${SKILL}0550431f-9c8b-4204-9c45-59bc5feacf06`, fr: ['SMED', 'Lean Six Sigma', 'Green Belt Lean Six Sigma', 'DMAIC', 'Poka-yoke', 'TPM', 'Hoshin Kanri', 'Lean management', 'Outils du Lean', 'PDCA', 'Roue de Deming', 'Management visuel'], en: ['SMED', 'Lean Six Sigma', 'Six Sigma Green Belt', 'DMAIC', 'Poka-yoke', 'TPM', 'Total productive maintenance', 'PDCA', 'Visual management', 'Lean tools'] },
  // définir des ICP pour la production / set production KPI
  { id: `${SKILL}095b0a0f-9b66-4e42-965e-d1c538a2986f`, fr: ['TRS', 'Suivi du TRS', 'Taux de rendement synthétique', 'Suivi des indicateurs de production'], en: ['OEE', 'OEE tracking', 'Production KPIs'] },
  // déterminer la capacité de production / determine production capacity
  { id: `${SKILL}671fa6d0-5052-493b-8476-c4ef43bb96bc`, fr: ['Calcul de capacité de production', 'Études de capacité', 'Analyse charge capacité'], en: ['Production capacity planning', 'Capacity studies'] },
  // calculer des coûts de production / calculate production costs
  { id: `${SKILL}6f8f86f8-0ef9-4dd6-8e29-7d790e65706b`, fr: ['Calcul du prix de revient industriel', 'Chiffrage des coûts de fabrication', 'Chiffrage de pièces', 'Chiffrage industriel'], en: ['Manufacturing cost estimation', 'Product costing'] },
  // analyser l’ergonomie sur différents lieux de travail / analyze ergonomics in different workplaces
  { id: `${SKILL}a2e4fe18-b65d-46c2-8bee-d81fad8cd53b`, fr: ['Ergonomie des postes de travail', 'Études ergonomiques', 'Analyse ergonomique des postes', 'Amélioration ergonomique des postes'], en: ['Workstation ergonomics', 'Ergonomic assessments', 'Ergonomic workstation design'] },
  // mener une optimisation de procédés / lead process optimization
  { id: `${SKILL}10026df1-670d-4c75-b3d5-ee0037f9d59b`, fr: ['Plans d\'expériences', 'Méthode Taguchi', 'Optimisation des procédés'], en: ['Design of experiments'] },
  // utiliser un logiciel de planification de la production / use production planning software
  { id: `${SKILL}5475343c-5e75-415f-b431-17f3c20a347e`, fr: ['GPAO', 'Logiciel de GPAO', 'Logiciel MES', 'Gestion de production assistée par ordinateur'], en: ['Manufacturing execution system', 'MRP software'] },
  // réaliser des essais de fonctionnement / perform test run
  { id: `${SKILL}465ff64a-1271-4064-8ed1-e969cb68d8b4`, fr: ['Essais de mise au point', 'Mise au point machine', 'Essais de réception machine'], en: ['Trial runs', 'Machine trials', 'Test runs'] },

  // --- Automaticien / controls engineer, PLC programmer ---
  // automate programmable / programmable logic controller
  { id: `${SKILL}6468e5fb-f3be-4025-87be-4b6556755c61`, fr: ['Programmation API', 'Automates Siemens', 'Automates Schneider', 'Unity Pro', 'EcoStruxure Control Expert', 'Step 7', 'Langage Ladder', 'Programmation Ladder', 'Grafcet', 'Littéral structuré', 'Codesys', 'Automates Omron', 'Schneider M340', 'Siemens S7-1500', 'S7-300'], en: ['PLC programming', 'Ladder logic', 'Structured text', 'RSLogix', 'Studio 5000', 'Step 7', 'Codesys', 'IEC 61131-3', 'Siemens PLCs', 'Unity Pro', 'Grafcet'] },
  // systèmes de commande / control systems
  { id: `${SKILL}4ff549c3-daa5-4def-9916-301c7bdf13b8`, fr: ['Supervision SCADA', 'SCADA', 'Supervision industrielle', 'WinCC', 'PcVue', 'Wonderware', 'Développement de supervision', 'Écrans IHM', 'IHM industrielles', 'Pupitres IHM', 'Pupitres opérateur', 'Vijeo Designer', 'Contrôle-commande'], en: ['SCADA', 'SCADA systems', 'WinCC', 'Wonderware', 'Ignition SCADA', 'HMI', 'HMI programming', 'HMI screens', 'DCS'] },
  // concevoir des systèmes de commande / design control systems
  { id: `${SKILL}d560df46-dda4-4407-bab2-b87353a96814`, fr: ['Analyse fonctionnelle d\'automatisme', 'Conception d\'automatismes', 'Architecture d\'automatisme', 'Cahier des charges automatisme', 'Conception de systèmes automatisés'], en: ['Control system design', 'Functional design specification', 'Control philosophy'] },
  // technologie de l’automatisation / automation technology
  { id: `${SKILL}f4a6e9f7-5cff-46c0-894c-59c20bb78694`, fr: ['Automatisation industrielle', 'Automatismes industriels', 'Systèmes automatisés de production'], en: ['Industrial automation', 'Factory automation', 'Automation engineering'] },
  // technique de régulation / control engineering
  { id: `${SKILL}bf1f763e-c505-46e7-8af3-e48f13ec5f44`, fr: ['Régulation PID', 'Boucles de régulation', 'Régulation de procédés', 'Régulation industrielle', 'Réglage de boucles PID'], en: ['PID control', 'PID loop tuning', 'Control loops', 'Loop tuning'] },
  // adapter un logiciel pour un système d’entraînement / customize software for drive system
  { id: `${SKILL}4a2a63e6-5c62-43a0-a375-fdf4c2805270`, fr: ['Paramétrage de variateurs', 'Variateurs de vitesse', 'Variateurs de fréquence', 'Altivar', 'Sinamics', 'Servovariateurs'], en: ['Variable speed drives', 'VSD', 'VFD', 'Drive commissioning', 'Inverter drives', 'Servo drives', 'Drive parameterisation'] },
  // mise en service d’un projet / project commissioning
  { id: `${SKILL}4ca91852-c534-4b98-ab1c-59a126534c88`, fr: ['Mise en service d\'installations automatisées', 'Mise en service sur site', 'Mise en service de machines', 'Essais FAT', 'FAT et SAT'], en: ['Site commissioning', 'Machine commissioning', 'FAT and SAT', 'Factory acceptance testing', 'Site acceptance testing'] },
  // dessiner un schéma électrique / create electrical wiring diagram
  { id: `${SKILL}1f1cdba2-4887-45ef-9eb0-235e7f63fa8b`, fr: ['Réalisation de schémas électriques', 'Conception de schémas électriques', 'EPLAN', 'EPLAN Electric P8', 'SEE Electrical'], en: ['EPLAN', 'Drawing electrical schematics', 'AutoCAD Electrical', 'Electrical schematic design'] },
  // entretenir les systèmes de commande d'équipements automatisés / maintain control systems for automated equipment
  { id: `${SKILL}df12fd50-55dc-4cfd-a021-818880668789`, fr: ['Dépannage automatisme', 'Diagnostic automate', 'Maintenance des automatismes'], en: ['PLC fault finding', 'Automation troubleshooting', 'Controls maintenance', 'PLC troubleshooting'] },
  // capteurs / sensors
  { id: `${SKILL}70a7b3b3-31ef-4b29-a30f-bb7299dff39b`, fr: ['Capteurs industriels', 'Capteurs et actionneurs', 'Détecteurs inductifs', 'Capteurs inductifs', 'Codeurs incrémentaux'], en: ['Sensors and actuators', 'Proximity sensors', 'Rotary encoders', 'Industrial sensors'] },

  // --- Programmeur robot / robot programmer ---
  // configurer un robot dans l’industrie automobile / set up automotive robot
  { id: `${SKILL}e975b791-b488-4935-be44-06f2f9a443bb`, fr: ['Programmation robot', 'Programmation de robots industriels', 'Robots Fanuc', 'Robots ABB', 'Robots KUKA', 'Robots Stäubli', 'Robots Yaskawa', 'Langage RAPID', 'KUKA KRL', 'Programmation de trajectoires', 'Apprentissage de trajectoires', 'Pupitre d\'apprentissage', 'RobotStudio', 'Roboguide', 'Programmation hors ligne', 'Intégration robotique'], en: ['Robot programming', 'Industrial robot programming', 'Fanuc robots', 'ABB robots', 'KUKA robots', 'ABB RobotStudio', 'RobotStudio', 'Roboguide', 'Teach pendant', 'Robot path programming', 'Offline robot programming', 'Robot integration'] },
  // robotique / robotics
  { id: `${SKILL}e87ec79a-c9ff-46f5-84fa-7a0f394cdf40`, fr: ['Robotique industrielle', 'Cobots', 'Robotique collaborative'], en: ['Industrial robotics', 'Cobots', 'Collaborative robots'] },
  // entretenir du matériel robotique / maintain robotic equipment
  { id: `${SKILL}7341904f-5913-470c-8c53-bc832df248ec`, fr: ['Maintenance robotique', 'Dépannage de robots'], en: ['Robot maintenance', 'Robotics maintenance'] },
];
