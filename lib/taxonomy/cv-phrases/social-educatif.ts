// Travail social et éducatif (éducateur spécialisé, moniteur éducateur, accompagnant éducatif et social, CESF,
// assistant de service social, médiateur, encadrant technique d'insertion): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // impliquer les usagers et le personnel soignant dans la planification des soins / involve service users and care-givers  in care planning
  { id: `${SKILL}2806b5cb-964b-4148-84aa-7efdbeffe9e3`, fr: ['Projet personnalisé', 'Projet personnalisé d\'accompagnement', 'Projet individualisé', 'Élaboration du projet personnalisé', 'Projet éducatif individualisé', 'Projet pour l\'enfant', 'Référent de projet personnalisé'], en: ['Support planning', 'Person-centred planning', 'Writing support plans'] },
  // examiner les plans des services sociaux / review social service plan
  { id: `${SKILL}a95e0f9f-726e-4b0a-97c5-fa7a9d40ae8f`, fr: ['Bilan du projet personnalisé', 'Réévaluation du projet personnalisé', 'Révision du projet individualisé'], en: ['Reviewing support plans'] },
  // pédagogie sociale / social pedagogy
  { id: `${SKILL}58bae6b3-baf1-4ce2-9daf-197ede8c510a`, fr: ['Accompagnement éducatif', 'Accompagnement socio-éducatif', 'Action éducative', 'Intervention socio-éducative', 'Suivi éducatif', 'Prise en charge éducative', 'Relation éducative'] },
  // mener des activités éducatives / conduct educational activities
  { id: `${SKILL}8af15e52-c743-43da-94aa-c4ea52d4f3e8`, fr: ['Activités éducatives', 'Ateliers éducatifs', 'Activités socio-éducatives', 'Animation d\'activités éducatives', 'Ateliers socio-éducatifs'], en: ['Educational activities', 'Running educational workshops'] },
  // tenir des registres de travail avec les usagers / maintain records of work with service users
  { id: `${SKILL}bd17a64e-a9bd-439d-9b87-01c6bb1b7e09`, fr: ['Écrits professionnels', 'Rédaction d\'écrits professionnels', 'Rapports éducatifs', 'Rédaction de rapports éducatifs', 'Notes de situation', 'Écrits éducatifs'], en: ['Case notes', 'Case recording', 'Keeping case notes'] },
  // travailler au sein d’équipes médicales pluridisciplinaires / work in multidisciplinary health teams
  { id: `${SKILL}eba85523-6ad2-4cd9-9b27-a0b6a39b8cfa`, fr: ['Travail en équipe pluridisciplinaire', 'Équipe pluridisciplinaire', 'Réunions de synthèse', 'Travail en équipe pluriprofessionnelle', 'Réunions d\'équipe pluridisciplinaire'], en: ['MDT working', 'Multidisciplinary team working', 'MDT meetings'] },
  // coopérer au niveau interprofessionnel / cooperate at inter-professional level
  { id: `${SKILL}f2f2cd3b-6afd-482e-80af-5823250ef0b8`, fr: ['Travail en réseau', 'Travail partenarial', 'Réseau partenarial', 'Travail en partenariat'], en: ['Multi-agency working', 'Partnership working', 'Inter-agency working', 'Working with partner agencies'] },
  // mener des entretiens dans des services sociaux / conduct interview in social service
  { id: `${SKILL}4f4afd0b-07e5-48fd-a7d4-0e8746c608df`, fr: ['Entretiens d\'accompagnement', 'Entretiens d\'aide', 'Entretiens sociaux', 'Entretiens éducatifs', 'Entretiens familiaux'], en: ['Key work sessions', 'One-to-one key work', 'Keyworking sessions'] },
  // évaluer la situation d’un usager des services sociaux / assess social service users' situation
  { id: `${SKILL}8d927aab-9202-4c02-9f39-5d478458f25c`, fr: ['Diagnostic social', 'Évaluation sociale', 'Évaluation de la situation sociale', 'Diagnostic socio-éducatif', 'Évaluation des besoins de la personne', 'Évaluation sociale globale'], en: ['Holistic assessments', 'Social care assessments'] },
  // bâtir des relations d’aide avec les usagers de services sociaux / build helping relationship with social service users
  { id: `${SKILL}fdb44237-c0b0-4924-9439-911332e0d884`, fr: ['Relation d\'aide', 'Posture d\'aide'], en: ['Therapeutic relationships'] },
  // donner des conseils en matière sociale / provide social counseling
  { id: `${SKILL}09d6ed43-95a1-4492-8bd7-d01039285afa`, fr: ['Accompagnement social', 'Suivi social', 'Accompagnement social global', 'Accompagnement social individualisé', 'Intervention sociale d\'aide à la personne', 'ISAP'], en: ['Casework', 'Social casework'] },
  // orienter les usagers des services sociaux / refer social service users
  { id: `${SKILL}e23c32a2-eff1-4d77-b2b0-724a3a600a95`, fr: ['Orientation vers les partenaires', 'Orientation vers les structures adaptées'], en: ['Referrals to agencies', 'Referral to specialist services'] },
  // orienter les usagers vers les ressources communautaires / refer service users to community resources
  { id: `${SKILL}d22ed03b-5385-4c53-b399-17bfec2b61f5`, fr: ['Orientation vers les dispositifs'], en: ['Signposting', 'Signposting to services', 'Signposting to local services'] },
  // défendre les droits des usagers / promote service users' rights
  { id: `${SKILL}7838b15f-1beb-4da3-b4f2-22d8ae6e9079`, fr: ['Accès aux droits', 'Défense des droits des usagers', 'Droits des usagers', 'Loi 2002-2', 'Promotion des droits des usagers'], en: ['Promoting rights', 'Rights-based approach'] },
  // défendre les usagers de services sociaux / advocate for social service users
  { id: `${SKILL}6b85a3ef-4518-42e1-84ff-55ff13c2641f`, fr: ['Défense des intérêts des usagers', 'Médiation administrative'], en: ['Advocating for clients', 'Advocacy support'] },
  // donner des conseils sur des prestations de sécurité sociale / advise on social security benefits
  { id: `${SKILL}f28c3e9b-8666-48d4-a5e4-542ac193879b`, fr: ['Ouverture des droits', 'Accès aux droits sociaux', 'Dossiers CAF', 'Demandes de RSA', 'Dossiers MDPH', 'Constitution de dossiers de demande d\'aide', 'Aides sociales'], en: ['Benefits advice', 'Welfare benefits advice', 'Universal Credit applications', 'PIP applications'] },
  // aider les usagers des services sociaux à gérer leurs finances / support social service users to manage their financial affairs
  { id: `${SKILL}65556efb-13d5-48bc-8e53-96f7a3379749`, fr: ['Accompagnement budgétaire', 'Gestion du budget familial', 'Aide à la gestion du budget', 'Prévention du surendettement', 'Dossiers de surendettement', 'Éducation budgétaire', 'Mesures d\'accompagnement social personnalisé', 'MASP'], en: ['Budgeting support', 'Money management support', 'Debt advice'] },
  // donner des conseils sur le logement / advise on housing
  { id: `${SKILL}d2ae1ea1-d899-4f9e-87f5-481987e2e5e8`, fr: ['Accès au logement', 'Accompagnement vers le logement', 'ASLL', 'Accompagnement social lié au logement', 'Demandes de logement social', 'Dossiers DALO'], en: ['Housing support', 'Housing advice', 'Tenancy sustainment', 'Tenancy support', 'Housing applications'] },
  // aider des sans-abris / assist the homeless
  { id: `${SKILL}bbeff2f6-4a3c-44af-8589-ac158f652d0d`, fr: ['Hébergement d\'urgence', 'CHRS', 'Mise à l\'abri'], en: ['Homelessness support', 'Hostel support work', 'Rough sleepers', 'Supported housing'] },
  // intervenir dans la rue dans le cadre de l’action sociale / perform street interventions in social work
  { id: `${SKILL}004017c9-0337-4f5a-8077-798de9ef12e3`, fr: ['Travail de rue', 'Prévention spécialisée', 'Maraudes', 'Éducateur de rue', 'Présence sociale de rue'], en: ['Street outreach', 'Outreach work', 'Detached youth work'] },
  // médiation sociale / social mediation
  { id: `${SKILL}2b3ac8b9-a5bd-4ec1-bb9a-f499fb3aa8d3`, fr: ['Médiation de proximité', 'Médiation urbaine', 'Médiation de voisinage', 'Médiation dans les transports', 'Tranquillité publique'], en: ['Community mediation', 'Neighbour mediation'] },
  // aider à une recherche d'emploi / provide assistance with job search
  { id: `${SKILL}7903f946-aeff-4024-b146-8e48018d4eb9`, fr: ['Accompagnement vers l\'emploi', 'Techniques de recherche d\'emploi', 'Accompagnement socioprofessionnel', 'Suivi socioprofessionnel', 'Insertion professionnelle', 'Levée des freins à l\'emploi', 'Freins périphériques à l\'emploi'], en: ['Employability support', 'Job search support', 'CV writing support', 'Back to work support'] },
  // réinsertion professionnelle / vocational rehabilitation
  { id: `${SKILL}84a67aa9-1d83-4122-a381-cef8c770c8db`, fr: ['Chantier d\'insertion', 'Atelier chantier d\'insertion', 'Insertion par l\'activité économique', 'SIAE', 'Salariés en insertion', 'Parcours d\'insertion', 'Encadrement technique d\'insertion', 'Entreprise d\'insertion', 'Suivi des salariés en insertion', 'Encadrement de salariés en insertion'], en: ['Supported employment'] },
  // aider les usagers à développer leurs compétences / support service users in developing skills
  { id: `${SKILL}74beca00-bd58-4c27-812d-0d5933c76d6f`, fr: ['Ateliers d\'autonomie', 'Apprentissages de la vie quotidienne', 'Habiletés sociales', 'Compétences psychosociales', 'Ateliers de socialisation'], en: ['Life skills', 'Independent living skills', 'Life skills sessions', 'Daily living skills'] },
  // préparer les jeunes au passage à l’âge adulte / prepare youths for adulthood
  { id: `${SKILL}64b0515c-98b0-4cfd-8791-2f0a74e0ca37`, fr: ['Préparation à l\'autonomie', 'Accompagnement des jeunes majeurs', 'Contrat jeune majeur', 'Accompagnement vers l\'autonomie des jeunes', 'Autonomie des jeunes majeurs'], en: ['Leaving care', 'Transition to adulthood', 'Pathway planning', 'Care leavers'] },
  // contribuer à la protection des enfants / contribute to the safeguarding of children
  { id: `${SKILL}995ad47c-bfc5-45fd-91ec-35cad3f7d368`, fr: ['Information préoccupante', 'Signalement d\'enfant en danger', 'Enfance en danger', 'Repérage des situations de danger', 'Enfants en danger'], en: ['Safeguarding procedures', 'Designated safeguarding lead', 'Safeguarding referrals'] },
  // protection de l’enfance / child protection
  { id: `${SKILL}f2d63656-169c-4110-99fe-33914f902466`, fr: ['Aide sociale à l\'enfance', 'Maison d\'enfants à caractère social', 'MECS', 'AEMO', 'Action éducative en milieu ouvert', 'Placement familial', 'Assistance éducative'], en: ['Children\'s social care', 'Looked after children', 'Child in need', 'Children in care'] },
  // promouvoir la protection des jeunes / promote the safeguarding of young people
  { id: `${SKILL}98a0c718-40b1-4a4f-a366-b8155f238d9b`, fr: ['Protection des mineurs', 'Protection de la jeunesse', 'Protection judiciaire de la jeunesse', 'PJJ'], en: ['Safeguarding young people', 'Safeguarding adolescents'] },
  // protéger les usagers vulnérables des services sociaux / protect vulnerable social service users
  { id: `${SKILL}3aa7e88e-bebd-48b1-94ba-6efddeecf08f`, fr: ['Protection des personnes vulnérables', 'Prévention de la maltraitance', 'Lutte contre la maltraitance', 'Repérage de la maltraitance', 'Protection des majeurs vulnérables'], en: ['Protection of vulnerable adults', 'Adult protection', 'POVA'] },
  // rendre visite à des familles d’accueil / conduct foster care visits
  { id: `${SKILL}6ec9185b-bce9-4166-8627-cdfed7c79ab4`, fr: ['Suivi des assistants familiaux', 'Visites en famille d\'accueil', 'Suivi des familles d\'accueil'], en: ['Foster care visits', 'Supervising foster carers'] },
  // mettre en œuvre une intervention en situation de crise / apply crisis intervention
  { id: `${SKILL}3757c242-0042-4940-aedb-2af63e080dba`, fr: ['Intervention de crise', 'Gestion de crise en institution', 'Gestion des moments de crise'], en: ['Crisis support'] },
  // gérer un comportement agressif / deal with aggressive behavior
  { id: `${SKILL}f6c12779-bd4c-4908-a766-dd0db556c63b`, fr: ['Gestion des comportements violents', 'Gestion de la violence', 'Gestion des passages à l\'acte', 'Contenance physique'], en: ['Challenging behaviour', 'Managing challenging behaviour', 'Team Teach', 'MAPA', 'Breakaway techniques', 'Physical intervention'] },
  // renforcer un comportement positif / reinforce positive behavior
  { id: `${SKILL}e83d8e27-542c-41d2-859e-bea412a217f4`, fr: ['Renforcement positif', 'Valorisation des comportements positifs', 'Soutien au comportement positif'], en: ['Positive behaviour support', 'PBS'] },
  // troubles du comportement / behavioral  disorders
  { id: `${SKILL}8e839bce-38f0-472d-8792-9b7c12b197ef`, fr: ['ITEP'], en: ['Emotional and behavioural difficulties', 'SEMH', 'Behavioural difficulties'] },
  // travailler avec les usagers des services sociaux au sein d’un groupe / work with social service users in a group
  { id: `${SKILL}f2da762e-868c-4dff-a936-50a7cb56e44d`, fr: ['Ateliers collectifs', 'Animation d\'ateliers collectifs', 'Groupes de parole', 'Animation de groupes de parole', 'Accompagnement collectif'], en: ['Facilitating group sessions', 'Group work with service users'] },
  // aider des familles en situation de crise / assist families in crisis situations
  { id: `${SKILL}763635b2-a9f0-4192-9656-0412a9d57488`, fr: ['Soutien à la parentalité', 'Accompagnement à la parentalité', 'Ateliers parentalité', 'Soutien aux familles en difficulté', 'Accompagnement des familles en difficulté', 'Travailleuse familiale', 'TISF'], en: ['Family support', 'Family support work', 'Parenting support', 'Supporting families in crisis'] },
  // autisme / autism
  { id: `${SKILL}586c5e11-b70d-499b-8589-b67e1ff3cc93`, fr: ['TSA', 'Troubles du spectre autistique', 'Troubles du spectre de l\'autisme', 'TEACCH', 'Accompagnement de personnes autistes', 'Personnes avec autisme'], en: ['Autism support', 'Autistic spectrum disorder', 'ASD'] },
  // aider les usagers des services sociaux ayant des besoins spécifiques en communication / support social service users with specific communication needs
  { id: `${SKILL}e94773c9-c4be-4a01-a81f-d033dfeb21d4`, fr: ['Makaton', 'Communication alternative et augmentée', 'CAA', 'PECS', 'Communication non verbale adaptée'], en: ['Makaton', 'PECS', 'Alternative and augmentative communication', 'Intensive interaction'] },
  // thérapie comportementale / behavioral  therapy
  { id: `${SKILL}c23d5c30-f9ce-4ffb-9c27-de3c9119e244`, fr: ['Méthode ABA', 'Analyse appliquée du comportement', 'ABA'], en: ['Applied behaviour analysis', 'ABA'] },
  // soins aux personnes handicapées / disability care
  { id: `${SKILL}54411e8e-d62f-46d8-b87b-fce23f8e3bc8`, fr: ['Handicap mental', 'Déficience intellectuelle', 'Polyhandicap', 'Handicap psychique', 'Personnes polyhandicapées'], en: ['Learning disabilities', 'Profound and multiple learning disabilities', 'PMLD'] },
  // informer sur les risques d’une consommation abusive de substances et d’alcool / inform on the risks of substance and alcohol abuse
  { id: `${SKILL}e4c5a9f8-72f8-4282-aefa-0fa924cb3db6`, fr: ['Prévention des addictions', 'Réduction des risques et des dommages', 'Prévention des conduites à risque', 'CSAPA', 'CAARUD'], en: ['Harm reduction', 'Substance misuse support', 'Drug and alcohol awareness', 'Substance misuse'] },
  // organiser des ensembles de services d’action sociale / organize social work packages
  { id: `${SKILL}e55e230e-c308-426d-a536-06176db2a651`, fr: ['Mise en place de plans d\'aide', 'Élaboration de plans d\'aide'], en: ['Arranging care packages', 'Care packages'] },
  // encourager le travail des jeunes au sein des communautés locales / promote youth work in the local community
  { id: `${SKILL}4381b317-c2c9-48a4-be25-f89b6291b0bf`, en: ['Youth clubs', 'Youth club sessions'] },
  // aider des personnes handicapées à participer à des activités communautaires / assist disabled individuals to participate in community activities
  { id: `${SKILL}0f298334-ae4a-4ab7-96c2-0d90d2883768`, fr: ['Accompagnement à la vie sociale', 'Inclusion sociale des personnes handicapées'], en: ['Supporting people to access the community'] },
];
