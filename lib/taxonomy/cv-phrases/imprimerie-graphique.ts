// Imprimerie, arts graphiques, signalétique, reprographie (conducteur offset, opérateur PAO, façonnier,
// imprimeur numérique, poseur d'enseignes): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // utiliser une presse d'impression offset / operate offset printing machine
  { id: `${SKILL}4aa86bfb-3781-42e3-abb5-0990ac5c7096`, fr: ['Conduite de presse offset', 'Conduite offset', 'Presse offset', 'Offset feuilles', 'Rotative offset', 'Heidelberg Speedmaster', 'Heidelberg GTO', 'Komori', 'KBA Rapida', 'Manroland'], en: ['Litho printing', 'Offset litho', 'Sheetfed offset', 'Web offset', 'Litho press', 'Heidelberg Speedmaster', 'Komori Lithrone'] },
  // préparer une machine d'impression offset / prepare offset printing machine
  { id: `${SKILL}b7e543e5-3f3e-4f01-8c45-8f872d09bf09`, fr: ['Calage offset', 'Calage de presse', 'Calage des plaques', 'Calage machine offset', 'Réglage de la presse offset'], en: ['Makeready', 'Make-ready', 'Press make-ready', 'Setting up litho presses'] },
  // encrer des plaques d'impression / ink printing plates
  { id: `${SKILL}25410a05-6907-4a4e-ab99-f2ace65fdfce`, fr: ['Réglage des encriers', 'Réglage de l\'encrage', 'Équilibre eau-encre', 'Réglage du mouillage'], en: ['Ink duct setting', 'Ink and water balance', 'Setting ink keys'] },
  // mélanger de l'encre / mix ink
  { id: `${SKILL}126da6db-593e-4dd2-b35d-86f599a622f6`, fr: ['Fabrication des teintes Pantone', 'Mélange des encres', 'Préparation des encres', 'Teintes Pantone'], en: ['Ink mixing', 'Mixing Pantone inks', 'Pantone ink matching'] },
  // inspecter une sortie d'impression / inspect printing output
  { id: `${SKILL}9542c4ec-2a56-42eb-af37-3e977df3e201`, fr: ['Contrôle colorimétrique des tirages', 'Contrôle colorimétrique en impression', 'Contrôle qualité des imprimés', 'Contrôle de la qualité d\'impression', 'Contrôle du repérage', 'Spectrodensitomètre', 'Contrôle des densités'], en: ['Print quality checks', 'Colour registration', 'Checking print runs'] },
  // régler des profils de couleurs / set color  profiles
  { id: `${SKILL}26ca7ed6-80a7-47e3-92f5-6e6016adeb95`, fr: ['Gestion de la couleur', 'Profils ICC', 'Calibration des imprimantes', 'Étalonnage des presses numériques'], en: ['Colour management', 'ICC profiles', 'Printer calibration', 'Colour profiling'] },
  // utiliser des programmes d'impression couleur / use color  printing programs
  { id: `${SKILL}bf675dff-ce7b-4f88-8a93-683a06e6617e`, fr: ['Quadrichromie', 'CMJN', 'Séparation des couleurs', 'Tons directs'], en: ['CMYK', 'Four-colour process', 'Spot colours', 'Colour separation'] },
  // utiliser des techniques de correspondance des couleurs / use color matching techniques
  { id: `${SKILL}322a8b34-af40-438c-ac67-882d482b7643`, fr: ['Correspondance des couleurs', 'Respect des teintes du BAT'], en: ['Colour matching', 'Matching colours to proof'] },
  // produire une épreuve de pré-presse / produce prepress proof
  { id: `${SKILL}2176826a-0329-4a46-8b6d-d4f73bdee4db`, fr: ['Bons à tirer', 'BAT client', 'Épreuves contractuelles', 'Épreuves couleur', 'Sortie des épreuves', 'Validation des BAT'], en: ['Print proofs', 'Hard proofs', 'Wet proofs', 'Contract proofs', 'Producing proofs'] },
  // préparer l'imposition / prepare imposition
  { id: `${SKILL}e6a73b71-19a3-41f7-bf17-317a2bfde7f3`, fr: ['Imposition des pages', 'Imposition de cahiers', 'Logiciel d\'imposition', 'Kodak Preps', 'Montage des pages'], en: ['Page imposition', 'Imposition software', 'Kodak Preps'] },
  // processus prépresse / prepress processes
  { id: `${SKILL}8e00884b-7a60-4ca2-a099-88a8e8cac87d`, fr: ['Prépresse', 'Pré-presse', 'Contrôle des fichiers d\'impression', 'Vérification des fichiers clients', 'Preflight PDF', 'Enfocus PitStop', 'Flux PDF', 'Workflow PDF', 'Prinect'], en: ['Prepress', 'Pre-press', 'PDF preflighting', 'Artwork checking', 'Print-ready artwork', 'PDF workflow', 'Enfocus PitStop'] },
  // traiter une entrée d'impression / process printing input
  { id: `${SKILL}95c9821e-9bf4-44e0-b11d-5d7d45c603f8`, fr: ['Préparation des fichiers pour l\'impression', 'Traitement des commandes d\'impression'], en: ['File preparation for print', 'Print job intake', 'Processing print orders'] },
  // préparation de plaques d'impression / printing plate making
  { id: `${SKILL}5e94f9cb-d74a-49bf-97e4-0885f3dc6b84`, fr: ['Flashage CTP', 'Sortie CTP', 'Insolation des plaques', 'Computer to plate'], en: ['Platemaking', 'Plate making', 'CTP platesetter', 'Computer to plate'] },
  // appliquer des techniques de publication assistée par ordinateur / apply desktop publishing techniques
  { id: `${SKILL}4b244020-5f28-4e20-b74f-1c2dcb6f15cb`, fr: ['Mise en page PAO', 'Exécution PAO', 'Exécution graphique', 'QuarkXPress', 'Mise en page de catalogues', 'Mise en page de magazines', 'Mise en page de brochures'], en: ['DTP', 'Artworking', 'Mac artworking', 'QuarkXPress', 'Page layout', 'Brochure layout'] },
  // assurer la relecture d’un texte / proofread text
  { id: `${SKILL}637ca2e2-0624-48b1-be6e-9ff4580344ac`, fr: ['Relecture des épreuves', 'Relecture et corrections', 'Corrections d\'auteur'], en: ['Proof reading', 'Checking proofs', 'Author corrections'] },
  // utiliser des imprimantes numériques / operate digital printers
  { id: `${SKILL}aba363e7-07ec-4eb2-a89e-bcba397c25ab`, fr: ['Presse numérique', 'Conduite de presse numérique', 'Impression numérique de documents', 'Xerox Versant', 'Konica Minolta AccurioPress', 'Canon imagePRESS', 'HP Indigo', 'Ricoh Pro'], en: ['Digital print operation', 'Digital printing press', 'HP Indigo', 'Xerox Versant', 'Canon imagePRESS', 'Konica Minolta AccurioPress'] },
  // impression sur des machines à grande échelle / printing on large scale machines
  { id: `${SKILL}359b5031-74da-418f-bd97-6f4e66eb9851`, fr: ['Impression grand format', 'Traceur grand format', 'Impression de bâches', 'Kakémonos', 'Impression sur supports rigides', 'HP Latex', 'Mimaki', 'Roland VersaCAMM', 'RIP Caldera', 'Onyx RIP'], en: ['Wide format printing', 'Large format printing', 'Banner printing', 'Roller banners', 'Printing on rigid substrates', 'HP Latex', 'Mimaki', 'Caldera RIP'] },
  // reprographie / reprography
  { id: `${SKILL}10c42c72-ecaa-414c-a014-7e97fcecae8d`, fr: ['Travaux de reprographie', 'Photocopies', 'Tirage de plans', 'Atelier de reprographie'], en: ['Reprographics', 'Photocopying', 'Plan printing', 'Copy shop work', 'Document reproduction'] },
  // utiliser une cisaille / operate paper cutter
  { id: `${SKILL}72fbbb25-f8a5-4eb5-9983-82d3312e8257`, fr: ['Massicot', 'Coupe au massicot', 'Massicot Polar', 'Massicot programmable'], en: ['Paper guillotine', 'Polar guillotine', 'Programmable guillotine'] },
  // soulever des piles de papier / lift stacks of paper
  { id: `${SKILL}0d9570c4-76bd-41f5-a050-c692716b7e5a`, fr: ['Taquage', 'Taquage du papier', 'Taqueuse', 'Alimentation de la marge'], en: ['Jogging paper'] },
  // utiliser une machine à plier le papier / operate paper folding machine
  { id: `${SKILL}70c37c00-c9e8-4850-a88c-2f90da7757ce`, fr: ['Plieuse papier', 'Pliage papier', 'Pliage de dépliants', 'Plieuse Stahl', 'Plieuse MBO', 'Conduite de plieuse papier'], en: ['Paper folding', 'Stahlfolder', 'MBO folder'] },
  // utiliser une brocheuse / operate paper stitching machine
  { id: `${SKILL}2d7d9ac2-c6b7-40d8-9518-bf2df90d652e`, fr: ['Piqûre à cheval', 'Encarteuse-piqueuse', 'Agrafage de brochures'], en: ['Saddle stitching', 'Saddle stitcher'] },
  // utiliser une relieuse / operate binder machine
  { id: `${SKILL}1bcc8d7a-c875-4c6b-829a-5d3f5098802a`, fr: ['Dos carré collé', 'Thermorelieuse', 'Relieuse'], en: ['Perfect binding', 'Perfect binder', 'PUR binding', 'Binding line'] },
  // réaliser une reliure spirale manuelle / perform manual spiral binding
  { id: `${SKILL}0460013b-e73a-4200-8c11-88b3b60a222a`, fr: ['Reliure spirale', 'Reliure Wire-O', 'Reliure anneaux'], en: ['Wire-O binding', 'Comb binding', 'Spiral binding', 'Wiro binding'] },
  // technologies de reliure / binding technologies
  { id: `${SKILL}4cbe4ca4-c7be-452f-aab2-f8520a828497`, fr: ['Reliure', 'Travaux de reliure', 'Reliure industrielle', 'Façonnage papier', 'Façonnage d\'imprimés'], en: ['Print finishing', 'Finishing and binding', 'Bindery work'] },
  // utiliser une pelliculeuse / operate laminating machine
  { id: `${SKILL}3c4e22ca-2657-4cc6-993e-de559c8ac33d`, fr: ['Pelliculage', 'Pelliculage mat et brillant', 'Pelliculeuse', 'Plastification de documents', 'Plastification des affiches', 'Plastifieuse'], en: ['Document laminating', 'Gloss and matt lamination', 'Laminating posters', 'Print lamination'] },
  // utiliser des machine de découpage à l'emporte-pièce / operate die-cut machines
  { id: `${SKILL}db5b78f7-30ff-4a76-bb05-4b101c87827a`, fr: ['Découpe à la forme', 'Découpe-rainage', 'Rainage', 'Platine de découpe', 'Bobst'], en: ['Die cutting', 'Cutting and creasing', 'Bobst die cutter'] },
  // utiliser une machine d'impression sur films / operate foil printing machine
  { id: `${SKILL}c349b18e-5038-4ad3-a2d9-b585b1100c3d`, fr: ['Dorure à chaud', 'Marquage à chaud', 'Dorure sur papier'], en: ['Hot foil stamping', 'Foil blocking'] },
  // gaufrer des dessins / emboss designs
  { id: `${SKILL}0476ca2b-f84e-4657-95b1-ad80bc48d002`, fr: ['Gaufrage', 'Embossage', 'Gaufrage et dorure'], en: ['Embossing', 'Debossing', 'Blind embossing'] },
  // utiliser une presse d'impression sérigraphique / operate screen printing press
  { id: `${SKILL}731ade90-4fdc-4509-9a1f-3f35a34f5141`, fr: ['Sérigraphie', 'Impression sérigraphique', 'Sérigraphie textile', 'Tirage sérigraphique', 'Carrousel de sérigraphie'], en: ['Screen printer operation', 'Textile screen printing', 'Carousel screen printing'] },
  // préparer une impression sérigraphique / prepare screen printing
  { id: `${SKILL}aca06db6-0b45-4929-aaac-d86ee57e1448`, fr: ['Insolation des écrans', 'Préparation des écrans de sérigraphie', 'Enduction des écrans'], en: ['Screen coating', 'Screen exposure', 'Screen making'] },
  // utiliser une machine à impression flexographique / operate flexographic printing machine
  { id: `${SKILL}f4cd5ece-c0e2-42d7-83ef-2008fe0d7cb6`, fr: ['Conduite de machine flexo', 'Impression flexo', 'Flexo', 'Impression d\'étiquettes adhésives'], en: ['Flexo printing', 'Flexo press', 'Narrow web flexo'] },
  // utiliser une machine d'impression / operate printing machinery
  { id: `${SKILL}98221b4f-1f4f-435f-b895-eeb7d4c6561c`, fr: ['Conduite de machines d\'impression', 'Conduite de presses d\'imprimerie', 'Conduite de machine d\'imprimerie'], en: ['Printing press operation', 'Running printing presses'] },
  // entretien des machines d'impression / maintenance of printing machines
  { id: `${SKILL}dcce4783-eab6-4f77-880d-eac877364aae`, fr: ['Entretien des presses offset', 'Lavage des blanchets', 'Changement des blanchets'], en: ['Blanket washing'] },
  // nettoyer des rouleaux encreurs / clean ink rollers
  { id: `${SKILL}925a3afb-e11e-4992-996b-6f55bf820ea4`, fr: ['Nettoyage des rouleaux encreurs', 'Lavage des encriers'], en: ['Washing up the press'] },
  // types de papier / types of paper
  { id: `${SKILL}7dcda7b8-afa9-4504-b7d9-95a51e8ee96d`, fr: ['Connaissance des papiers', 'Papiers couchés', 'Papiers offset et couchés'], en: ['Paper stocks', 'Paper grades', 'Coated and uncoated stocks'] },
  // utiliser un scanner / operate scanner
  { id: `${SKILL}d86595cb-0c68-4d98-aea8-32269da7eef5`, fr: ['Numérisation de documents', 'Scan de documents', 'Scanner de production'], en: ['Document scanning', 'Production scanning'] },
  // appliquer un design décoratif à des véhicules / apply decorative design to vehicles
  { id: `${SKILL}f14bd327-7ddc-4e83-a06b-cb0214c76183`, fr: ['Covering', 'Covering véhicule', 'Pose de covering', 'Marquage de véhicules', 'Lettrage de véhicules', 'Marquage adhésif de véhicules'], en: ['Vehicle wrapping', 'Vehicle graphics', 'Van signwriting', 'Vehicle livery', 'Car wrapping', 'Fleet graphics'] },
  // placer des panneaux de signalisation / put up signs
  { id: `${SKILL}98815e0a-0bcc-41fc-ba9a-6ec1c4e8a8a0`, fr: ['Pose d\'enseignes', 'Installation d\'enseignes', 'Pose de signalétique', 'Installation de signalétique', 'Pose de panneaux publicitaires'], en: ['Sign installation', 'Sign fitting', 'Installing signage'] },
  // accrocher des affiches publicitaires / hang advertising posters
  { id: `${SKILL}2fb96d29-7d8a-455a-b54a-1f67757751c7`, fr: ['Pose d\'affiches', 'Collage d\'affiches'], en: ['Billposting', 'Poster hanging', 'Fly posting'] },
  // procédés de gravure laser / laser engraving methods
  { id: `${SKILL}19115dcc-8b12-4155-8c46-20ce4e9ec74f`, fr: ['Gravure laser', 'Gravure sur plexiglas', 'Graveuse laser'], en: ['Laser engraving', 'Laser etching', 'Trotec laser'] },
];
