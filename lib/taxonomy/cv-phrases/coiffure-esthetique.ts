// Coiffure, barbier, esthétique, onglerie, maquillage, spa: CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // faire un shampooing / wash hair
  { id: `${SKILL}5fce4ae7-bbd6-4d91-9fd9-d7d6b0e6c3da`, fr: ['Shampoing', 'Shampoing et soin', 'Shampooing et brushing', 'Bac à shampoing'], en: ['Shampooing', 'Shampoo and conditioning'] },
  // coiffer les cheveux / style hair
  { id: `${SKILL}0b6c4174-a862-480d-8d55-44f7cf7ac365`, fr: ['Brushing', 'Mise en plis', 'Chignons', 'Coiffures de mariage', 'Attaches et chignons'], en: ['Blow-dry', 'Hair up', 'Bridal hair', 'Up-dos'] },
  // appliquer des techniques de coupe de cheveux / apply hair cutting techniques
  { id: `${SKILL}96d1e352-6cfe-4400-bd4d-1e11c03aa20b`, fr: ['Coupe homme', 'Coupe femme', 'Coupe enfant', 'Coupe aux ciseaux', 'Coupe à la tondeuse'], en: ['Haircuts', 'Cutting and styling', 'Ladies\' cuts', 'Gents\' cuts', 'Restyling'] },
  // teindre les cheveux / dye hair
  { id: `${SKILL}dbc20527-0852-4dde-a2e9-d25d8356115f`, fr: ['Coloration', 'Mèches', 'Ombré hair', 'Décoloration', 'Couleur et mèches'], en: ['Root tints', 'Bleaching', 'Colouring', 'Highlights', 'Balayage'] },
  // friser des cheveux / curl hair
  { id: `${SKILL}9f76644e-45ce-424e-91dc-064cb166b323`, fr: ['Permanente', 'Boucles au fer'], en: ['Perms'] },
  // effectuer des tâches de barbier / treat facial hair
  { id: `${SKILL}de8605cd-66fe-47b0-ba49-ff15a30f69cf`, fr: ['Taille de barbe', 'Rasage à l\'ancienne', 'Entretien de la barbe', 'Contours de barbe'], en: ['Beard trims', 'Wet shaves', 'Hot towel shave', 'Barbering', 'Skin fades'] },
  // traiter le cuir chevelu / treat scalp conditions
  { id: `${SKILL}3578782a-fbbd-4183-a97c-1e69ef93bad6`, fr: ['Soins capillaires', 'Diagnostic capillaire', 'Soins du cuir chevelu'], en: ['Hair treatments'] },
  // appliquer des techniques d’épilation / use hair removal techniques
  { id: `${SKILL}c1ce197d-6806-4a4b-871a-ac15451edda7`, fr: ['Épilation', 'Épilation à la cire'], en: ['Waxing', 'Hair removal'] },
  // réaliser un soin du visage / perform facial treatment
  { id: `${SKILL}cbe6e2a5-f7bc-4162-9803-fcb9ecd86052`, fr: ['Nettoyage de peau', 'Gommage et masque', 'Soins du visage', 'Soin visage'], en: ['Facials', 'Skin care treatments'] },
  // faire une manucure / shape nails
  { id: `${SKILL}8afc36b7-9a70-44cb-95df-6625e76ca89d`, fr: ['Beauté des mains', 'Pédicure esthétique', 'Beauté des pieds', 'Manucure et pédicure'], en: ['Manicures', 'Pedicures', 'Manicure and pedicure'] },
  // décorer des ongles / decorate nails
  { id: `${SKILL}4ff89a5c-b4be-491e-aaa2-3f31fb00a2d5`, fr: ['Vernis semi-permanent', 'Pose de gel', 'Pose de capsules', 'Onglerie', 'Nail art', 'Prothésie ongulaire'], en: ['Nail art', 'Gel nails', 'Acrylic nails', 'Gel polish', 'Shellac', 'Nail extensions'] },
  // maquiller les clients / carry out makeover for customers
  { id: `${SKILL}0d3a68b7-0f9c-427e-b5ca-d03ff5808eae`, fr: ['Maquillage', 'Maquillage jour et soir', 'Maquillage mariée', 'Maquillage événementiel'], en: ['Make-up application', 'Makeup', 'Bridal make-up', 'Make-up artistry'] },
  // effectuer des massages / give massages
  { id: `${SKILL}2b16031c-6278-4929-adc1-127f40c3c76e`, fr: ['Modelage du corps', 'Massages bien-être', 'Soins du corps', 'Modelage relaxant'], en: ['Massage', 'Body treatments', 'Swedish massage', 'Hot stone massage'] },
  // donner des conseils de beauté sur des produits cosmétiques / offer cosmetic beauty advice
  { id: `${SKILL}3f43eed7-2424-4322-a065-d84d94685048`, fr: ['Conseil en produits cosmétiques', 'Conseil beauté', 'Vente de produits de beauté', 'Conseil en soins de la peau'], en: ['Skincare advice', 'Beauty advice', 'Retailing beauty products'] },
  // vendre des produits capillaires / sell hair products
  { id: `${SKILL}1def51e9-6fef-4f75-bed9-b4d9e03c1a62`, fr: ['Revente de produits capillaires'], en: ['Retailing hair products'] },
  // utiliser des techniques d’épilation au fil / use threading techniques
  { id: `${SKILL}7e10cbc9-d279-4e98-b5c7-c82fc3ca31fb`, fr: ['Épilation au fil', 'Restructuration des sourcils au fil'], en: ['Eyebrow threading'] },
];
