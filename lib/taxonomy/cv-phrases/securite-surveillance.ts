// Sécurité privée, sûreté, surveillance (agent de sécurité, agent cynophile, opérateur de télésurveillance, agent de
// sûreté aéroportuaire, door supervisor): CV phrasings not already in skill-aliases.ts (mostly the English side).
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // contrôler l'accès des clients / monitor guest access
  { id: `${SKILL}1b45b91c-0949-45cf-a6d8-040a62423060`, fr: ['Contrôle des badges', 'Accueil et filtrage', 'Gestion des accès', 'Contrôle d\'identité à l\'entrée'], en: ['Access control', 'Door supervision', 'Door supervisor', 'Access control duties', 'Managing entry', 'ID checks'] },
  // effectuer une fouille / conduct frisk
  { id: `${SKILL}0d7529b6-4691-4ca2-96c1-54e478bad3dc`, fr: ['Contrôle des sacs', 'Inspection filtrage'], en: ['Bag searches', 'Body searches', 'Security screening', 'Searching customers', 'Search customers on entry'] },
  // contrôler des équipements de surveillance / monitor surveillance equipment
  { id: `${SKILL}65c4ee04-319d-417c-8f45-8594408d0d24`, fr: ['Surveillance des écrans'], en: ['CCTV'] },
  // rédiger des rapports d’incidents / create incident reports
  { id: `${SKILL}24310a7b-5db1-4917-a705-4835630227ca`, fr: ['Rapports de ronde'], en: ['Incident reports', 'Daily occurrence book'] },
  // gérer les conflits / handle conflicts
  { id: `${SKILL}96de2e86-e287-41f2-88ab-15a2343afc6f`, fr: ['Gestion des situations conflictuelles', 'Désescalade', 'Gestion de l\'agressivité', 'Médiation des conflits'], en: ['Conflict resolution', 'De-escalation', 'Dealing with aggression'] },
  // fournir une escorte de sécurité / provide protective escort
  { id: `${SKILL}bc5a6591-a572-4340-b029-24124f6039ab`, fr: ['Protection rapprochée', 'Protection de personnes', 'Escorte de sécurité'], en: ['Close protection', 'Executive protection', 'Bodyguarding'] },
  // utiliser une machine à rayons X / use X-ray machines
  { id: `${SKILL}4b3138e1-c09e-4c5c-a13c-8d533747a1c3`, fr: ['Contrôle aux rayons X', 'Tunnel à rayons X', 'Imagerie radioscopique', 'Passage des bagages aux rayons X'], en: ['X-ray screening'] },
  // faire fonctionner des systèmes radio bidirectionnels / operate two-way radio systems
  { id: `${SKILL}30d926ba-1615-417c-a799-e24a3ea239b9`, fr: ['Talkie-walkie', 'Utilisation de la radio', 'Communication radio', 'Transmissions radio'], en: ['Two-way radio', 'Radio communication', 'Using radios'] },
  // remettre des clés / allocate keys
  { id: `${SKILL}9b42768d-c4e8-40bb-ad70-712afbdf1f78`, fr: ['Gestion des clés', 'Remise des clés'], en: ['Key control', 'Key holding', 'Key management'] },
  // évacuer les gens de bâtiments / evacuate people from buildings
  { id: `${SKILL}992b79df-dc2b-4c64-ab1c-c43e610e62f8`, fr: ['Évacuation des bâtiments', 'Exercices d\'évacuation', 'Guide-file', 'Serre-file', 'Évacuation du public', 'Évacuation des ERP', 'Évacuation des occupants', 'Évacuation des personnes', 'Évacuation des résidents'], en: ['Fire evacuation', 'Evacuation procedures', 'Fire marshal', 'Fire warden'] },
  // réagir à un système d’alarme anti-intrusion / respond to burglar alarm systems
  { id: `${SKILL}beaf0ed4-a51d-4856-97ec-c5701a6b44a2`, fr: ['Levée de doute sur alarme', 'Intervention sur alarme'], en: ['Alarm response', 'Responding to alarms'] },
  // gérer un système d’alarme / manage alarm system
  { id: `${SKILL}18ab25a5-ce2d-4cd5-b7b0-3890f595f77d`, fr: ['Mise en service des alarmes', 'Armement et désarmement des alarmes', 'Gestion de l\'alarme intrusion'], en: ['Alarm setting', 'Opening and locking up'] },
  // patrouiller une zone / patrol areas (the rounds a security guard or SSIAP agent writes with their purpose or time)
  { id: `${SKILL}e95dc989-ae49-49c6-bfc4-9aef35e92f35`, fr: ['Rondes de prévention', 'Rondes de sûreté', 'Rondes de nuit', 'Rondes d\'inspection', 'Rondes de contrôle'], en: ['Site patrols', 'Patrolling the site'] },
  // aider les services d'urgence / assist emergency services (SSIAP: calling, meeting and guiding the fire brigade)
  { id: `${SKILL}2adc2a4a-bb29-4a7f-aab7-d1a21bf08b9e`, fr: ['Accueil des secours', 'Accueil et guidage des secours', 'Guidage des secours', 'Appel et accueil des secours', 'Accueil des sapeurs-pompiers'], en: ['Meeting the emergency services', 'Assisting the emergency services'] },
  // tenir des registres professionnels / maintain professional records (the site's safety registers)
  { id: `${SKILL}7837ef5c-2c81-4a89-8227-b4d4f1f7331e`, fr: ['Registre de sécurité', 'Tenue des registres de sécurité', 'Tenue des registres', 'Mise à jour des registres de sécurité'], en: ['Maintaining site registers', 'Keeping the site log'] },
  // règles de sécurité incendie / fire safety regulations (what SSIAP agents enforce in public buildings)
  { id: `${SKILL}61268e22-9367-4c3b-91d9-b651e4c142e2`, fr: ['Réglementation incendie', 'Réglementation sécurité incendie', 'Réglementation ERP', 'Réglementation ERP / IGH', 'Règles de sécurité incendie en ERP'], en: ['Fire regulations', 'Fire safety legislation'] },
  // contrôler une foule / control crowd (events and stadiums)
  { id: `${SKILL}753f2b67-ba47-49c2-a3fd-c40c4cfb4421`, fr: ['Gestion des flux du public', 'Canalisation du public', 'Gestion des flux de spectateurs'], en: ['Crowd safety', 'Queue management at events'] },
];
