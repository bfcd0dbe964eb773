// Journalisme, édition, web et multimédia (journaliste, rédacteur web / SEO, secrétaire de rédaction, correcteur,
// chargé d'édition, webdesigner, UX/UI designer, graphiste multimédia, motion designer, intégrateur web; UK journalist,
// copywriter, content writer, sub-editor, UX designer): CV phrasings not already in the other files.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // journalisme / journalism
  { id: `${SKILL}3391d6dd-d584-4c8c-9af9-d2f0c45e2b4b`, fr: ['Journalisme d\'investigation', 'Journalisme de terrain', 'Presse quotidienne régionale', 'PQR', 'Reportages de terrain', 'Journalisme de proximité'], en: ['Investigative journalism', 'News reporting', 'Local news reporting', 'Feature writing'] },
  // réaliser des interviews / perform interviews
  { id: `${SKILL}4d313147-b39d-413f-a5e2-b12d5f0dc9e6`, fr: ['Réalisation d\'interviews', 'Conduite d\'interviews', 'Interviews de personnalités', 'Entretiens journalistiques', 'Micro-trottoirs'], en: ['Conducting interviews', 'Interviewing sources', 'Interviewing contributors', 'Vox pops'] },
  // vérifier l'exactitude d'informations / check correctness of information
  { id: `${SKILL}525046fb-3e1a-4083-88e7-5db7e88bc4f7`, fr: ['Vérification des faits', 'Fact-checking', 'Recoupement des sources', 'Recoupement des informations', 'Vérification des sources'], en: ['Fact-checking', 'Verifying sources', 'Source verification'] },
  // créer des contacts pour susciter un flux d'informations / build contacts to maintain news flow
  { id: `${SKILL}dba1c4ec-cb24-4964-a1ae-2ae3126bf44b`, fr: ['Réseau de sources', 'Carnet d\'adresses de sources', 'Entretien du réseau de sources', 'Développement d\'un réseau de contacts presse'], en: ['Building news contacts', 'Developing sources', 'Contacts book', 'Cultivating sources'] },
  // écrire dans un délai donné / write to a deadline
  { id: `${SKILL}ea6c0bf5-fe69-4ffa-a1b4-398f46a67c95`, fr: ['Bouclage', 'Respect des délais de bouclage', 'Écriture dans l\'urgence', 'Rédaction sous contrainte de temps'], en: ['Writing to deadlines', 'Writing to tight deadlines', 'Filing copy to deadline'] },
  // suivre l'actualité / follow the news
  { id: `${SKILL}f39a5dcd-1b8b-4eff-a021-a96196fd71eb`, fr: ['Veille d\'actualité'], en: ['Keeping up with current affairs', 'News monitoring', 'Following current affairs'] },
  // participer à des réunions de rédaction / participate in editorial meetings
  { id: `${SKILL}2d845d94-aeb5-4a3c-bf52-443685940d1d`, fr: ['Conférences de rédaction', 'Comités de rédaction'], en: ['Editorial meetings', 'News conferences', 'Pitching stories'] },
  // respecter la charte rédactionnelle d'un journal / follow newspaper house style
  { id: `${SKILL}414c9c90-3bff-474b-88d4-6d5fc4dbf3c8`, fr: ['Charte rédactionnelle', 'Charte éditoriale', 'Respect de la ligne éditoriale'], en: ['House style', 'Following house style', 'Newspaper style guide'] },
  // guides de rédaction / writing style guides
  { id: `${SKILL}e33f2942-c4e7-4cfa-8b5a-4e068ab5b1aa`, fr: ['Guide de style', 'Guides de style éditorial'], en: ['Style guides', 'Editorial style guides'] },
  // code de déontologie des journalistes / ethical code of conduct of journalists
  { id: `${SKILL}39aa5c41-960d-420a-a0bb-1ad9686d6369`, fr: ['Déontologie journalistique', 'Charte de Munich', 'Éthique journalistique'], en: ['Journalistic ethics', 'IPSO Editors\' Code', 'Editors\' Code of Practice', 'Media ethics'] },
  // droit des médias / media law
  { id: `${SKILL}1d062465-89b3-4fd9-b043-0f4d6d386a52`, fr: ['Droit de la presse', 'Loi de 1881 sur la liberté de la presse', 'Droit de la presse et de la communication'], en: ['NCTJ media law', 'Defamation law', 'Law for journalists'] },
  // rédiger des titres / write headlines
  { id: `${SKILL}b4d2acf6-618a-48e9-853f-c8066ad2e7a9`, fr: ['Titraille', 'Rédaction de titres', 'Titrage des articles', 'Chapôs et intertitres'], en: ['Headline writing', 'Headlines and standfirsts', 'Writing standfirsts'] },
  // rédiger des légendes / write captions
  { id: `${SKILL}fddb5bf3-eaa8-4bbb-9af5-107d7ec6227a`, fr: ['Légendes photo', 'Rédaction de légendes'], en: ['Caption writing', 'Picture captions'] },
  // faire un signalement en ligne en temps réel / report live online
  { id: `${SKILL}2a051ae0-e42e-4733-8bb2-de24c4d5e3b8`, fr: ['Live-tweet', 'Couverture en direct sur les réseaux sociaux', 'Direct écrit', 'Live blogging'], en: ['Live blogging', 'Live tweeting', 'Live online coverage'] },
  // créer des contenus d'information en ligne / create online news content
  { id: `${SKILL}3703eac1-8941-4d14-b305-b03f653b08c8`, fr: ['Journalisme web', 'Journalisme numérique', 'Rédaction d\'articles pour le web', 'Actualités en ligne'], en: ['Online journalism', 'Digital journalism', 'Writing online news', 'Web news writing'] },
  // utiliser des techniques d'écriture spécifiques / use specific writing techniques
  { id: `${SKILL}c2f70431-2cc5-4552-bcb7-6564512c15bd`, fr: ['Écriture journalistique', 'Pyramide inversée', 'Angle journalistique', 'Écriture de reportages'], en: ['Inverted pyramid', 'News writing', 'Journalistic writing'] },
  // inscrire des sujets d'actualité dans leur contexte / provide context to news stories
  { id: `${SKILL}02c462b7-b93b-44a7-ba3a-9d3b7a163f51`, fr: ['Décryptage de l\'actualité', 'Mise en perspective de l\'actualité'], en: ['Explainer journalism', 'Explainers'] },
  // procéder à l'optimisation des moteurs de recherche / conduct search engine optimization
  { id: `${SKILL}a0bf9b9d-e53f-418c-a839-5d99eff718fe`, fr: ['Référencement naturel', 'SEO', 'Optimisation SEO', 'Stratégie SEO', 'Audit SEO', 'Netlinking', 'Semrush', 'Yoast SEO'], en: ['SEO', 'On-page SEO', 'Technical SEO', 'Link building', 'SEMrush', 'Ahrefs'] },
  // traduire des mots clés en texte rédactionnel / translate keywords into full texts
  { id: `${SKILL}06e347f2-2504-4ee8-b7f7-8d9542f56207`, fr: ['Rédaction SEO', 'Rédaction optimisée pour le référencement', 'Rédaction de contenus optimisés'], en: ['SEO copywriting', 'SEO content writing', 'Keyword-rich content'] },
  // mots-clés dans du contenu numérique / keywords in digital content
  { id: `${SKILL}06f33d6a-f7a7-4a2b-baa5-8c3c53bd1a9c`, fr: ['Recherche de mots-clés', 'Cocon sémantique', 'Champ lexical SEO'], en: ['Keyword research', 'Keyword analysis'] },
  // effectuer un travail de rédaction / perform copywriting
  { id: `${SKILL}ce592b28-4467-4908-b2e6-64bbe18da631`, fr: ['Conception-rédaction', 'Rédaction publicitaire', 'Rédaction de slogans', 'Fiches produits e-commerce'], en: ['Advertising copy', 'Ad copy', 'Sales copy', 'Brand copywriting', 'Product descriptions'] },
  // appliquer les règles de grammaire et d'orthographe / apply grammar and spelling rules
  { id: `${SKILL}96ae5ab6-d696-4d4f-be1c-d02e722c6f55`, fr: ['Excellente orthographe', 'Maîtrise de l\'orthographe', 'Certificat Voltaire', 'Orthographe et grammaire'], en: ['Excellent spelling and grammar', 'Spelling and grammar', 'Grammar and punctuation'] },
  // assurer la relecture d'un texte / proofread text
  { id: `${SKILL}637ca2e2-0624-48b1-be6e-9ff4580344ac`, fr: ['Correction d\'épreuves', 'Relecture d\'articles', 'Correction d\'articles', 'Lecture-correction'], en: ['Proofreading articles', 'Proofing pages'] },
  // garantir la cohérence d'articles publiés / ensure consistency of published articles
  { id: `${SKILL}a6d85c13-4703-4d5c-b826-1d7e867eb645`, fr: ['Secrétariat de rédaction', 'Édition d\'articles', 'Harmonisation des articles', 'Préparation de copie'], en: ['Sub-editing', 'Subbing', 'Copy editing', 'Copy preparation'] },
  // respecter les formats de publication / respect publication formats
  { id: `${SKILL}07d3074b-f5cd-420a-bdf8-c8d643563ea5`, fr: ['Calibrage des textes', 'Calibrage des articles', 'Respect des gabarits de mise en page'], en: ['Cutting copy to fit', 'Copy fitting'] },
  // règles éditoriales / editorial standards
  { id: `${SKILL}3cdf3193-e070-40aa-a1b1-ab985db2c647`, fr: ['Ligne éditoriale', 'Normes éditoriales', 'Politique éditoriale'], en: ['Editorial guidelines', 'Editorial policy'] },
  // typographie / typography
  { id: `${SKILL}080a3bf6-c8e8-481e-b97e-8fbc964ebab7`, fr: ['Règles typographiques', 'Lexique des règles typographiques', 'Choix typographiques'], en: ['Typographic hierarchy', 'Font pairing', 'Typesetting rules'] },
  // utiliser un logiciel de système de gestion de contenu / use content management system software
  { id: `${SKILL}56a10e3e-c9e7-4d39-b6f1-6013398fcb3a`, fr: ['CMS', 'Typo3', 'Back-office CMS', 'Mise en ligne d\'articles'], en: ['CMS', 'Content management systems', 'Uploading articles to CMS'] },
  // WordPress
  { id: `${SKILL}6d289e8b-2cc1-4eda-ab1f-ad1090ef98f0`, fr: ['Elementor', 'Divi', 'Thèmes WordPress', 'Création de sites WordPress'], en: ['Elementor', 'WordPress themes', 'WordPress site building'] },
  // gérer un site web / manage website
  { id: `${SKILL}d04ee340-5378-4601-8181-19da6d5cbfe0`, fr: ['Webmastering', 'Mise à jour de sites web', 'Administration de site internet', 'Gestion de site internet'], en: ['Website maintenance', 'Website administration', 'Webmastering', 'Updating websites'] },
  // gérer du contenu en ligne / manage online content
  { id: `${SKILL}c1f29568-f2bb-49d2-b6c2-28748bd1629b`, fr: ['Animation éditoriale de site', 'Gestion des contenus web', 'Mise en ligne de contenus'], en: ['Web content management', 'Online content management', 'Content uploading'] },
  // lire des manuscrits / read manuscripts
  { id: `${SKILL}d253e412-f350-422d-93ef-4008b5e04e4c`, fr: ['Lecture de manuscrits', 'Comité de lecture', 'Fiches de lecture de manuscrits'], en: ['Manuscript assessment', 'Reader\'s reports', 'Reading submissions'] },
  // réécrire des manuscrits / rewrite manuscripts
  { id: `${SKILL}90ae429e-039b-4cb1-9087-b004db4b2d7b`, fr: ['Réécriture de manuscrits', 'Réécriture de textes', 'Écriture pour le compte de tiers'], en: ['Manuscript rewriting', 'Ghostwriting', 'Rewriting copy'] },
  // négocier des droits d'édition / negotiate publishing rights
  { id: `${SKILL}691f970b-db3d-4658-aa07-5fc94baecd5d`, fr: ['Cession de droits', 'Droits étrangers', 'Négociation de droits d\'auteur'], en: ['Rights sales', 'Foreign rights', 'Rights and permissions'] },
  // législation sur les droits d'auteur / copyright legislation
  { id: `${SKILL}e2103a1d-4a84-47a9-b4f7-774787573449`, fr: ['Droit d\'auteur', 'Propriété littéraire et artistique', 'Droits d\'auteur et droits voisins'], en: ['Copyright law', 'Copyright clearance'] },
  // industrie de l'édition / publishing industry
  { id: `${SKILL}39f9b48c-04b5-4e6f-9c52-3cdb29a5a93b`, fr: ['Édition de livres', 'Chaîne du livre', 'Secteur de l\'édition', 'Suivi éditorial'], en: ['Book publishing', 'Publishing sector', 'Editorial production'] },
  // présenter des émissions en direct / present during live broadcasts
  { id: `${SKILL}fd9694e7-5e7a-4209-806f-51451bb63dc7`, fr: ['Présentation d\'émissions', 'Animation d\'émissions de radio', 'Présentation du journal télévisé', 'Animation radio'], en: ['Radio presenting', 'TV presenting', 'On-air presenting', 'Live presenting'] },
  // préparer des émissions / prepare broadcasts
  { id: `${SKILL}af59d780-71ca-4f3b-b343-3dacd17546b8`, fr: ['Préparation d\'émissions', 'Conducteur d\'émission', 'Rédaction de conducteurs'], en: ['Running orders', 'Show prep', 'Programme preparation'] },
  // écrire des voix-off / write voice-overs
  { id: `${SKILL}3d6302f8-028b-453d-97fe-fe04d5e148a5`, fr: ['Écriture de voix off', 'Rédaction de commentaires de reportage'], en: ['Voiceover scripts', 'Writing voiceover scripts'] },
  // saisir des textes à partir de sources audio / type texts from audio sources
  { id: `${SKILL}260ddfe0-637b-4ce8-8007-9601645e2dc8`, fr: ['Décryptage d\'entretiens'], en: ['Audio transcription'] },
  // étudier des sources de médias / study media sources
  { id: `${SKILL}c8ab7e5b-b786-412f-a519-dfd93517b698`, fr: ['Revue de presse', 'Veille médias', 'Dépouillement de la presse'], en: ['Press reviews', 'Media monitoring', 'Press cuttings'] },
  // réaliser des recherches préliminaires sur un sujet d'écriture / perform background research on writing subject
  { id: `${SKILL}f8d30e1d-baa7-4d35-b9f4-df7e1650396e`, fr: ['Documentation journalistique', 'Recherches préalables aux articles', 'Documentation des sujets'], en: ['Desk research for articles', 'Researching articles', 'Researching stories'] },
  // concevoir une interface utilisateur / design user interface
  { id: `${SKILL}fd33c66c-70c4-40e6-b87c-5495bd3bf26e`, fr: ['UI design', 'Design d\'interface', 'Conception d\'interfaces utilisateur', 'Webdesign', 'Design d\'applications mobiles', 'Design system'], en: ['UI design', 'Web design', 'App design', 'Design systems'] },
  // créer la maquette fonctionnelle d'un site web / create website wireframe
  { id: `${SKILL}f0f5bb34-71df-4715-9c9e-03567b76ec8f`, fr: ['Zoning', 'Maquettes fonctionnelles', 'Maquettage fonctionnel', 'Balsamiq'], en: ['Low-fidelity wireframes', 'Balsamiq', 'Website wireframes'] },
  // utiliser des méthodes de conception centrée sur l'utilisateur / utilize methodologies for user centered design
  { id: `${SKILL}7364cc39-b9c0-449f-9416-57723e2fd9c4`, fr: ['Design thinking', 'Conception centrée utilisateur', 'Démarche UX'], en: ['Design thinking', 'User-centred design', 'Human-centred design'] },
  // effectuer des activités de recherche d'utilisateur de TIC / execute ICT user research activities
  { id: `${SKILL}a4c2aa71-086f-4a46-b481-2619673c9dfe`, fr: ['Recherche utilisateur', 'Entretiens utilisateurs', 'Personas', 'Parcours utilisateur', 'UX research'], en: ['User research', 'User interviews', 'Personas', 'User journey mapping', 'UX research'] },
  // mesurer l'ergonomie d'un logiciel / measure software usability
  { id: `${SKILL}be0ff6d8-5e61-4021-9c89-e40cf0b75cc6`, fr: ['Tests utilisateurs', 'Tests d\'utilisabilité', 'Audit ergonomique de site', 'Audit UX'], en: ['Usability testing', 'User testing', 'UX audits'] },
  // architecture de l'information / information architecture
  { id: `${SKILL}1bba98a7-92b9-450b-9235-e0c905f8f3c4`, fr: ['Arborescence de site', 'Tri par cartes', 'Card sorting'], en: ['Card sorting', 'Sitemaps', 'Site architecture'] },
  // normes d'accessibilité TIC / ICT accessibility standards
  { id: `${SKILL}3e23db60-0c3d-498a-a6ac-ffbed0ecb033`, fr: ['Accessibilité web', 'Accessibilité des sites web'], en: ['WCAG', 'Web accessibility', 'Digital accessibility'] },
  // administrer un site adaptatif / maintain responsive design
  { id: `${SKILL}6ad40ca3-dc34-4442-b23f-0b1b28936f56`, fr: ['Responsive design', 'Mobile first', 'Intégration responsive'], en: ['Responsive design', 'Mobile-first design', 'Responsive web design'] },
  // mettre en œuvre le design front end d'un site web / implement front-end website design
  { id: `${SKILL}c4b1f326-224a-420a-b8b3-814a8f13b6cb`, fr: ['Intégration de maquettes', 'Intégration HTML/CSS', 'Découpe de maquettes'], en: ['Web integration', 'Front-end build', 'Converting designs to HTML', 'PSD to HTML'] },
  // utiliser des langages de balisage / use markup languages
  { id: `${SKILL}0af062de-eb43-41e9-9b96-249e2cd22d26`, fr: ['HTML', 'HTML5', 'XHTML'], en: ['HTML', 'HTML5', 'XHTML'] },
  // CSS
  { id: `${SKILL}e5d1f825-60ed-4bdd-872a-e748c387f777`, fr: ['CSS3', 'Bootstrap', 'Tailwind CSS', 'Feuilles de style CSS'], en: ['CSS3', 'Bootstrap', 'Tailwind CSS'] },
  // Sass
  { id: `${SKILL}1110c92f-3059-445a-9436-0f4200d365f5`, fr: ['SCSS'], en: ['SCSS'] },
  // conception graphique / graphic design
  { id: `${SKILL}7fb699d9-182a-430e-b7a0-6d8ed05c284b`, fr: ['Création graphique', 'Design graphique', 'Maquettes graphiques', 'Déclinaison de supports'], en: ['Visual design', 'Layout design', 'Graphic design for print and web'] },
  // définir l'identité d'une marque / define brand identity
  { id: `${SKILL}754690ad-6207-4e1c-9df7-9a2b58afa587`, fr: ['Identité visuelle', 'Création de logos', 'Création d\'identité visuelle', 'Logotypes'], en: ['Logo design', 'Visual identity', 'Brand identity design'] },
  // créer les lignes directrices d'une marque / create brand guidelines
  { id: `${SKILL}b191a064-0c14-424e-8582-8c9f8c9f305a`, fr: ['Charte graphique', 'Création de chartes graphiques'], en: ['Brand guidelines', 'Brand style guides'] },
  // concevoir une infographie / design graphics
  { id: `${SKILL}f058bf62-70d1-4f5e-be2a-8b26fac24a96`, fr: ['Création d\'infographies', 'Infographies de presse'], en: ['Infographics', 'Infographic design'] },
  // utiliser des techniques d'illustration numérique / use digital illustration techniques
  { id: `${SKILL}8ff314a8-57d7-4b8c-bf41-79f9572fedd0`, fr: ['Illustration numérique', 'Procreate', 'Dessin sur tablette graphique', 'Tablette Wacom'], en: ['Digital illustration', 'Procreate', 'Wacom tablet'] },
  // graphiques animés / motion graphics
  { id: `${SKILL}8afe68ff-b261-4fa8-ab25-bb30b0e5c292`, fr: ['Habillage graphique', 'Animation de logos', 'Animation typographique'], en: ['Kinetic typography', 'Animated logos', 'Broadcast graphics'] },
  // élaborer des animations / develop animations
  { id: `${SKILL}eee58e6d-4587-42f0-b9a0-fe055cfe2044`, fr: ['Animation 2D', 'Adobe Animate', 'Toon Boom', 'Animation de personnages'], en: ['2D animation', 'Adobe Animate', 'Toon Boom Harmony', 'Character animation'] },
  // modélisation 3D / 3D modeling
  { id: `${SKILL}97965983-0da4-4902-9daf-d5cd2693ef73`, fr: ['Blender', 'Cinema 4D', 'Autodesk Maya', '3ds Max', 'ZBrush'], en: ['Blender', 'Cinema 4D', 'Autodesk Maya', '3ds Max', 'ZBrush'] },
  // réaliser des images avec effet 3D / render 3D images
  { id: `${SKILL}e8171178-9a60-40a6-ad3b-510e10cfebad`, fr: ['Rendu 3D', 'Images de synthèse', 'V-Ray', 'KeyShot'], en: ['3D rendering', 'V-Ray', 'KeyShot', 'CGI rendering'] },
  // créer des planches de tendance / create mood boards
  { id: `${SKILL}26343dda-6dda-4c14-a329-34828135ecbc`, fr: ['Moodboards', 'Planches d\'inspiration', 'Planches tendances'], en: ['Moodboards', 'Mood boards'] },
  // créer des scénarimages / create storyboards
  { id: `${SKILL}2344fb75-9deb-4e6e-b485-3e30df082920`, fr: ['Storyboards', 'Réalisation de storyboards', 'Storyboarding'], en: ['Storyboarding'] },
  // fournir du contenu multimédia / provide multimedia content
  { id: `${SKILL}dfb9cec6-3ae3-408a-9d57-c44361bf7aaf`, fr: ['Production de contenus multimédias', 'Création de contenus multimédia'], en: ['Multimedia content production', 'Multimedia production'] },
  // logiciel d'édition graphique / graphics editor software
  { id: `${SKILL}a71577b2-7550-4222-88ee-dcbd2d881516`, fr: ['Affinity Designer', 'CorelDRAW', 'Inkscape'], en: ['Affinity Designer', 'CorelDRAW', 'Inkscape'] },
];
