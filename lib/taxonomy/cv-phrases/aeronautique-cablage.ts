// Aéronautique et câblage industriel (ajusteur-monteur aéronautique, câbleur, mécanicien avion, peintre
// aéronautique, contrôleur qualité aéronautique): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // --- Ajusteur-monteur aéronautique / aircraft fitter ---
  // utiliser des outils de rivetage manuels / operate handheld riveting equipment
  { id: `${SKILL}73c18a8e-6563-4254-a941-f56acfddbf24`, fr: ['Rivetage', 'Rivetage aéronautique', 'Rivetage manuel', 'Pose de rivets', 'Pistolet à riveter', 'Rivetage pistolet et tas', 'Dérivetage'], en: ['Riveting', 'Aircraft riveting', 'Hand riveting', 'Solid riveting', 'Rivet gun', 'Rivet removal'] },
  // utiliser une riveteuse / tend riveting machine
  { id: `${SKILL}df487cde-38d4-4e7f-a9e7-d60711aa522f`, fr: ['Riveteuse automatique', 'Rivetage automatique'], en: ['Automatic riveting', 'Riveting machine operation'] },
  // types de rivets / rivet types
  { id: `${SKILL}d3d9b3ab-9dc8-415b-b450-f3ecfbef684a`, fr: ['Rivets aveugles', 'Rivets pleins', 'Rivets à tige'], en: ['Blind rivets', 'Cherry rivets'] },
  // fixer des composants / fasten components
  { id: `${SKILL}cafc2723-c308-4058-9921-61306b5de924`, fr: ['Pose de fixations', 'Pose de fixations aéronautiques', 'Fixations aéronautiques', 'Pose de Hi-Lite', 'Pose de lockbolts', 'Serrage au couple', 'Serrage au couple dynamométrique', 'Clé dynamométrique'], en: ['Fastener installation', 'Aerospace fasteners', 'Hi-Lok installation', 'Lockbolts', 'Torque tightening', 'Torque wrench', 'Torquing'] },
  // utiliser une perceuse manuelle / operate hand drill
  { id: `${SKILL}f9d113e6-4dd1-40be-aaed-bf362f6f1d6b`, fr: ['Perçage', 'Perçage manuel', 'Perçage aéronautique', 'Perçage alésage', 'Perçage sur gabarit', 'Perceuse pneumatique', 'Perçage à avance automatique'], en: ['Hand drilling', 'Drilling and reaming', 'Air drill', 'Pneumatic drilling', 'Drilling to jig'] },
  // appliquer des techniques d’assemblage / apply assembly techniques
  { id: `${SKILL}165d3ca5-ca47-40d2-a450-cd2ae18deb05`, fr: ['Assemblage de structures aéronautiques', 'Montage de structures aéronautiques', 'Assemblage aéronautique', 'Montage aéronautique', 'Ajustage-montage', 'Jonction de tronçons', 'Interposition de mastic', 'Pose de mastic d\'interposition'], en: ['Aircraft assembly', 'Airframe assembly', 'Aerostructures assembly', 'Aircraft fitting', 'Airframe fitting', 'Sub-assembly build', 'Wet assembly', 'Interfay sealing'] },
  // aligner des composants / align components
  { id: `${SKILL}5133ed7b-0785-4c28-825d-1dcf518c4b5b`, fr: ['Ajustage', 'Ajustage mécanique', 'Ajustage de pièces', 'Mise en position sur gabarit', 'Cales pelables'], en: ['Shimming', 'Fitting and alignment', 'Jig alignment', 'Positioning in jigs'] },
  // lire des schémas de montage / read assembly drawings
  { id: `${SKILL}2feeef46-05cf-445c-9ca1-c96a30e10106`, fr: ['Lecture de plans d\'assemblage', 'Lecture de plans aéronautiques', 'Lecture de gammes de montage', 'Gammes de montage', 'Dossier de fabrication'], en: ['Aircraft drawings', 'Build instructions', 'Reading aircraft drawings'] },
  // --- Câbleur / wiring harness assembler ---
  // assembler des faisceaux de câbles / assemble wire harnesses
  { id: `${SKILL}ab48d6bc-2048-405d-ad84-e60cffb11aa2`, fr: ['Câblage filaire', 'Câblage aéronautique', 'Réalisation de faisceaux', 'Fabrication de faisceaux électriques', 'Confection de faisceaux', 'Câblage de faisceaux', 'Câblage sur planche', 'Harnais électriques', 'Toronnage', 'IPC-A-620'], en: ['Wiring harness assembly', 'Harness manufacture', 'Cable harness build', 'Loom building', 'Cable looms', 'Harness boards', 'Aircraft wiring', 'IPC-A-620'] },
  // sertir des câbles / crimp wire
  { id: `${SKILL}e4b53411-0924-4198-b18f-e8729baba870`, fr: ['Sertissage de cosses', 'Sertissage de contacts', 'Sertissage de connecteurs', 'Pince à sertir', 'Sertisseuse'], en: ['Crimping terminals', 'Crimping contacts', 'Crimp tools', 'Crimping connectors'] },
  // dénuder des câbles / strip wire
  { id: `${SKILL}9bb73673-1fe6-4d7c-a471-c03fad407bad`, fr: ['Dénudage', 'Dénudage de fils', 'Pince à dénuder', 'Coupe et dénudage', 'Dénudeuse'], en: ['Cutting and stripping', 'Wire strippers'] },
  // attacher des câbles / bind wire
  { id: `${SKILL}7f67f82e-73c5-4dc0-b506-8e0b1a84f614`, fr: ['Frettage de faisceaux', 'Laçage de câbles', 'Ligaturage des faisceaux'], en: ['Cable lacing', 'Cable tying', 'Lacing and tying'] },
  // souder des fils / seal wires
  { id: `${SKILL}374ff115-fc97-4b64-afc1-86ef14a25e4d`, fr: ['Gaines thermorétractables', 'Pose de gaines thermorétractables', 'Gainage des câbles'], en: ['Heat shrink sleeving', 'Heatshrink'] },
  // utiliser du matériel de brasage tendre / operate soldering equipment
  { id: `${SKILL}f30a7ea4-77dd-452c-8a2d-b06c12606a7f`, fr: ['Soudure à l\'étain', 'Soudure au fer à souder'], en: ['Soldering iron'] },
  // souder de l’électronique / solder electronics
  { id: `${SKILL}26ed52cf-30ca-451e-9699-a6c04a30649f`, fr: ['Soudure de connecteurs'], en: ['Hand soldering', 'IPC J-STD-001'] },
  // interpréter des schémas électriques / interpret electrical diagrams
  { id: `${SKILL}fe96f581-4905-4282-819c-922c68bda989`, fr: ['Lecture de plans de câblage', 'Lecture de schémas de câblage', 'Plans de câblage', 'Nomenclatures de câblage'], en: ['Reading wiring diagrams', 'Reading electrical schematics', 'Interpreting schematics'] },
  // tester des équipements électriques / test electrical equipment
  { id: `${SKILL}3f6dc31c-ceef-4e93-9d8a-b4b862cf9b51`, fr: ['Contrôle de continuité', 'Test de continuité', 'Tests de continuité et d\'isolement', 'Test d\'isolement', 'Mesure d\'isolement', 'Banc de test de faisceaux'], en: ['Continuity testing', 'Insulation resistance testing', 'Harness testing', 'Continuity and insulation testing'] },
  // faire le câblage d’un panneau de commande / wire control panel
  { id: `${SKILL}477034ef-132e-467a-94af-30d017fefd26`, fr: ['Câblage d\'armoires électriques', 'Câblage d\'armoires', 'Câblage de coffrets électriques', 'Câblage de tableaux de commande'], en: ['Panel wiring', 'Panel building'] },
  // assembler des composants électriques / assemble electrical components
  { id: `${SKILL}415cb0c2-e169-4f99-ba3e-d1c433b75368`, fr: ['Montage de connecteurs', 'Mise en connecteur'], en: ['Connector assembly', 'Connectorisation'] },
  // --- Mécanicien avion / aircraft maintenance technician ---
  // assurer la maintenance d'aéronefs / perform aircraft maintenance
  { id: `${SKILL}e61cf429-2382-4073-99b3-693126eb80d2`, fr: ['Maintenance aéronautique', 'Maintenance avion', 'Maintenance en ligne', 'Maintenance base', 'Entretien des aéronefs', 'Maintenance hélicoptère', 'Licence Part 66', 'Part 66 B1', 'Part 66 B2'], en: ['Line maintenance', 'Base maintenance', 'Aircraft servicing', 'Heavy maintenance checks', 'Helicopter maintenance', 'Part 66 licence', 'EASA Part 66', 'Part 66 B1 licence'] },
  // mécanique des aéronefs / aircraft mechanics
  { id: `${SKILL}532bcdca-a889-4dea-8f7f-4e03d8cfd0d2`, fr: ['Mécanique aéronautique', 'Mécanique avion', 'Mécanique aviation'], en: ['Airframe and powerplant', 'Aero mechanics'] },
  // régler les problèmes mécaniques d’avions / address aircraft mechanical issues
  { id: `${SKILL}4efae845-a71a-4b10-a245-f996394cccf4`, fr: ['Dépannage aéronautique', 'Recherche de pannes avion', 'Rectification de défauts avion'], en: ['Aircraft troubleshooting', 'Defect rectification', 'Rectifying aircraft defects'] },
  // inspecter un avion pour contrôler sa navigabilité / inspect aircraft for airworthiness
  { id: `${SKILL}2c02af08-a7f9-4535-889d-f4172cfc9a17`, fr: ['Visite prévol', 'Tour avion', 'Approbation pour remise en service', 'APRS'], en: ['Pre-flight inspections', 'Aircraft walkaround', 'Transit checks', 'Certificate of release to service'] },
  // inspecter minutieusement un avion / comprehensively inspect aircraft
  { id: `${SKILL}c9fcb537-963b-4b9e-910d-701e818a2d62`, fr: ['Visites programmées avion', 'Grandes visites avion', 'Visites de maintenance avion', 'Visites A et C'], en: ['Scheduled aircraft inspections', 'A-checks and C-checks'] },
  // inspecter la documentation d'un avion / inspect aircraft documentation
  { id: `${SKILL}2167bb42-8f4c-452b-a091-50cf64e46b99`, fr: ['Documentation de maintenance aéronautique', 'Cartes de travail', 'Compte rendu matériel', 'Renseignement du CRM avion'], en: ['Aircraft tech log', 'Task cards', 'Aircraft maintenance records'] },
  // utiliser de la documentation technique / use technical documentation
  { id: `${SKILL}cffc3e97-e942-4b13-a2f3-0bf4910c06d3`, fr: ['Documentation technique constructeur', 'Manuel AMM', 'AMM et IPC', 'Manuels de maintenance'], en: ['Aircraft maintenance manual', 'AMM and IPC', 'Maintenance manuals'] },
  // réglementation de l'aviation civile / civil aviation regulations
  { id: `${SKILL}bebb3e1a-1c39-474a-b452-57e51c1b09fd`, fr: ['Réglementation EASA', 'Réglementation aéronautique', 'Part 145', 'Part M', 'Agrément Part 145'], en: ['EASA regulations', 'EASA Part 145', 'CAA regulations', 'Part 145 approved'] },
  // contenu des consignes de navigabilité / content of airworthiness directives
  { id: `${SKILL}8143d024-c593-49d2-834a-e9e9df1110b8`, fr: ['Consignes de navigabilité', 'Application des consignes de navigabilité', 'Bulletins service'], en: ['Airworthiness directives', 'Service bulletins'] },
  // surveiller les certificats de navigabilité / monitor airworthiness certifications
  { id: `${SKILL}de8a922b-f688-498a-8198-6e530d65f882`, fr: ['Suivi de navigabilité', 'Maintien de la navigabilité', 'CAMO'], en: ['Continuing airworthiness', 'CAMO'] },
  // organiser l'entretien d’avions / organize aircraft maintenance
  { id: `${SKILL}829e07c7-d7d8-4cdf-8c67-3953e7490e42`, fr: ['Planification de la maintenance avion', 'Préparation des visites avion'] },
  // systèmes de commande de vol d'un avion / aircraft flight control systems
  { id: `${SKILL}2672f6a9-1e70-43c5-859d-e6a0fc9ea0f1`, fr: ['Commandes de vol', 'Réglage des commandes de vol'], en: ['Flight controls', 'Flight control rigging'] },
  // réparer le fuselage d’un aéronef / repair aircraft's body
  { id: `${SKILL}33e45139-5f77-45a6-b508-9d1cdca431a8`, fr: ['Réparation structure avion', 'Tôlerie aéronautique', 'Réparation composite avion'], en: ['Aircraft sheet metal', 'Airframe repairs', 'SRM repairs'] },
  // inspecter le fuselage d’un aéronef / inspect aircraft's body
  { id: `${SKILL}f090315f-5e45-4dc1-b1f4-e2ba74c205da`, fr: ['Inspection structure avion', 'Contrôle corrosion avion'], en: ['Aircraft corrosion inspection'] },
  // facteurs humains concernant la sécurité / human factors regarding safety
  { id: `${SKILL}02137a68-6860-45e8-8e4d-38db467bb8b6`, fr: ['Facteurs humains', 'Formation facteurs humains'], en: ['Human factors training'] },
  // utiliser des équipements d’essais non destructifs / use non-destructive testing equipment
  { id: `${SKILL}8d6a9e62-1e89-49df-8147-680081ce5315`, fr: ['CND', 'Contrôle par courants de Foucault', 'Magnétoscopie', 'Contrôle par ultrasons', 'Certification COFREND'], en: ['NDT', 'Eddy current inspection', 'Ultrasonic testing', 'Magnetic particle inspection', 'PCN certification'] },
  // matériaux composites / composite materials
  { id: `${SKILL}74c0c0d2-aeb8-44b2-b86a-117d0455ae88`, fr: ['Drapage composite', 'Drapage de tissus pré-imprégnés', 'Pièces composites'], en: ['Composite layup', 'Prepreg layup', 'Carbon fibre composites'] },
  // faire sécher une pièce à usiner composite / cure composite workpiece
  { id: `${SKILL}c03a61cc-86b6-477b-a20f-8cc2b4aa7467`, fr: ['Polymérisation en autoclave', 'Cuisson autoclave'], en: ['Autoclave curing'] },
  // --- Peintre aéronautique / aircraft painter ---
  // protéger les éléments d’une pièce à usiner lors du traitement / protect workpiece components from processing
  { id: `${SKILL}10095abb-e2e0-401a-b9d4-b871ca4e3d0a`, fr: ['Masquage', 'Masquage avant peinture', 'Pose de masquage'], en: ['Masking and taping', 'Paint masking'] },
  // appliquer une couche d’apprêt / apply primer
  { id: `${SKILL}0ca36eb4-ead9-4a60-863c-713841d69048`, fr: ['Application de primaire', 'Primaire d\'accrochage', 'Primaire anticorrosion'], en: ['Primer application', 'Priming'] },
  // peindre au pistolet / paint with a paint gun
  { id: `${SKILL}4c68d1c3-66d9-4631-a6ff-b13d2ce9ff17`, fr: ['Peinture aéronautique', 'Peinture avion', 'Pistolet HVLP', 'Pistolet airless'], en: ['Aircraft painting', 'HVLP spraying', 'Airless spraying'] },
  // enlever de la peinture / remove paint
  { id: `${SKILL}1bfeddc8-44be-4559-af64-2b2d41ceae65`, fr: ['Décapage peinture', 'Décapage avion'], en: ['Paint stripping', 'Paint removal'] },
  // mélanger de la peinture / mix paint
  { id: `${SKILL}9714490e-b162-4bd3-af1f-0031f111581e`, fr: ['Préparation des peintures', 'Catalyse des peintures'] },
  // contrôler la qualité de la peinture / inspect paint quality
  { id: `${SKILL}026db24f-6972-460b-a784-d34afaf8d498`, fr: ['Contrôle d\'épaisseur de peinture', 'Mesure d\'épaisseur de feuil', 'Contrôle d\'adhérence peinture'], en: ['Paint thickness measurement', 'DFT measurement', 'Paint adhesion testing'] },
  // appliquer un revêtement de conversion au chromate sur une pièce à usiner en métal / apply chromate conversion coating to a metal workpiece
  { id: `${SKILL}620cde7a-4d30-4dd2-bb2b-446ad5c6e8d3`, fr: ['Chromatation', 'Alodine'], en: ['Alodine', 'Alocrom'] },
  // --- Contrôleur qualité aéronautique / aerospace quality inspector ---
  // inspecter la fabrication des avions / inspect aircraft manufacturing
  { id: `${SKILL}0a1b49a5-0cb3-45e6-9d8c-77a0550ac840`, fr: ['Contrôle qualité aéronautique', 'Contrôle en production aéronautique', 'Inspection aéronautique', 'Contrôle de montage aéronautique'], en: ['Aerospace quality inspection', 'Aerospace inspection', 'Aircraft build inspection'] },
  // mettre en œuvre des systèmes de management de la qualité / implement quality management systems
  { id: `${SKILL}72b5b695-fe1c-4b21-97e4-fa3a680cab2e`, fr: ['EN 9100', 'Norme EN 9100', 'EN9100'], en: ['EN 9100', 'AS9100D'] },
];
