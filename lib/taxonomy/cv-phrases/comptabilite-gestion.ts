// Comptabilité, gestion, contrôle de gestion (aide-comptable, comptable, assistant de gestion): CV phrasings not
// already in skill-aliases.ts.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // suivre des comptes débiteurs / follow up accounts receivables
  { id: `${SKILL}68b51538-b056-4cb3-bb15-ab8c3e576cc9`, fr: ['Comptabilité clients', 'Suivi des comptes clients', 'Suivi des encaissements clients', 'Balance âgée', 'Suivi des créances clients'], en: ['Accounts receivable', 'Credit control', 'Sales ledger control', 'Debtor management'] },
  // tenir des registres financiers / maintain financial records
  { id: `${SKILL}faf8943c-72ff-4736-a587-25508695d6f0`, fr: ['Tenue de la comptabilité', 'Tenue comptable', 'Comptabilité courante', 'Pré-comptabilité'], en: ['Bookkeeping', 'Book-keeping', 'Maintaining the books', 'Day-to-day bookkeeping'] },
  // effectuer des imputations comptables / perform account allocation
  { id: `${SKILL}e717b036-2c0c-4c11-99e9-0cb4ce084fed`, fr: ['Comptabilité fournisseurs', 'Saisie des factures fournisseurs', 'Imputation des factures', 'Rapprochement des factures fournisseurs', 'Règlement des fournisseurs'], en: ['Accounts payable', 'Purchase ledger', 'Supplier invoices', 'Supplier payments'] },
  // vérifier des comptabilisations / check accounting records
  { id: `${SKILL}5f1ebff6-98ec-411f-a1d4-0bf04bd03bdf`, fr: ['Révision comptable', 'Justification des comptes', 'Contrôle des comptes', 'Pointage des comptes'], en: ['Account reconciliations', 'Balance sheet reconciliations', 'Reviewing ledgers'] },
  // gérer une petite caisse / handle petty cash
  { id: `${SKILL}63321ecf-4fc6-44d9-88f1-5373a4f3038a`, fr: ['Petite caisse', 'Tenue de la caisse de l\'agence'], en: ['Petty cash'] },
  // garder une trace des dépenses / keep track of expenses
  { id: `${SKILL}e2161b42-46f4-4b62-8136-c190edce56fc`, fr: ['Notes de frais', 'Suivi des dépenses'], en: ['Expense claims', 'Processing expense claims', 'Staff expenses'] },
  // créer un rapport financier / create a financial report
  { id: `${SKILL}dd7c9dfd-6e2c-46fd-aefc-369402d0200c`, fr: ['Reporting financier', 'Reporting mensuel', 'Tableaux de bord financiers', 'Élaboration des tableaux de bord'], en: ['Financial reporting', 'Monthly reporting', 'Month-end reporting'] },
  // réaliser des opérations de dressage de bilan / perform balance sheet operations
  { id: `${SKILL}585ed991-fdab-4f3c-9187-a32bfb7ab822`, fr: ['Clôtures mensuelles', 'Clôture annuelle', 'Clôtures annuelles et mensuelles', 'Travaux de clôture', 'Préparation du bilan', 'Situations intermédiaires'], en: ['Year-end close', 'Month-end', 'Year-end accounts'] },
  // contrôler les dépenses / control of expenses
  { id: `${SKILL}e1f5c539-7c93-49ee-917d-a24e0d887686`, fr: ['Contrôle des coûts', 'Suivi des coûts', 'Maîtrise des dépenses', 'Analyse des écarts'], en: ['Cost control', 'Cost monitoring', 'Variance analysis'] },
  // gérer les transactions financières / handle financial transactions
  { id: `${SKILL}f7e7ccb6-fadc-4c35-935d-e1040be40dfe`, fr: ['Gestion des règlements', 'Suivi des règlements', 'Gestion des virements', 'Émission des virements', 'Remises en banque'], en: ['Payment runs', 'BACS payments', 'Processing payments and receipts'] },
  // amortissement / depreciation
  { id: `${SKILL}64be6a06-52e8-4f5c-b64d-caa516cfa291`, fr: ['Immobilisations et amortissements', 'Calcul des amortissements', 'Tableaux d\'amortissement', 'Suivi des immobilisations'], en: ['Fixed assets and depreciation', 'Depreciation schedules'] },
];
