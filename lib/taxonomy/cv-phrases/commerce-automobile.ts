// Commerce automobile et après-vente (vendeur automobile, conseiller service après-vente, magasinier pièces
// détachées, réceptionnaire atelier): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // --- Vendeur automobile / car sales executive ---
  // vendre des véhicules / sell vehicles
  { id: `${SKILL}f4a447b1-60a4-4ecd-bd93-43b6cf4530b1`, fr: ['Vente de véhicules d\'occasion', 'Vente VN', 'Vente VO', 'Vente VN/VO', 'Vente automobile', 'Vente de voitures', 'Vente de motos'], en: ['Car sales', 'New and used car sales', 'Used car sales', 'Vehicle sales', 'Selling cars', 'Motorcycle sales'] },
  // conseiller des clients sur les options de financement de véhicules / advise customers on financing options for vehicles
  { id: `${SKILL}ed6915ee-ef99-4630-ac32-3dfbb6ff64df`, fr: ['Financement automobile', 'LOA', 'LLD', 'LOA/LLD', 'Location avec option d\'achat', 'Location longue durée', 'Crédit automobile', 'Propositions de financement', 'Montage des dossiers de financement automobile'], en: ['Car finance', 'Vehicle finance', 'PCP', 'Hire purchase', 'PCP and HP', 'Personal contract purchase', 'Dealer finance', 'Contract hire'] },
  // gérer des essais de conduite / manage test drives
  { id: `${SKILL}6662481a-7978-45c3-9cc8-78605db77e79`, fr: ['Essais routiers clients', 'Organisation des essais routiers', 'Essais de véhicules avec les clients', 'Gestion des véhicules de démonstration'], en: ['Test drives', 'Arranging test drives', 'Accompanied test drives', 'Demonstrator fleet'] },
  // estimer la valeur de biens d’occasion / estimate value of used goods
  { id: `${SKILL}6ebf6971-34ad-4708-9710-ed545c814933`, fr: ['Estimation des reprises', 'Reprise de véhicules', 'Reprise de véhicules d\'occasion', 'Cotation des reprises', 'Cotation Argus', 'Évaluation des véhicules de reprise'], en: ['Part exchange', 'Part-exchange valuations', 'Trade-in valuations', 'Trade-in appraisals', 'Used car appraisals'] },
  // vérifier des véhicules à vendre / check vehicles for sale
  { id: `${SKILL}c43457a0-3958-4ef9-8b33-2f56a06a63ba`, fr: ['Expertise de véhicules d\'occasion', 'Contrôle des véhicules d\'occasion', 'Inspection des VO', 'Remise en état des VO'], en: ['Used car inspections', 'HPI checks', 'Pre-sale vehicle inspections', 'Used car reconditioning'] },
  // tenir à jour les documents de livraison du véhicule / maintain vehicle delivery documentation
  { id: `${SKILL}9938def0-0398-49d6-ae1e-fee16d9ff8b7`, fr: ['Livraison des véhicules neufs', 'Livraison des véhicules aux clients', 'Dossiers de livraison véhicule', 'Immatriculation des véhicules', 'Démarches de carte grise', 'Cartes grises'], en: ['Vehicle handovers', 'Handover paperwork', 'Vehicle registration', 'V5C paperwork'] },
  // conseiller des clients sur des services supplémentaires liés à l’achat d’un véhicule / advise customers on vehicle's extra services
  { id: `${SKILL}4ed6d13e-a39e-4033-b1ae-d6f2c616d834`, fr: ['Vente de garanties', 'Vente d\'extensions de garantie', 'Vente de contrats d\'entretien', 'Vente de services additionnels', 'Produits périphériques automobile', 'Vente d\'accessoires automobiles'], en: ['Extended warranties', 'GAP insurance', 'Selling add-ons', 'Paint protection products', 'Service plans', 'F&I products'] },
  // donner des conseils sur les caractéristiques d'un véhicule / advise on vehicle characteristics
  { id: `${SKILL}9f94d5f4-ac34-406d-940f-c723976dc8f4`, fr: ['Présentation des véhicules', 'Présentation des options et équipements'], en: ['Vehicle walkarounds', 'Vehicle demonstrations'] },
  // surveiller la présentation de véhicules en concession / oversee the presentation of vehicles in dealership
  { id: `${SKILL}67fb9ff8-6afd-4496-98fa-51bf0e4cd8af`, fr: ['Tenue du showroom', 'Présentation du showroom', 'Mise en valeur du parc VO', 'Tenue du parc d\'exposition'], en: ['Showroom presentation', 'Forecourt presentation', 'Forecourt management'] },
  // gérer des stocks de véhicules / manage vehicle inventory
  { id: `${SKILL}222bcd83-1ac6-4c2f-93c9-39ac835067f1`, fr: ['Gestion du stock VO', 'Gestion du parc VO', 'Rotation du stock VO'], en: ['Used car stock management', 'Vehicle stock management'] },
  // commander des véhicules / order vehicles
  { id: `${SKILL}42712170-a746-477c-a102-f153d737f340`, fr: ['Commandes VN', 'Commandes de VN au constructeur'], en: ['New car ordering'] },
  // utiliser un système de gestion de concession / operate dealership management system
  { id: `${SKILL}d5464c09-f8b7-44b1-b216-db2bdc80dc17`, fr: ['DMS automobile', 'Logiciel DMS', 'Planet VO', 'Incadea', 'Irium', 'Keyloop', 'Autoline'], en: ['Dealer management system', 'Kerridge', 'Keyloop', 'CDK Autoline', 'Pinnacle DMS'] },
  // nouveaux véhicules sur le marché / new vehicles on the market
  { id: `${SKILL}1acc3692-efa7-47d0-9deb-062e60b2208f`, fr: ['Connaissance de la gamme constructeur', 'Veille automobile', 'Connaissance des gammes de véhicules'], en: ['Vehicle product knowledge', 'Knowledge of the model range'] },
  // --- Conseiller service après-vente, réceptionnaire atelier / service advisor ---
  // coordonner le service de réparation et d'entretien automobile / coordinate automotive repair and maintenance service
  { id: `${SKILL}8dba2a16-2804-4d60-a385-73c0734db749`, fr: ['Planning atelier', 'Gestion du planning atelier', 'Prise de rendez-vous atelier', 'Organisation de l\'atelier mécanique', 'Charge atelier'], en: ['Workshop loading', 'Workshop scheduling', 'Booking in services'] },
  // surveiller la réparation de véhicules / monitor vehicle repairs
  { id: `${SKILL}f5798f9c-42a3-4a54-b4c2-ec33a2ddd863`, fr: ['Ordres de réparation', 'Ouverture des ordres de réparation', 'Suivi des réparations véhicules', 'Suivi des travaux atelier', 'Réception atelier'], en: ['Job cards', 'Repair orders', 'Tracking workshop jobs', 'Booking in vehicles'] },
  // vérifier l'absence de détérioration d'un véhicule / check vehicle damage
  { id: `${SKILL}25ea0473-04f6-4bdc-be88-cb280142e7ca`, fr: ['Réception active', 'État des lieux du véhicule', 'Constat de l\'état du véhicule', 'Réception des véhicules'], en: ['Vehicle condition reports'] },
  // établir des devis pour des opérations de réparation ou d'entretien / issue sales quotations for repairs or maintenance
  { id: `${SKILL}c06b0686-927e-45be-867e-aab1cc601728`, fr: ['Devis atelier', 'Devis de réparation', 'Chiffrage des réparations', 'Établissement des devis atelier'], en: ['Repair estimates', 'Workshop quotes', 'Quoting repairs'] },
  // fournir des renseignements concernant des réparations à des clients / provide customer information related to repairs
  { id: `${SKILL}ae4ea3e1-3c1a-45b0-96a7-106988c053c0`, fr: ['Restitution des véhicules', 'Restitution client', 'Explication des travaux réalisés', 'Explication des factures atelier', 'Conseil après-vente'], en: ['Vehicle handback', 'Explaining repairs to customers', 'Vehicle health checks', 'Selling red and amber work'] },
  // garantir le respect des contrats de garantie / ensure compliance with warranty contracts
  { id: `${SKILL}70aacc9d-30cc-4df1-a37f-a660b1331b25`, fr: ['Gestion des garanties constructeur', 'Dossiers de garantie', 'Demandes de prise en garantie', 'Garanties constructeur'], en: ['Warranty claims', 'Warranty administration', 'Manufacturer warranty claims'] },
  // réaliser des activités de service après-vente / execute after sales activities
  { id: `${SKILL}846f6e5c-1a74-491d-b756-753c01d785dd`, fr: ['Après-vente automobile', 'Service après-vente automobile', 'SAV automobile'], en: ['Aftersales', 'Automotive aftersales'] },
  // --- Magasinier pièces détachées / parts advisor ---
  // identifier les pièces demandées par les clients / identify parts requested by customers
  { id: `${SKILL}5ca788c2-dca7-44d3-bb54-7a706ae3e837`, fr: ['Identification des pièces', 'Catalogue pièces', 'Catalogue électronique de pièces', 'Recherche de références pièces', 'Recherche de pièces par VIN', 'Identification par numéro de série du véhicule'], en: ['Parts identification', 'Electronic parts catalogue', 'Parts look-up', 'VIN look-up'] },
  // vendre des pièces automobiles / sell vehicle parts
  { id: `${SKILL}e518e5fc-3c8f-49fa-a090-7754e96a8ea9`, fr: ['Vente de pièces détachées', 'Vente de pièces de rechange', 'Comptoir pièces détachées', 'Vente comptoir pièces', 'Vente de pièces aux professionnels'], en: ['Parts sales', 'Parts counter', 'Selling car parts', 'Trade parts sales'] },
  // procéder à l'achat de pièces / carry out parts purchasing
  { id: `${SKILL}0138fdc7-edbb-485c-9aa9-544f723eb62f`, fr: ['Commandes de pièces', 'Commande de pièces détachées', 'Approvisionnement en pièces détachées', 'Commandes de pièces constructeur'], en: ['Parts ordering', 'Parts procurement'] },
  // tenir à jour un inventaire de pièces / maintain parts inventory
  { id: `${SKILL}fc1eae96-01cb-4d97-b594-d5040913675e`, fr: ['Gestion du stock de pièces', 'Inventaire des pièces', 'Magasin pièces détachées'], en: ['Parts stock control', 'Parts inventory', 'Parts stock checks'] },
  // organiser le stockage de pièces / organize parts storage
  { id: `${SKILL}ffc836d3-1897-4ec1-877e-a4f08f1e05c6`, fr: ['Rangement des pièces', 'Stockage des pièces détachées', 'Adressage des pièces'], en: ['Parts storage', 'Binning parts'] },
  // vérifier les pièces du véhicule lors de la livraison / check vehicle parts on delivery
  { id: `${SKILL}272ea4f5-8fc9-49b9-a124-c93bedf3cded`, fr: ['Réception des pièces', 'Contrôle des livraisons de pièces', 'Réception des commandes de pièces'], en: ['Checking in parts deliveries', 'Parts goods-in'] },
  // recueillir des informations pour remplacer des pièces / gather information to substitute parts
  { id: `${SKILL}b75632ce-6175-42d6-b4c9-acb16473a2a4`, fr: ['Recherche de pièces équivalentes', 'Correspondances de références', 'Pièces adaptables'], en: ['Parts cross-referencing', 'Cross-referencing part numbers'] },
];
