// Secrétariat, assistanat de direction, administration (secrétaire, assistant administratif, agent administratif): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // saisir des documents sans faire de fautes / type error-free documents
  { id: `${SKILL}130d8246-5d34-4cbf-93c6-c02990a26532`, fr: ['Frappe de documents', 'Frappe de courriers', 'Frappe des comptes rendus', 'Frappe de rapports', 'Mise en forme de documents', 'Dactylographie', 'Saisie de documents', 'Mise en page de documents'], en: ['Typing', 'Audio typing', 'Copy typing', 'Document formatting', 'Document production'] },
  // utiliser des techniques frappe dactylographique à l'aveugle / use free typing techniques
  { id: `${SKILL}5fed696b-77d6-46e1-aa57-e520928a9837`, fr: ['Frappe à l\'aveugle', 'Dactylographie rapide'], en: ['Touch typing'] },
  // saisir des textes à partir de sources audio / type texts from audio sources
  { id: `${SKILL}260ddfe0-637b-4ce8-8007-9601645e2dc8`, fr: ['Retranscription', 'Transcription audio', 'Retranscription d\'enregistrements'], en: ['Transcription', 'Digital dictation'] },
  // faire respecter les exigences en matière de saisie des données / maintain data entry requirements
  { id: `${SKILL}88564d2d-2dc9-4789-864a-f9cb73f389ec`, fr: ['Saisie de données', 'Saisie informatique', 'Saisie des dossiers'], en: ['Data entry', 'Data inputting', 'Keying data'] },
  // tenir à jour une base de données / maintain database
  { id: `${SKILL}0df2e216-68ae-4952-b9dc-3c2f2bc04fe3`, fr: ['Mise à jour des bases de données', 'Mise à jour des fichiers clients', 'Tenue du fichier clients', 'Gestion des fichiers clients', 'Mise à jour des tableaux de bord'], en: ['Database maintenance', 'Updating databases', 'Updating records', 'CRM updates'] },
  // organiser les déplacements du personnel / organize travel arrangements for staff
  { id: `${SKILL}382ed835-8958-4d86-8471-cff55c6df3e7`, fr: ['Réservation de déplacements', 'Réservations de voyages', 'Réservation de billets de train et d\'hôtels', 'Organisation des voyages d\'affaires'], en: ['Travel arrangements', 'Booking travel'] },
  // tenir à jour un inventaire de fournitures de bureau / maintain inventory of office supplies
  { id: `${SKILL}31c7add0-0150-4029-bf33-47872c23fcf1`, en: ['Ordering stationery', 'Office supplies'] },
  // coordonner des évènements / coordinate events
  { id: `${SKILL}2111dff8-f830-46ad-80ce-7885893b3134`, fr: ['Organisation d\'événements', 'Organisation de séminaires', 'Logistique événementielle'], en: ['Event organisation'] },
  // préparer des devis / quote prices
  { id: `${SKILL}32b02bd1-6bf2-497a-bb16-94aeeafaf44f`, fr: ['Élaboration des devis', 'Établissement de devis', 'Édition de devis', 'Rédaction de devis', 'Chiffrage des devis', 'Devis et factures'], en: ['Quotations', 'Preparing quotes', 'Producing quotes'] },
  // effectuer la gestion des dossiers / carry out records management
  { id: `${SKILL}12428071-1ec8-4d52-a0ce-3eee78e1e1be`, fr: ['Suivi des dossiers', 'Constitution de dossiers', 'Traitement des dossiers', 'Instruction de dossiers'], en: ['Records management', 'File management'] },
  // rédiger des comptes rendus de réunion / write meeting reports
  { id: `${SKILL}5fa6cd2f-9bab-4afa-a184-2d2f1401b770`, fr: ['Prise de notes en réunion'] },
  // taper vite / type at speed
  { id: `${SKILL}ca49669b-1f59-4d1a-8e77-c77014ba93dc`, fr: ['Frappe rapide'], en: ['Fast typing'] },
  // fixer des rendez-vous / fix meetings
  { id: `${SKILL}906c9e66-bdee-4f8e-93d7-88d9fcf39a0a`, fr: ['Organisation des réunions', 'Planification des réunions', 'Prise de rendez-vous pour la direction'], en: ['Arranging meetings for the director'] },
  // contrôler les listes d’attente / monitor waiting list
  { id: `${SKILL}0d76da6c-b63f-4630-9b23-77d8f90eb8bc`, fr: ['Gestion des listes d\'attente', 'Suivi des listes d\'attente'], en: ['Managing waiting lists'] },
  // répondre à des appels entrants / answer incoming calls
  { id: `${SKILL}5a0bffcf-4ff6-49cf-a7db-4142e63f5f04`, en: ['Handling telephone queries', 'Telephone queries', 'Dealing with telephone enquiries', 'Handling phone enquiries'] },
  // attribuer des badges / allocate badges
  { id: `${SKILL}ac2d4fd4-3704-42e5-b2a8-c8498c7a25a6`, fr: ['Gestion des badges', 'Gestion des badges d\'accès', 'Création des badges', 'Remise des badges visiteurs'], en: ['Issuing visitor passes', 'Visitor badges'] },
  // convertir des documents du format analogique au format numérique / digitize documents
  { id: `${SKILL}367c240d-5f34-423a-86b1-866ad27206ea`, fr: ['Numérisation', 'Numérisation des dossiers', 'Numérisation des courriers', 'Scan et indexation des documents'], en: ['Scanning and indexing documents'] },
  // émettre des factures de vente / issue sales invoices
  { id: `${SKILL}e3e42d54-78bd-4337-aa87-bb31a7670c9a`, fr: ['Facturation clients'], en: ['Invoice processing', 'Producing invoices'] },
];
