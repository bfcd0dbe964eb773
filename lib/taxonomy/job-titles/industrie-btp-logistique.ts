// Job titles (see job-title.ts), sector family: industrie-btp-logistique.
// Industry and production, maintenance and electricity, methods/quality/design office, construction
// and site supervision, logistics and warehousing, road transport and delivery, agriculture, green
// spaces, environment/waste/water, energy. Only titles ESCO's own labels do not already rank first.
import { OCCUPATION, type JobTitlePhrase } from './job-title';

export const TITLES: JobTitlePhrase[] = [
  // --- industrie / production ---
  // opérateur  sur machine à commande numérique par ordinateur/ opératrice sur machine à commande numérique par ordinateur / computer numerical control machine operator
  {
    id: `${OCCUPATION}5c082067-ea18-4ccb-8c43-e70b18ad8120`,
    fr: [
      "Agent d'usinage / Agente d'usinage",
      'Usineur / Usineuse',
      'Programmeur commande numérique / Programmeuse commande numérique',
      "Technicien d'usinage / Technicienne d'usinage",
      'Opérateur en usinage / Opératrice en usinage',
      'Opérateur usinage / Opératrice usinage',
    ],
    en: ['Machinist', 'CNC setter'],
  },
  // manœuvre industriel/manœuvre industrielle / factory hand
  {
    id: `${OCCUPATION}245be6d1-fe9a-4ac8-9f81-122a687e4724`,
    fr: [
      'Agent de production / Agente de production',
      'Opérateur de production / Opératrice de production',
      'Ouvrier de production / Ouvrière de production',
      "Ouvrier d'usine / Ouvrière d'usine",
      'Opérateur de fabrication / Opératrice de fabrication',
      'Agent de fabrication / Agente de fabrication',
      'Employé de production / Employée de production',
      'Opérateur de production polyvalent / Opératrice de production polyvalente',
      'Ouvrier spécialisé / Ouvrière spécialisée',
    ],
    en: ['Production worker', 'Production operative', 'Production operator', 'Process worker'],
  },
  // opérateur de conditionnement/opératrice de conditionnement / packaging and filling machine operator
  {
    id: `${OCCUPATION}b0fa69b4-998c-4e66-acd3-5f5d73cadb5c`,
    fr: [
      'Conditionneur / Conditionneuse',
      'Conducteur de ligne de conditionnement / Conductrice de ligne de conditionnement',
    ],
  },
  // opérateur d'emballage manuel/opératrice d'emballage manuel / hand packer
  { id: `${OCCUPATION}f5cb9901-86fc-48d0-9cde-667fbe8cef3a`, en: ['Packer', 'Packing operative'] },
  // opérateur de lignes d'assemblage automatisées/opératrice de lignes d'assemblage automatisées / automated assembly line operator
  {
    id: `${OCCUPATION}869e3a85-6e4c-4e3c-b14f-a8399c1abd2d`,
    fr: [
      'Conducteur de ligne / Conductrice de ligne',
      'Conducteur de ligne de production / Conductrice de ligne de production',
      'Pilote de ligne de production',
    ],
    en: ['Line operator'],
  },
  // superviseur de production/superviseuse de production / production supervisor
  {
    id: `${OCCUPATION}40517ed4-2769-4283-a15b-4b0d939bd2d3`,
    fr: [
      "Chef d'équipe de production / Cheffe d'équipe de production",
      "Chef d'équipe production / Cheffe d'équipe production",
      "Chef d'atelier de production / Cheffe d'atelier de production",
    ],
  },
  // technicien en ingénierie de la production/technicienne en ingénierie de la production / production engineering technician
  {
    id: `${OCCUPATION}11833a96-fc27-4b03-a53d-892ac891a2bb`,
    fr: ['Technicien de production / Technicienne de production'],
  },
  // directeur de fabrication/directrice de fabrication / manufacturing manager
  {
    id: `${OCCUPATION}6426ada1-4d8c-4612-99e3-91bc569805ee`,
    fr: ["Directeur d'usine / Directrice d'usine"],
    en: ['Production manager', 'Factory manager'],
  },
  // opérateur injection en caoutchouc et matières plastiques/opératrice injection en caoutchouc et matières plastiques / injection moulding operator
  {
    id: `${OCCUPATION}502fe307-ae65-46cb-a485-e559b9a35266`,
    fr: [
      'Opérateur plasturgie / Opératrice plasturgie',
      'Opérateur en plasturgie / Opératrice en plasturgie',
      'Régleur en plasturgie / Régleuse en plasturgie',
      'Régleur plasturgie / Régleuse plasturgie',
      'Opérateur sur presse à injection / Opératrice sur presse à injection',
      'Régleur presse à injection / Régleuse presse à injection',
    ],
  },
  // soudeur de tuyaux/soudeuse de tuyaux / pipe welder
  {
    id: `${OCCUPATION}2ff73126-7aff-4233-9d9c-d8725e1c6822`,
    fr: ['Tuyauteur industriel / Tuyauteuse industrielle', 'Tuyauteur soudeur / Tuyauteuse soudeuse'],
  },
  // ferronnier d’art/ferronnière d’art / ornamental metal worker
  {
    id: `${OCCUPATION}c44f9f8c-46a6-40da-9630-cc568a18cc51`,
    fr: ['Serrurier métallier / Serrurière métallière', 'Métallier serrurier / Métallière serrurière'],
    en: ['Metal fabricator'],
  },
  // monteur de panneaux de commande électriques/monteuse de panneaux de commande électriques / control panel assembler
  {
    id: `${OCCUPATION}c44a118d-18c1-46ac-985f-3e802a064b73`,
    fr: ["Câbleur d'armoires électriques / Câbleuse d'armoires électriques"],
  },
  // ajusteur-outilleur/ajusteuse-outilleuse / tool and die maker
  { id: `${OCCUPATION}ecac98ea-9fc3-4475-9b23-8af94f41603d`, en: ['Toolmaker'] },
  // opérateur de fabrication de produits alimentaires/opératrice de fabrication de produits alimentaires / food production operator
  {
    id: `${OCCUPATION}e3dc66de-99c7-4607-a82b-7244036d316d`,
    fr: [
      'Opérateur en agroalimentaire / Opératrice en agroalimentaire',
      'Agent de fabrication agroalimentaire / Agente de fabrication agroalimentaire',
      'Ouvrier agroalimentaire / Ouvrière agroalimentaire',
      'Conducteur de ligne agroalimentaire / Conductrice de ligne agroalimentaire',
    ],
  },
  // opérateur de boulangerie/opératrice de boulangerie / baking operator
  {
    id: `${OCCUPATION}5d9e63a2-8013-434e-9f92-3b3d54a0c320`,
    fr: ['Boulanger industriel / Boulangère industrielle'],
    en: ['Bakery operative'],
  },
  // opérateur en fonderie/opératrice en fonderie / foundry operative
  { id: `${OCCUPATION}dc14bed4-87ca-4e6c-9f69-458e2689d2d6`, fr: ['Fondeur / Fondeuse'] },
  // opérateur de traitement d’abrasion de surface/opératrice de traitement d’abrasion de surface / abrasive blasting operator
  { id: `${OCCUPATION}3c0af499-39f6-4468-9ba4-b13a26d5f888`, fr: ['Sableur / Sableuse'] },
  // --- qualité / méthodes / bureau d'études ---
  // contrôleur qualité de produits/contrôleuse qualité de produits / product quality controller
  {
    id: `${OCCUPATION}b0ad8659-0410-4b5b-9466-a90f8b3cdac9`,
    fr: [
      'Contrôleur qualité / Contrôleuse qualité',
      'Agent de contrôle qualité / Agente de contrôle qualité',
      'Opérateur contrôle qualité / Opératrice contrôle qualité',
    ],
    en: ['Quality inspector'],
  },
  // technicien en ingénierie de la qualité/technicienne en ingénierie de la qualité / quality engineering technician
  {
    id: `${OCCUPATION}998a0bf4-b1be-42ab-aee5-0096c9be3319`,
    fr: [
      'Technicien qualité / Technicienne qualité',
      'Technicien contrôle qualité / Technicienne contrôle qualité',
      'Technicien assurance qualité / Technicienne assurance qualité',
    ],
  },
  // responsable en qualité industrielle / industrial quality manager
  { id: `${OCCUPATION}fdb16700-109e-4d02-949e-3213f278df93`, fr: ['Responsable qualité'], en: ['Quality manager'] },
  // technicien en génie industriel/technicienne en génie industriel / industrial engineering technician
  {
    id: `${OCCUPATION}bcc21c63-7eee-4520-8fa7-43eefd389668`,
    fr: [
      'Technicien méthodes / Technicienne méthodes',
      'Agent des méthodes / Agente des méthodes',
      'Technicien méthodes industrialisation / Technicienne méthodes industrialisation',
      'Technicien industrialisation / Technicienne industrialisation',
    ],
  },
  // intervenant en prévention des risques professionnels/intervenante en prévention des risques professionnels / health and safety officer
  {
    id: `${OCCUPATION}789517fb-95ee-43d1-9530-c2860be1a439`,
    fr: [
      'Responsable QHSE',
      'Technicien QHSE / Technicienne QHSE',
      'Technicien HSE / Technicienne HSE',
      'Animateur QHSE / Animatrice QHSE',
      'Animateur sécurité / Animatrice sécurité',
      'Préventeur / Préventrice',
      'Chargé de prévention / Chargée de prévention',
    ],
    en: ['Health and safety adviser'],
  },
  // dessinateur/dessinatrice / drafter
  {
    id: `${OCCUPATION}a4869ae9-2dfe-48cc-bd97-f803880f3407`,
    fr: ['Dessinateur projeteur / Dessinatrice projeteuse', 'Projeteur / Projeteuse'],
    en: ['Draughtsman', 'CAD technician'],
  },
  // dessinateur en architecture/dessinatrice en architecture / architectural drafter
  { id: `${OCCUPATION}364cb5ca-3002-425f-b815-aefa513df78a`, fr: ['Dessinateur bâtiment / Dessinatrice bâtiment'] },
  // technicien en ingénierie mécanique/technicienne en ingénierie mécanique / mechanical engineering technician
  {
    id: `${OCCUPATION}b31e404e-9af6-457d-a58a-208f612eeba3`,
    fr: ["Technicien bureau d'études / Technicienne bureau d'études", "Technicien d'études / Technicienne d'études"],
  },
  // --- maintenance / électricité ---
  // homme à tout faire/femme à tout faire / handyman
  {
    id: `${OCCUPATION}f4a25243-b06a-42a9-9c69-246853df63ad`,
    fr: [
      "Homme d'entretien",
      'Agent de maintenance / Agente de maintenance',
      'Agent de maintenance des bâtiments / Agente de maintenance des bâtiments',
      'Agent de maintenance bâtiment / Agente de maintenance bâtiment',
      'Technicien de maintenance bâtiment / Technicienne de maintenance bâtiment',
      'Agent technique polyvalent / Agente technique polyvalente',
    ],
    en: ['Maintenance operative', 'Building maintenance operative'],
  },
  // technicien d’équipements agricoles/technicienne d’équipements agricoles / agricultural machinery technician
  { id: `${OCCUPATION}f7145f87-5940-43f5-bc98-aa1a2b872b47`, fr: ['Mécanicien agricole / Mécanicienne agricole'] },
  // chauffagiste / heating engineer
  {
    id: `${OCCUPATION}7259dc48-004a-4ceb-aa4e-5bbd548c2397`,
    fr: [
      'Monteur en installations thermiques / Monteuse en installations thermiques',
      'Technicien chauffage / Technicienne chauffage',
      'Technicien de maintenance chauffage / Technicienne de maintenance chauffage',
      'Installateur de pompes à chaleur / Installatrice de pompes à chaleur',
    ],
    en: ['Boiler engineer'],
  },
  // technicien électromécanicien/technicienne électromécanicienne / electromechanical engineering technician
  {
    id: `${OCCUPATION}51c7015c-dc81-4fcb-b15f-619a4656a9fe`,
    fr: [
      'Technicien de maintenance / Technicienne de maintenance',
      'Technicien de maintenance industrielle / Technicienne de maintenance industrielle',
    ],
    en: ['Maintenance technician'],
  },
  // mécanicien sur machines industrielles/mécanicienne sur machines industrielles / industrial machinery mechanic
  {
    id: `${OCCUPATION}269c47e7-9017-4aa6-bce8-49e89a696a64`,
    fr: [
      'Mécanicien de maintenance / Mécanicienne de maintenance',
      'Agent de maintenance industrielle / Agente de maintenance industrielle',
    ],
    en: ['Multi-skilled maintenance engineer', 'Mechanical maintenance engineer'],
  },
  // technicien en ingénierie de l’automation/technicienne en ingénierie de l’automation / automation engineering technician
  {
    id: `${OCCUPATION}5791a961-4717-4230-a245-a4082a675f04`,
    fr: ['Automaticien / Automaticienne', 'Technicien automaticien / Technicienne automaticienne'],
  },
  // technicien en génie climatique/technicienne en génie climatique / heating, ventilation, air conditioning and refrigeration engineering technician
  {
    id: `${OCCUPATION}3ce9c89d-6f1a-48b5-942d-386e46e2fd06`,
    fr: [
      'Frigoriste',
      'Technicien frigoriste / Technicienne frigoriste',
      'Technicien CVC / Technicienne CVC',
      'Technicien de maintenance CVC / Technicienne de maintenance CVC',
      // "Climatisation" is in no French occupation label of ESCO, yet it is the trade's usual word.
      'Climaticien / Climaticienne',
      'Technicien climatisation / Technicienne climatisation',
      'Technicien en climatisation / Technicienne en climatisation',
      'Technicien de maintenance en climatisation / Technicienne de maintenance en climatisation',
      'Installateur en climatisation / Installatrice en climatisation',
      'Monteur en climatisation / Monteuse en climatisation',
    ],
    en: ['HVAC Service Technician', 'HVAC Installer'],
  },
  // technicien gaz/technicienne gaz / gas service technician
  {
    id: `${OCCUPATION}97b3cab1-f4f0-41ed-8c80-e65e6c067e95`,
    fr: ['Technicien réseau gaz / Technicienne réseau gaz'],
    en: ['Gas engineer', 'Gas service engineer'],
  },
  // technicien des télécommunications/technicienne des télécommunications / telecommunications technician
  {
    id: `${OCCUPATION}056bef79-c125-47ab-b6b9-8eed05c9458c`,
    fr: [
      'Technicien fibre optique / Technicienne fibre optique',
      'Raccordeur fibre optique / Raccordeuse fibre optique',
    ],
    en: ['Fibre optic technician'],
  },
  // monteur d’ascenseurs/monteuse d’ascenseurs / lift engineer
  {
    id: `${OCCUPATION}f8d1bcf9-9ca1-408f-a713-7bdf28c400fd`,
    fr: ['Ascensoriste', 'Technicien ascensoriste / Technicienne ascensoriste'],
  },
  // monteur-électricien en réseaux de distribution électrique/monteuse-électricienne en réseaux de distribution électrique / electricity distribution worker
  {
    id: `${OCCUPATION}c89afd9a-7dad-4bae-9315-5fcadd9ad8b6`,
    fr: [
      'Monteur réseaux électriques / Monteuse réseaux électriques',
      'Monteur de réseaux électriques / Monteuse de réseaux électriques',
    ],
  },
  // technicien électronicien/technicienne électronicienne / electronics engineering technician
  { id: `${OCCUPATION}27811419-407f-4868-a388-2f7df7aafd91`, en: ['Electronics technician'] },
  // technicien SAV/technicienne SAV / after-sales service technician
  { id: `${OCCUPATION}98e58946-3227-4f6c-a5d1-5892fe76883d`, en: ['Field service engineer'] },
  // électricien du bâtiment/électricienne du bâtiment / building electrician
  { id: `${OCCUPATION}33960bab-4423-4808-af6c-ec2b485dba41`, fr: ['Électricien tertiaire / Électricienne tertiaire'] },
  // plombier/plombière / plumber
  { id: `${OCCUPATION}ed3cf43d-c2c1-4c46-82fc-1375e27e0290`, fr: ['Installateur sanitaire / Installatrice sanitaire'] },
  // électricien photovoltaïque/électricienne photovoltaïque / solar energy technician
  {
    id: `${OCCUPATION}75b63949-1b93-4bf2-a777-ccf978dc3e8a`,
    fr: [
      'Technicien de maintenance photovoltaïque / Technicienne de maintenance photovoltaïque',
      'Installateur de panneaux solaires / Installatrice de panneaux solaires',
    ],
  },
  // conseiller espace info-énergie/conseillère espace info-énergie / energy conservation officer
  {
    id: `${OCCUPATION}23a61ff1-c954-4867-b982-a018b535f98b`,
    fr: ['Conseiller en rénovation énergétique / Conseillère en rénovation énergétique'],
  },
  // électricien d’équipements industriels/électricienne d’équipements industriels / industrial electrician
  { id: `${OCCUPATION}5df63943-f1bc-4438-90f1-92768a7a23c8`, en: ['Electrical maintenance engineer'] },
  // chef d’équipe de maintenance industrielle / industrial maintenance supervisor
  { id: `${OCCUPATION}a9b20949-897b-481f-8642-d1f69263baff`, en: ['Maintenance supervisor'] },
  // technicien de maintenance sur éolienne/technicienne de maintenance sur éolienne / wind turbine technician
  { id: `${OCCUPATION}98562ce3-9632-4226-b129-c67eb9c54f0f`, en: ['Wind technician'] },
  // --- BTP ---
  // conducteur d’excavatrice/conductrice d’excavatrice / excavator operator
  {
    id: `${OCCUPATION}eedbf8b1-9432-4f42-ab7f-db5cd3eb2a05`,
    fr: [
      "Conducteur d'engins / Conductrice d'engins",
      "Conducteur d'engins de chantier / Conductrice d'engins de chantier",
      "Conducteur d'engins de travaux publics / Conductrice d'engins de travaux publics",
      'Conducteur de pelle / Conductrice de pelle',
      'Conducteur de pelle hydraulique / Conductrice de pelle hydraulique',
    ],
    en: ['Digger driver'],
  },
  // poseur de revêtements souples de sols/poseuse de revêtements souples de sols / resilient floor layer
  { id: `${OCCUPATION}0663d464-f139-4554-ae87-97aa6c4dad77`, fr: ['Solier / Solière'] },
  // conducteur de grue mobile/conductrice de grue mobile / mobile crane operator
  { id: `${OCCUPATION}1f2b8092-1787-4ef4-9282-cf81ce4b4d76`, fr: ['Chauffeur grutier / Chauffeuse grutière'] },
  // superviseur de travaux de construction/superviseuse de travaux de construction / construction general supervisor
  {
    id: `${OCCUPATION}0dd7e6cd-2e5a-4fae-9ce0-6a3622d4019f`,
    fr: [
      'Conducteur de travaux / Conductrice de travaux',
      'Aide conducteur de travaux / Aide conductrice de travaux',
      "Chef d'équipe bâtiment / Cheffe d'équipe bâtiment",
    ],
    en: ['Site manager', 'Site supervisor', 'Construction site manager'],
  },
  // ouvrier de chantier/ouvrière de chantier / building construction worker
  {
    id: `${OCCUPATION}fb7e2f4f-1545-42f1-972e-94082e49c6dc`,
    fr: ['Manœuvre bâtiment', 'Manœuvre BTP', 'Aide maçon / Aide maçonne'],
    en: ["Bricklayer's labourer", 'Hod carrier'],
  },
  // ouvrier génie civil/ouvrière génie civil / civil engineering worker
  {
    id: `${OCCUPATION}47300afa-5496-484c-8f65-14247a98b2b8`,
    fr: [
      'Ouvrier travaux publics / Ouvrière travaux publics',
      'Ouvrier VRD / Ouvrière VRD',
      'Terrassier / Terrassière',
      'Maçon VRD / Maçonne VRD',
    ],
  },
  // ouvrier de construction d’égouts/ouvrière de construction d’égouts / sewer construction worker
  { id: `${OCCUPATION}73d77554-2016-46fa-ac3d-44a02e8d1a89`, fr: ['Canalisateur / Canalisatrice'] },
  // cimentier enduiseur/cimentière enduiseuse / concrete finisher
  {
    id: `${OCCUPATION}a9068f84-cecd-4cbb-9acb-e20c714435ec`,
    fr: ['Coffreur / Coffreuse', 'Coffreur bancheur / Coffreuse bancheuse'],
  },
  // charpentier en structures métalliques/charpentière en structures métalliques / structural ironworker
  { id: `${OCCUPATION}691ec040-f5ad-47ef-8698-03212d66dbbf`, en: ['Steel fixer'] },
  // plâtrier/plâtrière / plasterer
  { id: `${OCCUPATION}f4a22809-c00c-4dd0-8b09-c7251f8dcd1c`, fr: ['Façadier / Façadière'], en: ['Dryliner'] },
  // agent de nettoyage des extérieurs des bâtiments/agente de nettoyage des extérieurs des bâtiments / building exterior cleaner
  { id: `${OCCUPATION}a632fb74-ef49-4f4a-9777-b7df54a0f897`, fr: ['Ravaleur / Ravaleuse'] },
  // couvreur/couvreuse / roofer
  { id: `${OCCUPATION}b4c6d1b0-929e-48be-9f67-47bd8c30658b`, fr: ['Étancheur / Étancheuse'] },
  // monteur en isolation/monteuse en isolation / insulation worker
  {
    id: `${OCCUPATION}b2dab4fb-b7f7-4f57-94b2-9c0f0848564a`,
    fr: ['Isolateur / Isolatrice'],
    en: ['Insulation installer'],
  },
  // peintre en bâtiment / construction painter
  { id: `${OCCUPATION}15620506-fb5d-49cd-87a2-1c9047fb406a`, fr: ['Peintre', 'Peintre façadier / Peintre façadière'] },
  // charpentier/charpentière / carpenter
  { id: `${OCCUPATION}2a22ff9e-de3b-408d-b312-5034896cc4f4`, fr: ['Menuisier poseur / Menuisière poseuse'] },
  // installateur de fenêtres/installatrice de fenêtres / window installer
  { id: `${OCCUPATION}353a22a7-1c55-410c-a7a7-c531692b5e50`, fr: ['Poseur de menuiseries / Poseuse de menuiseries'] },
  // conducteur de grue à tour/conductrice de grue à tour / tower crane operator
  { id: `${OCCUPATION}0ea5fdff-074c-4094-98b9-04432361e4d9`, fr: ['Grutier / Grutière'] },
  // démolisseur/démolisseuse / demolition worker
  { id: `${OCCUPATION}dd89e26f-bb5c-45cb-91c6-8b4d5d82a31f`, en: ['Demolition operative'] },
  // géomètre-topographe / land surveyor
  { id: `${OCCUPATION}d8e502b4-1be6-4d10-a224-151688f8f0c8`, fr: ['Géomètre'] },
  // économiste de la construction / quantity surveyor
  { id: `${OCCUPATION}0cca32c2-9308-4927-adb2-14771ab787f0`, fr: ['Métreur / Métreuse'] },
  // --- logistique ---
  // magasinier/magasinière / warehouse worker
  {
    id: `${OCCUPATION}bea705fe-06ac-4147-b8e0-6e8ac1208d8f`,
    fr: [
      'Agent logistique / Agente logistique',
      'Opérateur logistique / Opératrice logistique',
      'Employé logistique / Employée logistique',
      "Agent d'entreposage / Agente d'entreposage",
      "Agent d'expédition / Agente d'expédition",
    ],
    en: [
      'Storeman',
      'Storeperson',
      'Dispatch operative',
      'Despatch operative',
      'Warehouse assistant',
      'Goods in operative',
    ],
  },
  // déménageur/déménageuse / mover
  { id: `${OCCUPATION}c84a055d-00fe-4789-a054-f4a62914ff6e`, en: ['Removals operative'] },
  // manutentionnaire / materials handler
  {
    id: `${OCCUPATION}808becc8-5a4e-4e71-a043-c2ea32b56ae3`,
    fr: ['Agent de quai / Agente de quai', 'Agent de manutention / Agente de manutention'],
  },
  // coordinateur d'inventaire/coordinatrice d'inventaire / inventory coordinator
  {
    id: `${OCCUPATION}d7a9f9e0-e2f5-4804-a0e0-b21ebb1403ee`,
    fr: ['Gestionnaire de stock', 'Gestionnaire des stocks'],
    en: ['Stock controller'],
  },
  // responsable d'entrepôt / warehouse manager
  {
    id: `${OCCUPATION}2f5de1ab-eddf-4715-8193-e994912c22ea`,
    fr: [
      "Chef d'équipe logistique / Cheffe d'équipe logistique",
      'Chef de quai / Cheffe de quai',
      'Responsable de quai',
    ],
    en: ['Warehouse team leader'],
  },
  // approvisionneur/approvisionneuse / purchase planner
  {
    id: `${OCCUPATION}dbdc9f7b-31c6-4f21-a9c5-48253bb69c08`,
    fr: ['Gestionnaire approvisionnement', "Gestionnaire d'approvisionnement"],
  },
  // dispatcheur transport de marchandises/dispatcheuse transport de marchandises / freight transport dispatcher
  {
    id: `${OCCUPATION}49e28648-4fa8-4b36-ac4d-781c108547bf`,
    fr: [
      'Exploitant transport / Exploitante transport',
      "Agent d'exploitation transport / Agente d'exploitation transport",
    ],
  },
  // responsable d'exploitation transport routier / road operations manager
  {
    id: `${OCCUPATION}4ea620f2-5c75-49ee-85a0-b2fb6bbf3624`,
    fr: ["Responsable d'exploitation transport", 'Responsable transport'],
    en: ['Transport manager'],
  },
  // responsable logistique et distribution / logistics and distribution manager
  {
    id: `${OCCUPATION}823db06f-25e1-4658-b063-d6ef956b41f5`,
    fr: ['Coordinateur logistique / Coordinatrice logistique'],
  },
  // employé au courrier/employée au courrier / mail clerk
  {
    id: `${OCCUPATION}511f366c-ba41-4826-9622-8cda6d6e3b91`,
    fr: ['Agent de tri postal / Agente de tri postal', 'Trieur de colis / Trieuse de colis'],
  },
  // préparateur de commandes/préparatrice de commandes / warehouse order picker
  { id: `${OCCUPATION}cd94def5-3442-4c2e-ae3d-0761a3008bcb`, fr: ['Préparateur de colis / Préparatrice de colis'] },
  // --- transport ---
  // conducteur d’autobus/conductrice d’autobus / bus driver
  {
    id: `${OCCUPATION}00cee175-1376-43fb-9f02-ba3d7a910a58`,
    fr: [
      'Chauffeur transport de personnes / Chauffeuse transport de personnes',
      "Conducteur d'autocar / Conductrice d'autocar",
      'Conducteur receveur / Conductrice receveuse',
    ],
    en: ['Minibus driver'],
  },
  // coursier véhicules 2 roues/coursière véhicules 2 roues / motorcycle delivery person
  { id: `${OCCUPATION}b5f6bb2c-0602-484d-a87f-9cac33f83010`, en: ['Delivery rider'] },
  // coursier à vélo/coursière à vélo / bicycle courier
  { id: `${OCCUPATION}3a959644-beed-4afc-8e57-d5068ae6a43e`, fr: ['Livreur à vélo / Livreuse à vélo'] },
  // chauffeur de taxi/chauffeuse de taxi / taxi driver
  {
    id: `${OCCUPATION}6f7c1e84-8162-4c20-a575-b57ff624eef5`,
    fr: ['Chauffeur de voiture de transport avec chauffeur / Chauffeuse de voiture de transport avec chauffeur'],
  },
  // chauffeur de maître/chauffeuse de maître / private chauffeur
  { id: `${OCCUPATION}e75305db-9011-4ee0-ab62-8d41a98f807e`, en: ['Chauffeur'] },
  // chauffeur-livreur/chauffeuse-livreuse / delivery driver
  { id: `${OCCUPATION}0c408028-c48f-4df8-ba5d-c3d3be15f5a2`, en: ['Multi-drop driver', 'Van driver', 'Courier'] },
  // cariste / forklift operator
  // ESCO's French labels never say the words of the ROME appellation, so "Conducteur de chariot
  // élévateur" (the most common way to write the trade) ranked "conseiller d'élevage" first.
  {
    id: `${OCCUPATION}eeac6251-1974-42f5-91ed-513c6c883755`,
    fr: ['Conducteur de chariot élévateur / Conductrice de chariot élévateur', "Conducteur d'engins de manutention / Conductrice d'engins de manutention"],
    en: ['Reach truck driver', 'Fork lift truck driver', 'Fork lift operator'],
  },
  // conducteur de benne à ordures/conductrice de benne à ordures / refuse vehicle driver
  { id: `${OCCUPATION}2480f8b0-4c02-4c66-84ad-2677c1548e03`, en: ['Bin lorry driver'] },
  // --- agriculture ---
  // ouvrier agricole/ouvrière agricole / crop production worker
  {
    id: `${OCCUPATION}c9191f7f-28b5-4df8-991d-804c53009b83`,
    fr: [
      'Agent agricole / Agente agricole',
      'Salarié agricole / Salariée agricole',
      'Ouvrier arboricole / Ouvrière arboricole',
    ],
    en: ['Farm assistant', 'Farm labourer', 'Agricultural worker'],
  },
  // ouvrier viticole/ouvrière viticole / vineyard worker
  {
    id: `${OCCUPATION}e5e3ea36-4ed9-4c57-987c-9974385551a8`,
    fr: ['Vendangeur / Vendangeuse', 'Tailleur de vigne / Tailleuse de vigne'],
  },
  // ouvrier horticole/ouvrière horticole / horticulture worker
  {
    id: `${OCCUPATION}1a9d99ba-4c08-4864-8f6a-1b0f2b4cf883`,
    fr: ['Ouvrier maraîcher / Ouvrière maraîchère', 'Ouvrier pépiniériste / Ouvrière pépiniériste'],
  },
  // responsable de production horticole / horticulture production manager
  {
    id: `${OCCUPATION}d36b66f8-c08a-4416-953b-62c271ca7509`,
    fr: ['Maraîcher / Maraîchère', 'Horticulteur / Horticultrice', 'Pépiniériste'],
  },
  // responsable de production agricole / crop production manager
  {
    id: `${OCCUPATION}1b5ccfe7-1cc3-4f02-974c-f852d3faf57e`,
    fr: ['Agriculteur / Agricultrice', 'Céréalier / Céréalière', 'Chef de culture / Cheffe de culture'],
  },
  // responsable d'exploitation agricole / farm manager
  { id: `${OCCUPATION}4552095e-3396-4831-86ad-4fc34ec39a19`, fr: ['Éleveur / Éleveuse'] },
  // aide d'élevage / livestock worker
  {
    id: `${OCCUPATION}65bd2342-f7de-4932-9164-eb480e35a791`,
    fr: ["Agent d'élevage / Agente d'élevage", 'Trayeur / Trayeuse'],
    en: ['Herdsman', 'Dairy farm worker', 'Poultry farm worker', 'Pig farm worker'],
  },
  // conducteur d'engins agricoles/conductrice d'engins agricoles / land-based machinery operator
  {
    id: `${OCCUPATION}1b8c75a9-407b-4554-a7d6-df391672c6b1`,
    fr: [
      'Tractoriste',
      'Chauffeur de tracteur / Chauffeuse de tracteur',
      'Conducteur de tracteur / Conductrice de tracteur',
    ],
  },
  // directeur d'exploitation viticole/directrice d'exploitation viticole / vineyard manager
  {
    id: `${OCCUPATION}8b304664-ba25-45fe-a5bf-80c727943a86`,
    fr: ['Viticulteur / Viticultrice', 'Vigneron / Vigneronne'],
  },
  // ouvrier forestier/ouvrière forestière / forest worker
  {
    id: `${OCCUPATION}773cf1de-50a4-42e7-bab1-e68dcbae3f54`,
    fr: ['Bûcheron / Bûcheronne', 'Sylviculteur / Sylvicultrice'],
  },
  // agronome / agronomist
  { id: `${OCCUPATION}c40ef517-d4ab-4932-b184-9c2ea5b24fe2`, fr: ['Conseiller agricole / Conseillère agricole'] },
  // agent d'entretien des espaces verts/agente d'entretien des espaces verts / groundsman/groundswoman
  { id: `${OCCUPATION}a48b9a5a-5ded-482d-8cda-7fd097a32c16`, en: ['Groundsperson', 'Grounds maintenance operative'] },
  // recycleur/recycleuse / recycling worker
  {
    id: `${OCCUPATION}4ed9ce62-75d4-4b05-80d4-e86528fecdcd`,
    fr: [
      'Agent de déchèterie / Agente de déchèterie',
      'Agent de déchetterie / Agente de déchetterie',
      'Gardien de déchèterie / Gardienne de déchèterie',
    ],
    en: ['Waste operative'],
  },
  // --- espaces verts ---
  // jardinier paysagiste/jardinière paysagiste / landscape gardener
  { id: `${OCCUPATION}e7970c7a-7769-4002-87d3-0a8ea94fdd6f`, fr: ['Jardinier / Jardinière'] },
  // élagueur/élagueuse / tree surgeon
  { id: `${OCCUPATION}fa30c1cb-dbc5-409c-8124-7284592b123c`, fr: ['Arboriste grimpeur / Arboriste grimpeuse'] },
  // --- environnement / déchets / eau ---
  // conducteur d'installations de traitement des eaux/conductrice d'installations de traitement des eaux / wastewater treatment operator
  {
    id: `${OCCUPATION}d43e9693-7087-412c-b54c-e9068012630a`,
    fr: [
      'Agent de traitement des eaux / Agente de traitement des eaux',
      "Agent de station d'épuration / Agente de station d'épuration",
      "Opérateur de station d'épuration / Opératrice de station d'épuration",
    ],
    en: ['Wastewater operative'],
  },
  // éboueur/éboueuse / refuse collector
  {
    id: `${OCCUPATION}e54683ca-1fc9-468d-b880-6544ff6b7d0b`,
    fr: [
      'Agent de collecte / Agente de collecte',
      'Agent de collecte des déchets / Agente de collecte des déchets',
      'Ripeur / Ripeuse',
      'Rippeur / Rippeuse',
    ],
    en: ['Refuse loader'],
  },
  // balayeur/balayeuse / street sweeper
  {
    id: `${OCCUPATION}503ea267-93e9-4b8c-ae5e-817fe7e4a245`,
    fr: ['Agent de propreté urbaine / Agente de propreté urbaine'],
    en: ['Street cleaner'],
  },
  // opérateur de tri/opératrice de tri / sorter labourer
  { id: `${OCCUPATION}ff8d4065-db44-47c7-a4bd-51b3c306ef70`, fr: ['Trieur de déchets / Trieuse de déchets'] },
  // opérateur de réseau d’assainissement/opératrice de réseau d’assainissement / sewerage network operative
  { id: `${OCCUPATION}6f74ebc4-ab7e-42a8-ad94-921f3d0ef0c6`, fr: ["Agent d'assainissement / Agente d'assainissement"] },
  // technicien d'exploitation eau potable/technicienne d'exploitation eau potable / water plant technician
  {
    id: `${OCCUPATION}7f800e7d-9d86-406a-9116-b5eca7526869`,
    fr: [
      'Technicien traitement des eaux / Technicienne traitement des eaux',
      "Technicien de traitement de l'eau / Technicienne de traitement de l'eau",
    ],
  },
  // agent de réseau d'eau/agente de réseau d'eau / water network operative
  {
    id: `${OCCUPATION}094b9f9b-7e89-4f34-adbb-fbaf7246f7a4`,
    fr: ['Fontainier / Fontainière', 'Technicien réseau eau potable / Technicienne réseau eau potable'],
  },
  // agent d'entretien de la voirie/agente d'entretien de la voirie / road maintenance worker
  { id: `${OCCUPATION}f272a521-1a38-4d34-a78e-3adeca95b977`, fr: ['Cantonnier / Cantonnière'] },
];
