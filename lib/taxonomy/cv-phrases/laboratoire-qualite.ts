// Laboratoire, contrôle qualité, chimie, biologie, QHSE (technicien de laboratoire, technicien contrôle qualité,
// préparateur en chimie, animateur QHSE): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // Laboratoire: prélèvements, préparation, analyses
  // prélever des échantillons pour analyse / collect samples for analysis
  { id: `${SKILL}4bbb309f-9162-49b9-93da-fb2c371e5c5f`, fr: ['Prélèvements pour analyses', 'Plan d\'échantillonnage', 'Échantillonnage des lots'], en: ['Sample collection', 'Taking samples', 'Sampling plans', 'Product sampling'] },
  // effectuer des essais en laboratoire / perform laboratory tests
  { id: `${SKILL}0b917c3e-e49f-40d9-8f95-3bc8e9c06fd2`, fr: ['Analyses de laboratoire', 'Tests en laboratoire', 'Préparation des échantillons'], en: ['Laboratory testing', 'Lab testing', 'Lab analysis', 'Sample preparation', 'Bench work'] },
  // tester des échantillons chimiques / test chemical samples
  { id: `${SKILL}ab2e56f3-24f0-413b-a67b-291a67fc2d1f`, fr: ['Analyses chimiques', 'Dosages chimiques', 'Titrage', 'Dosage acido-basique', 'Volumétrie', 'Titrimétrie'], en: ['Wet chemistry', 'Titration', 'Chemical testing', 'Chemical analysis'] },
  // mesurer le pH / measure pH
  { id: `${SKILL}5c0e81b5-9d3d-4933-82f1-9af41ca43407`, fr: ['pH-mètre', 'pH-métrie', 'Mesure du pH', 'Contrôle du pH'], en: ['pH meter', 'pH testing'] },
  // utiliser du matériel d’analyse chimique / use chemical analysis equipment
  { id: `${SKILL}c3fb1757-a529-4336-8898-4e96cd99f95f`, fr: ['Spectrophotométrie', 'Spectrophotomètre', 'Spectrophotométrie UV-visible', 'Spectroscopie infrarouge', 'Spectroscopie IR', 'FTIR', 'Absorption atomique', 'Conductimètre', 'Conductimétrie', 'Réfractomètre'], en: ['Spectrophotometry', 'UV-Vis spectrophotometry', 'Spectrophotometer', 'FTIR', 'Atomic absorption', 'ICP-OES', 'Conductivity meter'] },
  // chromatographie en phase liquide à haute performance / high-performance liquid chromatography
  { id: `${SKILL}56d88178-99d4-400d-9415-d700ce6a29f3`, fr: ['HPLC', 'Chromatographie HPLC', 'UHPLC', 'UPLC'], en: ['HPLC', 'UHPLC', 'UPLC'] },
  // réaliser une chromatographie en phase liquide / apply liquid chromatography
  { id: `${SKILL}b6de3efd-39dd-428c-a20d-b2a8f5583429`, fr: ['Chromatographie liquide', 'Chromatographie sur couche mince'], en: ['Liquid chromatography', 'Thin layer chromatography'] },
  // chromatographie en phase gazeuse / gas chromatography
  { id: `${SKILL}657c5a25-903c-4669-9efc-46c85c176fbf`, fr: ['CPG', 'GC-MS', 'GC-FID', 'Chromatographie GC'], en: ['GC-MS', 'GC-FID', 'Gas chromatograph'] },
  // spectrométrie de masse / mass spectrometry
  { id: `${SKILL}f591979a-dc42-4000-810f-5852056982c6`, fr: ['LC-MS', 'ICP-MS', 'Spectromètre de masse'], en: ['LC-MS', 'ICP-MS', 'Mass spec'] },
  // utiliser un logiciel de chromatographie / use chromatography software
  { id: `${SKILL}1c43679a-c6fc-4b42-bb8b-452a34ae9b73`, fr: ['Empower 3', 'Chromeleon', 'OpenLab CDS', 'ChemStation'], en: ['Waters Empower', 'Chromeleon', 'OpenLab CDS', 'ChemStation'] },
  // microbiologie-bactériologie / microbiology-bacteriology
  { id: `${SKILL}0bc42cda-a6f0-4cac-9b34-7911faba0bd4`, fr: ['Analyses microbiologiques', 'Ensemencement', 'Milieux de culture', 'Préparation des milieux de culture', 'Dénombrement bactérien', 'Dénombrements microbiens', 'Coloration de Gram', 'Bactériologie', 'Repiquage des souches'], en: ['Microbiological testing', 'Culture media', 'Media preparation', 'Gram staining', 'Bacterial counts', 'Microbiology lab'] },
  // réaliser une analyse microbiologique dans la chaîne alimentaire / perform microbiological analysis in the food chain
  { id: `${SKILL}5f1cfde7-344e-4e55-9190-627e82778673`, fr: ['Microbiologie alimentaire', 'Analyses microbiologiques alimentaires', 'Recherche de Listeria', 'Recherche de salmonelles'], en: ['Food microbiology', 'Listeria testing', 'Salmonella testing'] },
  // sécurité biologique en laboratoire / biosafety in biomedical laboratory
  { id: `${SKILL}585593ef-d0a3-47a2-82da-14f26d75d83e`, fr: ['Poste de sécurité microbiologique', 'Travail sous PSM', 'Hotte à flux laminaire', 'Laboratoire L2', 'Laboratoire de confinement'], en: ['Biosafety cabinet', 'Class II cabinet', 'Laminar flow hood', 'Containment level 2'] },
  // utiliser un microscope / operate microscope
  { id: `${SKILL}72aed9bf-33ba-474d-a02e-5ae3de2d5e05`, fr: ['Observation microscopique', 'Microscope optique', 'Loupe binoculaire'], en: ['Light microscopy', 'Microscope work'] },
  // bonnes pratiques de laboratoire / good laboratory practice
  { id: `${SKILL}1618ee1c-6753-456e-a171-3d7e5f75404a`, fr: ['BPL', 'Respect des BPL', 'Référentiel BPL'], en: ['GLP', 'GLP compliance'] },
  // appliquer des BPF / apply GMP
  { id: `${SKILL}bf7a45c4-0d72-4e6e-9da7-127b2b6656b7`, fr: ['Respect des BPF', 'Environnement BPF', 'Référentiel BPF', 'Normes BPF'], en: ['cGMP', 'GMP compliance', 'EU GMP', 'GMP environment'] },
  // garantir l’assurance qualité des produits pharmaceutiques / ensure quality assurance for pharmaceutical products
  { id: `${SKILL}7b34af45-c010-4f1e-a2f3-b3d690addb45`, fr: ['Libération des lots', 'Revue des dossiers de lot', 'Assurance qualité pharmaceutique'], en: ['Batch release', 'Batch record review', 'Pharmaceutical QA'] },
  // respecter des manuels de laboratoire / follow laboratory manuals
  { id: `${SKILL}9359cabf-2521-4f8c-9abc-107f2aa70329`, fr: ['Application des modes opératoires', 'Respect des modes opératoires', 'Respect des protocoles d\'analyse'], en: ['Following SOPs', 'Working to SOPs', 'Following test methods'] },
  // gérer des réactifs chimiques / manage chemical reagents
  { id: `${SKILL}18f36e41-209a-4691-8381-e830eddbaae1`, fr: ['Préparation des réactifs', 'Préparation de solutions', 'Solutions titrées', 'Solutions étalons', 'Gestion des réactifs'], en: ['Reagent preparation', 'Preparing solutions', 'Making up solutions', 'Standard solutions', 'Buffer preparation'] },
  // utiliser du matériel de laboratoire / use laboratory equipment
  { id: `${SKILL}70bc4cfe-16c8-4433-a873-15ea8620453e`, fr: ['Verrerie de laboratoire', 'Micropipettes', 'Pipetage', 'Balance de précision', 'Balance analytique', 'Étuve de laboratoire', 'Agitateur magnétique'], en: ['Pipetting', 'Lab glassware', 'Laboratory glassware', 'Analytical balance', 'Micropipettes', 'Lab equipment'] },
  // entretenir du matériel de laboratoire / maintain laboratory equipment
  { id: `${SKILL}3529d640-5d49-45fe-8ede-491e9c8e0447`, fr: ['Lavage de la verrerie', 'Laverie de laboratoire', 'Maintenance des appareils de laboratoire'], en: ['Glassware washing', 'Lab equipment maintenance'] },
  // faire fonctionner une centrifugeuse / operate centrifuges
  { id: `${SKILL}06bf61f2-9df5-489d-8268-49fd8e3c34d3`, fr: ['Centrifugation', 'Centrifugeuse de laboratoire'], en: ['Centrifugation', 'Lab centrifuge'] },
  // tester une teneur en humidité / test moisture content
  { id: `${SKILL}4854595e-b2bb-4013-89ca-45d790d00ce6`, fr: ['Karl Fischer', 'Titrage Karl Fischer', 'Dosage de l\'humidité', 'Mesure du taux d\'humidité', 'Dessiccateur'], en: ['Karl Fischer', 'Moisture analysis', 'Loss on drying'] },
  // mesurer la viscosité de substances chimiques / measure chemical substance viscosity
  { id: `${SKILL}0880fb28-cded-4729-a254-927afbc7c974`, fr: ['Mesure de viscosité', 'Viscosimètre', 'Viscosimétrie', 'Rhéologie'], en: ['Viscosity testing', 'Viscometer', 'Viscosity measurement'] },
  // réaliser une évaluation sensorielle / perform sensory evaluation
  { id: `${SKILL}2f4e1ff6-1191-4fd8-b1bf-043af19cec65`, fr: ['Analyse sensorielle', 'Jury de dégustation', 'Panel sensoriel', 'Tests hédoniques'], en: ['Sensory analysis', 'Sensory panels', 'Taste panels', 'Sensory testing'] },
  // appliquer des procédures de sécurité en laboratoire / apply safety procedures in laboratory
  { id: `${SKILL}6f571969-3640-4774-a9bc-fd2ef583fdec`, fr: ['Sécurité au laboratoire', 'Règles de sécurité au laboratoire', 'Hygiène et sécurité en laboratoire'], en: ['Lab safety', 'Laboratory safety'] },
  // suivre les procédures de contrôle des substances dangereuses pour la santé / follow control of substances hazardous to health procedures
  { id: `${SKILL}02e235f4-a30a-412a-a06e-1c471ad28678`, fr: ['Risque chimique', 'Prévention du risque chimique', 'Évaluation du risque chimique', 'Fiches de données de sécurité', 'FDS', 'Étiquetage CLP'], en: ['COSHH assessments', 'Safety data sheets', 'MSDS', 'SDS'] },
  // manipuler des produits chimiques / handle chemicals
  { id: `${SKILL}2416dc09-6384-409e-8b1d-80bb7a2e7369`, fr: ['Stockage des produits chimiques'], en: ['Chemical storage'] },
  // documenter des résultats d’analyse / document analysis results
  { id: `${SKILL}75f650d0-9096-4b8f-bbd6-ad05ee3f6121`, fr: ['LIMS', 'Logiciel LIMS', 'Saisie des résultats d\'analyses', 'Enregistrement des résultats d\'analyses', 'Cahier de laboratoire'], en: ['LIMS', 'Lab notebook', 'Laboratory notebook', 'Recording test results'] },
  // communiquer les résultats d’analyse / report analysis results
  { id: `${SKILL}c544a9f3-5945-4b54-afed-de0697852817`, fr: ['Rapports d\'analyses', 'Rédaction des rapports d\'analyse', 'Bulletins d\'analyse', 'Certificats d\'analyse'], en: ['Certificates of analysis', 'CoA', 'Test reports', 'Analysis reports'] },

  // Métrologie, étalonnage
  // métrologie / metrology
  { id: `${SKILL}a181e89d-44ae-40e7-8d37-177071237c74`, fr: ['Métrologie dimensionnelle', 'Métrologie industrielle', 'Suivi métrologique', 'Gestion du parc métrologique', 'Vérification métrologique'], en: ['Dimensional metrology', 'Gauge control', 'Metrology lab'] },
  // étalonner du matériel de laboratoire / calibrate laboratory equipment
  { id: `${SKILL}82fadde2-45cc-4734-bace-dadafdeaa41f`, fr: ['Étalonnage des appareils de laboratoire', 'Étalonnage des balances', 'Étalonnage des pipettes', 'Vérification des balances', 'Étalonnage du pH-mètre'], en: ['Balance calibration', 'Pipette calibration', 'Lab equipment calibration'] },
  // étalonner des instruments de précision / calibrate precision instrument
  { id: `${SKILL}6532ef3b-1685-4de7-a858-d31fdaa435ca`, fr: ['Étalonnage', 'Étalonnage des instruments de mesure', 'Étalonnage d\'instruments', 'Vérification des instruments de mesure'], en: ['Instrument calibration', 'Gauge calibration', 'Calibration of measuring instruments'] },
  // gérer des plans d’étalonnage périodique / manage periodic calibration plans
  { id: `${SKILL}abba2bdf-f5e5-49f9-a6c8-021b4c127c84`, fr: ['Plan d\'étalonnage', 'Planning d\'étalonnage', 'Suivi des étalonnages', 'Gestion des étalonnages'], en: ['Calibration schedule', 'Calibration management', 'Calibration records'] },
  // rédiger un rapport d’étalonnage / write calibration report
  { id: `${SKILL}f96c8129-91b8-4d29-bfa2-3d889e427e74`, fr: ['Certificats d\'étalonnage', 'Constats de vérification', 'Rapports d\'étalonnage'], en: ['Calibration certificates'] },
  // utiliser des instruments de mesure de précision / operate precision measuring equipment
  { id: `${SKILL}42c25baf-ccb3-47d9-a872-bb2ceb615538`, fr: ['MMT', 'Machine à mesurer tridimensionnelle', 'Mesure tridimensionnelle', 'Colonne de mesure', 'Projecteur de profil', 'Rugosimètre', 'Banc de mesure', 'PC-DMIS'], en: ['Coordinate measuring machine', 'Height gauge', 'Profile projector', 'Surface roughness tester', 'PC-DMIS'] },
  // interpréter des dimensions et des tolérances géométriques / interpret geometric dimensions and tolerances
  { id: `${SKILL}e3688cae-7a28-4405-88b5-6b87179e0d76`, fr: ['Cotation GPS', 'Tolérancement géométrique', 'Cotation fonctionnelle', 'Tolérances géométriques'], en: ['GD&T', 'Geometric tolerancing'] },

  // Contrôle qualité, assurance qualité
  // contrôler la qualité de matières premières à leur réception / check the quality of raw materials at reception
  { id: `${SKILL}267399ec-f364-4892-9265-906b413583ce`, fr: ['Contrôle des matières premières', 'Contrôle qualité à réception', 'Contrôle entrant'], en: ['Goods-in inspection', 'Incoming inspection', 'Goods inwards inspection', 'Incoming goods inspection', 'Raw material testing'] },
  // mener une analyse de contrôle qualité / conduct quality control analysis
  { id: `${SKILL}41a3240f-58ba-44e2-a688-edeb21ea5c16`, fr: ['Contrôle qualité', 'Contrôle final', 'Contrôle libératoire', 'Analyses de contrôle qualité'], en: ['Quality control', 'QC testing', 'QC checks', 'Final inspection'] },
  // contrôler la qualité de produits / inspect quality of products
  { id: `${SKILL}1a3660c2-011c-4e96-9b1d-529afc305428`, en: ['First article inspection', 'FAI'] },
  // gérer des mesures correctives / manage corrective actions
  { id: `${SKILL}286e486c-a094-4715-8e5b-a2370b09a408`, fr: ['Actions correctives', 'Plan d\'actions correctives', 'Actions correctives et préventives', 'CAPA', 'Méthode 8D', 'Rapports 8D', 'Analyse des causes racines', 'Diagramme d\'Ishikawa', 'Méthode des 5 pourquoi', 'QQOQCP', 'Gestion des non-conformités', 'Fiches de non-conformité'], en: ['Corrective actions', 'Corrective and preventive actions', '8D reports', '8D problem solving', 'Root cause analysis', '5 Whys', 'Fishbone diagrams', 'NCRs', 'Non-conformance management'] },
  // effectuer une analyse des risques / perform risk analysis
  { id: `${SKILL}1dd23dba-dd00-45ab-abf4-642902538317`, fr: ['AMDEC', 'AMDEC processus', 'AMDEC produit', 'AMDEC process', 'Analyse des modes de défaillance'], en: ['FMEA', 'PFMEA', 'DFMEA', 'Failure mode and effects analysis'] },
  // appliquer des méthodes statistiques de contrôle des procédés / apply control process statistical methods
  { id: `${SKILL}ee8fee1a-75c1-43fb-b08d-779929f99249`, fr: ['Maîtrise statistique des procédés', 'SPC', 'Cartes de contrôle', 'Capabilité', 'Calcul de capabilité', 'Cpk'], en: ['SPC', 'Control charts', 'Process capability', 'Cpk'] },
  // mettre en œuvre des systèmes de management de la qualité / implement quality management systems
  { id: `${SKILL}72b5b695-fe1c-4b21-97e4-fa3a680cab2e`, fr: ['ISO 9001', 'Norme ISO 9001', 'Certification ISO 9001', 'ISO 9001 version 2015', 'SMQ', 'Démarche qualité', 'IATF 16949', 'ISO 13485', 'ISO 17025', 'Accréditation COFRAC'], en: ['ISO 9001', 'QMS', 'ISO 9001:2015', 'IATF 16949', 'AS9100', 'ISO 13485', 'ISO 17025', 'UKAS accreditation'] },
  // audit interne / internal auditing
  { id: `${SKILL}8804d963-5a31-4609-b5df-f741b7199fb7`, fr: ['Audits qualité', 'Audits processus', 'Audits produit', 'Auditeur interne ISO 9001'], en: ['Quality audits', 'Process audits', 'Layered process audits', 'Internal auditor'] },
  // veiller à ce que l’organisation soit toujours prête pour des audits / ensure continuous preparedness for audits
  { id: `${SKILL}26baf34d-6721-4bac-b7eb-add0bc566a82`, fr: ['Préparation des audits de certification', 'Préparation aux audits', 'Suivi de la certification', 'Audits de certification'], en: ['Audit readiness', 'Audit preparation', 'Certification audits'] },
  // évaluer des risques fournisseurs / assess supplier risks
  { id: `${SKILL}96ec2d53-4f41-4172-8ef2-70742c4bb540`, fr: ['Suivi qualité fournisseurs', 'Qualité fournisseurs'], en: ['Supplier quality'] },
  // réviser la documentation de systèmes de contrôle qualité / revise quality control systems documentation
  { id: `${SKILL}6c315001-d329-4930-9294-9cf2c7afb672`, fr: ['Gestion documentaire qualité', 'Rédaction de procédures qualité', 'Rédaction des modes opératoires', 'Mise à jour des procédures qualité', 'Manuel qualité'], en: ['Document control', 'Quality documentation', 'Writing SOPs', 'Quality manual'] },
  // contrôler des normes de qualité de production / monitor manufacturing quality standards
  { id: `${SKILL}3edfcb2b-2d0e-4673-87ce-f55c37eb5fca`, fr: ['Indicateurs qualité', 'Suivi des indicateurs qualité', 'Tableaux de bord qualité', 'Suivi du taux de rebut'], en: ['Quality KPIs', 'Scrap rate monitoring'] },

  // QHSE
  // rédiger une évaluation des risques / draw up risk assessment
  { id: `${SKILL}594bd121-9614-4e87-9ecf-6ccb95507efe`, fr: ['Document unique', 'DUERP', 'Document unique d\'évaluation des risques', 'Mise à jour du document unique', 'Évaluation des risques professionnels'], en: ['Writing risk assessments', 'RAMS', 'Risk assessments and method statements'] },
  // sensibiliser les employés aux risques professionnels / educate employees on occupational hazards
  { id: `${SKILL}ef1b72a4-7f39-47e8-985a-a541db616dcf`, fr: ['Sensibilisation sécurité', 'Animation sécurité', 'Quart d\'heure sécurité', 'Causeries sécurité', 'Prévention des risques professionnels'], en: ['Toolbox talks', 'Safety briefings', 'Safety awareness training'] },
  // former le personnel aux procédures de sécurité / train staff in safety procedures
  { id: `${SKILL}4ef70fd4-d340-4524-b7ad-f9f7baeab96c`, fr: ['Accueil sécurité', 'Accueil sécurité des nouveaux arrivants', 'Formation sécurité des nouveaux embauchés'], en: ['Safety inductions', 'Site inductions', 'H&S inductions'] },
  // planifier des procédures en matière de santé et de sécurité / plan health and safety procedures
  { id: `${SKILL}bb663409-5c88-4e3a-bc16-01aa1c8ce171`, fr: ['Plan de prévention', 'Protocoles de sécurité', 'Permis de feu'], en: ['Hot work permits'] },
  // réaliser des audits sur le lieu de travail / conduct workplace audits
  { id: `${SKILL}556be6f4-225f-46a2-a795-d3d54d98c3f7`, fr: ['Audits sécurité', 'Visites sécurité', 'Audits HSE', 'Visites terrain sécurité'], en: ['Safety audits', 'HSE audits', 'Safety walks'] },
  // traiter des rapports d’incidents à des fins de prévention / process incident reports for prevention
  { id: `${SKILL}32ac6bfb-8b86-4312-9421-dcb8e0203ab5`, fr: ['Analyse des accidents du travail', 'Arbre des causes', 'Méthode de l\'arbre des causes', 'Analyse des presque-accidents', 'Remontée des situations dangereuses'], en: ['Accident investigation', 'Incident investigation', 'Near miss reporting', 'RIDDOR', 'RIDDOR reporting'] },
  // participer à l’organisation d’exercices d’alerte / participate in the organization  of emergency drills
  { id: `${SKILL}1ad00ef7-dfdf-4b82-8324-5942986c9010`, fr: ['Organisation des exercices d\'évacuation', 'Exercices incendie'], en: ['Fire drills', 'Evacuation drills'] },
  // se conformer à la norme OHSAS 18001 / adhere to OHSAS 18001
  { id: `${SKILL}2d9aaad3-a3c8-4c5b-bf67-46984d860873`, fr: ['ISO 45001', 'Norme ISO 45001', 'Certification ISO 45001', 'MASE', 'Certification MASE'], en: ['ISO 45001'] },
  // gérer un système de management environnemental / manage environmental management system
  { id: `${SKILL}b13e0689-636d-42d0-86c3-df9d6f85a882`, fr: ['ISO 14001', 'Norme ISO 14001', 'Certification ISO 14001', 'Management environnemental'], en: ['ISO 14001'] },
  // réaliser des évaluations de la santé, de la sécurité et de l'environnement / make health, safety and environment assessments
  { id: `${SKILL}101d63ee-bb22-4a7c-9e0a-c2716063696a`, fr: ['QHSE', 'Démarche QHSE', 'Animation QHSE', 'Management QHSE', 'QSE', 'Démarche QSE'], en: ['SHEQ', 'HSEQ', 'HSE assessments'] },
  // assurer la conformité à une législation environnementale / ensure compliance with environmental legislation
  { id: `${SKILL}089ee650-297e-4716-87d1-440743b70a0d`, fr: ['ICPE', 'Réglementation ICPE', 'Veille réglementaire environnementale', 'Conformité réglementaire environnementale'], en: ['Environmental compliance', 'Environmental permits'] },
  // réglementation en matière de santé et de sécurité / health and safety regulations
  { id: `${SKILL}f2f463e5-2382-49cb-8199-e7e043d868df`, fr: ['Veille réglementaire HSE', 'Veille réglementaire santé sécurité', 'Réglementation santé sécurité au travail'], en: ['NEBOSH', 'NEBOSH General Certificate', 'IOSH', 'IOSH Managing Safely', 'Health and Safety at Work Act'] },
];
