// Job titles (see job-title.ts), sector family: fonction-publique-defense-transport. Civil service
// (State, local authorities, hospitals), police, gendarmerie, fire brigades, armed forces, customs,
// prisons; air, rail, sea and river, urban transport, taxi, ambulance and removals. Also British titles
// of other sectors that a tie rule once dropped. Only titles ESCO's own labels do not already rank first
// (checked with scripts/check-job-titles.ts), or that another sector's title would otherwise take.
import { OCCUPATION, type JobTitlePhrase } from './job-title';

export const TITLES: JobTitlePhrase[] = [
  // --- Fonction publique (État, territoriale, hospitalière) ---
  // adjoint administratif dans la fonction publique/adjointe administrative dans la fonction publique / civil service administrative officer
  { id: `${OCCUPATION}ffade2f4-2528-4dfd-b36a-6e4092be08ed`, fr: ['Agent administratif territorial / Agente administrative territoriale', 'Rédacteur territorial / Rédactrice territoriale', 'Rédacteur principal territorial / Rédactrice principale territoriale', 'Secrétaire de mairie', 'Secrétaire général de mairie / Secrétaire générale de mairie', "Agent d'accueil en mairie / Agente d'accueil en mairie", 'Adjoint des cadres hospitaliers / Adjointe des cadres hospitaliers'], en: ['Civil servant', 'Local government officer'] },
  // administrateur de la fonction publique/administratrice de la fonction publique / public administration manager
  { id: `${OCCUPATION}0752ed49-03e7-4d75-8314-a051b3771a1d`, fr: ['Attaché territorial / Attachée territoriale', "Attaché d'administration / Attachée d'administration", 'Directeur général des services / Directrice générale des services'] },
  // employé de l'état civil/employée de l'état civil / civil registrar
  { id: `${OCCUPATION}578470d7-1848-44cd-a769-96cdd64b2c37`, fr: ["Agent d'état civil / Agente d'état civil", "Agent d'accueil et d'état civil / Agente d'accueil et d'état civil"] },
  // homme à tout faire/femme à tout faire / handyman
  { id: `${OCCUPATION}f4a25243-b06a-42a9-9c69-246853df63ad`, fr: ['Agent technique territorial / Agente technique territoriale', 'Adjoint technique territorial / Adjointe technique territoriale', 'Adjoint technique / Adjointe technique', 'Agent des services techniques / Agente des services techniques'] },
  // contrôleur des impôts/contrôleuse des impôts / tax compliance officer
  { id: `${OCCUPATION}4a39fddb-17e7-4431-be03-613edab8d1c8`, fr: ['Agent des finances publiques / Agente des finances publiques', 'Contrôleur des finances publiques / Contrôleuse des finances publiques', 'Inspecteur des finances publiques / Inspectrice des finances publiques'], en: ['Revenues officer'] },
  // conseiller offre de services/conseillère offre de services / social security officer
  { id: `${OCCUPATION}4d750b7f-f40d-447c-ba90-f5fb0ee9ef27`, en: ['Benefits assessor'] },
  // responsable d'établissement de santé / healthcare institution manager
  { id: `${OCCUPATION}4a29eab1-5f02-4723-a863-e2d5a0614dfa`, fr: ["Directeur d'hôpital / Directrice d'hôpital", "Directeur d'établissement sanitaire / Directrice d'établissement sanitaire"] },
  // aide-bibliothécaire / library assistant
  { id: `${OCCUPATION}37b15470-3b2d-4ae0-816c-c7c06ed15c99`, fr: ['Agent de bibliothèque / Agente de bibliothèque'] },
  // agent d'entretien de la voirie/agente d'entretien de la voirie / road maintenance worker
  { id: `${OCCUPATION}f272a521-1a38-4d34-a78e-3adeca95b977`, fr: ["Agent d'exploitation des routes / Agente d'exploitation des routes", "Agent d'exploitation de la route / Agente d'exploitation de la route", 'Agent des routes / Agente des routes'] },
  // --- Police, gendarmerie, douanes, pénitentiaire ---
  // ESCO alone ranks it first, but the call-centre 'Enquêteur terrain' title would take it.
  // gardien de la paix/gardienne de la paix / police detective
  { id: `${OCCUPATION}3880e9e8-bc2b-48d9-8afc-a0f258c1c4b0`, fr: ['Enquêteur de police / Enquêtrice de police'] },
  // agent des forces de l'ordre/agente des forces de l'ordre / police officer
  { id: `${OCCUPATION}5793c124-c037-47b2-85b6-dd4a705968dc`, fr: ['Adjoint de sécurité / Adjointe de sécurité'] },
  // policier aux frontières/policière aux frontières / immigration officer
  { id: `${OCCUPATION}6296faea-1909-4943-b0e0-662b43ad855d`, fr: ['Agent de la police aux frontières / Agente de la police aux frontières', 'Garde-frontière'] },
  // surveillant pénitentiaire/surveillante pénitentiaire / prison officer
  { id: `${OCCUPATION}3327a087-cd36-4b02-ac1b-6455f59f9312`, fr: ['Surveillant de prison / Surveillante de prison', 'Premier surveillant / Première surveillante', 'Surveillant brigadier / Surveillante brigadière'] },
  // chef d'établissement pénitentiaire / correctional services manager
  { id: `${OCCUPATION}6db9eeae-aef5-4f56-913d-4650e4c720c6`, fr: ['Directeur de prison / Directrice de prison'] },
  // --- Pompiers ---
  // pompier/pompière / firefighter
  { id: `${OCCUPATION}88721b6c-d2ce-41c6-8878-73c0d3aacf39`, en: ['Retained firefighter', 'On-call firefighter'] },
  // --- Armée ---
  // soldat manoeuvre/soldate manoeuvre / infantry soldier
  { id: `${OCCUPATION}bd5a2f44-fc06-45fd-909b-3a4001c8b8a3`, fr: ['Militaire', 'Soldat / Soldate', 'Engagé volontaire / Engagée volontaire', "Militaire de l'armée de terre", 'Légionnaire'], en: ['Royal Marine', 'Royal Marines commando'] },
  // sergent-chef/sergente-chef / sergeant
  { id: `${OCCUPATION}cb3b2662-774a-4e6f-841e-f120244d7031`, fr: ['Sous-officier / Sous-officière', 'Adjudant / Adjudante', 'Adjudant-chef / Adjudante-cheffe'] },
  // officier des forces armées/officière des forces armées / armed forces officer
  { id: `${OCCUPATION}c6a26e11-bdf1-47a1-849d-fdcf819d458d`, fr: ['Officier / Officière', "Officier de l'armée de terre / Officière de l'armée de terre"] },
  // --- Transport aérien ---
  // ESCO alone ranks it first, but the factory 'Pilote de ligne de production' title would take it.
  // pilote de ligne aérienne / airline transport pilot
  { id: `${OCCUPATION}522c55ca-ee4a-407d-9fc6-f810c5266523`, fr: ['Pilote de ligne'] },
  // copilote / co-pilot
  { id: `${OCCUPATION}807a1ac3-4f56-41f3-a68c-d653d558eb0a`, fr: ['Officier pilote de ligne / Officière pilote de ligne'] },
  // hôte de l'air/hôtesse de l'air / flight attendant
  { id: `${OCCUPATION}f20d3ae6-baeb-482c-b68d-c2fb115e5dde`, fr: ['Personnel navigant commercial', "Membre d'équipage de cabine"], en: ['Cabin crew', 'Air cabin crew', 'Air steward', 'Air stewardess'] },
  // agent d’escale/agente d’escale / ground steward/ground stewardess
  { id: `${OCCUPATION}7153a12d-85e0-4123-87e9-46bb1a2dc929`, fr: ['Agent de passage / Agente de passage', "Agent d'enregistrement / Agente d'enregistrement", "Agent d'accueil aéroportuaire / Agente d'accueil aéroportuaire", "Agent d'assistance aéroportuaire / Agente d'assistance aéroportuaire"], en: ['Check-in agent', 'Airport check-in agent', 'Airport customer service agent'] },
  // bagagiste aéroportuaire / airport baggage handler
  { id: `${OCCUPATION}3d974e0c-8ed9-47a7-aec2-ebdb34391c87`, fr: ['Agent de piste / Agente de piste', 'Agent de manutention aéroportuaire / Agente de manutention aéroportuaire'], en: ['Ramp handler'] },
  // technicien en maintenance aéronautique/technicienne en maintenance aéronautique / aircraft maintenance technician
  { id: `${OCCUPATION}91373a70-79b6-47a2-aa50-07dfe20dd258`, fr: ['Mécanicien aéronautique / Mécanicienne aéronautique'], en: ['Aircraft mechanic'] },
  // technicien de maintenance aéronautique/technicienne de maintenance aéronautique / aircraft maintenance engineer
  { id: `${OCCUPATION}81a1e1f5-cce3-444d-bfc3-9771236d57cd`, fr: ['Technicien de maintenance avion / Technicienne de maintenance avion'] },
  // agent de sûreté aéroportuaire/agente de sûreté aéroportuaire / airport security officer
  { id: `${OCCUPATION}b00e9e89-fd8d-4655-b6a2-f58b17629473`, en: ['Aviation security officer', 'Security screener'] },
  // agent de nettoyage avion/agente de nettoyage avion / aircraft groomer
  { id: `${OCCUPATION}69e4e877-9d7a-4df0-973b-34defd318e26`, en: ['Aircraft cleaner'] },
  // --- Ferroviaire et métro ---
  // conducteur de train/conductrice de train / train driver
  { id: `${OCCUPATION}81f6a814-1f4e-47d4-9c75-47977c7267ee`, fr: ['Conducteur de TGV / Conductrice de TGV', 'Conducteur de TER / Conductrice de TER', 'Agent de conduite / Agente de conduite', 'Conducteur SNCF / Conductrice SNCF', 'Conducteur de locomotive / Conductrice de locomotive'], en: ['Tube driver'] },
  // aiguilleur du réseau ferré/aiguilleuse du réseau ferré / rail switchperson
  { id: `${OCCUPATION}12f9c0e8-26f4-4f1d-bf04-b16a34d12798`, fr: ['Aiguilleur / Aiguilleuse', 'Aiguilleur SNCF / Aiguilleuse SNCF'] },
  // opérateur de la circulation ferroviaire/opératrice de la circulation ferroviaire / rail traffic controller
  { id: `${OCCUPATION}f643bff3-74ef-48d1-b033-820e2d8659e9`, en: ['Signalman'] },
  // régulateur du réseau ferré/régulatrice du réseau ferré / train dispatcher
  { id: `${OCCUPATION}a2fa73d0-7e51-456f-95c6-90f126f52ab8`, fr: ['Régulateur ferroviaire / Régulatrice ferroviaire'] },
  // contrôleur de train/contrôleuse de train / train conductor
  { id: `${OCCUPATION}ea034d66-0d35-4891-b82c-6434cad2c76f`, fr: ['Agent du service commercial trains / Agente du service commercial trains'] },
  // chef de train / chief conductor
  { id: `${OCCUPATION}9cee6106-04cf-401a-ae4c-b4b8652d6915`, fr: ['Chef de bord / Cheffe de bord'] },
  // 'Agent commercial SNCF' kept: ESCO alone ranks it first, but 'Agent commercial' (sales) would take it.
  // agent commercial ferroviaire/agente commerciale ferroviaire / railway passenger service agent
  { id: `${OCCUPATION}9653fb92-ad48-4865-a471-f270302fa93b`, fr: ["Agent d'accueil en gare / Agente d'accueil en gare", 'Agent commercial SNCF / Agente commerciale SNCF', 'Agent de station de métro / Agente de station de métro'], en: ['Station assistant', 'Railway station assistant'] },
  // vérificateur de titres de transport/vérificatrice de titres de transport / passenger fare controller
  { id: `${OCCUPATION}7720f392-6ea0-4455-a805-7b7eef38a709`, en: ['Revenue protection inspector', 'Revenue protection officer'] },
  // 'Agent de la voie' kept: ESCO alone ranks it first, but 'Agent de surveillance de la voie publique' would take it.
  // technicien entretien infrastructure ferroviaire/technicienne entretien infrastructure ferroviaire / rail maintenance technician
  { id: `${OCCUPATION}755c5c5f-2ee3-4487-94db-30ec2ba2e883`, fr: ['Agent de maintenance des voies / Agente de maintenance des voies', 'Agent de la voie / Agente de la voie'], en: ['Track worker', 'Track operative', 'Trackman'] },
  // technicien en génie ferroviaire matériel roulant/technicienne en génie ferroviaire matériel roulant / rolling stock engineering technician
  { id: `${OCCUPATION}0f2c04f1-9001-4a77-884f-1ea16949f6f6`, fr: ['Technicien de maintenance du matériel roulant / Technicienne de maintenance du matériel roulant'] },
  // nettoyeur de trains/nettoyeuse de trains / train cleaner
  { id: `${OCCUPATION}cb932c74-c13b-47e9-9a85-318bd8eb2f96`, fr: ['Agent de nettoyage ferroviaire / Agente de nettoyage ferroviaire'] },
  // --- Maritime, fluvial, portuaire ---
  // marin de la marine marchande / ordinary seaman
  { id: `${OCCUPATION}3a3fac9d-323e-4ba6-989b-0e1d44e113cc`, fr: ['Marin'] },
  // marin-pêcheur / fisheries deckhand
  { id: `${OCCUPATION}18dafd4f-8c37-4276-b4b3-cfa31059b2b6`, fr: ['Pêcheur / Pêcheuse'] },
  // capitaine de la marine marchande / ship captain
  { id: `${OCCUPATION}f2a416b8-c7e4-49ee-964d-a49f6af79b84`, fr: ['Capitaine de navire'], en: ['Master mariner'] },
  // commandant/commandante / skipper
  { id: `${OCCUPATION}ee646fa1-3f09-4e43-9275-3aa958ca00ae`, fr: ['Capitaine de bateau', 'Capitaine fluvial / Capitaine fluviale', 'Batelier / Batelière'] },
  // officier de pont/officière de pont / deck officer
  { id: `${OCCUPATION}e3df1f82-3df9-41e5-8487-635e184653d1`, fr: ['Second capitaine / Seconde capitaine', 'Officier de la marine marchande / Officière de la marine marchande', 'Officier de quart / Officière de quart'], en: ['Officer of the watch'] },
  // lieutenant mécanicien/lieutenante mécanicienne / ship duty engineer
  { id: `${OCCUPATION}6ce86c90-36cc-43ef-a1e0-885d8151f976`, fr: ['Officier mécanicien / Officière mécanicienne'], en: ["Ship's engineer"] },
  // chargeur déchargeur manutentionnaire/chargeuse déchargeuse manutentionnaire / stevedore
  { id: `${OCCUPATION}b567a979-c556-49fa-8b36-8af6cfe97624`, fr: ['Dockeuse', 'Manutentionnaire portuaire'], en: ['Port operative'] },
  // conducteur de portique/conductrice de portique / container crane operator
  { id: `${OCCUPATION}dc90cee4-bf4a-4d62-b729-faf49e62643e`, fr: ['Grutier portuaire / Grutière portuaire'] },
  // --- Transport urbain et routier de voyageurs ---
  // conducteur d’autobus/conductrice d’autobus / bus driver
  { id: `${OCCUPATION}00cee175-1376-43fb-9f02-ba3d7a910a58`, fr: ['Machiniste receveur / Machiniste receveuse', 'Conducteur de transport en commun sur route / Conductrice de transport en commun sur route', 'Conducteur de navette / Conductrice de navette', 'Conducteur de voyageurs / Conductrice de voyageurs'], en: ['PCV driver'] },
  // chauffeur de taxi/chauffeuse de taxi / taxi driver
  { id: `${OCCUPATION}6f7c1e84-8162-4c20-a575-b57ff624eef5`, fr: ['Artisan taxi'], en: ['Uber driver'] },
  // --- Ambulance ---
  // ambulancier urgentiste/ambulancière urgentiste / emergency ambulance driver
  { id: `${OCCUPATION}64e909ad-1bd0-493c-a8dc-1afbed0c9c2f`, fr: ['Chauffeur VSL / Chauffeuse VSL', 'Chauffeur de VSL / Chauffeuse de VSL'] },
  // conducteur accompagnateur de personnes à mobilité réduite/conductrice accompagnatrice de personnes à mobilité réduite / patient transport services driver
  { id: `${OCCUPATION}976f752c-5f10-42ca-84fb-89aa529af04f`, fr: ['Chauffeur TPMR / Chauffeuse TPMR'] },
  // --- Déménagement ---
  // déménageur conducteur de poids lourd/déménageuse conductrice de poids lourd / moving truck driver
  { id: `${OCCUPATION}a504e79e-f146-4773-a1cf-2b15b9d614db`, fr: ['Chauffeur déménageur / Chauffeuse déménageuse', 'Conducteur déménageur / Conductrice déménageuse'] },
  // déménageur/déménageuse / mover
  { id: `${OCCUPATION}c84a055d-00fe-4789-a054-f4a62914ff6e`, en: ['Removals packer'] },
  // --- Retried British titles (other sectors) ---
  // soudeur de tuyaux/soudeuse de tuyaux / pipe welder
  { id: `${OCCUPATION}2ff73126-7aff-4233-9d9c-d8725e1c6822`, en: ['Pipefitter'] },
  // soudeur/soudeuse / welder
  { id: `${OCCUPATION}7aedaa07-3884-4c5b-88f9-80997b2aa54b`, en: ['Welder fabricator'] },
  // contrôleur qualité de produits/contrôleuse qualité de produits / product quality controller
  { id: `${OCCUPATION}b0ad8659-0410-4b5b-9466-a90f8b3cdac9`, en: ['Quality control inspector'] },
  // intervenant en prévention des risques professionnels/intervenante en prévention des risques professionnels / health and safety officer
  { id: `${OCCUPATION}789517fb-95ee-43d1-9530-c2860be1a439`, en: ['Health and safety advisor'] },
  // cueilleur de fruits et légumes/cueilleuse de fruits et légumes / fruit and vegetable picker
  { id: `${OCCUPATION}373db468-bd25-4b67-a6e0-4ac79d9a9e85`, en: ['Fruit picker'] },
  // jardinier paysagiste/jardinière paysagiste / landscape gardener
  { id: `${OCCUPATION}e7970c7a-7769-4002-87d3-0a8ea94fdd6f`, en: ['Landscaper'] },
  // élagueur/élagueuse / tree surgeon
  { id: `${OCCUPATION}fa30c1cb-dbc5-409c-8124-7284592b123c`, en: ['Arborist'] },
  // préparateur de commandes/préparatrice de commandes / warehouse order picker
  { id: `${OCCUPATION}cd94def5-3442-4c2e-ae3d-0761a3008bcb`, en: ['Order picker'] },
  // assistant de direction/assistante de direction / executive assistant
  { id: `${OCCUPATION}2a04a1df-a3b9-403e-a245-e7f93fdddd44`, en: ['Personal assistant'] },
  // auditeur comptable et financier/auditrice comptable et financière / financial auditor
  { id: `${OCCUPATION}1ad59946-d13e-441e-9b36-56e1df055e21`, en: ['Auditor'] },
  // chargé des relations publiques/chargée des relations publiques / public relations officer
  { id: `${OCCUPATION}c0489e22-6a1b-4e52-974a-eb71bbb42134`, en: ['Communications officer'] },
  // assistant de cabinet juridique/assistante de cabinet juridique / legal assistant
  { id: `${OCCUPATION}929ef41d-afd0-4d5a-b85b-69eab68fa368`, en: ['Paralegal'] },
  // agent de centre d'appels/agente de centre d'appels / call centre agent
  { id: `${OCCUPATION}0ededdc2-050a-4ec3-8e70-6295105fcd19`, en: ['Call handler'] },
  // chargé  de clientèle banque/chargée de clientèle banque / relationship banking manager
  { id: `${OCCUPATION}d96de969-d43d-4082-8559-7fc35484a217`, en: ['Personal banker'] },
  // éducateur sportif des activités aquatiques et de la natation/éducatrice sportive des activités aquatiques et de la natation / swimming teacher
  { id: `${OCCUPATION}62975936-0853-4a5d-9f59-bf943aca3cc6`, en: ['Swimming instructor'] },
  // directeur de maison de retraite/directrice de maison de retraite / elderly home manager
  { id: `${OCCUPATION}eea2b5c6-48d1-4612-957e-585783b3c7bb`, en: ['Care home manager'] },
];
