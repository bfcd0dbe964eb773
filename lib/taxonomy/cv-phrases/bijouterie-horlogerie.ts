// Bijouterie, joaillerie et horlogerie (bijoutier, joaillier, sertisseur, horloger réparateur, vendeur en bijouterie; UK jeweller / watchmaker / watch repairer):
// CV phrasings not already in the other files.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // créer des bijoux / create jewelry
  { id: `${SKILL}44fea655-139f-445d-aae5-8474fc86307b`, fr: ['Création de bijoux', 'Bijouterie artisanale', 'Fabrication de bagues', 'Façonnage de bijoux', 'Joaillerie sur mesure'], en: ['Jewellery making', 'Jewelry making', 'Handmade jewellery', 'Bench jewellery', 'Ring making', 'Bespoke jewellery'] },
  // réparer des bijoux / repair jewelry
  { id: `${SKILL}19ef02d8-0297-4ec2-afbf-a58165c7c6a2`, fr: ['Réparation de bijoux', 'Réparation de chaînes', 'Remplacement de fermoirs', 'Remise en état de bijoux', 'SAV bijouterie', 'Remise en état des griffes'], en: ['Jewellery repairs', 'Jewelry repair', 'Chain repairs', 'Clasp replacement', 'Re-tipping claws', 'Retipping'] },
  // ajuster des bijoux / adjust jewelry
  { id: `${SKILL}35138055-63cd-410a-91a7-29e9857bebbd`, fr: ['Mise à taille de bagues', 'Agrandissement de bagues', 'Rétrécissement de bagues', 'Mise à taille de bracelets'], en: ['Ring sizing', 'Ring resizing', 'Bracelet sizing', 'Watch strap adjustment'] },
  // monter des pierres sur des bijoux / mount stones in jewels
  { id: `${SKILL}ea414fa9-a129-462e-845e-85ea021a255d`, fr: ['Sertissage de pierres', 'Serti griffes', 'Serti clos', 'Serti grain', 'Serti pavé', 'Serti rail', 'Sertissage de diamants', 'Sertissage joaillerie'], en: ['Stone setting', 'Claw setting', 'Prong setting', 'Pavé setting', 'Bezel setting', 'Channel setting', 'Grain setting', 'Diamond setting'] },
  // polir des pièces de joaillerie brutes / smoothen rough jewel parts
  { id: `${SKILL}37c18bea-df70-4522-a7dc-423450fc7d04`, fr: ['Polissage de bijoux', 'Polissage joaillerie', 'Avivage', 'Émerisage', 'Préparation au polissage', 'Polissage au tour'], en: ['Jewellery polishing', 'Pre-polishing', 'Jewellery finishing', 'Barrel polishing'] },
  // appliquer des techniques de soudage / apply soldering techniques
  { id: `${SKILL}136596a4-00b5-4ed3-bb6e-717198c1ccbe`, fr: ['Soudure au chalumeau', 'Soudure à la brasure', 'Soudure des métaux précieux', 'Soudure laser bijouterie', 'Soudure de bijoux'], en: ['Jewellery soldering', 'Hard soldering', 'Silver soldering', 'Laser welding jewellery'] },
  // faire fondre des métaux de joaillerie / cast jewelry  metal
  { id: `${SKILL}360e089b-e317-4d28-b3f4-d22c6a6cd50c`, fr: ['Fonte à la cire perdue', 'Fonte de métaux précieux', 'Fonte de l\'or', 'Coulée en bijouterie'], en: ['Lost wax casting', 'Jewellery casting', 'Casting precious metals'] },
  // élaborer des modèles de bijoux / build jewelry  models
  { id: `${SKILL}a379672f-0c83-4858-8bfc-8a68adc8030e`, fr: ['Modelage en cire', 'Sculpture sur cire', 'Maquette de bijou', 'Prototype de bijou'], en: ['Wax carving', 'Wax modelling', 'Jewellery prototypes', 'Jewellery models'] },
  // créer des modèles de bijoux / develop jewelry  designs
  { id: `${SKILL}c51fef82-590a-4077-b210-2b5fdd53f68d`, fr: ['Dessin de bijoux', 'Conception de bijoux', 'CAO bijouterie', 'CAO bijou', 'Rhino 3D bijouterie', 'Matrix 3D', 'RhinoGold', 'Gouaché joaillerie', 'Dessin gouaché'], en: ['Jewellery design', 'Jewellery CAD', 'Rhino jewellery design', 'MatrixGold', 'RhinoGold', 'Jewellery rendering'] },
  // assembler des pièces de bijoux / assemble jewelry  parts
  { id: `${SKILL}6377cf07-2b3c-432f-9ba5-0db9698b5fa2`, fr: ['Assemblage de bijoux', 'Enfilage de perles', 'Enfilage de colliers', 'Pose de fermoirs'], en: ['Jewellery assembly', 'Pearl stringing', 'Bead stringing', 'Restringing pearls', 'Pearl knotting'] },
  // utiliser des équipements de joaillerie / use jewelry  equipment
  { id: `${SKILL}03598f35-15f1-41fa-bd8a-313e74523307`, fr: ['Outillage de bijoutier', 'Établi de bijoutier', 'Laminoir à bijoux', 'Scie de bijoutier', 'Triboulet'], en: ['Jeweller\'s bench', 'Jewellers tools', 'Ring mandrel', 'Jeweller\'s saw', 'Pendant motor'] },
  // nettoyer des pièces de joaillerie / clean jewelry  pieces
  { id: `${SKILL}ef089514-1221-4e6a-a9ff-08dbc96afcde`, fr: ['Nettoyage de bijoux', 'Nettoyage des bijoux aux ultrasons', 'Nettoyage vapeur des bijoux'], en: ['Jewellery cleaning', 'Ultrasonic jewellery cleaning', 'Steam cleaning jewellery'] },
  // graver des motifs / engrave patterns
  { id: `${SKILL}16be151c-c501-43cf-82b1-59df7e32974b`, fr: ['Gravure sur bijoux', 'Gravure au burin', 'Gravure de bagues', 'Gravure de médailles', 'Gravure manuelle'], en: ['Hand engraving', 'Jewellery engraving', 'Ring engraving'] },
  // entretenir des bijoux et des montres / maintain jewels and watches
  { id: `${SKILL}d247e43b-824c-45d7-a59c-87ce1e6cf9fc`, fr: ['Entretien de bijoux et montres', 'Entretien des bijoux', 'Remise à neuf de bijoux'], en: ['Jewellery and watch care', 'Jewellery maintenance'] },
  // faire l’entretien de montres et d'horloges / maintain clocks
  { id: `${SKILL}de7bef6f-80d9-4fbe-99fc-5feb1ec2fb4c`, fr: ['Révision de montres', 'Révision de mouvements', 'Nettoyage de mouvements', 'Huilage de mouvements', 'Lubrification de mouvements'], en: ['Watch servicing', 'Movement servicing', 'Cleaning and oiling movements', 'Watch overhauls'] },
  // réparer des montres et des horloges / repair clocks
  { id: `${SKILL}17b6d79e-06a9-43f4-8ab4-a43f48fe8b3d`, fr: ['Réparation de montres', 'Réparation horlogère', 'SAV horlogerie', 'Remplacement de verres de montre', 'Changement de couronne', 'Réparation de pendules'], en: ['Watch repairs', 'Clock repairs', 'Watch glass replacement', 'Crown replacement'] },
  // changer la batterie d'une montre / change watch battery
  { id: `${SKILL}25d168e5-ad10-42a8-9f00-9e1417c8ae36`, fr: ['Changement de piles', 'Remplacement de piles', 'Changement de pile de montre', 'Piles de montres'], en: ['Watch batteries', 'Watch battery replacement', 'Battery changes'] },
  // inspecter une montre ou une horloge / inspect clocks
  { id: `${SKILL}0f5b4a1d-33e1-4ef0-8efa-0d0aaa69d3d4`, fr: ['Contrôle d\'étanchéité des montres', 'Test d\'étanchéité des montres', 'Contrôle de marche', 'Chronocomparateur', 'Diagnostic de montres'], en: ['Water resistance testing', 'Pressure testing watches', 'Timegrapher', 'Watch diagnostics'] },
  // démagnétiser des montres / demagnetize watches
  { id: `${SKILL}1bd1b8e7-246d-4481-9f26-d62abb7edfb6`, fr: ['Démagnétisation de montres', 'Démagnétisation'], en: ['Watch demagnetising'] },
  // utiliser des outils d’horlogerie / use watchmaker's tools
  { id: `${SKILL}24f57882-6f11-4699-b7cd-62faa1fdd871`, fr: ['Outils d\'horloger', 'Outillage horloger', 'Loupe d\'horloger', 'Tournevis d\'horloger', 'Presse à fonds'], en: ['Watchmaker\'s tools', 'Watchmaking tools', 'Watch case opener', 'Watch case press'] },
  // assembler les rouages d’une montre ou d’une horloge / mount clock wheelwork
  { id: `${SKILL}98bcf04e-1129-4364-85d4-18004808571b`, fr: ['Démontage et remontage de mouvements', 'Remontage de mouvements', 'Assemblage de mouvements horlogers'], en: ['Movement assembly', 'Stripping and rebuilding movements', 'Watch movement assembly'] },
  // fixer des boîtiers de montres / attach clock cases
  { id: `${SKILL}7575fca1-24b3-4844-a82a-90fe73029a70`, fr: ['Emboîtage', 'Emboîtage de montres'], en: ['Casing up', 'Watch casing'] },
  // fixer des aiguilles de montres / attach clock hands
  { id: `${SKILL}f063e7e4-e98a-496e-8cd5-b7c6153dff3e`, fr: ['Posage d\'aiguilles', 'Pose des aiguilles de montre'], en: ['Fitting watch hands', 'Hand fitting'] },
  // fixer des cadrans de montres / attach clock dials
  { id: `${SKILL}df2ca54a-8d9a-491f-8016-67e362c3497f`, fr: ['Posage de cadrans', 'Pose de cadrans'], en: ['Dial fitting', 'Fitting watch dials'] },
  // restaurer des horloges anciennes / restore antique clocks
  { id: `${SKILL}da4ef86c-52c6-4636-a22d-9c74519922ce`, fr: ['Restauration d\'horloges anciennes', 'Restauration de pendules', 'Restauration de montres anciennes', 'Horlogerie ancienne'], en: ['Antique clock restoration', 'Clock restoration', 'Vintage watch restoration'] },
  // conseiller des clients sur des bijoux et des montres / advise customers on jewelry  and watches
  { id: `${SKILL}1dcfa7d1-cfa9-4d40-9c82-e045d9b27232`, fr: ['Conseil en bijouterie', 'Conseil client en bijouterie', 'Conseil en joaillerie', 'Vente-conseil en bijouterie'], en: ['Jewellery sales advice', 'Advising customers on jewellery', 'Jewellery consultations'] },
  // conseiller des clients sur les montres et horloges / advise customers on clocks
  { id: `${SKILL}3f5feb70-81c6-4afa-879a-fa588c4d4ded`, fr: ['Conseil en horlogerie', 'Vente-conseil en horlogerie'], en: ['Advising customers on watches', 'Watch consultations'] },
  // faire du commerce de bijoux / trade in jewelry
  { id: `${SKILL}24febd8d-bb08-4be7-a99a-3024f9655ba0`, fr: ['Vente de bijoux', 'Vente en bijouterie', 'Achat d\'or', 'Rachat d\'or', 'Rachat de bijoux'], en: ['Jewellery sales', 'Jewelry sales', 'Gold buying', 'Buying and selling jewellery'] },
  // vendre des montres et des horloges / sell clocks
  { id: `${SKILL}f0efcb76-6435-42a6-98d2-248445f95f30`, fr: ['Vente de montres', 'Vente en horlogerie', 'Vente de montres de luxe'], en: ['Watch sales', 'Luxury watch sales', 'Selling watches'] },
  // estimer la valeur de bijoux et de montres d'occasion / estimate value of used jewelry  and watches
  { id: `${SKILL}d915420b-3083-4740-b196-32749111069e`, fr: ['Estimation de bijoux', 'Expertise de bijoux', 'Estimation de montres d\'occasion'], en: ['Jewellery valuations', 'Jewellery appraisal', 'Insurance valuations'] },
  // gérer les demandes d'indemnisation de bijoux et de montres / handle jewelry  and watches insurance claims
  { id: `${SKILL}29b9e589-301a-4c5e-95c6-cf85c7b49072`, fr: ['Dossiers de sinistres bijoux', 'Remplacement de bijoux sinistrés'], en: ['Jewellery insurance claims', 'Insurance replacement jewellery'] },
  // estimer le coût d'entretien des bijoux et des montres / estimate cost of jewelry  and watches' maintenance
  { id: `${SKILL}c9a4b4c0-22a4-4104-9a24-22999d4cecaa`, fr: ['Devis de réparation de bijoux', 'Devis de réparation horlogère', 'Devis SAV bijouterie'], en: ['Jewellery repair quotes', 'Watch repair estimates'] },
  // déchiffrer des poinçons / read hallmarks
  { id: `${SKILL}84c52ee9-3eed-4f6c-983c-456e818c65f3`, fr: ['Lecture des poinçons', 'Poinçons de garantie', 'Identification des poinçons'], en: ['Hallmarking', 'Reading hallmarks', 'Hallmark identification'] },
  // identifier des gemmes / identify gemstones
  { id: `${SKILL}91569912-10f1-4690-8e82-0b96c93e29ee`, fr: ['Identification des pierres', 'Expertise de pierres', 'Identification des gemmes'], en: ['Gem identification', 'Stone identification'] },
  // utiliser du matériel d’identification de gemmes / use gemstone identification equipment
  { id: `${SKILL}9b8608b8-dfcf-497d-943e-79b341fc40a7`, fr: ['Testeur de diamant', 'Réfractomètre gemmologique', 'Loupe 10x', 'Polariscope'], en: ['Diamond tester', 'Gem refractometer', '10x loupe'] },
  // gemmologie / gemology
  { id: `${SKILL}6b4649e5-25a6-4fb9-a0c4-5bb6c248feda`, fr: ['Diplôme de gemmologue', 'DUG gemmologie', 'Gemmologie appliquée'], en: ['Gemmology', 'Gem-A diploma', 'FGA Gem-A', 'GIA Graduate Gemologist'] },
  // caractéristiques des diamants / characteristics of diamonds
  { id: `${SKILL}ce0e0f82-a4f8-44e2-92c7-ceed2156fca2`, fr: ['Classification des diamants', '4C du diamant', 'Certificats GIA'], en: ['Diamond grading', '4Cs of diamonds', 'GIA certificates'] },
  // tailler des pierres précieuses / cut gem stones
  { id: `${SKILL}a65cfdbd-5369-42b7-a183-607b2d19410f`, fr: ['Taille de pierres précieuses', 'Lapidairerie', 'Taille lapidaire', 'Taille de diamants'], en: ['Gem cutting', 'Lapidary', 'Diamond cutting', 'Gem faceting'] },
  // sélectionner des gemmes pour des bijoux / select gems for jewelry
  { id: `${SKILL}5fe85baf-0262-4952-8d4e-b6d49cdb2f01`, fr: ['Sélection de pierres', 'Appairage de pierres', 'Calibrage de pierres'], en: ['Stone matching', 'Stone selection for jewellery'] },
  // métaux précieux / precious metals
  { id: `${SKILL}0d254d2f-f6c7-49ac-be0d-a2651c222f7a`, fr: ['Travail des métaux précieux', 'Or et argent', 'Alliages d\'or'], en: ['Precious metals knowledge', 'Gold and silver', 'Gold alloys'] },
  // fournir des informations sur le nombre de carats / provide information on carat rating
  { id: `${SKILL}e7837b7e-420f-46e6-8191-94fa610b3f56`, fr: ['Titrage de l\'or', 'Titre des métaux précieux'], en: ['Gold carat ratings', 'Explaining carat weights'] },
  // types de montres / types of watches
  { id: `${SKILL}e6c993f2-89b9-4da7-8c5c-5a165f654bff`, fr: ['Montres automatiques', 'Mouvements à quartz', 'Montres à quartz'], en: ['Mechanical watches', 'Automatic watches', 'Quartz watches', 'Quartz movements'] },
  // pièces d’horlogerie / components of clocks
  { id: `${SKILL}f5db895c-533b-421b-8e7a-0ea39aadf3e5`, fr: ['Fournitures horlogères', 'Pièces détachées horlogères'], en: ['Watch parts', 'Watch components'] },
  // bijouterie de fantaisie / imitation jewelry
  { id: `${SKILL}ba96668e-afbb-46a6-aafc-f366e1b47d87`, fr: ['Bijoux fantaisie', 'Bijouterie fantaisie', 'Bijoux plaqué or'], en: ['Costume jewellery', 'Fashion jewellery'] },
  // galvanoplastie / electroplating
  { id: `${SKILL}4c1e403a-554d-4548-8a93-3d80ec625748`, fr: ['Rhodiage', 'Rhodiage de bijoux', 'Dorure électrolytique'], en: ['Rhodium plating', 'Gold plating'] },
];
