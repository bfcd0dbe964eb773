// Couture, retouche, pressing, cordonnerie, confection (couturière, retoucheuse, employé de pressing, cordonnier,
// mécanicien en confection): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // retoucher des vêtements / alter wearing apparel
  { id: `${SKILL}7e2f6f05-d6ef-45f3-a33c-5d6d0b07e1cf`, fr: ['Retouches textiles', 'Retouches couture', 'Ourlets', 'Ourlets de pantalons', 'Reprise de taille', 'Changement de fermeture éclair', 'Cintrage de chemises', 'Ourlets et retouches'], en: ['Clothing alterations', 'Garment alterations', 'Hemming', 'Taking up trousers', 'Zip replacement', 'Taking in garments'] },
  // ajuster des vêtements / adjust clothes
  { id: `${SKILL}3eed7aa9-5b82-4553-b46f-16c3dcdc0742`, fr: ['Épinglage sur le client'], en: ['Adjusting garments', 'Pinning garments on the customer'] },
  // coudre des morceaux de tissu / sew pieces of fabric
  { id: `${SKILL}a3ef84f9-c436-437a-bc6f-4956ae13e1eb`, fr: ['Couture machine', 'Piqûre à plat', 'Piqûre machine', 'Assemblage de pièces de tissu'], en: ['Machine sewing', 'Machining garments', 'Flat machining', 'Sewing machinist work'] },
  // utiliser des machines de confection de vêtements / operate garment manufacturing machines
  { id: `${SKILL}a3b7134f-81c8-43da-b207-a00d8b09e61b`, fr: ['Machine à coudre industrielle', 'Surjeteuse', 'Surjet', 'Recouvreuse', 'Piqueuse plate', 'Machine double aiguille', 'Machine à point de chaînette'], en: ['Industrial sewing machines', 'Overlocker', 'Overlocking', 'Coverstitch machine', 'Flatbed sewing machine', 'Twin needle machine'] },
  // utiliser des techniques de couture à la main / use manual sewing techniques
  { id: `${SKILL}477856e7-92e6-43e8-ad67-e2d7129a5188`, fr: ['Couture main', 'Point invisible', 'Points à la main', 'Finitions main'], en: ['Hand sewing', 'Hand stitching', 'Hand finishing', 'Slip stitching'] },
  // couture / dressmaking
  { id: `${SKILL}533b3f0b-c8f8-4668-95ef-69011bb081d7`, fr: ['Couture flou', 'Couture tailleur', 'Création de vêtements', 'Confection de robes'], en: ['Sewing skills', 'Dressmaking skills'] },
  // réaliser des vêtements sur mesure / make made-to-measure garments
  { id: `${SKILL}a8fc2710-a8fe-4e49-b580-9bb8ec0fbd8e`, fr: ['Confection sur mesure', 'Vêtements sur mesure', 'Costumes sur mesure'], en: ['Bespoke tailoring', 'Bespoke garments', 'Made-to-measure clothing'] },
  // créer des patrons pour vêtements / create patterns for garments
  { id: `${SKILL}2ac79be0-1f66-48da-84a6-2d294179927f`, fr: ['Patronage', 'Patronnage', 'Patronage industriel', 'Réalisation de patrons', 'Traçage de patrons', 'Moulage sur mannequin'], en: ['Pattern cutting', 'Pattern making', 'Pattern drafting', 'Patternmaking'] },
  // gradation de patrons / pattern grading
  { id: `${SKILL}5a9a6d45-f4e5-437a-8f2d-2671061917ea`, fr: ['Gradation des tailles', 'Gradation de modèles'], en: ['Grading patterns', 'Size grading'] },
  // couper du tissu / cut fabrics
  { id: `${SKILL}a3b7b8ec-794b-4821-8c6b-465fe2c7a691`, fr: ['Coupe textile', 'Découpe de tissus', 'Coupe au couteau électrique', 'Salle de coupe'], en: ['Fabric cutting', 'Cloth cutting', 'Cutting room'] },
  // matelassage du tissu dans l’industrie de la mode / fabric spreading in the fashion industry
  { id: `${SKILL}98f86f4c-99cb-42c0-9422-1c2aef143963`, fr: ['Matelassage', 'Matelassage des tissus', 'Étalage des tissus'], en: ['Fabric spreading'] },
  // confection de patrons / marker making
  { id: `${SKILL}6469f571-ba92-4528-8b9f-ad9faa51e42e`, fr: ['Placement de patrons', 'Diamino'], en: ['Marker planning', 'Markers for cutting'] },
  // réaliser un plan de découpage / create cutting plan
  { id: `${SKILL}8e1dd4a6-0d0e-4c0a-828d-da98a8248f44`, en: ['Lay planning'] },
  // repasser des textiles / iron textiles
  { id: `${SKILL}562b1180-83e7-4041-8468-2f28d03b7893`, fr: ['Repassage vapeur', 'Repassage des chemises', 'Finition repassage', 'Table à repasser soufflante', 'Fer à repasser industriel'], en: ['Garment pressing', 'Steam ironing'] },
  // utiliser une machine de nettoyage à sec et de repassage / operate dry cleaning pressing machines
  { id: `${SKILL}a208a63d-caca-49c6-ac65-e6aba0d8ebb1`, fr: ['Nettoyage à sec', 'Machine de nettoyage à sec', 'Presse à repasser', 'Mannequin de repassage', 'Presse à chemises', 'Aquanettoyage', 'Pressing'], en: ['Dry cleaning', 'Dry cleaning machines', 'Steam pressing', 'Shirt pressing', 'Pressing machines', 'Wet cleaning'] },
  // éliminer des taches / eliminate stains
  { id: `${SKILL}7230026d-778b-4461-a357-1f2bff0f9495`, fr: ['Détachage', 'Détachage des vêtements', 'Traitement des taches', 'Détachage textile'], en: ['Stain removal', 'Removing stains', 'Spot cleaning'] },
  // appliquer un produit prédétachant / apply prespotting
  { id: `${SKILL}ad46d091-cb47-419b-acd4-a2d737862dfe`, fr: ['Prédétachage'], en: ['Pre-spotting'] },
  // lire des étiquettes d’entretien / read care labels
  { id: `${SKILL}f67f2cd7-f179-45a5-acde-a3c74c1ce3cc`, fr: ['Étiquettes d\'entretien', 'Symboles d\'entretien des textiles', 'Lecture des étiquettes de composition'], en: ['Care labels', 'Garment care symbols'] },
  // inspecter des articles destinés au nettoyage à sec / inspect dry cleaning materials
  { id: `${SKILL}b296417e-429b-4ad7-b7c4-20248a73daee`, fr: ['Contrôle des vêtements avant nettoyage', 'Choix du programme de nettoyage'], en: ['Checking garments before cleaning'] },
  // identifier des pièces de linge / identify cloth items
  { id: `${SKILL}cf2c99bc-20eb-4535-a19d-b08263d316d9`, fr: ['Marquage des vêtements', 'Étiquetage des vêtements', 'Ticketage des articles'], en: ['Garment tagging', 'Ticketing garments'] },
  // trier du linge / sort textile items
  { id: `${SKILL}8f15d53f-d793-42b8-a080-ad77cebcd6e6`, fr: ['Tri des vêtements'], en: ['Sorting laundry', 'Sorting garments'] },
  // utiliser un lave-linge / operate washer extractor
  { id: `${SKILL}2eacf2eb-24ad-4e0f-9003-fe226d74b381`, fr: ['Machine à laver industrielle', 'Laveuse essoreuse', 'Lave-linge industriel'], en: ['Washer extractor', 'Industrial washing machines'] },
  // utiliser un sèche-linge / operate tumble dryer
  { id: `${SKILL}d2c34b0d-3dd2-4161-a3b0-2b84674050f4`, fr: ['Séchoir rotatif', 'Sèche-linge industriel'], en: ['Tumble dryers', 'Industrial tumble dryer'] },
  // réparer des chaussures / repair shoes
  { id: `${SKILL}b5b70429-a806-4b99-b435-3f46bb71f54f`, fr: ['Cordonnerie', 'Ressemelage', 'Pose de talons', 'Remplacement de talons', 'Pose de patins', 'Ressemelage cuir'], en: ['Shoe repairs', 'Resoling', 'Heel replacement', 'Cobbling', 'Re-heeling'] },
  // utiliser des outils de cordonnier / use tools for shoe repair
  { id: `${SKILL}59849bc2-6b37-4927-bdc8-c8cf9d44abed`, fr: ['Outils de cordonnerie', 'Machine à finir', 'Machine à coudre cordonnerie', 'Alène'], en: ['Shoe repair machinery', 'Shoe repair tools'] },
  // cirer des chaussures / shine shoes
  { id: `${SKILL}623902ce-b595-4de6-8de4-c20a7058c75e`, fr: ['Cirage de chaussures', 'Glaçage de chaussures'], en: ['Shoe shining', 'Shoe polishing'] },
  // tailler des clés / cut keys
  { id: `${SKILL}748c2921-e878-4ebd-98d4-36a6b692add7`, fr: ['Reproduction de clés', 'Double de clés', 'Clés minute', 'Reproduction de clés de voiture'], en: ['Key cutting', 'Key duplication'] },
  // utiliser du matériel de gravure / operate engraving equipment
  { id: `${SKILL}76d7fa6c-b410-475b-b62a-c7a55b5bede4`, fr: ['Gravure de plaques', 'Machine à graver'], en: ['Engraving machine', 'Plate engraving'] },
  // conseiller des clients sur l'entretien de chaussures en cuir / advise customers on leather footwear maintenance
  { id: `${SKILL}b6a947f2-91d2-4b7c-9f1e-9f58686e5ff9`, fr: ['Conseil en entretien des chaussures', 'Conseil sur l\'entretien du cuir'], en: ['Advising on shoe care', 'Shoe care advice'] },
  // confection de boutonnières / buttonholing
  { id: `${SKILL}09169f97-5c9a-413e-8aa3-5af953ba3a04`, fr: ['Boutonnières', 'Machine à boutonnières'], en: ['Buttonhole machine'] },
  // confectionner des articles d’habillement / manufacture wearing apparel products
  { id: `${SKILL}00e895f4-b9d3-4a1a-8c36-baf10fbfb982`, fr: ['Confection textile', 'Confection de vêtements', 'Montage de vêtements', 'Assemblage de vêtements'], en: ['Garment making', 'Garment construction', 'Garment manufacturing', 'Clothing manufacture'] },
  // contrôler des articles d’habillement / inspect wearing apparel products
  { id: `${SKILL}5174d7e4-bb67-403c-930e-9afc5e2f8f6e`, fr: ['Contrôle qualité des vêtements', 'Contrôle des vêtements finis', 'Contrôle qualité textile'], en: ['Garment inspection', 'Garment quality control', 'Garment QC'] },
  // types de tissus / fabric types
  { id: `${SKILL}73b4cc3b-3827-4c54-ac54-d912e5cdae21`, fr: ['Connaissance des tissus', 'Connaissance des matières textiles'], en: ['Fabric knowledge'] },
  // participer à des essayages / attend dress fittings
  { id: `${SKILL}97cb7550-3d9c-4218-97ec-daae42f12c7a`, fr: ['Essayages', 'Essayage client', 'Essayages en cabine'], en: ['Customer fittings', 'Garment fittings'] },
  // prendre les mensurations d'artistes / draw up artists' measurements
  { id: `${SKILL}8111a55c-9939-452f-8c8b-f51c3f8ab6ee`, fr: ['Prise de mensurations', 'Prise des mensurations client'], en: ['Body measurements', 'Taking customer measurements'] },
  // coudre des rideaux / sew curtains
  { id: `${SKILL}80cf93a8-4436-4c89-aa4d-14086536ae81`, fr: ['Confection de rideaux', 'Rideaux et voilages', 'Confection de voilages'], en: ['Curtain making'] },
  // broder des étoffes / embroider fabrics
  { id: `${SKILL}1fe563ab-47b8-4092-98d6-2ac94952891e`, fr: ['Broderie', 'Broderie machine', 'Broderie main'], en: ['Embroidery', 'Machine embroidery', 'Hand embroidery'] },
  // CAO pour la confection de vêtements / CAD for garment manufacturing
  { id: `${SKILL}d8ee0b01-3d33-4a32-a07c-6a107400cac0`, fr: ['Lectra', 'Modaris', 'Gerber AccuMark', 'CAO textile'], en: ['Gerber AccuMark', 'Lectra', 'Modaris', 'Garment CAD'] },
];
