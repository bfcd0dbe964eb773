// Trade phrasings (see cv-phrase.ts), trade family: chimie-pharma-plasturgie. CV phrasings not already in the other files.
// Opérateur / conducteur de procédés (chimie, pharmacie, raffinerie), technicien de fabrication pharmaceutique, opérateur et
// régleur en plasturgie, conducteur de machine à papier, opérateur verrier; UK process / chemical plant operator,
// pharmaceutical manufacturing technician, injection moulding setter.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // Conduite de procédés (chimie, pharmacie, raffinerie)
  // effectuer une commande de processus automatisée / operate automated process control
  { id: `${SKILL}0a0532c2-ee60-4410-8e07-70e4d69370ec`, fr: ['Conduite sur SNCC', 'Pilotage sur SNCC', 'Conduite sur DCS', 'Conduite en salle de commande', 'Supervision de procédé', 'Conduite de procédés automatisés'], en: ['DCS operation', 'Process control systems', 'DeltaV'] },
  // contrôler l’état d’un processus chimique / monitor chemical process condition
  { id: `${SKILL}f83e61e0-cb73-4a6a-b266-c4be03fb30eb`, fr: ['Surveillance des paramètres de procédé', 'Suivi des paramètres process', 'Surveillance des installations chimiques', 'Rondes de surveillance des installations'], en: ['Monitoring process parameters', 'Plant rounds'] },
  // optimiser les paramètres d’un processus de production / optimize production processes parameters
  { id: `${SKILL}0f0698e7-04e4-4bf7-9af2-e3191147525a`, fr: ['Optimisation des paramètres process', 'Ajustement des paramètres de production', 'Optimisation des paramètres d\'injection'], en: ['Process parameter adjustment', 'Scientific moulding'] },
  // mélanger des produits chimiques / mix chemicals
  { id: `${SKILL}2fffc0e3-3e79-4e85-8af4-c0ae327ce2f8`, fr: ['Préparation de mélanges chimiques', 'Fabrication de mélanges', 'Chargement des réacteurs', 'Conduite de réacteurs'], en: ['Chemical blending', 'Reactor charging'] },
  // peser des matériaux / weigh materials
  { id: `${SKILL}418765cd-77f9-4c6f-8b00-e56ebec767bb`, fr: ['Pesée des matières premières', 'Pesée des composants', 'Centrale de pesée'], en: ['Raw material dispensing', 'Weigh and dispense'] },
  // transférer des produits chimiques / transfer chemicals
  { id: `${SKILL}4873958e-12a4-4f3b-ab06-fb00652601c4`, fr: ['Dépotage de citernes', 'Dépotage', 'Transfert de produits chimiques', 'Chargement de citernes', 'Transvasement de produits chimiques'], en: ['Tanker offloading', 'Tanker loading'] },
  // travailler en toute sécurité avec des produits chimiques / work safely with chemicals
  { id: `${SKILL}89d2bb53-67fc-4b9e-80c7-07b6c587bc0d`, fr: ['Manipulation de produits dangereux', 'Manipulation de produits chimiques dangereux', 'Zones ATEX', 'Habilitation ATEX'], en: ['ATEX', 'Handling hazardous chemicals', 'DSEAR'] },
  // contrôler des vannes / monitor valves
  { id: `${SKILL}f4349677-549e-419a-8f8e-eb10bfe10720`, fr: ['Lignage des circuits', 'Lignage', 'Manœuvres de vannes', 'Mise en ligne des circuits'], en: ['Valve line-ups', 'Lining up valves', 'Valve operation'] },
  // travailler par équipes / work in shifts
  { id: `${SKILL}6f2721bf-40ad-4f5d-8774-a478d1d6f5a6`, fr: ['Travail posté', 'Travail en 3x8', 'Travail en 2x8', 'Travail en 5x8', 'Horaires postés'], en: ['Continental shifts', '12-hour shifts'] },
  // gérer la communication entre des équipes / conduct inter-shift communication
  { id: `${SKILL}f041ce17-a005-4c69-846e-e3806e0b62f9`, fr: ['Passation de consignes', 'Relève de poste', 'Cahier de quart', 'Transmission des consignes entre équipes'], en: ['Shift handovers', 'Shift logs'] },

  // Raffinerie, pétrochimie
  // faire fonctionner des systèmes de distillation / operate distillation equipment
  { id: `${SKILL}c51b6215-5473-4dfa-86ff-23ce960a87c8`, fr: ['Distillation atmosphérique', 'Colonne de distillation', 'Unité de distillation', 'Conduite de colonnes de distillation'], en: ['Crude distillation unit', 'Distillation columns', 'CDU operation'] },
  // procédés de distillation sous vide / vacuum distillation processes
  { id: `${SKILL}d40fb05b-5a5a-4a38-9e47-9560349860fb`, fr: ['Unité de distillation sous vide'], en: ['Vacuum distillation unit', 'VDU'] },
  // techniques de craquage des hydrocarbures / hydrocarbon cracking techniques
  { id: `${SKILL}ab04dd50-0bdd-4d51-8c06-9405a81612f3`, fr: ['Craquage catalytique', 'Hydrocraquage', 'Vapocraquage', 'Vapocraqueur', 'Unité FCC'], en: ['Catalytic cracking', 'FCC unit', 'Hydrocracking', 'Steam cracker', 'Steam cracking'] },
  // techniques de cokéfaction du pétrole / petroleum coking techniques
  { id: `${SKILL}520ff013-d72c-44c7-b1c0-a97bbadfce76`, fr: ['Unité de cokéfaction'], en: ['Delayed coker', 'Coker unit'] },
  // prélever des échantillons de pétrole / collect oil samples
  { id: `${SKILL}4499c9aa-7986-4b17-b8f7-1dec6741ad70`, fr: ['Échantillonnage de produits pétroliers', 'Prélèvements sur bacs'], en: ['Oil sampling', 'Tank sampling'] },

  // Fabrication pharmaceutique, biotechnologies
  // fabriquer des médicaments / manufacture medicines
  { id: `${SKILL}8ee6763c-ca7b-4c0d-9208-b8f26f100e72`, fr: ['Fabrication de formes sèches', 'Formes sèches', 'Formes liquides', 'Formes pâteuses', 'Fabrication de comprimés', 'Compression de comprimés', 'Granulation humide', 'Mise en gélules', 'Pelliculage des comprimés', 'Fabrication pharmaceutique', 'Production pharmaceutique'], en: ['Tablet compression', 'Tablet manufacturing', 'Oral solid dose', 'Solid dose manufacturing', 'Wet granulation', 'Tablet coating', 'Pharmaceutical manufacturing', 'Pharmaceutical production'] },
  // procédés pharmaceutiques / pharmaceutical processes
  { id: `${SKILL}94bbdb2d-b70e-4e42-8977-f4627b42a0a6`, fr: ['Lyophilisation', 'Lyophilisateur', 'Conduite de lyophilisateur'], en: ['Lyophilisation', 'Freeze drying', 'Freeze dryer'] },
  // rédiger la documentation d’enregistrement des lots / write batch record documentation
  { id: `${SKILL}c438aa25-949e-47e6-a79c-a805d774946e`, fr: ['Dossiers de lot', 'Renseignement des dossiers de lot', 'Dossier de lot de fabrication', 'Bonnes pratiques documentaires', 'Documentation BPF', 'Dossier de lot électronique'], en: ['Batch manufacturing records', 'Good documentation practice', 'GDocP', 'Electronic batch records'] },
  // appliquer des BPF / apply GMP
  { id: `${SKILL}bf7a45c4-0d72-4e6e-9da7-127b2b6656b7`, fr: ['Vide de ligne', 'Vide de chaîne', 'Bonnes pratiques de fabrication pharmaceutique'], en: ['Line clearance', 'GMP training'] },
  // porter des vêtements pour salle blanche / wear cleanroom suit
  { id: `${SKILL}07e1799a-82c2-4877-9b43-1499812c5619`, fr: ['Habillage en salle blanche', 'Habillage en ZAC', 'Zone à atmosphère contrôlée', 'Travail en ZAC', 'Travail en salle propre', 'Habillage stérile'], en: ['Cleanroom gowning', 'Gowning procedures', 'Aseptic gowning', 'Cleanroom working'] },
  // techniques de stérilisation / sterilization techniques
  { id: `${SKILL}6f46a3bb-eb18-4c3e-b05b-8b073fceb4fb`, fr: ['Remplissage aseptique', 'Répartition aseptique', 'Procédés aseptiques', 'Stérilisation terminale', 'Filtration stérilisante', 'Media fill'], en: ['Aseptic processing', 'Aseptic filling', 'Media fills', 'Terminal sterilisation', 'Sterile manufacturing'] },
  // surveiller des machines de remplissage / monitor filling machines
  { id: `${SKILL}d342d0f3-9b84-4b52-b764-b80b43da168f`, fr: ['Conduite de remplisseuse', 'Remplisseuse', 'Ligne de remplissage', 'Remplissage de flacons', 'Remplissage de seringues'], en: ['Filling line', 'Vial filling', 'Filling machine operation', 'Syringe filling'] },
  // utiliser des machines de conditionnement / tend packaging machines
  { id: `${SKILL}01fec851-b5f4-419b-940a-3b4c835adfa8`, fr: ['Conditionnement pharmaceutique', 'Blistérisation', 'Blistéreuse', 'Étuyeuse', 'Mise sous étui', 'Conditionnement primaire', 'Conditionnement secondaire'], en: ['Cartoning', 'Pharmaceutical packaging'] },
  // gérer des bioréacteurs / manage bioreactors
  { id: `${SKILL}86d8a19f-1694-4314-9048-8f36c227a42c`, fr: ['Conduite de bioréacteurs', 'Conduite de fermenteurs', 'Fermentation industrielle', 'Bioproduction'], en: ['Bioreactor operation', 'Upstream processing', 'Fermenter operation'] },

  // Plasturgie, composites
  // utiliser une machine de moulage par injection / tend injection molding machine
  { id: `${SKILL}861f3a02-8c0d-45fa-8827-04995649afc5`, fr: ['Conduite de presses à injecter', 'Moulage par injection', 'Injection thermoplastique', 'Surveillance de presses à injecter', 'Presses Arburg', 'Presses Engel'], en: ['Injection moulding machine operation', 'Running injection moulding machines', 'Injection moulding machines', 'Arburg'] },
  // adapter les moules de produits / match product molds
  { id: `${SKILL}f7779005-c640-4c5d-8d95-558c1b53b6f5`, fr: ['Changement de moules', 'Montage de moules', 'Montage et démontage de moules'], en: ['Mould changes', 'Mould changeovers', 'Mould setting'] },
  // utiliser une machine de fabrication d’objets en plastique / operate plastic machinery
  { id: `${SKILL}988871ab-dcad-4217-87d0-4c33307f0981`, fr: ['Thermoformage', 'Thermoformeuse', 'Conduite d\'extrudeuse', 'Conduite de ligne d\'extrusion', 'Extrusion de tubes', 'Extrusion de profilés', 'Extrusion gonflage', 'Réglage de presses à injecter', 'Régleur en plasturgie'], en: ['Thermoforming', 'Extrusion line operation', 'Pipe extrusion', 'Profile extrusion', 'Blown film extrusion'] },
  // régler une tête d’extrusion / set up extrusion head
  { id: `${SKILL}51232a5d-d26b-42cb-b458-8bfb799dae65`, fr: ['Montage de filière', 'Changement de filière'], en: ['Extrusion die setting'] },
  // utiliser une machine de moulage par soufflage / tend blow molding machine
  { id: `${SKILL}2911078e-b1a5-4cf7-9bcb-222b6f60f392`, fr: ['Extrusion-soufflage', 'Injection-soufflage', 'Soufflage de bouteilles', 'Souffleuse PET', 'Soufflage de corps creux'], en: ['Stretch blow moulding', 'Extrusion blow moulding', 'PET blow moulding', 'Blow moulding machines'] },
  // utiliser une machine de moulage par compression / tend compression molding machine
  { id: `${SKILL}b4db6d7b-a957-4546-a7dc-2be59601ae60`, fr: ['Moulage par compression', 'Compression SMC'], en: ['Compression moulding', 'SMC moulding'] },
  // entretenir des moules / maintain molds
  { id: `${SKILL}556a0f07-b5f2-4dc5-ba00-5b3f60c90643`, fr: ['Maintenance des moules', 'Maintenance préventive des moules'], en: ['Mould maintenance', 'Mould repairs'] },
  // faire la finition de produits en plastique / finish plastic products
  { id: `${SKILL}04512804-4c83-4e1c-a963-02c58e918240`, fr: ['Ébavurage des pièces plastiques', 'Dégrappage', 'Dégrappage des pièces', 'Finition des pièces plastiques', 'Reprise des pièces injectées'], en: ['Deflashing', 'Degating', 'Trimming plastic parts', 'Plastic part finishing'] },
  // réduire en poudre des déchets de plastique / grind wasted plastic
  { id: `${SKILL}c9b97523-d520-4494-aa60-e3bc9ef0d8a4`, fr: ['Broyage des carottes', 'Broyage des rebuts plastiques', 'Rebroyage'], en: ['Plastic regrind', 'Regrind', 'Granulating sprues'] },
  // soudage plastique / plastic welding
  { id: `${SKILL}4e8ce455-9dbb-4ada-b79b-2f89021f4947`, fr: ['Soudage par ultrasons', 'Soudage miroir', 'Soudage par plaque chauffante'], en: ['Ultrasonic welding', 'Hot plate welding'] },
  // appliquer des couches de résine plastique / apply plastic resin layers
  { id: `${SKILL}a5a51d28-df3e-4277-b379-21c7de51b272`, fr: ['Stratification au contact', 'Moulage au contact', 'Stratification polyester', 'Infusion de résine', 'Moulage RTM'], en: ['GRP laminating', 'Hand lay-up', 'Composite laminating', 'Resin infusion', 'Fibreglass laminating'] },
  // types de matières plastiques / types of plastic
  { id: `${SKILL}9c66b182-96ec-43b3-8821-2aeb7df66f12`, fr: ['Connaissance des matières plastiques'], en: ['Plastic materials knowledge'] },
  // matériaux thermoplastiques / thermoplastic materials
  { id: `${SKILL}fabd4be5-c648-40f7-9706-f2d99f065119`, fr: ['Thermoplastiques', 'Polymères techniques'], en: ['Thermoplastics', 'Engineering polymers'] },

  // Papeterie, cartonnerie
  // processus de fabrication du papier / paper production processes
  { id: `${SKILL}608a5d9d-0007-4797-bd51-361e3aa51a48`, fr: ['Production papetière', 'Conduite de machine à papier', 'Fabrication de pâte à papier'], en: ['Papermaking', 'Paper machine operation', 'Paper mill operations'] },
  // utiliser un désintégrateur / operate pulper
  { id: `${SKILL}ec53ad2f-5c0b-4564-9652-0e9754c68abc`, fr: ['Pulpeur', 'Conduite du pulpeur'] },
  // utiliser des cylindres de séchage du papier / operate paper drying cylinders
  { id: `${SKILL}b4e892b0-f980-47a5-97d9-b219ec881b59`, fr: ['Sécherie', 'Partie sécherie', 'Cylindres sécheurs'], en: ['Dryer section', 'Drying cylinders'] },
  // utiliser une enrouleuse de papier / operate paper winding machine
  { id: `${SKILL}90e083c3-ae4b-4726-982f-f3944eaa571a`, fr: ['Conduite de bobineuse', 'Bobineuse', 'Rebobineuse'], en: ['Rewinder operation', 'Winder operation', 'Slitter rewinder'] },
  // contrôler la qualité du papier / check paper quality
  { id: `${SKILL}631f70b6-d431-456d-8262-cb8c79fdb2f2`, fr: ['Contrôle du grammage', 'Mesure du grammage'], en: ['Grammage testing', 'Paper testing'] },
  // utiliser une onduleuse / operate corrugator
  { id: `${SKILL}16d07ed7-2359-4bb6-b71c-bc5b1c4d1f5e`, fr: ['Onduleuse', 'Conduite d\'onduleuse', 'Carton ondulé', 'Cartonnerie'], en: ['Corrugated board'] },

  // Verrerie industrielle
  // utiliser une machine de formage du verre / tend glass forming machines
  { id: `${SKILL}0f4ef8ad-309b-4574-a62b-12dd33a2f800`, fr: ['Machine IS', 'Conduite de machine IS', 'Formage du verre creux', 'Verre creux', 'Formage du verre'], en: ['Glass container forming', 'Hollow glass', 'Glass forming machine operation'] },
  // maintenir la température d’un fourneau / maintain furnace temperature
  { id: `${SKILL}1e82d6b1-9f46-498e-a53e-d9aa7ebbae50`, fr: ['Conduite de four verrier', 'Four verrier', 'Four de fusion du verre'], en: ['Glass furnace', 'Glass melting furnace'] },
  // trempe du verre / glass tempering
  { id: `${SKILL}07aa096a-bb4e-4380-b9f2-97fd70da2a82`, fr: ['Four de trempe'], en: ['Glass toughening', 'Tempering furnace'] },
  // contrôler des feuilles de verre / inspect glass sheet
  { id: `${SKILL}360c095b-b086-4613-a909-c12469f50364`, fr: ['Contrôle du verre plat', 'Contrôle des défauts du verre', 'Verre float'], en: ['Float glass inspection', 'Glass inspection'] },
];
