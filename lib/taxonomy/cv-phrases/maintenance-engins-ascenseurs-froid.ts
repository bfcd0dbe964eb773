// Trade phrasings (see cv-phrase.ts), trade family: maintenance-engins-ascenseurs-froid (mécanicien
// poids lourds, engins de chantier, machinisme agricole, technicien ascensoriste, frigoriste et
// technicien CVC, carrossier-peintre PL; UK HGV mechanic, plant fitter, agricultural engineer, lift
// engineer, refrigeration and air-conditioning engineer). CV phrasings not already in the other files.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // effectuer l'entretien d'un véhicule / execute vehicle maintenance
  { id: `${SKILL}0ea0b260-617b-4d04-bf00-988dd0b122e5`, fr: ['Entretien poids lourds', 'Maintenance poids lourds', 'Révision poids lourds', 'Maintenance de véhicules industriels', 'Entretien des autocars', 'Maintenance de semi-remorques'], en: ['HGV maintenance', 'HGV servicing', 'Truck servicing', 'PMI inspections', 'HGV safety inspections', 'Trailer maintenance', 'Bus and coach maintenance'] },
  // planifier l'entretien d'un parc de véhicules routiers / plan road fleet maintenance
  { id: `${SKILL}60851cc6-ad2e-468f-96e0-ef381615f324`, fr: ['Maintenance de flotte poids lourds', 'Suivi de l\'entretien du parc de véhicules', 'Planification de la maintenance du parc'], en: ['Fleet maintenance', 'Fleet maintenance planning', 'PMI scheduling'] },
  // diagnostiquer des problèmes avec les véhicules / diagnose problems with vehicles
  { id: `${SKILL}52743af8-ab5d-4ce3-b877-13d349394456`, fr: ['Diagnostic poids lourds', 'Diagnostic PL', 'Diagnostic des engins de chantier', 'Diagnostic de pannes poids lourds'], en: ['HGV diagnostics', 'Fault finding on HGVs', 'Plant fault finding'] },
  // utiliser des équipements de diagnostic automobile / use automotive diagnostic equipment
  { id: `${SKILL}5b264a14-d4db-4352-9278-fbb63c5ebed4`, fr: ['Jaltest', 'TEXA', 'DAF DAVIE', 'Volvo Tech Tool', 'Scania SDP3', 'XENTRY'], en: ['Jaltest', 'TEXA diagnostics', 'DAF DAVIE', 'Volvo Tech Tool', 'Scania SDP3', 'JCB ServiceMaster'] },
  // réparer des moteurs / repair engines
  { id: `${SKILL}1bc7c69b-4292-4592-b854-f48165a06082`, fr: ['Mécanique diesel', 'Remise en état de moteurs'], en: ['Diesel engine repair', 'Diesel mechanics', 'Engine top-end rebuilds'] },
  // diagnostiquer des moteurs défectueux / diagnose defective engines
  { id: `${SKILL}68162174-68c3-4601-840b-5e63c2dd7481`, fr: ['Diagnostic moteur', 'Diagnostic de moteurs diesel'], en: ['Engine diagnostics', 'Diesel engine diagnostics'] },
  // établir le diagnostic d'un circuit de carburant / diagnose fuel systems
  { id: `${SKILL}822e7177-9868-43b7-a31c-9bea1e8a57ec`, fr: ['Injection diesel', 'Injection common rail', 'Remplacement d\'injecteurs', 'Pompe à injection', 'Diagnostic injection'], en: ['Diesel injection', 'Common rail injection', 'Fuel injection systems', 'Injector replacement'] },
  // entretenir des systèmes de freinage / maintain braking system
  { id: `${SKILL}534e2ade-f9dd-470c-a56f-97d2cc896468`, fr: ['Freinage pneumatique', 'Freinage poids lourds', 'Freins à tambour', 'Remplacement des garnitures de frein', 'Réglage des freins', 'Freinage EBS'], en: ['Air brakes', 'Air brake systems', 'Roller brake testing', 'Brake relining', 'Drum brakes', 'EBS brake systems'] },
  // entretenir le système de direction d'un véhicule à moteur / maintain motor vehicle steering system
  { id: `${SKILL}90b98d58-96ca-4d75-9045-18eb97886b5b`, fr: ['Direction assistée', 'Boîtier de direction', 'Géométrie poids lourds'], en: ['Power steering', 'Steering systems', 'Steering box repairs'] },
  // entretenir des systèmes de suspension / maintain suspension system
  { id: `${SKILL}ba11879a-723d-4209-8ffa-008eaab9771f`, fr: ['Suspension pneumatique', 'Coussins de suspension', 'Suspensions à lames'], en: ['Air suspension', 'Leaf springs', 'Air suspension repairs'] },
  // systèmes électriques d'un véhicule / vehicle electrical systems
  { id: `${SKILL}3a5275f4-67e5-4371-a31e-68291aa86691`, fr: ['Multiplexage véhicule', 'Réseaux multiplexés automobiles', 'Électricité poids lourds'], en: ['HGV electrics', 'Multiplex wiring'] },
  // remplacer des pneus / replace tires
  { id: `${SKILL}202d0d2b-f6b9-48fe-b70e-cff49fa1d087`, fr: ['Montage de pneus poids lourds', 'Pneumatiques poids lourds', 'Pneumatiques agricoles'], en: ['Commercial tyre fitting', 'HGV tyre fitting', 'Truck tyres'] },
  // maintenir en bon état des engins de construction lourds / keep heavy construction equipment in good condition
  { id: `${SKILL}0c04d0af-af50-4463-8ce3-e9968e229237`, fr: ['Maintenance des engins de chantier', 'Réparation d\'engins de chantier', 'Mécanique engins de chantier', 'Mécanique engins TP', 'Maintenance engins TP', 'Maintenance de matériel de travaux publics'], en: ['Plant fitting', 'Plant repairs', 'Heavy plant maintenance', 'Heavy equipment repair', 'Servicing excavators', 'Plant servicing'] },
  // entretenir des systèmes hydrauliques / maintain hydraulic systems
  { id: `${SKILL}8eebf05f-4495-4fd5-b1f0-cb85750295be`, fr: ['Dépannage hydraulique', 'Sertissage de flexibles hydrauliques', 'Remplacement de flexibles hydrauliques', 'Vérins hydrauliques'], en: ['Hydraulic fault finding', 'Hose crimping', 'Hydraulic hose repairs', 'Hydraulic cylinders'] },
  // réaliser l'inspection de chariots élévateurs / conduct forklift inspections
  { id: `${SKILL}3c84f7d9-7a3e-4343-814f-31de0aa61651`, fr: ['Maintenance de chariots élévateurs', 'Entretien des chariots élévateurs', 'Réparation de chariots élévateurs'], en: ['Forklift maintenance', 'Forklift servicing', 'Forklift repairs'] },
  // entretenir des engins agricoles / maintain agricultural machinery
  { id: `${SKILL}2c5fbce2-cd76-4ef9-83c4-3a1b9afad015`, fr: ['Machinisme agricole', 'Maintenance de tracteurs', 'Réparation de tracteurs', 'Entretien de moissonneuses-batteuses', 'Maintenance du matériel agricole', 'Préparation du matériel agricole avant saison'], en: ['Tractor servicing', 'Tractor repairs', 'Combine harvester servicing', 'Farm machinery repairs', 'Land-based engineering'] },
  // entretenir du matériel d'exploitation agricole / maintain farm equipment
  { id: `${SKILL}241f559e-d255-4e93-b448-19ae20406dea`, fr: ['Maintenance des robots de traite', 'Entretien des machines à traire', 'Maintenance du matériel d\'élevage'], en: ['Milking parlour maintenance', 'Milking robot servicing', 'Dairy equipment servicing'] },
  // utiliser des techniques agricoles de pointe / apply precision farming
  { id: `${SKILL}8ca08a35-2d2e-46f5-b440-8fc8ce736287`, fr: ['Autoguidage GPS', 'Guidage GPS agricole', 'ISOBUS', 'Agriculture de précision'], en: ['ISOBUS', 'RTK guidance', 'Auto-steer systems', 'Precision farming technology'] },
  // utiliser des manuels de réparation / use repair manuals
  { id: `${SKILL}6561c8e7-3851-4878-bcf4-d2ffd63d835e`, fr: ['Manuels d\'atelier', 'Documentation constructeur', 'Lecture de manuels d\'atelier'], en: ['Workshop manuals', 'Manufacturer service manuals'] },
  // effectuer la réparation et l'entretien de la carrosserie des véhicules / carry out repairs and maintenance of vehicle bodies
  { id: `${SKILL}b1084057-66a7-4ab6-8162-41c4e74d00cb`, fr: ['Carrosserie poids lourds', 'Carrosserie industrielle', 'Réparation de cabines de camion', 'Réparation de plateaux et bennes', 'Réparation de remorques'], en: ['HGV bodywork', 'Commercial vehicle bodywork', 'Truck body repairs', 'Trailer repairs', 'Cab repairs'] },
  // peindre au pistolet / paint with a paint gun
  { id: `${SKILL}4c68d1c3-66d9-4631-a6ff-b13d2ce9ff17`, fr: ['Peinture poids lourds', 'Peinture de véhicules industriels'], en: ['Commercial vehicle painting', 'HGV spraying', 'Truck spraying'] },
  // faire des mélanges de peintures pour véhicules / mix paints for vehicles
  { id: `${SKILL}a322dd0e-e037-4f57-ae7c-9fe18e6e22f9`, fr: ['Recherche de teinte carrosserie', 'Colorimétrie carrosserie', 'Préparation des teintes carrosserie'], en: ['Vehicle colour matching', 'Mixing vehicle paints'] },
  // polir une peinture terminée / buff finished paintwork
  { id: `${SKILL}f5acdfb9-0e81-4732-a658-e13c03d3c51b`, fr: ['Lustrage carrosserie', 'Polissage carrosserie', 'Lustrage des vernis'], en: ['Cut and polish'] },
  // installer les accessoires d'un véhicule / install vehicle accessories
  { id: `${SKILL}4591e001-18f4-40df-9387-5ccc31a66691`, fr: ['Pose de hayons élévateurs', 'Montage d\'équipements sur poids lourds'], en: ['Tail lift fitting', 'Fitting truck equipment'] },
  // tester le fonctionnement d'un ascenseur / test lift operation
  { id: `${SKILL}f464be1f-4bb2-4501-a7d2-3ff74daca3bd`, fr: ['Essais d\'ascenseurs', 'Contrôle des ascenseurs', 'Visites d\'entretien des ascenseurs', 'Vérification périodique des ascenseurs', 'Essais de parachute'], en: ['Lift testing', 'Lift inspections', 'Safety gear testing'] },
  // entretenir des équipements électromécaniques / maintain electromechanical equipment
  { id: `${SKILL}e0ded9a1-372d-46c8-80b5-ad994d606ef2`, fr: ['Maintenance d\'ascenseurs', 'Dépannage d\'ascenseurs', 'Entretien des ascenseurs', 'Maintenance de portes automatiques'], en: ['Lift maintenance', 'Lift breakdowns', 'Lift repairs', 'Lift servicing', 'Automatic door maintenance'] },
  // assurer la maintenance d'escaliers roulants / provide escalator maintenance
  { id: `${SKILL}a347cf6a-1f32-42b9-8fd7-d5c0294ff973`, fr: ['Maintenance d\'escaliers mécaniques', 'Maintenance de trottoirs roulants', 'Dépannage d\'escaliers mécaniques'], en: ['Escalator servicing', 'Travelator maintenance', 'Escalator repairs'] },
  // installer un contrôleur d'ascenseur / install lift controller
  { id: `${SKILL}e574c14e-eeb2-4db7-b7ce-a1b46d98f42b`, fr: ['Armoires de manœuvre', 'Remplacement d\'armoires de manœuvre', 'Modernisation d\'ascenseurs'], en: ['Lift controller installation', 'Lift control panels', 'Lift modernisation'] },
  // programmer un contrôleur d'ascenseur / program lift controller
  { id: `${SKILL}daa56d49-d7d3-4ba4-9b41-8b542ecfaa27`, fr: ['Paramétrage des armoires de manœuvre', 'Programmation de manœuvres d\'ascenseur'], en: ['Lift controller programming'] },
  // installer un régulateur d'ascenseur / install lift governor
  { id: `${SKILL}0b034df5-6d36-4a4c-932e-d348850d5cb6`, fr: ['Limiteur de vitesse d\'ascenseur', 'Pose de limiteurs de vitesse'], en: ['Overspeed governors', 'Lift governor installation'] },
  // fixer des câbles de moteur d'ascenseur / attach lift motor cables
  { id: `${SKILL}c267819f-35d3-45be-8354-b3b2ad7e1f04`, fr: ['Remplacement des câbles d\'ascenseur', 'Câbles de traction d\'ascenseur'], en: ['Lift re-roping', 'Lift rope replacement'] },
  // guider l'installation d'une cabine d'ascenseur / guide lift car installation
  { id: `${SKILL}502b4d8d-eb4f-4427-a82f-651549b98a3d`, fr: ['Montage d\'ascenseurs', 'Installation d\'ascenseurs', 'Montage de cabines d\'ascenseur', 'Pose d\'ascenseurs'], en: ['Lift installation', 'New lift installations', 'Lift car installation'] },
  // installer le matériel de support d'une cage d'ascenseur / install lift shaft support equipment
  { id: `${SKILL}45da162b-c721-4282-983a-9c29293a96fc`, fr: ['Pose des guides de cabine', 'Équipement de gaine d\'ascenseur', 'Pose de rails de guidage d\'ascenseur'], en: ['Lift guide rails', 'Installing lift guide rails', 'Lift shaft equipment'] },
  // législation sur la sécurité des ascenseurs / lift safety legislation
  { id: `${SKILL}d5e53e8c-ea8f-47fb-a715-6edcf3842ca6`, fr: ['Norme EN 81-20', 'EN 81-20', 'EN 81-50', 'Réglementation ascenseurs'], en: ['EN 81-20', 'EN 81-50', 'Lift regulations'] },
  // mécanismes de sécurité des ascenseurs / lift safety mechanisms
  { id: `${SKILL}98296642-26b2-4ef0-97f4-38c84603e2e4`, fr: ['Organes de sécurité des ascenseurs', 'Dispositifs de sécurité d\'ascenseur', 'Parachute d\'ascenseur'], en: ['Lift safety devices', 'Lift safety gear'] },
  // types d'ascenseurs / types of lifts
  { id: `${SKILL}59bfa2b4-c5e0-44d6-afe2-991d173516ba`, fr: ['Ascenseurs hydrauliques', 'Ascenseurs électriques', 'Ascenseurs à traction', 'Monte-charges', 'Plateformes élévatrices PMR'], en: ['Hydraulic lifts', 'Traction lifts', 'Goods lifts', 'Stairlifts', 'MRL lifts'] },
  // fluides frigorigènes / refrigerants
  { id: `${SKILL}0b95eb5d-f3eb-4387-a0bb-094a394196c7`, fr: ['Attestation d\'aptitude catégorie 1', 'Fluide R32', 'Fluide R410A', 'CO2 transcritique'], en: ['F-Gas Category 1', 'F-Gas certificate', 'City & Guilds 2079', 'Refrigerant charging', 'R32 refrigerant', 'Transcritical CO2', 'REFCOM'] },
  // gérer des pompes de transfert de fluides frigorigènes / handle refrigerant transfer pumps
  { id: `${SKILL}0654d206-36a6-4d37-bb98-eb8bd33af3c5`, fr: ['Récupération des fluides frigorigènes', 'Station de récupération de fluide'], en: ['Refrigerant recovery', 'Refrigerant recovery units'] },
  // entretenir des systèmes de climatisation / maintain air conditioning systems
  { id: `${SKILL}9ec3d3ec-14b4-4def-906d-41823355df0a`, fr: ['Dépannage climatisation', 'Maintenance CVC', 'Maintenance des installations CVC', 'Maintenance de groupes froids', 'Maintenance des chambres froides', 'Dépannage de chambres froides', 'Froid commercial', 'Froid industriel', 'Contrôle d\'étanchéité des circuits frigorifiques'], en: ['HVAC maintenance', 'HVAC servicing', 'HVAC breakdowns', 'Commercial refrigeration', 'Industrial refrigeration', 'Cold room maintenance', 'Chiller maintenance', 'F-Gas leak checks'] },
  // installer un dispositif de climatisation / install air conditioning device
  { id: `${SKILL}b49036dd-059b-40d5-8ae9-0b1a6a64f668`, fr: ['Installation frigorifique', 'Pose de groupes de condensation', 'Installation de chambres froides', 'Systèmes DRV', 'Mise en service frigorifique', 'Tirage au vide'], en: ['VRF systems', 'VRV systems', 'Refrigeration installation', 'Cold room installation', 'Commissioning refrigeration systems', 'Nitrogen pressure testing'] },
  // éléments de systèmes de chauffage, ventilation, climatisation et réfrigération / heating, ventilation, air conditioning and refrigeration parts
  { id: `${SKILL}aba2e61d-ef78-45bd-a9bc-392a718d4877`, fr: ['Compresseurs frigorifiques', 'Détendeurs thermostatiques', 'Évaporateurs et condenseurs'], en: ['Refrigeration compressors', 'Expansion valves', 'Evaporators and condensers'] },
  // thermodynamique / thermodynamics
  { id: `${SKILL}857e8624-4db0-4725-a758-5914bd8cc350`, fr: ['Cycle frigorifique', 'Diagramme enthalpique', 'Diagramme de Mollier', 'Surchauffe et sous-refroidissement'], en: ['Refrigeration cycle', 'Mollier chart', 'Pressure-enthalpy diagrams', 'Superheat and subcooling'] },
  // installer des conduits de chauffage, ventilation, climatisation et réfrigération / install heating, ventilation, air conditioning and refrigeration ducts
  { id: `${SKILL}792789aa-6122-4dd7-be50-bcdb46f85725`, fr: ['Pose de gaines de ventilation', 'Réseaux aérauliques', 'Pose de réseaux aérauliques'], en: ['Ductwork installation', 'Ductwork', 'Spiral ducting', 'Ventilation ductwork'] },
  // réparer un système de ventilation / repair ventilation equipment
  { id: `${SKILL}c33877c2-be85-458b-ab59-327c1c6a3507`, fr: ['Maintenance de CTA', 'Maintenance des centrales de traitement d\'air', 'Changement des filtres de CTA', 'Maintenance de VMC', 'Dépannage de ventilation'], en: ['AHU maintenance', 'Air handling unit servicing', 'AHU filter changes', 'Ventilation maintenance'] },
  // examiner un système de ventilation / examine ventilation system
  { id: `${SKILL}89f40647-69e8-427a-8671-8621024311fd`, fr: ['Mesures de débit d\'air', 'Équilibrage aéraulique', 'Contrôle des débits de ventilation'], en: ['Airflow measurement', 'Air balancing', 'Ventilation testing'] },
  // automatisation de bâtiments / building automation
  { id: `${SKILL}6709e92c-7546-46a4-aa57-5e951bd4cb0f`, fr: ['GTB', 'GTC', 'Gestion technique du bâtiment', 'Gestion technique centralisée', 'Régulation CVC', 'Automates de régulation'], en: ['Building management systems', 'BMS controls', 'HVAC controls', 'Trend controls', 'Tridium Niagara'] },
  // régler les commandes d'un brûleur / adjust burner controls
  { id: `${SKILL}164c9146-dbe9-4004-a78b-d04b00784211`, fr: ['Réglage de brûleurs', 'Réglage de combustion', 'Analyse de combustion'], en: ['Burner servicing', 'Combustion analysis'] },
  // appliquer des techniques de brasage / apply brazing techniques
  { id: `${SKILL}43032597-223c-4559-bdf9-abf0a312839a`, fr: ['Brasage fort', 'Brasage sous azote'], en: ['Silver brazing', 'Brazing under nitrogen'] },
];
