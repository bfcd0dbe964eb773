// Métallurgie, soudure, chaudronnerie, tôlerie, usinage, mécanique industrielle (soudeur, chaudronnier, tourneur, fraiseur,
// opérateur CN): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // utiliser un tour CNC / operate CNC lathe: the lathe, not the milling centre
  { id: `${SKILL}c4949dcf-bbcc-40f2-8584-6c6299beb7fb`, fr: ['Tour CN', 'Tours CN', 'Tour à commande numérique', 'Conduite de tour CN', 'Réglage de tours CN'], en: ['CNC lathe', 'CNC lathes'] },
  // réaliser des tâches de soudage au gaz actif / perform metal active gas welding
  { id: `${SKILL}60ff3eac-7d4d-4e51-87b8-74c3b5d62498`, fr: ['Soudure MAG', 'Soudage MAG', 'Soudure semi-automatique', 'Poste à souder semi-automatique'], en: ['MAG welding', 'Semi-automatic welding'] },
  // réaliser des tâches de soudage au gaz inerte / perform metal inert gas welding
  { id: `${SKILL}f015c5d5-6a1c-4f63-9012-a05f4f34105e`, fr: ['Soudure MIG', 'Soudage MIG', 'Soudure de l\'aluminium'], en: ['MIG welding', 'Aluminium welding'] },
  // réaliser des tâches de soudage TIG / perform tungsten inert gas welding
  { id: `${SKILL}a51adea8-bf02-488a-a0d8-b0961caca5b0`, fr: ['Soudure TIG', 'Soudage TIG'], en: ['TIG'] },
  // appliquer des techniques de soudage à l’arc / apply arc welding techniques
  { id: `${SKILL}27d26fd6-5795-4f0a-884e-112df7c68314`, fr: ['Soudure à l\'arc', 'Soudage à l\'arc', 'Soudure à l\'électrode'], en: ['Stick welding', 'MMA welding', 'SMAW'] },
  // utiliser un appareil de soudage / operate welding equipment
  { id: `${SKILL}2fcd95a4-1f9a-41cf-95a9-4701bde476b4`, fr: ['Soudure', 'Soudage', 'Soudure toutes positions', 'Soudure inox', 'Soudure acier'], en: ['Welding', 'Fabrication and welding', 'Coded welding', 'Welding all positions'] },
  // donner une forme à des éléments en tôle métallique / shape sheet metal objects
  { id: `${SKILL}82f6b2a3-45ca-4841-90d2-83169d7416ee`, fr: ['Tôlerie', 'Tôlerie fine', 'Travail de la tôle', 'Pliage de tôles', 'Cisaillage'], en: ['Sheet metal work', 'Sheet metal fabrication', 'Press brake', 'Guillotine'] },
  // assembler des pièces en métal / assemble metal parts
  { id: `${SKILL}26071360-b2b1-4089-9c73-b51792b29ed5`, fr: ['Chaudronnerie', 'Assemblage de structures métalliques', 'Montage de structures métalliques', 'Serrurerie métallerie', 'Métallerie', 'Traçage et débit'], en: ['Metal fabrication', 'Steel fabrication', 'Steelwork'] },
  // utiliser un tour / tend lathe
  { id: `${SKILL}e4a9ec84-4eb3-494b-8a70-0fcf0d687f03`, fr: ['Tournage conventionnel', 'Tour conventionnel', 'Tournage CN'], en: ['Centre lathe turning', 'Manual lathe', 'CNC turning'] },
  // utiliser une fraiseuse CNC / tend CNC milling machine
  { id: `${SKILL}4cb58ef4-67a9-4bea-a743-2c83ebd60e79`, fr: ['Fraisage', 'Fraisage CN', 'Fraisage conventionnel', 'Centre d\'usinage'], en: ['Milling', 'CNC milling', 'Manual milling', 'Machining centre'] },
  // programmer une commande CNC / program a CNC controller
  { id: `${SKILL}bf942c60-8539-4951-83ee-63f770da1cb8`, fr: ['Programmation CN', 'Programmation ISO', 'Commande numérique', 'Programmation Fanuc', 'Programmation Heidenhain'], en: ['CNC programming', 'G-code', 'Fanuc', 'Heidenhain'] },
  // lire des schémas techniques / read engineering drawings
  { id: `${SKILL}b07daddc-8625-4360-946e-ad2b0e56ebf6`, fr: ['Lecture de plans techniques', 'Lecture de plans mécaniques', 'Lecture de dessins techniques'], en: ['Engineering drawings', 'Interpreting technical drawings'] },
  // utiliser une torche de découpage plasma / operate plasma cutting torch
  { id: `${SKILL}f1e122e5-24a8-44c0-bf3f-90044e72370c`, fr: ['Découpe plasma'], en: ['Plasma cutting'] },
  // utiliser un chalumeau de soudage oxyacétylénique / operate oxy-fuel welding torch (its cutting torch; oxy-fuel cutting is no plasma)
  { id: `${SKILL}14b4a40e-da80-452a-86d6-88a959052219`, fr: ['Oxycoupage'], en: ['Oxy-fuel cutting', 'Gas cutting'] },
  // utiliser une ébavureuse / tend deburring machine
  { id: `${SKILL}3e5ade3b-d5bc-46eb-aff4-7a2fa4257d09`, fr: ['Ébavurage', 'Meulage', 'Ébavurage des pièces', 'Meulage et ébavurage'], en: ['Deburring', 'Grinding and deburring', 'Fettling'] },
  // utiliser des outils électriques / use power tools
  { id: `${SKILL}5bf7f85a-b080-4b27-8ddc-9f62af4643f5`, fr: ['Outillage électroportatif', 'Outils électroportatifs', 'Meuleuse', 'Perceuse'], en: ['Angle grinder'] },
  // inspecter des soudures / perform welding inspection
  { id: `${SKILL}34016949-da9c-4107-98e3-1080ae405e27`, fr: ['Contrôle des soudures', 'Ressuage', 'Contrôles non destructifs'], en: ['Inspecting welds'] },
];
