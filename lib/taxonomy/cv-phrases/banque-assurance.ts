// Banque, assurance, mutuelle (conseiller clientèle, chargé d'accueil bancaire, gestionnaire sinistres): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // gérer des demandes d’indemnisation / manage claim files
  { id: `${SKILL}03d93b02-a461-4815-a4c0-b46451afc1c2`, fr: ['Gestion des sinistres', 'Traitement des sinistres', 'Suivi des sinistres', 'Règlement des sinistres', 'Indemnisation des sinistres'], en: ['Claims handling', 'Claims processing', 'Claims management'] },
  // ouvrir un dossier d’indemnisation / initiate claim file
  { id: `${SKILL}766730a9-669f-43b5-ace2-c947fbbba7e8`, fr: ['Déclaration de sinistre', 'Ouverture de dossiers sinistres'], en: ['First notification of loss', 'FNOL', 'Claims registration'] },
  // informer sur des produits d’assurance / inform on insurance products
  { id: `${SKILL}547c6c19-aaad-4321-9740-26b157319499`, fr: ['Conseil en assurance', 'Assurance IARD', 'Assurance auto et habitation', 'Assurances de personnes', 'Prévoyance et santé', 'Complémentaire santé'], en: ['General insurance', 'Home and motor insurance'] },
  // rédiger des polices d’assurance / create insurance policies
  { id: `${SKILL}c5f8613b-5546-4295-8b26-7bf977d401f0`, fr: ['Souscription de contrats d\'assurance', 'Émission de contrats d\'assurance', 'Gestion de contrats d\'assurance', 'Avenants aux contrats'], en: ['Underwriting', 'Policy administration', 'Policy renewals', 'Mid-term adjustments'] },
  // gérer des demandes de prêt / manage loan applications
  { id: `${SKILL}872bde22-f1c4-4416-8e3e-f2813312e81b`, fr: ['Montage de dossiers de crédit', 'Instruction de dossiers de crédit', 'Montage de prêts immobiliers', 'Crédit immobilier', 'Crédit à la consommation', 'Dossiers de financement'], en: ['Mortgage applications', 'Loan processing', 'Mortgage processing', 'Loan applications'] },
  // promouvoir des produits financiers / promote financial products
  { id: `${SKILL}8d3deb53-3998-42eb-97f3-4e8ccb7591a5`, fr: ['Vente de produits bancaires', 'Commercialisation de produits bancaires', 'Produits d\'épargne', 'Épargne et placements'], en: ['Selling financial products', 'Cross-selling banking products', 'Savings products'] },
  // ouvrir un compte bancaire / create banking accounts
  { id: `${SKILL}4ab4e298-4e35-4e2e-938c-da2c1e11864c`, fr: ['Ouverture de comptes', 'Entrée en relation'], en: ['Account opening', 'Opening bank accounts'] },
  // convertir des devises / convert currency
  { id: `${SKILL}98e26527-4cca-42b7-9902-5749f48e62c5`, fr: ['Opérations de change', 'Change de devises', 'Bureau de change'], en: ['Foreign exchange', 'Currency exchange', 'Bureau de change'] },
  // traiter les paiements / process payments
  { id: `${SKILL}bdcac0c8-b77a-4640-9eaf-c0cf3efd1e23`, fr: ['Opérations de guichet', 'Opérations courantes', 'Dépôts et retraits', 'Remises de chèques', 'Virements et prélèvements'], en: ['Counter transactions', 'Cashier duties', 'Deposits and withdrawals', 'Handling payments', 'Handling card payments'] },
  // résoudre des problèmes liés à des comptes bancaires / solve bank account problems
  { id: `${SKILL}3fc5a30d-d493-44ed-a2b5-ff9a50f84de3`, fr: ['Gestion des incidents de paiement', 'Gestion des comptes débiteurs', 'Traitement des oppositions'], en: ['Account queries'] },
  // analyser des besoins en assurance / analyze  insurance needs
  { id: `${SKILL}3dde5918-f4c6-4d46-9d6f-c7b2865f594f`, fr: ['Bilan assurance', 'Audit des besoins en assurance', 'Étude des besoins en assurance'], en: ['Fact-finding'] },
  // vendre des produits d’assurance / sell insurance
  { id: `${SKILL}d6e800ae-bbbb-453f-8ac6-19973a8ecea9`, fr: ['Vente d\'assurances', 'Placement de contrats d\'assurance'], en: ['Insurance sales'] },
];
