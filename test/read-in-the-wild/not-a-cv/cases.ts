// Documents people really upload in place of a CV, and CVs that look like them. Each is a list of
// lines as a reader gives them (one per visual line, tabs between table cells).

/** Real CVs that share something with other documents: never refused (the person would get nothing). */
export const REAL_CVS: [string, string[]][] = [
  ['a student CV of six lines, no heading, no date', ['Léa DUPONT', 'Lycéenne en Terminale Bac Pro Commerce', 'Baby-sitting, garde de deux enfants le mercredi', 'Stage de 3e dans une boulangerie', 'Permis AM', 'Anglais scolaire']],
  ['a first-job CV with a phone number and one date', ['Yanis BOUZID', '07 81 22 45 10', 'Recherche un premier emploi de préparateur de commandes', 'Juin 2025 : job d’été chez Intermarché, mise en rayon', 'CAP Opérateur logistique']],
  [
    'a CV in prose, first person, long, without contact or heading',
    [
      'Je m’appelle Fatou Diallo, j’ai 34 ans et je vis à Montreuil.',
      'J’ai travaillé six ans comme aide-soignante dans un EHPAD, où j’aidais les résidents pour la toilette, les repas et les',
      'déplacements, et où je transmettais mes observations à l’infirmière à chaque relève. Avant cela j’ai été agent de service',
      'hospitalier pendant trois ans à l’hôpital de Montreuil, chargée du bionettoyage des chambres et de la distribution des repas.',
      'J’ai obtenu mon diplôme d’État d’aide-soignante en formation continue, en cours du soir, tout en continuant à travailler.',
      'Je parle le français, le peul et un peu d’anglais. J’aime le contact avec les personnes âgées et le travail en équipe, et je',
      'suis disponible de jour comme de nuit, y compris les week-ends. Je cherche aujourd’hui un poste d’aide-soignante en service',
      'de soins à domicile, près de chez moi ou accessible en transports en commun, à temps plein ou à temps partiel selon les besoins.',
      'Je peux fournir des références de mes deux derniers employeurs, qui pourront confirmer mon sérieux et ma ponctualité au travail.',
    ],
  ],
  [
    'an accountant CV full of invoices, quotes and VAT, with one heading',
    [
      'Sandrine LEROY – Comptable fournisseurs',
      'sandrine.leroy@laposte.net',
      'Expérience',
      'Cabinet Fiducial, Lyon (depuis 2018)',
      'Saisie et contrôle des factures fournisseurs, rapprochement avec les bons de commande et les devis signés',
      'Déclarations de TVA mensuelles, lettrage des comptes, relances clients, suivi des règlements par virement IBAN',
      'Préparation du bilan avec l’expert-comptable, calcul du total HT et TTC des immobilisations',
    ],
  ],
  [
    'a sales assistant CV that writes quotes and order forms, without headings',
    ['Kevin MOREAU', 'Assistant commercial sédentaire', 'Établissement des devis et des bons de commande pour les artisans', 'Facturation, suivi des impayés, relance des devis non signés', 'Maîtrise de Sage et d’Excel', 'kevin.moreau@gmail.com']],
  [
    'a journalist CV listing published articles',
    [
      'Claire VIDAL – Journaliste pigiste',
      'claire.vidal@protonmail.com – 06 70 80 90 10',
      'Articles publiés dans Le Monde, Libération et Ouest-France',
      'Enquête publiée le 12 mai 2024 dans Libération sur les saisonniers agricoles',
      'Rédaction de communiqués de presse pour la mairie de Nantes',
      'Diplômée de l’ESJ Lille',
    ],
  ],
  [
    'a payroll clerk CV that prepares payslips and employment contracts',
    [
      'Nadia BENALI',
      'Gestionnaire de paie – 06 22 33 44 55',
      'Établissement de 300 bulletins de paie par mois (salaire de base, heures supplémentaires, cotisations)',
      'Rédaction des contrats de travail et des attestations employeur France Travail, soldes de tout compte',
      'Déclarations sociales nominatives, relations avec l’URSSAF',
    ],
  ],
  [
    'an English CV in accounts payable',
    ['John SMITH', 'Accounts Payable Clerk', 'john.smith@gmail.com | +44 7700 900123', 'Invoice processing, VAT returns, supplier reconciliations', 'Raised purchase orders and quotations on SAP', 'Handled amounts due and payment terms with 120 suppliers']],
  [
    'a CV whose headings are pictures (no heading text), with dates',
    ['Mehdi KACI', '06 98 76 54 32 – mehdi.kaci@free.fr', '2020 – 2024 Électricien, Eiffage Énergie, Lille', '2017 – 2020 Apprenti électricien, SNEF', 'CAP Électricien 2017', 'Habilitation électrique B1V BR']],
  [
    'an OCR-read CV with typos in its headings and one dated period',
    ['S0PHIE MARTlN', 'Tel : O6 12 34 56 78', 'EXPERlENCES PR0FESSIONNELLES', '2O19 - 2O24 Secrétaire comptable, saisie des factures et de la TVA', 'F0RMATI0N', 'BTS Comptabilité']],
  [
    'a CV in a table with its cover letter on page 2',
    [
      'Thomas GIRARD\t06 11 22 33 44\tthomas.girard@gmail.com',
      'EXPÉRIENCES PROFESSIONNELLES',
      '2021 – 2025\tCariste\tGeodis, Saint-Quentin-Fallavier',
      '2016 – 2021\tPréparateur de commandes\tLidl, Vienne',
      'FORMATION',
      '2016\tCACES R489 cat. 1, 3, 5',
      'Lyon, le 3 mars 2026',
      'Objet : candidature au poste de cariste',
      'Madame, Monsieur,',
      'Cariste depuis 2016, je souhaite rejoindre votre entrepôt.',
      'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
    ],
  ],
  [
    'a Europass CV',
    ['Curriculum vitae Europass', 'Informations personnelles\tAna PEREIRA', 'Expérience professionnelle', '01/2019 – 12/2024 Agent d’entretien, Onet, Bordeaux', 'Éducation et formation', 'Compétences linguistiques', 'Langue(s) maternelle(s)\tportugais']],
  [
    'an integration counsellor CV that helps people write cover letters and answer job offers',
    ['Julien ROCHE – Conseiller en insertion professionnelle', 'julien.roche@gmail.com', 'Accompagnement des demandeurs d’emploi : aide à la rédaction du CV et de la lettre de motivation', 'Analyse des offres d’emploi, préparation aux entretiens, profil recherché par les employeurs', 'Suivi de 80 personnes, rendez-vous individuels et ateliers collectifs']],
  [
    'a recruiter CV that writes job offers',
    ['Chargée de recrutement – Manon PETIT', 'manon.petit@outlook.fr', 'Rédaction et diffusion des offres d’emploi (H/F) sur Indeed et le site de France Travail', 'Présélection des candidatures, entretiens téléphoniques', '2022 – 2025 Adecco, Lyon']],
  [
    'a teacher CV that mentions class councils and report cards',
    ['Hélène FAURE', 'Professeure de mathématiques', 'helene.faure@ac-lyon.fr', 'Professeure principale de 3e, animation des conseils de classe', 'Rédaction des appréciations des bulletins trimestriels']],
  [
    'a short CV ending with a sworn statement, as many West African CVs do',
    ['Moussa TRAORÉ', 'moussa.traore@yahoo.fr', 'Maçon coffreur, 8 ans d’expérience sur chantiers de gros œuvre', 'Lecture de plans, coffrage, ferraillage, pose de parpaings', 'Je soussigné, Moussa Traoré, certifie l’exactitude des renseignements ci-dessus.', 'Fait pour servir et valoir ce que de droit.']],
];

