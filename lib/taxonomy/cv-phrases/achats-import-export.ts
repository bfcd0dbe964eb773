// Achats, approvisionnement, commerce international, transit et douane (acheteur, approvisionneur, assistant
// import-export, déclarant en douane, agent de transit): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // gérer les achats / apply procurement
  { id: `${SKILL}9e9a4209-c7cf-4f6e-973e-dc2ffadccc74`, fr: ['Achats et approvisionnements', 'Achats de production', 'Achats hors production', 'Achats indirects', 'Achats industriels', 'Fonction achats'], en: ['Procurement', 'Indirect procurement', 'Direct procurement', 'Purchasing and procurement', 'Procurement operations'] },
  // identifier les fournisseurs / identify suppliers
  { id: `${SKILL}11747665-0e98-4f27-bd0d-536862cd5746`, fr: ['Sourcing fournisseurs', 'Recherche de fournisseurs', 'Recherche de nouveaux fournisseurs', 'Prospection fournisseurs', 'Sourcing international', 'Panel fournisseurs'], en: ['Supplier sourcing', 'Sourcing new suppliers', 'Global sourcing', 'Supplier research', 'Vendor sourcing'] },
  // négocier des conditions avec les fournisseurs / negotiate terms with suppliers
  { id: `${SKILL}5f2efbdf-08a2-49cd-9c06-bd284e4f0fbf`, fr: ['Négociation fournisseurs', 'Négociation des délais de livraison' ], en: ['Supplier negotiation', 'Vendor negotiations' ] },
  // négocier des conditions d'achat / negotiate buying conditions
  { id: `${SKILL}fde186df-c9c4-49f5-b2a5-d66adc7c43a5`, fr: ['Négociation des prix d\'achat', 'Négociation des achats', 'Négociation tarifaire fournisseurs', 'Conditions générales d\'achat'], en: ['Negotiating purchase prices', 'Purchase negotiations', 'Price negotiation with vendors', 'Negotiating best prices from suppliers'] },
  // négocier des contrats de fourniture / negotiate supplier arrangements
  { id: `${SKILL}c842be42-81b3-40f2-904c-ea8790ac88bd`, fr: ['Contrats-cadres fournisseurs', 'Négociation de contrats-cadres', 'Contractualisation fournisseurs', 'Accords-cadres fournisseurs' ], en: ['Supplier contract negotiation', 'Framework agreements with suppliers', 'Supplier agreements'] },
  // négocier des améliorations avec les fournisseurs / negotiate improvement with suppliers
  { id: `${SKILL}97bcbb41-c42b-4777-ab26-1f8f7dcfafd8`, fr: ['Plans de progrès fournisseurs', 'Amélioration continue fournisseurs'], en: ['Supplier improvement plans', 'Supplier development'] },
  // entretenir des relations avec des fournisseurs / maintain relationship with suppliers
  { id: `${SKILL}3cd35f5d-ce6d-4f14-9a09-53d7a28d834c`, fr: ['Relation fournisseurs', 'Gestion de la relation fournisseurs', 'Interface avec les fournisseurs', 'Animation du panel fournisseurs', 'Suivi du portefeuille fournisseurs'], en: ['Supplier relationship management', 'Supplier relations', 'Vendor management', 'Liaising with suppliers', 'Dealing with suppliers', 'Supplier liaison'] },
  // évaluer des risques fournisseurs / assess supplier risks
  { id: `${SKILL}96ec2d53-4f41-4172-8ef2-70742c4bb540`, fr: ['Évaluation des fournisseurs', 'Audits fournisseurs', 'Notation des fournisseurs', 'Suivi de la performance fournisseurs', 'Qualification des fournisseurs', 'Homologation des fournisseurs', 'Risque fournisseurs'], en: ['Supplier evaluation', 'Supplier audits', 'Supplier performance monitoring', 'Vendor evaluation', 'Supplier assessment', 'Supplier qualification', 'Vendor rating'] },
  // élaborer des méthodes d’évaluation des fournisseurs / develop methodologies for supplier evaluation
  { id: `${SKILL}409a7608-20ac-40b6-a022-5cb74d23799d`, fr: ['Grille d\'évaluation des fournisseurs', 'Critères d\'évaluation des fournisseurs', 'Tableau de bord fournisseurs'], en: ['Supplier scorecards', 'Vendor scorecards', 'Supplier evaluation criteria'] },
  // lancer des appels d'offres / carry out tendering
  { id: `${SKILL}2c4b6914-4b97-4e35-85cb-e6602a8bb04a`, fr: ['Lancement d\'appels d\'offres', 'Appels d\'offres fournisseurs', 'Consultation des fournisseurs', 'Demandes de prix fournisseurs', 'Demandes de devis fournisseurs', 'Dépouillement des offres', 'Analyse des offres fournisseurs', 'Comparatif des offres fournisseurs'], en: ['Running tenders', 'Issuing RFQs', 'Requests for quotation', 'RFQ process', 'Tender evaluation', 'Bid evaluation', 'Comparing supplier quotes'] },
  // gérer des procédures d'appels d'offres / manage tender processes
  { id: `${SKILL}4b2c4de9-43d7-4905-9d58-bc2e7d84b2e1`, fr: ['Réponse aux appels d\'offres', 'Appels d\'offres', 'Gestion des appels d\'offres', 'Montage des dossiers d\'appels d\'offres', 'Rédaction de mémoires techniques'], en: ['Bid writing', 'Tender writing', 'Writing tender responses', 'Preparing bids'] },
  // garantir le respect de la législation relative aux achats et à la passation de contrats / ensure compliance with purchasing and contracting regulations
  { id: `${SKILL}a6ae7a34-5a5c-48dd-9b82-8beccca63e3c`, fr: ['Marchés publics', 'Commande publique', 'Code de la commande publique', 'Procédures de marchés publics', 'Achats publics', 'Procédure MAPA'], en: ['Public procurement', 'Public sector procurement', 'Procurement regulations', 'Procurement compliance', 'Public Contracts Regulations'] },
  // achats électroniques / e-procurement
  { id: `${SKILL}378caeec-10a0-4162-b75c-ab374a42e93d`, fr: ['Dématérialisation des achats', 'Plateforme d\'achats en ligne', 'SAP Ariba', 'Coupa'], en: ['SAP Ariba', 'Coupa', 'eProcurement', 'Procurement portals', 'Online procurement platforms'] },
  // émettre des bons de commande / issue purchase orders
  { id: `${SKILL}73225018-7139-433b-bdba-2b90774761d9`, fr: ['Passation de commandes', 'Émission des bons de commande', 'Création des commandes d\'achat', 'Commandes d\'achat'], en: ['PO creation', 'Issuing POs', 'Raising POs' ] },
  // gérer un cycle d'achat / manage purchasing cycle
  { id: `${SKILL}c7d64df4-7af3-4269-add6-97833bd5448e`, fr: ['Cycle achat', 'Processus achats', 'Procure-to-pay', 'Demandes d\'achat', 'Traitement des demandes d\'achat'], en: ['Purchase-to-pay', 'Purchase requisitions', 'Processing requisitions', 'Purchasing cycle'] },
  // coordonner les activités d'achat / coordinate purchasing activities
  { id: `${SKILL}650f44e2-cb4c-41ba-9095-581fe6bea4b1`, fr: ['Coordination des achats', 'Pilotage des achats', 'Stratégie achats', 'Politique achats', 'Plan d\'achats'], en: ['Purchasing coordination', 'Procurement strategy', 'Purchasing strategy'] },
  // coordonner les commandes de différents fournisseurs / coordinate orders from various suppliers
  { id: `${SKILL}c8fac70a-68a1-483b-a6d5-701aee4220fb`, fr: ['Suivi des commandes fournisseurs', 'Relance des fournisseurs', 'Suivi des livraisons fournisseurs', 'Suivi des délais fournisseurs', 'Relances fournisseurs et suivi des délais'], en: ['Chasing suppliers', 'Expediting orders', 'Supplier order follow-up', 'Chasing supplier deliveries'] },
  // préparer des rapports sur des achats / prepare purchasing reportings
  { id: `${SKILL}bf987b9a-64f3-44b7-98f1-a60e4585b69b`, fr: ['Reporting achats', 'Tableaux de bord achats', 'Indicateurs achats', 'Analyse des dépenses achats'], en: ['Purchasing reports', 'Procurement reporting', 'Spend analysis', 'Spend reporting'] },
  // réaliser la planification des stocks / carry out inventory planning
  { id: `${SKILL}05281013-f5ae-4bf2-ad23-d5d6f7573b46`, fr: ['Planification des approvisionnements', 'Gestion des approvisionnements', 'Plan d\'approvisionnement', 'Gestion des réapprovisionnements', 'Calcul du stock de sécurité', 'Point de commande'], en: ['Supply planning', 'Replenishment planning', 'Stock replenishment planning', 'Safety stock', 'Reorder point'] },
  // calculer des volumes d’achat de matières premières / calculate purchasing levels of raw materials
  { id: `${SKILL}47ae7b24-3fe0-47e0-b0ea-825ebc10e18c`, fr: ['Calcul des besoins nets', 'Calcul des besoins en matières', 'Calcul des quantités à commander'], en: ['Material requirements planning', 'Calculating order quantities', 'Materials forecasting'] },
  // acheter des stocks de matières premières / purchase raw material supplies
  { id: `${SKILL}118c43e1-f11d-4c3c-a24d-131b9db4ba5a`, fr: ['Achats de matières premières', 'Approvisionnement en matières premières', 'Achats de composants'], en: ['Buying raw materials', 'Sourcing raw materials'] },
  // suivre des tendances de prix / track price trends
  { id: `${SKILL}31eecea5-c1ef-4e5c-96a9-808ff4e43813`, fr: ['Veille tarifaire', 'Suivi des cours des matières premières', 'Veille sur les prix', 'Veille des prix fournisseurs'], en: ['Price monitoring', 'Commodity price tracking', 'Monitoring market prices'] },
  // gestion de la chaîne d'approvisionnement / supply chain management
  { id: `${SKILL}f929c89e-c363-4132-a918-e021d57b307c`, fr: ['Supply chain', 'Chaîne logistique', 'Gestion de la supply chain', 'Supply chain management'], en: ['Supply chain', 'End-to-end supply chain', 'Supply chain operations'] },
  // gérer des contrats / manage contracts
  { id: `${SKILL}92721092-fe7c-4689-96bd-4f02385bc0e7`, fr: ['Gestion des contrats fournisseurs', 'Suivi des contrats fournisseurs', 'Administration des contrats'], en: ['Contract management', 'Contract administration', 'Managing supplier contracts'] },
  // gérer des litiges contractuels / manage contract disputes
  { id: `${SKILL}f79e4715-5776-485c-ab7d-631c9b8d70ad`, fr: ['Litiges fournisseurs', 'Gestion des litiges fournisseurs', 'Règlement des litiges fournisseurs'], en: ['Supplier disputes', 'Resolving supplier disputes', 'Contract disputes'] },
  // rédiger un cahier des charges / write specifications
  { id: `${SKILL}3d64b8fd-bb09-4d13-a3cf-300ed8909088`, fr: ['Rédaction de cahiers des charges', 'Cahier des charges fonctionnel'], en: ['Writing specifications', 'Drafting specifications' ] },
  // commerce international / international trade
  { id: `${SKILL}11cbcf7f-8dc3-4c9a-9ec1-37f51b5cbc19`, fr: ['Techniques du commerce international', 'Import-export', 'Négoce international', 'Commerce import-export'], en: ['Import-export', 'International trade operations'] },
  // utiliser des langues étrangères dans le commerce international / apply foreign language for international trade
  { id: `${SKILL}70ed0119-0a2d-46bc-b1e8-da11a5ccdfbe`, fr: ['Anglais des affaires', 'Correspondance commerciale en anglais', 'Correspondance commerciale en langues étrangères'], en: ['Business English', 'Foreign language correspondence'] },
  // règles internationales en matière de transactions commerciales / international commercial transactions rules
  { id: `${SKILL}6f45a77d-9208-40f2-a116-ac99c77ef580`, fr: ['Incoterms', 'Incoterms 2020', 'Maîtrise des Incoterms'], en: ['Incoterms', 'Incoterms 2020', 'International trade terms'] },
  // effectuer la gestion des risques financiers en commerce international / perform financial risk management in international trade
  { id: `${SKILL}4bdbd6db-7d75-40e7-b40e-5718e2982dfb`, fr: ['Crédit documentaire', 'Credoc', 'Lettres de crédit', 'Remise documentaire', 'Assurance-crédit export'], en: ['Letters of credit', 'Documentary credits', 'Documentary collections', 'Export credit insurance'] },
  // créer des documents commerciaux d'import-export / create import-export commercial documentation
  { id: `${SKILL}0959a14b-9743-4d71-93ba-a1fefa56e5ae`, fr: ['Documents export', 'Factures pro forma', 'Certificats d\'origine', 'Certificat EUR.1', 'Factures export', 'Liasse documentaire export'], en: ['Export documentation', 'Certificates of origin', 'Pro forma invoices', 'EUR1 certificates', 'Export invoices', 'Export paperwork'] },
  // préparer la documentation pour les expéditions internationales / prepare documentation for international shipping
  { id: `${SKILL}fce983b6-f54d-4ef3-8a20-e101c76a79a8`, fr: ['Connaissements', 'Lettre de transport aérien', 'Lettres de voiture CMR', 'Documents de transport international'], en: ['Bills of lading', 'Air waybills', 'International shipping documents'] },
  // règles internationales d'import-export / international import export regulations
  { id: `${SKILL}c4118654-695f-44bc-b9d3-1b26f3a955f8`, fr: ['Réglementation import-export', 'Réglementation du commerce international', 'Réglementation export'], en: ['Import and export regulations', 'International trade regulations', 'Trade compliance'] },
  // principes de contrôle des exportations / export control principles
  { id: `${SKILL}66dd1398-6be6-4a0d-a0d0-4a8b3941963a`, fr: ['Contrôle des exportations', 'Conformité export' ], en: ['Export controls', 'Export compliance'] },
  // gérer des licences d'import-export / manage import export licenses
  { id: `${SKILL}7c02513e-c23b-4686-8bdd-1ad99de5a8eb`, fr: ['Licences d\'exportation', 'Licences d\'importation', 'Autorisations d\'exportation'], en: ['Export licences', 'Import licences', 'Export licensing'] },
  // coordonner les activités de transport à l'exportation / coordinate export transportation activities
  { id: `${SKILL}8899ee6c-7df4-41dd-9dc5-36be940864ee`, fr: ['Organisation des expéditions export', 'Suivi des expéditions internationales', 'Logistique export', 'Coordination des envois export'], en: ['Export shipping', 'Export logistics', 'Coordinating export shipments', 'Arranging export shipments'] },
  // coordonner les activités de transport à l'importation / coordinate import transportation activities
  { id: `${SKILL}f5794c88-ab8e-4208-a9e6-95d6cf9b5a6f`, fr: ['Logistique import', 'Suivi des importations', 'Gestion des flux import', 'Suivi des conteneurs import'], en: ['Import logistics', 'Import coordination', 'Managing imports', 'Import shipments'] },
  // tarifs douaniers / international tariffs
  { id: `${SKILL}21a3967a-dca2-4efa-9e5f-943f15527a47`, fr: ['Nomenclature douanière', 'Classement tarifaire', 'Codes SH', 'Nomenclature combinée', 'TARIC', 'Espèce tarifaire', 'Calcul des droits et taxes'], en: ['Tariff classification', 'HS codes', 'Commodity codes', 'Customs tariffs', 'Duty calculation'] },
  // droit douanier / customs law
  { id: `${SKILL}666e7d29-247b-4032-a3ce-8ee27554a044`, fr: ['Réglementation douanière', 'Code des douanes de l\'Union', 'Régimes douaniers', 'Régimes douaniers économiques', 'Régimes suspensifs', 'Perfectionnement actif', 'Entrepôt sous douane'], en: ['Customs procedures', 'Union Customs Code', 'Customs regimes', 'Inward processing relief', 'Bonded warehousing'] },
  // garantir le respect de la législation douanière / ensure customs compliance
  { id: `${SKILL}42ab725f-e57f-4320-a9fd-ac3d6717963d`, fr: ['Statut OEA', 'Opérateur économique agréé', 'Conformité douanière'], en: ['Authorised Economic Operator', 'AEO status', 'Customs compliance'] },
  // organiser des documents de douane / arrange customs documents
  { id: `${SKILL}dcace5e5-9b8d-4fac-9017-6dcd7ff8cd0e`, fr: ['Établissement des DAU', 'Déclarations DAU', 'Déclaration d\'échanges de biens', 'DEB Intrastat', 'Documents douaniers', 'Document de transit T1', 'Delta G', 'Saisie des déclarations en douane'], en: ['Customs documentation', 'Customs entries', 'Intrastat', 'Import entries', 'Export declarations', 'Customs Declaration Service', 'EORI'] },
  // se tenir informé de la réglementation douanière en vigueur / keep up-to-date to current customs regulations
  { id: `${SKILL}bfe7009d-4f93-4803-8b7d-9ee51b4860e6`, fr: ['Veille réglementaire douanière', 'Veille douanière'], en: ['Keeping up with customs regulations'] },
  // organiser une inspection douanière / arrange customs inspection
  { id: `${SKILL}ff7f9464-db6b-49a9-939f-06d9fa1e8228`, fr: ['Visites douanières', 'Contrôles douaniers', 'Organisation des contrôles douaniers'], en: ['Customs inspections', 'Customs examinations'] },
  // réserver une cargaison / book cargo
  { id: `${SKILL}b4d7bea5-2d62-4d74-ace7-20ec98417cc0`, fr: ['Réservation de fret', 'Booking fret', 'Booking maritime', 'Réservation de conteneurs'], en: ['Booking freight', 'Booking containers'] },
  // gérer les devis des expéditeurs éventuels / handle quotes from prospective shippers
  { id: `${SKILL}25d8dedb-a557-441a-8aeb-2d618b79abe9`, fr: ['Mise en concurrence des transporteurs', 'Consultation des transporteurs', 'Comparaison des offres transporteurs'], en: ['Comparing carrier quotes', 'Carrier tenders'] },
  // consulter des tarifs d’expédition / consult shipping rates
  { id: `${SKILL}bee97b9d-a683-46a7-a4c3-48f2d787819a`, fr: ['Cotation fret', 'Cotations transport', 'Cotations maritimes', 'Cotation export'], en: ['Freight quotes', 'Shipping quotes'] },
  // tenir à jour des bases de données sur le tarif des cargaisons / maintain freight rate databases
  { id: `${SKILL}94758266-bb0f-4e41-bedb-349ecacfaf5c`, fr: ['Grilles tarifaires transporteurs', 'Mise à jour des grilles tarifaires fret'], en: ['Freight rate database', 'Carrier rate sheets'] },
  // négocier les prix pour le transport de fret / negotiate prices for transport of cargo
  { id: `${SKILL}89602bfd-eba0-4989-bd1a-19398df22420`, fr: ['Négociation des tarifs de transport', 'Négociation avec les transporteurs', 'Négociation fret', 'Achats de transport'], en: ['Negotiating freight rates', 'Carrier negotiations', 'Buying freight'] },
  // communiquer avec les expéditeurs / communicate with shipment forwarders
  { id: `${SKILL}90a4035a-f72e-48d3-9d4e-1c6be84c9ae5`, fr: ['Relations avec les transitaires', 'Interface transitaires', 'Coordination avec les transitaires', 'Liaison avec les transitaires'], en: ['Liaising with freight forwarders', 'Freight forwarder liaison', 'Working with forwarders'] },
  // méthodes de transport de marchandises / freight transport methods
  { id: `${SKILL}a16e3fc6-c77d-46e3-aa18-c691fed47fd1`, fr: ['Transport multimodal', 'Fret maritime', 'Fret aérien', 'Groupage maritime', 'Transport maritime et aérien', 'Conteneurs FCL et LCL'], en: ['Sea freight', 'Air freight', 'Road freight', 'Multimodal transport', 'Intermodal transport', 'FCL and LCL'] },
  // résoudre des problèmes d'expédition / resolve shipment issues
  { id: `${SKILL}3a5d7eea-29fa-4449-8487-43cf37b68e53`, fr: ['Litiges transport', 'Gestion des litiges transport', 'Gestion des avaries', 'Réserves transporteurs'], en: ['Shipping claims', 'Transport claims', 'Resolving delivery issues', 'Damaged shipments'] },
  // surveiller l'acheminement d’expéditions / oversee shipment routing
  { id: `${SKILL}228f21a6-3b2c-40d5-bcea-ba7b1fdf92d2`, fr: ['Routage des expéditions', 'Choix des routings'], en: ['Shipment routing', 'Freight routing'] },
];
