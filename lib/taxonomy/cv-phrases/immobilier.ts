// Immobilier, gestion locative, syndic (négociateur, assistant de gestion locative, agent immobilier): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // organiser des visites de propriétés / organize property viewing
  { id: `${SKILL}f405e179-f6bb-4c19-92f3-023a7254382c`, fr: ['Visites de biens', 'Visites immobilières', 'Accompagnement des acquéreurs en visite', 'Prise de rendez-vous de visites'], en: ['Property viewings', 'Conducting viewings', 'Accompanied viewings', 'Arranging viewings'] },
  // préparer un état des lieux / prepare inventory of properties
  { id: `${SKILL}7c394f22-0d20-40e9-b7f7-230b36be6494`, fr: ['États des lieux'], en: ['Inventory reports', 'Property inventories'] },
  // estimer un bien immobilier / value properties
  { id: `${SKILL}b1a1149a-9bc5-468d-9d09-f6d171cfd619`, fr: ['Estimation de biens', 'Avis de valeur', 'Évaluation de biens immobiliers'], en: ['Market appraisals'] },
  // gérer la gestion des baux / handle lease agreement administration
  { id: `${SKILL}70475d94-c3e3-453d-a120-4ff6b6c6141e`, fr: ['Rédaction des baux', 'Baux commerciaux', 'Renouvellement des baux', 'Révision des loyers', 'Quittancement'], en: ['Tenancy agreements', 'Lease management', 'Lease renewals', 'Rent reviews'] },
  // gérer le changement de locataire / handle tenant changeover
  { id: `${SKILL}8f12f69a-d6ea-4f1e-b201-3ec18ff99ade`, fr: ['Entrées et sorties des locataires', 'Remise en location', 'Gestion des préavis'], en: ['Tenancy changeovers', 'Move-ins and move-outs', 'Re-letting'] },
  // communiquer avec des locataires / communicate with tenants
  { id: `${SKILL}fe6a2b76-95f5-48b0-b120-a77d7d66794a`, fr: ['Relation avec les locataires', 'Gestion des réclamations des locataires', 'Suivi des locataires', 'Gestion locative'], en: ['Tenant liaison', 'Dealing with tenants', 'Tenant enquiries', 'Property management'] },
  // négocier avec des propriétaires / negotiate with property owners
  { id: `${SKILL}63cfa540-d7fa-4756-9fad-1b340344655b`, fr: ['Prise de mandats', 'Rentrée de mandats', 'Mandats de vente', 'Prospection de mandats'], en: ['Winning instructions', 'Securing instructions', 'Listing properties'] },
  // rédiger un contrat immobilier / compose real estate contract
  { id: `${SKILL}f1efe8d2-42b2-4fba-999f-2409f7685221`, fr: ['Compromis de vente', 'Rédaction de compromis', 'Rédaction d\'offres d\'achat', 'Suivi des compromis'], en: ['Sales progression', 'Conveyancing liaison'] },
  // utiliser un logiciel de gestion locative / use rental management software
  { id: `${SKILL}25ee43a8-f9b0-4990-96cf-eabe627ff0cc`, fr: ['Logiciel de transaction immobilière', 'Apimo'], en: ['Property management software', 'Reapit'] },
];
