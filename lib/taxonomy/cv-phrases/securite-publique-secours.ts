// Sécurité publique, défense et secours (sapeur-pompier, policier, policier municipal, gendarme, militaire du rang, ASVP,
// surveillant pénitentiaire, secouriste des services d'urgence, douanier; UK firefighter, police constable, PCSO,
// soldier, prison officer): CV phrasings not already in the other files (private security, private ambulances and
// the ASVP's parking work live in securite-surveillance.ts, transport-sanitaire.ts and fonction-publique-territoriale.ts).
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // éteindre un incendie / extinguish fires
  { id: `${SKILL}301a6581-e983-4bb6-8b31-b3ee2cbc2392`, fr: ['Lutte contre l\'incendie', 'Lutte contre les feux', 'Attaque du feu', 'Établissement de lances', 'Feux urbains', 'Feux d\'habitation', 'Incendies de bâtiments'], en: ['Fire suppression', 'Structural firefighting', 'Hose running', 'Firefighting operations'] },
  // contenir des incendies / contain fires
  { id: `${SKILL}3f3d0559-5200-4410-9b83-151a5075b9e2`, fr: ['Protection des expositions', 'Limitation de la propagation du feu', 'Ventilation opérationnelle'], en: ['Fire containment', 'Preventing fire spread'] },
  // gérer des incendies de forêt / manage forest fires
  { id: `${SKILL}fc6890aa-1dbd-4aa1-bae2-4699965eeaf0`, fr: ['Feux de forêt', 'Feux d\'espaces naturels', 'Feux de végétation', 'Lutte contre les feux de forêt', 'Colonnes feux de forêt'], en: ['Wildfire fighting', 'Wildland firefighting', 'Wildfires', 'Moorland fires'] },
  // utiliser des pompes pour l'extinction d'incendies / operate pumps for fire extinguishing
  { id: `${SKILL}cee222d3-f37e-4fdf-b052-55227f8513f8`, fr: ['Conduite de pompe', 'Mise en œuvre de la motopompe', 'Alimentation des engins en eau', 'Établissement sur poteau incendie', 'Manœuvre de l\'engin pompe'], en: ['Pump operation', 'Fire pump operation', 'Hydrant operation'] },
  // conduire un camion de pompiers dans des situations d'urgence / drive firetruck under emergency conditions
  { id: `${SKILL}862a7f5f-aea5-4e7a-9783-48af5b52d50e`, fr: ['Conduite d\'engins d\'incendie', 'Conduite de FPT', 'Conduite d\'engins de secours', 'Conduite de VSAV', 'Conduite d\'engins poids lourds en urgence'], en: ['Fire appliance driving', 'Emergency Fire Appliance Driving', 'EFAD'] },
  // participer aux secours dans des accidents de la route / rescue in road accidents
  { id: `${SKILL}12dbf11f-c212-4fc3-8254-069f860bfa5c`, fr: ['Secours routier', 'Désincarcération', 'Accidents de la voie publique', 'Secours aux victimes d\'accidents de la route', 'Balisage et protection des accidents'], en: ['Road traffic collisions', 'RTC rescue', 'Vehicle extrication', 'Extrication', 'Road traffic collision rescue'] },
  // effectuer des missions de recherche et de sauvetage / perform search and rescue missions
  { id: `${SKILL}a7774bdc-de0f-423e-b527-ef1409fbee6a`, fr: ['Sauvetage-déblaiement', 'Recherche de personnes disparues', 'Recherche et sauvetage', 'Sauvetage en milieu périlleux', 'GRIMP', 'Sauvetage et mise en sécurité des personnes', 'Opérations de sauvetage'], en: ['Search and rescue', 'Urban search and rescue', 'USAR', 'Rope rescue', 'Missing person searches', 'Rescue operations'] },
  // évacuer les gens de zones inondées / evacuate people from flooded areas
  { id: `${SKILL}307f452b-27a0-40cc-8ffd-c03aea4d4b4f`, fr: ['Interventions lors d\'inondations', 'Secours lors des inondations', 'Épuisements de locaux inondés'], en: ['Flood rescue', 'Swift water rescue', 'Flood response'] },
  // tactiques opérationnelles pour les réactions aux situations d’urgence / operational tactics for emergency responses
  { id: `${SKILL}4e5687e3-3d3a-4f5e-b76a-93da0124d453`, fr: ['Manœuvres incendie', 'Marche générale des opérations', 'Plans ORSEC', 'Gestion de crise opérationnelle'], en: ['Incident command', 'Major incident response', 'JESIP', 'Operational procedures for emergencies'] },
  // coordonner la lutte contre les incendies / coordinate fire fighting
  { id: `${SKILL}767606b1-9c54-4dbd-8a69-80cc3ab923c1`, fr: ['Commandement des opérations de secours', 'Commandement d\'agrès', 'Direction des opérations d\'extinction'], en: ['Fireground command', 'Commanding firefighting crews'] },
  // initier des mesures de sauvetage / initiate life preserving measures
  { id: `${SKILL}5cc97a45-69fc-4f37-a973-402d5ac561ac`, fr: ['Secours d\'urgence aux personnes', 'SUAP', 'Secours à personnes', 'Sauvetage de victimes'], en: ['Life-saving interventions', 'Casualty rescue'] },
  // porter des équipements de protection appropriés / wear appropriate protective gear
  { id: `${SKILL}6122d586-5978-431f-8e7a-96e61fc1f3fc`, fr: ['Appareil respiratoire isolant', 'Port de l\'ARI', 'Tenue de feu'], en: ['Breathing apparatus', 'BA training', 'Fire kit'] },
  // évaluer les risques d’incendie / determine fire risks
  { id: `${SKILL}2e04c512-6867-49c5-ad58-0797b8fbddf2`, fr: ['Prévention des risques d\'incendie', 'Analyse des risques incendie'], en: ['Fire risk assessments'] },
  // procéder à des inspections de sécurité incendie / conduct fire safety inspections
  { id: `${SKILL}6074be26-466d-4df7-b845-4c44157a2529`, fr: ['Visites de prévention', 'Commissions de sécurité', 'Visites des établissements recevant du public', 'Prévention incendie ERP'], en: ['Fire safety audits', 'Fire safety inspections', 'Fire safety visits'] },
  // informer le public sur la sécurité incendie / educate public on fire safety
  { id: `${SKILL}e2649956-6e7c-4ac6-92ee-fab9c61badf2`, fr: ['Sensibilisation du public aux risques', 'Sensibilisation aux risques domestiques', 'Interventions de prévention en milieu scolaire'], en: ['Home fire safety visits', 'Home fire safety checks', 'Community fire safety', 'Safe and well visits'] },
  // inspecter des équipements anti-incendie / inspect fire equipment
  { id: `${SKILL}52819593-af43-4c5e-b143-ce9f71ef2aac`, fr: ['Contrôle des poteaux incendie', 'Reconnaissance des points d\'eau', 'Vérification des hydrants'], en: ['Hydrant inspections', 'Hydrant testing'] },
  // effectuer la maintenance préventive de véhicules de lutte contre les incendies / perform preventive maintenance on fire fighting vehicles
  { id: `${SKILL}cfd19a2a-e311-46fe-a0f0-6b984408372a`, fr: ['Maintenance préventive des véhicules de lutte contre l\'incendie', 'Inventaire des engins d\'incendie', 'Entretien des engins d\'incendie'], en: ['Fire appliance checks', 'Fire appliance maintenance'] },
  // répondre à des appels d’urgence / answer emergency calls
  { id: `${SKILL}3b6834bd-b781-4dc6-b8c3-3fa74b865120`, fr: ['Traitement de l\'alerte', 'Réception des appels d\'urgence', 'Traitement des appels 18 et 112', 'Traitement des appels 17', 'Prise d\'appels d\'urgence'], en: ['999 call handling', 'Emergency call handling', 'Control room call handling'] },
  // répartir du personnel de secours / dispatch emergency personnel
  { id: `${SKILL}b020c5a0-c4c0-4587-a8c4-43aaa532ab34`, fr: ['Engagement des moyens de secours', 'Déclenchement des secours', 'Coordination des moyens de secours'], en: ['Emergency dispatch', 'Mobilising resources', 'Dispatching emergency units'] },
  // faire fonctionner un système de communication d’urgence / operate an emergency communication system
  { id: `${SKILL}f39336a8-8bf3-4a36-ac40-2f88836f5112`, fr: ['Réseau ANTARES', 'Transmissions ANTARES', 'Radio ANTARES', 'Réseau Acropol'], en: ['Airwave radio', 'TETRA radio', 'Emergency Services Network'] },
  // mener des enquêtes policières / lead police investigations
  { id: `${SKILL}00298d97-3dc3-4086-a902-bce0a2fba831`, fr: ['Enquêtes judiciaires', 'Enquêtes de flagrance', 'Enquêtes préliminaires', 'Rédaction de procédures judiciaires', 'Actes d\'enquête'], en: ['Criminal investigations', 'Investigating crime', 'Case file preparation'] },
  // interroger des personnes / interrogate individuals
  { id: `${SKILL}94c47c75-815b-403f-990c-1210e950e0b9`, fr: ['Auditions de suspects', 'Audition des mis en cause', 'Auditions de garde à vue', 'Techniques d\'audition'], en: ['Suspect interviews', 'PEACE interviewing', 'Investigative interviewing'] },
  // entendre des témoignages / hear witness accounts
  { id: `${SKILL}a1f79d57-2e4d-4876-a7ac-4ab19e0861dc`, fr: ['Audition de témoins', 'Procès-verbaux d\'audition', 'Recueil de témoignages', 'Prise de plaintes', 'Dépôts de plainte'], en: ['Taking witness statements', 'Witness statements', 'Taking statements', 'Recording crime reports'] },
  // droit pénal / criminal law
  { id: `${SKILL}8836a5a5-e2ff-4baf-aae3-bfb78a4cca7f`, fr: ['Code pénal', 'Qualification des infractions'], en: ['Police and Criminal Evidence Act', 'PACE codes'] },
  // gérer des preuves / handle evidence
  { id: `${SKILL}2242a42b-f810-4007-bd9c-e761f863cfd9`, fr: ['Placement sous scellés', 'Gestion des scellés', 'Saisie des pièces à conviction', 'Pièces à conviction'], en: ['Evidence handling', 'Chain of custody', 'Exhibits handling'] },
  // préservation d'une scène de crime / crime scene preservation
  { id: `${SKILL}d65babdd-b9a9-4ca6-ad55-f02a9027bbbb`, fr: ['Gel des lieux', 'Préservation des traces et indices', 'Préservation des lieux', 'Protection de la scène d\'infraction'], en: ['Scene preservation', 'Crime scene management', 'Cordon management', 'Scene guarding'] },
  // examiner des scènes de crime / examine crime scenes
  { id: `${SKILL}68defa68-cb54-4d99-89ac-af6bfd71946b`, fr: ['Constatations sur les lieux', 'Relevés de traces et indices', 'Prélèvements de police technique'], en: ['Crime scene investigation', 'Scenes of crime', 'Crime scene examination'] },
  // arrêter des contrevenants / detain offenders
  { id: `${SKILL}d43dc4ac-e316-44cb-939d-ecf200895e0f`, fr: ['Placement en garde à vue', 'Gardes à vue', 'Conduite au poste', 'Arrestations'], en: ['Arrests', 'Arrest procedures', 'Custody procedures', 'Detaining suspects'] },
  // retenir des individus / restrain individuals
  { id: `${SKILL}0893faa7-0666-466d-bf32-65005da1c933`, fr: ['Menottage', 'Maîtrise d\'un individu'], en: ['Handcuffing', 'Control and restraint', 'Restraint techniques', 'Use of restraints'] },
  // recours légal à un continuum de force / legal use-of-force
  { id: `${SKILL}42645b84-0699-4072-b9cf-335512434b67`, fr: ['Usage de la force', 'Cadre légal de l\'usage des armes', 'Cadre d\'usage des armes', 'Emploi de la force'], en: ['Use of force', 'Use of force policy', 'Conflict management model'] },
  // appliquer des techniques d’auto-défense / apply self-defense
  { id: `${SKILL}ee1cef76-ec69-442e-bd1d-235bf02a86be`, fr: ['GTPI', 'Gestes techniques professionnels d\'intervention', 'TIOR', 'Self-défense', 'Krav-maga', 'Self-défense professionnelle'], en: ['Personal safety training', 'Officer safety training', 'Self-defence', 'Krav Maga'] },
  // utiliser des armes à feu / use firearms
  { id: `${SKILL}0b2701ed-e85a-4d02-a68b-ef5c695f785a`, fr: ['Maniement des armes', 'Tir de police', 'Séances de tir', 'Armement individuel', 'Maniement de l\'arme de service', 'Tir opérationnel', 'Pistolet automatique'], en: ['Firearms training', 'Weapon handling', 'Range qualification'] },
  // contrôler une foule / control crowd
  { id: `${SKILL}753f2b67-ba47-49c2-a3fd-c40c4cfb4421`, fr: ['Maintien de l\'ordre', 'Maintien de l\'ordre public', 'Encadrement de manifestations', 'Sécurisation de rassemblements'], en: ['Public order', 'Public order policing', 'Crowd control', 'Crowd management', 'Public order training'] },
  // coordonner des patrouilles / coordinate patrols
  { id: `${SKILL}af43a17b-8ac2-4cff-8318-42701317daa7`, fr: ['Organisation des patrouilles', 'Planification des patrouilles', 'Commandement de patrouille'], en: ['Patrol planning', 'Briefing patrols'] },
  // patrouiller une zone / patrol areas
  { id: `${SKILL}e95dc989-ae49-49c6-bfc4-9aef35e92f35`, fr: ['Patrouilles de surveillance', 'Patrouilles de sécurisation'], en: ['Response policing', 'Patrolling', 'High-visibility patrols', 'Neighbourhood policing'] },
  // effectuer des dépistages d’alcoolémie et de consommation de drogues / conduct drug abuse tests
  { id: `${SKILL}7ad85aef-f74d-4c57-8dde-adc1d3e8269a`, fr: ['Dépistage d\'alcoolémie', 'Contrôles d\'alcoolémie', 'Éthylotests', 'Éthylomètre', 'Dépistage de stupéfiants', 'Contrôles alcoolémie et stupéfiants'], en: ['Breath tests', 'Roadside breath testing', 'Drug driving tests', 'Drink driving tests', 'Breathalyser'] },
  // repérer un comportement suspect / identify suspicious behavior
  { id: `${SKILL}61a3f3ea-d34c-478d-9b41-c8adb09e6631`, fr: ['Détection des comportements suspects', 'Détection des comportements à risque'], en: ['Spotting suspicious behaviour', 'Identifying suspicious activity', 'Behavioural detection'] },
  // fournir une assistance aux victimes / provide victim assistance
  { id: `${SKILL}44fb294c-440e-4c21-af34-9dec75cdf94b`, fr: ['Accueil des victimes', 'Prise en charge des victimes', 'Aide aux victimes', 'Accompagnement des victimes'], en: ['Victim care', 'Victim support', 'Supporting victims of crime'] },
  // mener des enquêtes sur des trafics de drogue / drug investigations
  { id: `${SKILL}2705b6b9-c7e6-4c26-ac40-8051f1b37d16`, fr: ['Lutte contre les stupéfiants', 'Enquêtes stupéfiants', 'Lutte contre le trafic de stupéfiants', 'Démantèlement de trafics'], en: ['Drugs warrants', 'Drug operations', 'Tackling drug dealing'] },
  // réaliser des enquêtes discrètes / perform covert investigations
  { id: `${SKILL}5996d5a6-1100-4138-bf57-ef82240bf37e`, fr: ['Surveillances et filatures', 'Filatures', 'Planques', 'Surveillance discrète'], en: ['Covert surveillance', 'Covert operations'] },
  // appliquer la loi sur l'immigration / apply immigration law
  { id: `${SKILL}874ad0e1-cb4a-46e4-8bb7-38c4025fc0a9`, fr: ['Contrôle aux frontières', 'Contrôle des flux migratoires', 'Lutte contre l\'immigration irrégulière', 'Contrôle des passeports'], en: ['Border control', 'Passport control', 'Immigration enforcement'] },
  // empêcher la contrebande / prevent smuggling
  { id: `${SKILL}84d25d1f-cabf-48f5-bb54-bf811f279379`, fr: ['Lutte contre la contrebande', 'Lutte contre les trafics illicites', 'Saisies de marchandises prohibées', 'Ciblage des marchandises', 'Saisies de contrefaçons'], en: ['Anti-smuggling', 'Seizing illicit goods', 'Seizures of prohibited goods', 'Counter-smuggling'] },
  // réglementation douanière applicable aux passagers / customs regulations for passengers
  { id: `${SKILL}8c2d6746-1966-442b-9a7d-8ee1accdadfc`, fr: ['Franchises douanières', 'Contrôle des bagages des voyageurs'], en: ['Duty-free allowances', 'Red and green channels'] },
  // armement militaire / military weaponry
  { id: `${SKILL}d220e067-ed2b-4ad0-94b9-7b27cb4aed22`, fr: ['FAMAS', 'HK416', 'Armement collectif', 'Armement de l\'infanterie', 'Mitrailleuse MINIMI'], en: ['SA80', 'SA80 rifle', 'GPMG', 'Light machine gun', 'Infantry weapons'] },
  // techniques de combat militaire / military combat techniques
  { id: `${SKILL}c278dc62-c85f-4608-8a85-f30b6d087ac3`, fr: ['Combat d\'infanterie', 'Combat en zone urbaine', 'Tactique d\'infanterie', 'Instruction au combat', 'Combat en milieu clos'], en: ['Infantry skills', 'Fieldcraft', 'Urban combat', 'Close quarter battle', 'Infantry tactics', 'FIBUA'] },
  // effectuer des opérations militaires / perform military operations
  { id: `${SKILL}2357e4f8-4b42-4969-bd17-cfea963956c0`, fr: ['Opérations extérieures', 'Opération Sentinelle', 'Missions Sentinelle', 'Projection en opération extérieure', 'Missions intérieures', 'Missions de courte durée'], en: ['Operational tours', 'Overseas deployments', 'Operational deployment'] },
  // exercice militaire / military drill
  { id: `${SKILL}e4a32aa6-6042-4073-b46b-38362522198b`, fr: ['Ordre serré', 'Exercices en terrain', 'Manœuvres militaires', 'Exercices tactiques'], en: ['Foot drill', 'Field exercises', 'Drill and ceremonial', 'Military exercises'] },
  // apporter une assistance en matière de logistique militaire / assist in military logistics
  { id: `${SKILL}e0daabb6-0950-440c-a25f-f5e1ccf15435`, fr: ['Ravitaillement des unités', 'Soutien logistique des troupes'], en: ['Resupply operations', 'Logistic support to troops', 'Combat supplies'] },
  // superviser l'entretien de matériel militaire / supervise the maintenance of military equipment
  { id: `${SKILL}87ebd3b5-f80c-4beb-8e73-75c225065290`, fr: ['Entretien de l\'armement', 'Maintenance des matériels militaires', 'Gestion de l\'armurerie', 'Entretien des véhicules militaires'], en: ['Weapon maintenance', 'Armoury management', 'Military vehicle maintenance'] },
  // utiliser des véhicules de combat blindés / operate armoured fighting vehicles
  { id: `${SKILL}a0cbe83f-dd83-44d9-8c38-bfff2c80ef04`, fr: ['Conduite de VAB', 'Conduite d\'engins blindés', 'Conduite de VBL'], en: ['Armoured vehicle driving', 'Warrior AFV', 'Challenger tank'] },
  // rechercher des engins explosifs / search for explosive devices
  { id: `${SKILL}ab9fbd20-807b-45b3-aba9-d5173de7d06d`, fr: ['Fouille opérationnelle', 'Lutte contre les engins explosifs improvisés'], en: ['IED search', 'Counter-IED', 'Military search'] },
  // opérations de déminage / demining operations
  { id: `${SKILL}2fd40b98-4b70-439a-981e-539b52d7f038`, fr: ['Déminage', 'Neutralisation d\'explosifs', 'NEDEX', 'Dépollution pyrotechnique'], en: ['EOD', 'Bomb disposal', 'Explosive ordnance disposal', 'Mine clearance'] },
  // former des troupes militaires / train military troops
  { id: `${SKILL}a9b00496-6115-4338-86b2-1bdf2aaff26a`, fr: ['Instruction des recrues', 'Formation des jeunes engagés', 'Formation initiale des soldats', 'Instruction militaire'], en: ['Training recruits', 'Instructing soldiers'] },
  // diriger des troupes militaires / lead military troops
  { id: `${SKILL}1143e53e-2933-472d-8161-f26d6936c927`, fr: ['Commandement d\'un groupe de combat', 'Commandement de section', 'Encadrement de soldats', 'Commandement d\'une équipe de combat'], en: ['Section command', 'Leading a section', 'Commanding troops', 'Leading soldiers'] },
  // lire des cartes / read maps
  { id: `${SKILL}3172f001-a4dd-4e7e-9f74-9707b2e7c6e1`, fr: ['Topographie militaire', 'Orientation sur le terrain', 'Navigation terrestre'], en: ['Map reading', 'Land navigation', 'Map and compass'] },
  // superviser des procédures correctionnelles / supervise correctional procedures
  { id: `${SKILL}00064735-8fad-454b-90c7-ed858cc993f2`, fr: ['Surveillance des détenus', 'Surveillance en détention', 'Gestion de la détention', 'Mouvements des détenus', 'Surveillance des coursives', 'Gestion d\'une coursive'], en: ['Supervising prisoners', 'Wing supervision', 'Landing duties', 'Prisoner movements', 'Unlock and roll checks'] },
  // procédures correctionnelles / correctional procedures
  { id: `${SKILL}d4a0744a-508b-4a5e-97a5-ad1fc7f55e6e`, fr: ['Règlement intérieur de l\'établissement pénitentiaire', 'Procédures pénitentiaires', 'Droit pénitentiaire', 'Règles pénitentiaires européennes'], en: ['Prison rules', 'Prison procedures', 'Prison Service Orders'] },
  // veiller au bien-être de détenus / see to the detainees' well-being
  { id: `${SKILL}a3e1ccdd-d6bd-4d9e-809c-4056de2d5679`, fr: ['Prise en charge des personnes détenues', 'Prévention du suicide en détention', 'Accompagnement des personnes détenues', 'Observation des détenus'], en: ['Prisoner welfare', 'ACCT', 'Suicide and self-harm prevention', 'Supporting prisoners'] },
  // effectuer des fouilles corporelles / perform body searches
  { id: `${SKILL}2da41c6a-3ce4-4583-b77c-d0d692fa9569`, fr: ['Fouilles intégrales', 'Fouilles corporelles', 'Fouilles de détenus'], en: ['Rub-down searches', 'Full searches', 'Strip searches', 'Searching prisoners'] },
  // escorter des prévenus / escort defendants
  { id: `${SKILL}dda679c9-b49f-4553-ab7a-fbe25ecf53ad`, fr: ['Extractions judiciaires', 'Escortes de détenus', 'Transfèrements', 'Escortes médicales de détenus', 'Transferts de détenus'], en: ['Prisoner escorts', 'Court escorts', 'Hospital escorts'] },
  // travailler avec les auteurs de crimes et délits / engage with offenders
  { id: `${SKILL}8c1e6867-3404-4676-ab79-8ad6fa55d9a4`, fr: ['Réinsertion des détenus', 'Accompagnement vers la réinsertion'], en: ['Working with offenders', 'Offender management', 'Rehabilitation of offenders'] },
  // apporter son aide dans des situations d’urgence / assist with emergencies
  { id: `${SKILL}17a3dd28-5d74-48de-b0ad-b1f7ca3c5d33`, en: ['Civil contingencies'] },
  // fournir des soins d’urgence en cas de traumatisme avant l’hospitalisation / provide pre-hospital emergency care of trauma
  { id: `${SKILL}038256f5-7b18-4e6f-8314-2401be1b601b`, fr: ['Secourisme de combat', 'Sauvetage au combat', 'Sauvetage au combat de niveau 1'], en: ['Battlefield first aid', 'Battlefield casualty drills', 'Pre-hospital trauma care'] },
];
