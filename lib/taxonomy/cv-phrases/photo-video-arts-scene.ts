// Photo, vidéo, arts de la scène et arts plastiques (photographe, retoucheur, vidéaste, monteur vidéo, cadreur,
// assistant réalisateur, musicien, chanteur, comédien, danseur, professeur de musique ou de danse, artiste plasticien;
// UK photographer, video editor, camera operator, musician, actor, dancer): CV phrasings not already in the other files.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // prendre des photos / take pictures
  { id: `${SKILL}441da17f-5560-43d3-920e-2865931c96d2`, fr: ['Prise de vue photo', 'Prises de vues photographiques', 'Shooting photo', 'Photographie en studio', 'Photographie en extérieur'], en: ['Photo shoots', 'Studio photography', 'Location photography', 'Taking photographs'] },
  // photographie / photography
  { id: `${SKILL}38509fa4-7c06-4a4b-9622-f521f03c37b8`, fr: ['Photographie de mariage', 'Photographie de portrait', 'Photographie événementielle', 'Reportage photo', 'Photojournalisme', 'Photographie de mode'], en: ['Wedding photography', 'Portrait photography', 'Event photography', 'Photojournalism', 'Fashion photography'] },
  // photographie commerciale / commercial photography
  { id: `${SKILL}eac1e014-17aa-4694-a96d-540bfc06bca3`, fr: ['Photographie produit', 'Packshot', 'Photographie publicitaire', 'Photographie culinaire', 'Photographie immobilière'], en: ['Product photography', 'Packshots', 'Advertising photography', 'Food photography', 'Property photography'] },
  // utiliser des équipements photographiques / use photographic equipment
  { id: `${SKILL}c7b1e520-8921-46dd-b444-e0637323bb7f`, fr: ['Appareil photo reflex', 'Boîtier hybride', 'Matériel photo professionnel', 'Canon EOS'], en: ['DSLR', 'Mirrorless cameras', 'Medium format cameras', 'Canon EOS'] },
  // installer des équipements photographiques / set up photographic equipment
  { id: `${SKILL}3de14645-0c33-4ea0-b544-a962e8705173`, fr: ['Installation du studio photo', 'Mise en place des flashs de studio'], en: ['Studio lighting setup', 'Setting up studio flash'] },
  // techniques d'éclairage / lighting techniques
  { id: `${SKILL}c39b8441-359e-4cf9-8a52-c5f6dd918813`, fr: ['Éclairage en photographie', 'Lumière de studio photo', 'Flash cobra', 'Schémas d\'éclairage'], en: ['Off-camera flash', 'Photographic lighting', 'Lighting setups for photography'] },
  // retoucher des photographies / edit photographs
  { id: `${SKILL}df11ab22-3c40-4dc8-ab0c-e9f41e62449e`, fr: ['Retouche photo', 'Retouche d\'images', 'Retouche beauté', 'Détourage', 'Retouche de portraits', 'Séparation de fréquences'], en: ['Photo retouching', 'Image retouching', 'Skin retouching', 'Clipping paths', 'Frequency separation'] },
  // post-traitement de photographies / post-processing of photographs
  { id: `${SKILL}d90bad2f-7fcc-4e85-a02f-ba4837732892`, fr: ['Développement RAW', 'Traitement des fichiers RAW', 'Camera Raw', 'Post-traitement photo'], en: ['RAW processing', 'Photo post-production', 'Adobe Camera Raw'] },
  // Adobe Photoshop Lightroom
  { id: `${SKILL}d4ae4774-a81d-4255-8491-cade3580685a`, fr: ['Lightroom', 'Lightroom Classic'], en: ['Lightroom', 'Lightroom Classic'] },
  // effectuer un montage d'images / perform image editing
  { id: `${SKILL}91ba97f5-7518-4638-b2d2-308996db3cf8`, fr: ['Photomontage', 'Photomontages publicitaires'], en: ['Photo manipulation', 'Photo montage'] },
  // sélectionner des photos / select photos
  { id: `${SKILL}64e505a8-8c7a-40a4-9776-0fd5ced146fa`, fr: ['Tri des photos', 'Sélection des images', 'Editing photo'], en: ['Photo culling', 'Image selection'] },
  // définir la composition d'une image / determine image composition
  { id: `${SKILL}a6c06345-6ca0-42f2-b01e-bb4078fef1e2`, fr: ['Composition photographique', 'Cadrage photo', 'Règle des tiers'], en: ['Photo composition', 'Rule of thirds', 'Shot composition'] },
  // gérer les droits d'utilisation de photos / license photo usage
  { id: `${SKILL}c3adb511-d07d-42a9-a787-bf4a928acf16`, fr: ['Cession de droits photo', 'Licences d\'images', 'Droits d\'utilisation des photos'], en: ['Image licensing', 'Photo licensing', 'Stock photography licensing'] },
  // scanner des photos / scan photos
  { id: `${SKILL}f68cd42c-1d67-4ca7-9b37-8f024763823d`, fr: ['Numérisation de photos', 'Scan de diapositives', 'Scan de photos argentiques'], en: ['Photo scanning', 'Slide scanning'] },
  // développer un film / develop film
  { id: `${SKILL}fd9dd434-1465-48d0-aa43-123338b91656`, fr: ['Développement argentique', 'Laboratoire argentique', 'Chambre noire', 'Tirage argentique'], en: ['Darkroom', 'Film developing', 'Darkroom printing'] },
  // installer des expositions de photos / set up photographic exhibitions
  { id: `${SKILL}0c6203eb-f97a-44cd-836d-15baeb590b3f`, fr: ['Accrochage d\'expositions photo', 'Expositions photographiques'], en: ['Photo exhibitions', 'Hanging photo exhibitions'] },
  // systèmes aériens sans pilote / unmanned air systems
  { id: `${SKILL}a521903b-aa32-4954-9790-961b0df1261f`, fr: ['Pilotage de drone', 'Prises de vues aériennes par drone', 'Brevet de télépilote'], en: ['Drone piloting', 'Drone photography', 'Aerial drone filming', 'CAA drone licence'] },
  // utiliser une caméra / operate a camera
  { id: `${SKILL}10cade4f-df4d-4408-8924-5994976fc798`, fr: ['Cadrage caméra', 'Caméra épaule', 'Prise de vue vidéo', 'Tournage vidéo', 'Sony FX6', 'Canon C300'], en: ['Camera operating', 'Handheld camera work', 'Shooting video', 'Sony FX6', 'Canon C300'] },
  // pratiquer des mouvements de caméra / practice camera movements
  { id: `${SKILL}d91cbd56-31d1-4a0d-a3dc-bb5c7e4eccd0`, fr: ['Mouvements de caméra', 'Steadicam', 'Stabilisateur Ronin', 'Gimbal', 'Travellings'], en: ['Camera movements', 'Steadicam', 'Gimbal operation', 'Dolly shots', 'DJI Ronin'] },
  // sélectionner des ouvertures de caméra / select camera apertures
  { id: `${SKILL}5d76ed44-f022-4a1f-a6bd-5f0686a2ae3c`, fr: ['Réglages d\'exposition', 'Triangle d\'exposition', 'Réglage de l\'ouverture', 'Profondeur de champ'], en: ['Exposure settings', 'Exposure triangle', 'Depth of field', 'Aperture settings'] },
  // effectuer un montage vidéo / perform video editing
  { id: `${SKILL}5ce80f97-b385-4a41-9339-a6593d0709c1`, fr: ['Avid Media Composer', 'Montage de reportages', 'Montage virtuel', 'Montage de clips', 'Montage de vidéos pour les réseaux sociaux'], en: ['Avid Media Composer', 'Video editing for social media', 'Editing promos', 'Editing music videos'] },
  // sélectionner des prises vidéo / select video shots
  { id: `${SKILL}8070c968-5a62-4fbf-8881-b4cd1fc36190`, fr: ['Dérushage', 'Visionnage des rushes', 'Sélection des rushes'], en: ['Logging rushes', 'Logging footage', 'Selecting takes'] },
  // créer un premier montage / create rough cut
  { id: `${SKILL}3375cf3c-7090-4394-8896-58b1fb1dc540`, fr: ['Ours de montage', 'Pré-montage', 'Premier montage'], en: ['Rough cut', 'Assembly edit', 'First assembly'] },
  // appliquer un étalonnage colorimétrique / apply color grading
  { id: `${SKILL}5e0d6552-7efb-4207-b805-68fed752d778`, fr: ['Étalonnage vidéo', 'Color grading', 'Étalonnage numérique', 'Correction colorimétrique vidéo'], en: ['Colour correction', 'Grading footage'] },
  // modifier une bande-son / edit recorded sound
  { id: `${SKILL}c2218533-3e2a-4f50-b4fd-afde71dcf442`, fr: ['Montage son', 'Montage audio', 'Mixage son de vidéos', 'Montage de podcasts'], en: ['Audio editing', 'Sound editing', 'Podcast editing'] },
  // éditeur audio / audio editing software
  { id: `${SKILL}cae4c053-05d1-413d-8499-f37793aad56e`, fr: ['Audacity', 'Adobe Audition', 'Pro Tools', 'Reaper'], en: ['Audacity', 'Adobe Audition', 'Pro Tools', 'Reaper DAW'] },
  // composition numérique / digital compositing
  { id: `${SKILL}3cc1ee94-ab2c-4f35-8171-3cf4b5b664e4`, fr: ['Compositing', 'Incrustation sur fond vert', 'Nuke', 'Effets visuels numériques'], en: ['Compositing', 'Green screen', 'Nuke compositing', 'VFX compositing'] },
  // synchroniser du son et des images / synchronize sound with images
  { id: `${SKILL}80e961f6-1482-4a28-9810-941b8aea1e86`, fr: ['Synchronisation son et image', 'Synchro des rushes'], en: ['Syncing audio', 'Syncing rushes'] },
  // enregistrer des documents audio / record audio materials
  { id: `${SKILL}1adec82b-e32b-4acc-bd89-e7d61d387161`, fr: ['Prise de son', 'Prise de son en tournage', 'Micro-cravate', 'Perche son'], en: ['Location sound recording', 'Boom operating', 'Lavalier mics'] },
  // créer un scénario de tournage / create a shooting script
  { id: `${SKILL}1e929fc8-bf0c-4222-925c-f31e1dfc74ad`, fr: ['Découpage technique', 'Liste des plans'], en: ['Shot lists', 'Shooting scripts'] },
  // établir un programme de tournage / make film shooting schedule
  { id: `${SKILL}d4fb21d4-7cb5-4974-982b-2da386b30338`, fr: ['Plan de travail de tournage', 'Feuilles de service', 'Dépouillement de scénario', 'Planning de tournage'], en: ['Shooting schedules', 'Call sheets', 'Script breakdowns'] },
  // contrôler des exigences de continuité / check continuity requirements
  { id: `${SKILL}301ec262-3005-420a-a4cd-c5e80f6a7e56`, fr: ['Suivi des raccords', 'Raccords de tournage'], en: ['Continuity checking', 'Continuity notes', 'Script supervision'] },
  // organiser des répétitions / organize rehearsals
  { id: `${SKILL}05bc7677-5a64-4e0c-ade3-0140348d4125`, fr: ['Planning des répétitions', 'Calendrier des répétitions'], en: ['Scheduling rehearsals'] },
  // organiser des auditions / organize auditions
  { id: `${SKILL}7d0f5a31-96c4-4848-bbd3-0a29206925dd`, fr: ['Organisation de castings', 'Organisation d\'auditions', 'Casting de figurants'], en: ['Organising auditions', 'Casting sessions', 'Extras casting'] },
  // synchroniser avec des mouvements de bouche / synchronize with mouth movements
  { id: `${SKILL}5c48050b-c4ca-467e-a4d3-9547bf362a17`, fr: ['Doublage de films', 'Doublage voix', 'Post-synchronisation'], en: ['Dubbing', 'Lip sync dubbing'] },
  // jouer des instruments de musique / play musical instruments
  { id: `${SKILL}8f8a8803-dc72-4488-9991-7c7d373e01fa`, fr: ['Guitare', 'Guitare électrique', 'Guitare basse', 'Violon', 'Violoncelle', 'Saxophone', 'Trompette', 'Flûte traversière', 'Accordéon', 'Batterie et percussions'], en: ['Guitar', 'Electric guitar', 'Bass guitar', 'Violin', 'Cello', 'Saxophone', 'Trumpet', 'Drum kit'] },
  // jouer du piano / play the piano
  { id: `${SKILL}2e059433-c3a0-409a-a139-4b4e087ed366`, fr: ['Piano', 'Piano classique', 'Piano jazz'], en: ['Piano', 'Classical piano', 'Jazz piano'] },
  // chanter / sing
  { id: `${SKILL}e50a68c5-2a5d-4815-8bd1-e4334aed7683`, fr: ['Chant lyrique', 'Chant choral', 'Chœurs', 'Chant jazz'], en: ['Choral singing', 'Lead vocals', 'Backing vocals', 'Classical singing'] },
  // lire une partition de musique / read musical score
  { id: `${SKILL}d60f6482-39b0-4a8d-acdc-ac26fbe5fca7`, fr: ['Lecture de partitions', 'Déchiffrage', 'Lecture à vue', 'Solfège'], en: ['Sight-reading', 'Reading sheet music', 'Music reading'] },
  // improviser de la musique / improvise music
  { id: `${SKILL}29891a32-64aa-4f64-b6eb-1fa990659375`, fr: ['Improvisation jazz', 'Improvisation instrumentale'], en: ['Jazz improvisation'] },
  // composer de la musique / compose music
  { id: `${SKILL}c109d892-3665-4743-877b-2ba23834e9e0`, fr: ['Composition musicale', 'Beatmaking'], en: ['Music composition', 'Beat making'] },
  // écrire des chansons / write songs
  { id: `${SKILL}6034b475-1c5c-4695-a0db-46a7bfa4537c`, fr: ['Écriture de textes de chansons', 'Écriture de paroles'], en: ['Songwriting', 'Lyric writing'] },
  // numériser des négatifs / scan negatives
  { id: `${SKILL}d0a7144b-ba91-4489-acb8-a055c6b7e968`, fr: ['Scan de négatifs'], en: ['Negative scanning', 'Film scanning'] },
  // orchestrer de la musique / orchestrate music
  { id: `${SKILL}5e682b6e-1957-4146-9c05-2e2590760757`, fr: ['Arrangements musicaux', 'Orchestration musicale'], en: ['Music arranging', 'Musical orchestration'] },
  // enregistrer de la musique / record music
  { id: `${SKILL}cc7b37ef-9a91-4d16-ba55-138208c20502`, fr: ['MAO', 'Musique assistée par ordinateur', 'Home studio', 'Ableton Live', 'Cubase', 'FL Studio'], en: ['Home recording', 'Ableton Live', 'Cubase', 'FL Studio', 'Logic Pro X'] },
  // jouer en direct / perform live
  { id: `${SKILL}04e6474d-f6fd-4e60-9191-24faae8ba0bb`, fr: ['Concerts live', 'Prestations scéniques', 'Tournées de concerts', 'Animation musicale de soirées'], en: ['Live performance', 'Gigging', 'Live gigs', 'Function band gigs'] },
  // jouer de la musique dans un ensemble / perform music in ensemble
  { id: `${SKILL}79862c50-3b36-4c37-9ff6-669a54fce459`, fr: ['Musique de chambre', 'Pratique orchestrale', 'Orchestre d\'harmonie', 'Big band'], en: ['Chamber music', 'Orchestral playing', 'Ensemble playing', 'Playing in a band'] },
  // jouer de la musique en solo / perform music solo
  { id: `${SKILL}d7cac6b2-fab5-432a-af1c-23154ea56522`, fr: ['Récitals', 'Récital solo'], en: ['Solo recitals', 'Solo performance'] },
  // participer à des enregistrements de musique en studio / participate in music studio recordings
  { id: `${SKILL}e3890b55-54a7-45a5-9aee-f764fcc54230`, fr: ['Enregistrement en studio', 'Sessions studio', 'Séances d\'enregistrement'], en: ['Studio sessions', 'Session work', 'Studio recording sessions'] },
  // enseigner les principes de la musique / teach music principles
  { id: `${SKILL}90c0e266-c9ea-4036-802e-475ea50b9c7b`, fr: ['Cours de piano', 'Cours de guitare', 'Cours de musique', 'Enseignement musical', 'Formation musicale'], en: ['Piano lessons', 'Guitar lessons', 'Music tuition', 'Music teaching', 'Instrumental teaching'] },
  // diriger des ensembles musicaux / conduct musical ensembles
  { id: `${SKILL}a0317bcb-de20-41ee-a63a-6985b53f91cf`, fr: ['Direction de chœur', 'Direction d\'orchestre', 'Direction de chorale'], en: ['Choir conducting', 'Orchestral conducting', 'Choir directing'] },
  // danser / dance
  { id: `${SKILL}2aeadb90-7ddc-4329-9268-8d5a6bf76b99`, fr: ['Danse contemporaine', 'Danse classique', 'Danse jazz', 'Hip-hop', 'Modern jazz', 'Danses urbaines', 'Claquettes'], en: ['Contemporary dance', 'Ballet', 'Jazz dance', 'Street dance', 'Hip hop dance', 'Tap dance'] },
  // enseigner la danse / teach dance
  { id: `${SKILL}c6f88b89-ce2c-4b8c-a133-7ee95bc48efa`, fr: ['Cours de danse', 'Enseignement de la danse', 'Éveil à la danse'], en: ['Dance teaching', 'Teaching dance classes', 'Dance classes'] },
  // concevoir une chorégraphie / devise choreography
  { id: `${SKILL}15781a5c-7f8a-4433-9c85-2eddfd3ab8f6`, fr: ['Création chorégraphique', 'Chorégraphie'], en: ['Choreography', 'Choreographing routines'] },
  // apprendre le matériel chorégraphique / learn the choreographic material
  { id: `${SKILL}fd1df16e-c988-4e31-93c6-943e868e0186`, fr: ['Apprentissage de chorégraphies', 'Mémorisation de chorégraphies'], en: ['Learning choreography', 'Picking up choreography'] },
  // jouer devant un public / act for an audience
  { id: `${SKILL}b983e86d-61d5-4ebf-8810-2650c91da096`, fr: ['Interprétation théâtrale', 'Jeu d\'acteur', 'Jeu théâtral', 'Théâtre de rue'], en: ['Stage acting', 'Theatre acting'] },
  // jouer pendant plusieurs prises / perform for multiple takes
  { id: `${SKILL}f6a2f139-d935-4fcd-b966-738f08f74bea`, fr: ['Jeu face caméra', 'Jeu à l\'écran'], en: ['Screen acting', 'Acting for camera'] },
  // mémoriser un scénario / memorize script
  { id: `${SKILL}9c6ad1d7-80d0-4148-85bd-b2bf570c1a30`, fr: ['Mémorisation de textes', 'Apprentissage du texte'], en: ['Learning lines', 'Memorising scripts'] },
  // étudier des rôles à partir de scénarios / study roles from scripts
  { id: `${SKILL}2747a004-2b3c-4879-92ec-d2665bfee36a`, fr: ['Travail du rôle', 'Analyse du personnage', 'Construction de personnage'], en: ['Role preparation', 'Character study'] },
  // faire de l'improvisation / perform improvisation
  { id: `${SKILL}4327690a-e639-4b58-98b5-d078d6b90b07`, fr: ['Improvisation théâtrale', 'Matchs d\'improvisation', 'Impro'], en: ['Improv', 'Improvised theatre', 'Improv comedy'] },
  // avoir une bonne diction / manage a good diction
  { id: `${SKILL}946034bf-be2b-4568-b3d5-5988735e26e8`, fr: ['Travail de la voix', 'Articulation et diction'], en: ['Voice projection', 'Voice work'] },
  // adapter des techniques de combat à la représentation / adapt fighting techniques for performance
  { id: `${SKILL}2ef14732-87de-4592-b968-bb6920e7e294`, fr: ['Combat scénique', 'Escrime de spectacle', 'Escrime artistique'], en: ['Stage combat', 'Stage fighting', 'Screen combat'] },
  // pratiquer des disciplines de cirque / practice circus disciplines
  { id: `${SKILL}1b509156-3e4d-4eb2-98a7-d1fd1188e2c2`, fr: ['Jonglage', 'Acrobatie', 'Trapèze', 'Arts du cirque', 'Tissu aérien'], en: ['Juggling', 'Acrobatics', 'Trapeze', 'Aerial silks', 'Circus skills'] },
  // participer à des castings / attend castings
  { id: `${SKILL}3ca9b968-03ae-47c8-b428-f0e22861191b`, fr: ['Passage de castings', 'Auditions et castings'], en: ['Attending auditions', 'Castings and auditions'] },
  // répéter un rôle / rehearse role
  { id: `${SKILL}0c33d03f-9696-44ff-9c1a-7f4296ee3335`, fr: ['Répétitions théâtrales', 'Répétitions de spectacles'], en: ['Theatre rehearsals', 'Rehearsing roles'] },
  // créer des peintures originales / create original paintings
  { id: `${SKILL}d7be0e5d-157f-410f-91f0-4c790f2fe458`, fr: ['Peinture à l\'huile', 'Peinture sur toile', 'Aquarelle', 'Peinture acrylique sur toile'], en: ['Oil painting', 'Acrylic painting', 'Watercolour', 'Painting on canvas'] },
  // créer des sculptures / create sculptures
  { id: `${SKILL}080460bf-ecaf-4985-91cc-3e7f8c0f8084`, fr: ['Sculpture sur pierre', 'Modelage en terre', 'Sculpture en terre', 'Taille directe'], en: ['Sculpting', 'Stone sculpture', 'Clay modelling'] },
  // créer des dessins originaux / create original drawings
  { id: `${SKILL}1faf62ee-28fd-432b-972b-fab2cbe81773`, fr: ['Dessin d\'observation', 'Dessin au fusain', 'Dessin de modèle vivant', 'Croquis sur le vif'], en: ['Life drawing', 'Charcoal drawing', 'Observational drawing'] },
  // créer une œuvre d'art / create artwork
  { id: `${SKILL}24301020-af48-4532-a1a6-e58567789436`, fr: ['Création plastique', 'Démarche artistique', 'Installations artistiques', 'Pratique artistique'], en: ['Fine art practice', 'Installation art', 'Mixed media art'] },
  // maintenir un portefeuille artistique / maintain an artistic portfolio
  { id: `${SKILL}473c68ee-1ab3-4bcf-b286-f7a8df0acec6`, fr: ['Dossier artistique', 'Book artistique', 'Portfolio artistique'], en: ['Art portfolio', 'Artist portfolio', 'Showreel'] },
  // enseigner les arts plastiques / teach art studies class
  { id: `${SKILL}8d68bf21-6e7c-478a-b2c7-9321cc5690e4`, fr: ['Cours d\'arts plastiques', 'Ateliers d\'arts plastiques', 'Cours de dessin'], en: ['Art classes', 'Art workshops', 'Teaching art', 'Drawing classes'] },
  // créer un ouvrage en céramique à la main / create ceramic work by hand
  { id: `${SKILL}21e84b95-0923-480b-87d7-e2f8db0c0f5a`, fr: ['Poterie', 'Céramique d\'art', 'Modelage céramique', 'Tournage de poterie'], en: ['Pottery', 'Studio ceramics', 'Hand-building ceramics', 'Wheel throwing'] },
  // organiser une exposition / organize an exhibition
  { id: `${SKILL}a2adddad-2889-460c-a111-e3a2001ae785`, fr: ['Organisation d\'expositions', 'Commissariat d\'exposition', 'Montage d\'expositions'], en: ['Curating exhibitions', 'Exhibition organisation'] },
];