/** Other documents, with the kind a counsellor should be told. */
export const OTHER_DOCUMENTS: [string, string, string[]][] = [
  [
    'a French cover letter with its contact block and place and date',
    'letter',
    [
      'Julie MARTIN',
      '12 rue des Lilas, 69003 Lyon',
      '06 12 34 56 78 – julie.martin@gmail.com',
      'Decathlon Lyon Part-Dieu',
      'Service recrutement',
      'Lyon, le 3 mars 2026',
      'Objet : candidature au poste de vendeuse',
      'Madame, Monsieur,',
      'Vendeuse depuis 2019, je souhaite mettre mon expérience de la relation client au service de votre magasin.',
      'Dans mon poste actuel, je conseille les clients, je gère l’encaissement et la mise en rayon.',
      'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
      'Julie Martin',
    ],
  ],
  [
    'an English cover letter',
    'letter',
    ['Tom Baker', '14 Elm Street, Manchester M1 2AB', 'tom.baker@gmail.com', '3 March 2026', 'Dear Hiring Manager,', 'I am writing to apply for the position of warehouse operative advertised on Indeed.', 'I have five years of experience in picking and packing, and I hold a forklift licence.', 'I would welcome the opportunity to discuss my application with you.', 'Yours sincerely,', 'Tom Baker']],
  [
    'an invoice',
    'invoice',
    ['Plomberie Meunier – SARL au capital de 8 000 €', 'SIRET 812 345 678 00012', 'FACTURE N° F-2026-0412', 'Date : 12/03/2026', 'Désignation\tQté\tP.U. HT\tTotal HT', 'Remplacement chauffe-eau 200 L\t1\t890,00 €\t890,00 €', 'Total HT\t1 010,00 €', 'TVA 10 %\t101,00 €', 'Total TTC\t1 111,00 €', 'Conditions de paiement : 30 jours. IBAN FR76 3000 4000 0500 0001 2345 678']],
  [
    'a quote',
    'invoice',
    ['Peinture Dubois', 'DEVIS N° 2026-118', 'Client : M. et Mme Laurent', 'Peinture des murs du séjour, 2 couches\t45 m²\t18,00 €\t810,00 €', 'Total HT\t810,00 €', 'TVA 10 %\t81,00 €', 'Montant TTC\t891,00 €', 'Devis valable 3 mois. Bon pour accord, date et signature :']],
  [
    'a payslip',
    'payslip',
    ['BULLETIN DE PAIE', 'Période du 01/02/2026 au 28/02/2026', 'Employeur : Carrefour Market Villeurbanne – SIRET 451 321 259 00034', 'Salarié : Karim BENSAÏD – Emploi : employé commercial – Coefficient 160', 'Salaire de base\t151,67\t11,88\t1 801,84', 'Cotisations salariales\t-412,50', 'Net imposable\t1 420,30', 'Net à payer avant impôt sur le revenu\t1 389,34', 'Congés payés acquis\t2,5']],
  [
    'an employment certificate',
    'certificate',
    ['SARL Transports Lefèvre', '12 route de Lyon, 38000 Grenoble', 'CERTIFICAT DE TRAVAIL', 'Je soussigné, Pierre Lefèvre, gérant, certifie que M. Ahmed SAÏDI a été employé dans notre entreprise', 'du 01/03/2019 au 31/12/2025 en qualité de chauffeur poids lourd.', 'M. SAÏDI nous quitte libre de tout engagement.', 'Fait pour servir et valoir ce que de droit.', 'Grenoble, le 31 décembre 2025']],
  [
    'an employer attestation for France Travail',
    'certificate',
    ['ATTESTATION EMPLOYEUR', 'destinée à France Travail', 'Identification de l’employeur : Onet Services – SIRET 302 215 669 00123', 'Salarié : Mme Ana PEREIRA', 'Emploi occupé : agent d’entretien', 'Date d’entrée : 01/01/2019 – Date de fin de contrat : 31/12/2024', 'Motif de la rupture du contrat de travail : fin de contrat à durée déterminée', 'Salaires des 12 derniers mois', 'Je soussigné certifie l’exactitude des renseignements portés sur cette attestation.']],
  [
    'a press article',
    'article',
    [
      'Logistique : les entrepôts du Valenciennois peinent à recruter des caristes',
      'Par Marc Delattre – Publié le 3 octobre 2026 à 07h15',
      'Sur la zone d’activités de Rouvignies, les camions se succèdent dès cinq heures du matin. Les entreprises cherchent',
      'des caristes et des préparateurs de commandes, et peinent à les trouver malgré les salaires en hausse.',
      '« Nous avons vingt postes ouverts », explique le directeur du site, qui forme lui-même ses nouvelles recrues.',
      'Selon l’enquête Besoins en main-d’œuvre, un projet de recrutement sur deux est jugé difficile dans la région.',
      'Lire aussi : Le CACES, sésame pour l’emploi en entrepôt',
    ],
  ],
  [
    'a job offer with Missions, Profil and Salaire headings',
    'job-offer',
    [
      'Cariste H/F',
      'Intérim – Saint-Quentin-Fallavier (38)',
      'Nous recherchons pour notre client, leader de la logistique, un cariste H/F.',
      'Missions',
      'Vous serez chargé du chargement et du déchargement des camions, de la mise en stock et du réapprovisionnement.',
      'Profil recherché',
      'Vous êtes titulaire du CACES R489 cat. 1, 3 et 5. Expérience de 2 ans minimum souhaitée.',
      'Compétences',
      'Rigueur, respect des consignes de sécurité.',
      'Type de contrat : intérim, 3 mois renouvelable',
      'Salaire : 12,50 € brut de l’heure + primes',
      'Envoyez votre CV à recrutement@interim-isere.fr',
    ],
  ],
  [
    'an English job posting',
    'job-offer',
    ['Warehouse Operative (Full-time)', 'We are looking for a reliable warehouse operative to join our team in Leeds.', 'Responsibilities', 'You will pick and pack orders, load vehicles and keep the warehouse tidy.', 'Requirements', 'Experience in a warehouse environment; forklift licence an advantage.', 'What we offer: £11.50 per hour, 28 days holiday, free parking.', 'Apply now with your CV.']],
  [
    'a school report',
    'school-report',
    ['Lycée professionnel Jean Jaurès – Année scolaire 2025-2026', 'Bulletin du 1er trimestre', 'Élève : Léa DUPONT – Classe : 1re Bac Pro Commerce', 'Matière\tMoyenne élève\tMoyenne de la classe\tAppréciations', 'Français\t12,5\t11,2\tBon trimestre, poursuivez vos efforts', 'Mathématiques\t9,0\t10,4\tTravail irrégulier', 'Moyenne générale\t11,8', 'Appréciation du conseil de classe : Encouragements', 'Le professeur principal']],
  [
    'a letter from France Travail about an appointment',
    'letter',
    ['France Travail', 'Agence de Lyon Part-Dieu', 'Identifiant : 1234567A', 'Lyon, le 2 mars 2026', 'Objet : convocation à un entretien', 'Madame, Monsieur,', 'Vous êtes invité(e) à un rendez-vous avec votre conseiller le 10 mars 2026 à 9 h 30.', 'Merci de vous munir de votre CV et d’une pièce d’identité.', 'Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.', 'Votre conseiller France Travail']],
  [
    'a recipe in long prose',
    'other',
    [
      'Tarte aux pommes de grand-mère',
      'Pour six personnes, il faut une pâte brisée, six pommes, cent grammes de sucre, deux œufs et vingt centilitres de crème.',
      'Étalez la pâte dans un moule beurré et piquez le fond avec une fourchette, puis laissez-la reposer au frais une demi-heure.',
      'Épluchez les pommes, coupez-les en fines lamelles et disposez-les en rosace sur le fond de tarte, en les serrant bien.',
      'Battez les œufs avec le sucre et la crème, ajoutez une pincée de cannelle et versez ce mélange sur les pommes.',
      'Enfournez pour quarante minutes à cent quatre-vingts degrés, jusqu’à ce que la tarte soit bien dorée sur le dessus.',
      'Laissez tiédir avant de démouler. Cette tarte se déguste tiède ou froide, avec une boule de glace à la vanille ou une',
      'cuillerée de crème fraîche épaisse. Elle se garde deux jours dans un endroit frais, couverte d’un torchon propre.',
      'On peut remplacer une partie des pommes par des poires bien mûres, ou parsemer la tarte d’amandes effilées avant la',
      'cuisson pour lui donner un peu de croquant, ce que les enfants apprécient beaucoup au goûter du dimanche après-midi.',
    ],
  ],
];
