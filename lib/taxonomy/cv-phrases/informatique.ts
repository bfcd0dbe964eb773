// Informatique: support, technicien systèmes et réseaux, développement (technicien helpdesk, technicien de proximité,
// développeur web et mobile): tool names and phrasings not already in skill-aliases.ts.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // PHP
  { id: `${SKILL}4350c38d-0fe9-4ca7-bab9-40ed7f72b04f`, fr: ['Symfony', 'Laravel'], en: ['Symfony', 'Laravel'] },
  // Java
  { id: `${SKILL}19a8293b-8e95-4de3-983f-77484079c389`, fr: ['Spring'], en: ['Spring Boot'] },
  // JavaScript
  { id: `${SKILL}3cd569a2-4f88-4c1e-9995-8dce8c5e51a7`, fr: ['Node.js', 'Express.js', 'jQuery'], en: ['Node.js', 'Express.js', 'jQuery'] },
  // ASP.NET
  { id: `${SKILL}56a7f561-1d55-43c9-9cd7-36a0a9bc6c50`, fr: ['.NET'], en: ['.NET'] },
  // Ruby
  { id: `${SKILL}0ccdfe98-f845-4598-84a1-3dca66e9d9a3`, fr: ['Ruby on Rails'], en: ['Ruby on Rails'] },
  // Android
  { id: `${SKILL}d8829a1d-dbde-435b-b921-29d6462f35c9`, fr: ['Kotlin'], en: ['Kotlin', 'Android development'] },
  // iOS
  { id: `${SKILL}ce26e71f-2d47-474e-89b6-7920931ac4fc`, fr: ['SwiftUI'], en: ['SwiftUI'] },
  // installer du matériel informatique / install hardware
  { id: `${SKILL}3dc6fd8e-6ff7-432e-a262-04d487858efb`, fr: ['Installation de postes de travail', 'Préparation de postes informatiques', 'Installation d\'imprimantes', 'Montage de PC', 'Brassage des postes'], en: ['PC deployment', 'Laptop builds', 'Setting up workstations', 'PC builds'] },
  // installer un système d’exploitation / install operating system
  { id: `${SKILL}c330db31-7fa9-4a8c-8ad6-baa957bcfed1`, fr: ['Réinstallation de systèmes', 'Déploiement de masters', 'Déploiement de systèmes d\'exploitation'], en: ['Imaging laptops', 'OS deployment', 'Windows deployment', 'SCCM'] },
  // utiliser un système de billetterie informatisée / use ICT ticketing system
  { id: `${SKILL}6430eb0d-c6de-46b7-a7fc-3dd2e8e62a69`, fr: ['GLPI', 'Gestion des tickets', 'Outil de ticketing', 'ServiceNow', 'Traitement des tickets', 'Suivi des tickets d\'incidents'], en: ['Ticketing system', 'ServiceNow', 'Ticket management', 'Zendesk', 'Jira Service Desk'] },
  // gérer les problèmes d'assistance / handle helpdesk problems
  { id: `${SKILL}118efbcd-8fc5-4668-81d1-c383a0d16070`, fr: ['Support de niveau 1', 'Support niveau 2', 'Assistance de niveau 1', 'Support N1', 'Support N2', 'Centre de services'], en: ['Service desk', '1st line support', '2nd line support', 'First line support', 'Second line support'] },
  // entretenir le matériel d'un réseau d'information / maintain information network hardware
  { id: `${SKILL}19c0e68e-6e6c-4698-85dc-ef66a9de2c37`, fr: ['Câblage réseau', 'Baies de brassage'], en: ['Network cabling', 'Cisco switches', 'Switch configuration'] },
  // utiliser des outils de sauvegarde et de récupération / use back-up and recovery tools
  { id: `${SKILL}82de2df7-0d6c-42b1-94ac-b3e9a029e917`, fr: ['Sauvegardes', 'Gestion des sauvegardes', 'Sauvegarde et restauration', 'Veeam'], en: ['Backups', 'Backup and restore', 'Veeam', 'Data backup'] },
  // administrer un système de TIC / administer ICT system
  { id: `${SKILL}0868eef3-2213-4572-9343-74931345a7d3`, fr: ['Linux', 'Windows Server', 'Gestion des droits d\'accès'], en: ['Linux', 'Windows Server', 'Linux administration', 'User account management'] },
  // fournir une présentation visuelle des données / deliver visual presentation of data
  { id: `${SKILL}c3e36d05-8ae8-447f-bb2b-6f9409f85389`, fr: ['Power BI', 'Qlik', 'Looker Studio', 'Data visualisation'], en: ['Power BI', 'Tableau', 'Qlik', 'Looker', 'Data visualisation', 'Dashboards'] },
  // créer un prototype de solution en matière d’expérience utilisateur / create prototype of user experience solutions
  { id: `${SKILL}07dd856d-6141-48a7-a228-918f88494812`, fr: ['Figma', 'Maquettage', 'Wireframes', 'Prototypage', 'Adobe XD', 'Maquettes UX'], en: ['Figma', 'Wireframing', 'Prototyping', 'Adobe XD', 'UX design'] },
  // assurer la gestion de projets / perform project management
  { id: `${SKILL}cd5efa8c-e44d-4cbc-91c6-796018dbed68`, fr: ['Jira', 'Trello', 'Asana', 'Pilotage de projets', 'Conduite de projet', 'MS Project'], en: ['Jira', 'Trello', 'Asana', 'MS Project', 'Project coordination'] },
  // gérer des incidents / handle incidents (service desk tickets)
  { id: `${SKILL}4fb7c7aa-9f19-4cc3-9e19-64ce564f22f5`, fr: ['Traitement des incidents', 'Qualification et escalade des incidents', 'Escalade des incidents', 'Suivi des incidents'], en: ['Ticket handling', 'Incident handling', 'Incident logging and escalation'] },
  // gérer le déploiement d’un système de TIC / manage ICT system deployment
  { id: `${SKILL}71c2f41e-14de-4b23-82ad-5dbcd54ba5b0`, fr: ['Déploiement des postes de travail', 'Déploiement de Windows', 'Déploiement du parc informatique'], en: ['Laptop rollout', 'Windows 11 rollout', 'Device rollout'] },
  // réparer des appareils TIC / repair ICT devices
  { id: `${SKILL}b4877620-c375-45f3-a678-2ddb4dae6a29`, fr: ['Dépannage matériel', 'Réparation de PC', 'Remplacement de composants'], en: ['Hardware repair', 'Hardware troubleshooting', 'PC repair'] },
  // résoudre les problèmes des systèmes d’information / solve ICT system problems (users' problems fixed remotely)
  { id: `${SKILL}9e06bac6-6b91-48ca-8b7d-c1f48cdecd7c`, fr: ['Diagnostic et résolution à distance', 'Résolution à distance', 'Prise en main à distance'], en: ['Remote support'] },
];
