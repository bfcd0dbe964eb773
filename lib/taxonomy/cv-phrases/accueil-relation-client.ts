// Accueil, centre d'appels, relation client à distance (hôte d'accueil, téléconseiller, chargé de clientèle): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // accueillir les clients / greet guests: "Accueil" alone in a skills list.
  { id: `${SKILL}26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da`, fr: ['Accueil'] },
  // répondre à des appels entrants / answer incoming calls
  { id: `${SKILL}5a0bffcf-4ff6-49cf-a7db-4142e63f5f04`, fr: ['Appels entrants', 'Réception des appels', 'Prise d\'appels', 'Double appel'], en: ['Inbound calls', 'Answering calls', 'Call handling', 'Answering the phone', 'Handling phone calls', 'Taking phone calls', 'Handling telephone calls'] },
  // prospecter de nouveaux clients / prospect new customers
  { id: `${SKILL}6d97bf55-6fb6-4795-8282-3ef915ae0bb8`, fr: ['Prospection téléphonique', 'Prospection terrain', 'Phoning', 'Démarchage', 'Prospection commerciale', 'Appels sortants', 'Émission d\'appels'], en: ['Cold calling', 'Canvassing', 'Outbound calls', 'Lead generation', 'New business development', 'Door-to-door sales'] },
  // mettre en œuvre le suivi des clients / implement customer follow-up
  { id: `${SKILL}50181a4b-1cfd-4fbd-ac9a-c1a494b9c5d0`, fr: ['Suivi client', 'Suivi de la clientèle', 'Suivi des dossiers clients', 'Suivi de portefeuille clients'], en: ['Customer follow-up', 'Account management'] },
  // répondre à des demandes par écrit / respond to inquiries in written form
  { id: `${SKILL}0fe57279-53a8-478f-bcf9-dfe8172f0fb6`, fr: ['Traitement des mails clients', 'Réponse aux mails', 'Gestion des e-mails clients', 'Traitement des courriels', 'Tchat', 'Chat en ligne'], en: ['Email enquiries', 'Live chat', 'Webchat', 'Written enquiries'] },
  // gérer le courrier / handle mail
  { id: `${SKILL}76f22707-8d30-453f-9eb7-3376e2960311`, fr: ['Tri du courrier', 'Distribution du courrier', 'Affranchissement', 'Courrier entrant et sortant', 'Enregistrement du courrier'], en: ['Sorting letters', 'Sorting mail', 'Mail sorting', 'Sorting post', 'Post handling', 'Sorting post'] },
  // tenir des registres d’appels téléphoniques / maintain records of phone calls
  { id: `${SKILL}8096627b-c5a5-4235-b1ee-eca8be976eb2`, fr: ['Prise de messages', 'Transmission des messages'], en: ['Taking messages', 'Passing on messages'] },
  // fournir des informations aux visiteurs / provide visitor information
  { id: `${SKILL}1c388c1a-2a84-4377-a99a-860323eeff1d`, fr: ['Accueil des visiteurs', 'Orientation des visiteurs', 'Information du public', 'Renseignement du public', 'Accueil du public'], en: ['Greeting visitors', 'Meeting and greeting', 'Signposting visitors', 'Visitor reception'] },
  // utiliser le couplage téléphonie informatique / use computer telephony integration
  { id: `${SKILL}2b285a57-4add-453e-af5d-3d986a65c8fe`, fr: ['Logiciel de téléphonie', 'Softphone'], en: ['Telephony software', 'Call centre software', 'CTI'] },
  // garantir la satisfaction des clients / guarantee customer satisfaction
  { id: `${SKILL}00e53a0a-c0ba-4c9f-a2ed-4706d5832a00`, fr: ['Satisfaction client', 'Qualité de service', 'Expérience client', 'Enquêtes de satisfaction'], en: ['Customer satisfaction', 'Customer experience', 'Customer retention', 'NPS'] },
  // réaliser des activités de service après-vente / execute after sales activities
  { id: `${SKILL}846f6e5c-1a74-491d-b756-753c01d785dd`, fr: ['SAV', 'Service après-vente'], en: ['After-sales service', 'After-sales support', 'Aftercare'] },
];
