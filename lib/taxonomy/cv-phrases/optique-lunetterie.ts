// Optique-lunetterie (opticien lunetier, vendeur en optique, monteur en optique; UK optical assistant / dispensing optician):
// CV phrasings not already in the other files.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // vendre des produits optiques / sell optical products
  { id: `${SKILL}1532fc46-f911-4b74-93f6-c0334966fd6b`, fr: ['Vente de lunettes', 'Vente de montures', 'Vente de lunettes de soleil', 'Vente d\'équipements optiques', 'Vente en optique', 'Vente de verres progressifs'], en: ['Eyewear sales', 'Selling spectacles', 'Selling glasses', 'Sunglasses sales', 'Optical retail'] },
  // recommander des produits optiques personnalisés à des clients / recommend personalized optical products to customers
  { id: `${SKILL}de715b72-7c17-4dd6-be5b-db7be1f18c51`, fr: ['Conseil en montures', 'Conseil en lunetterie', 'Conseil en équipement optique', 'Choix de la monture', 'Conseil en verres progressifs', 'Conseil visagisme en optique', 'Conseil en verres ophtalmiques'], en: ['Frame styling', 'Eyewear styling', 'Advising on lens options', 'Lens recommendations'] },
  // utiliser des équipements de mesures optiques / operate optical measuring equipment
  { id: `${SKILL}5e127fef-cc93-4e34-a924-680a18035fc5`, fr: ['Prise de mesures optiques', 'Mesure de l\'écart pupillaire', 'Écart pupillaire', 'Prise des hauteurs', 'Mesure des hauteurs de montage', 'Pupillomètre', 'Visioffice', 'Prise de mesures de centrage'], en: ['Pupillary distance measurement', 'PD measurements', 'Taking PDs', 'Taking heights', 'Fitting heights', 'Segment heights', 'Pupillometer'] },
  // ajuster des lunettes pour un client / adjust eyeglasses to fit customers
  { id: `${SKILL}2181d77e-d515-49fa-b638-0be505c18149`, fr: ['Ajustage des montures', 'Ajustage des équipements', 'Réglage des lunettes', 'Ajustage à la livraison'], en: ['Frame adjustments', 'Adjusting spectacles', 'Spectacle fitting'] },
  // découper des lentilles pour lunettes / cut lenses for eyeglasses
  { id: `${SKILL}8acf5d5e-2ba1-4880-adf5-61746253ec44`, fr: ['Montage des verres', 'Montage de lunettes', 'Détourage des verres', 'Taillage des verres', 'Meuleuse Essilor', 'Meuleuse Nidek', 'Montages percés', 'Montages nylor', 'Montage cerclé'], en: ['Lens edging', 'Edging and glazing', 'Spectacle glazing', 'Lens glazing', 'Glazing lenses', 'Lens edger', 'Rimless glazing'] },
  // centrer des lentilles / center  lenses
  { id: `${SKILL}ebbecf54-a116-4fad-9d57-629179fd9403`, fr: ['Centrage des verres', 'Blocage des verres', 'Centreur-bloqueur', 'Centrage et blocage'], en: ['Lens centring', 'Lens blocking'] },
  // utiliser un frontofocomètre / use lensometer
  { id: `${SKILL}37055ceb-1234-4987-bc40-a3ccd59c5b26`, fr: ['Frontofocomètre', 'Frontofocométrie', 'Lecture au frontofocomètre', 'Frontofocomètre automatique'], en: ['Focimeter', 'Focimetry', 'Lensmeter', 'Lens neutralisation', 'Neutralising lenses'] },
  // vérifier la conformité des verres et des lentilles / verify lenses compliance
  { id: `${SKILL}86836c4d-5ed7-4dea-83d1-64d3927f3547`, fr: ['Contrôle des verres montés', 'Contrôle des montages optiques', 'Contrôle de l\'équipement avant livraison'], en: ['Checking lenses', 'Checking glazed jobs', 'Final inspection of spectacles', 'Checking completed spectacles'] },
  // se conformer aux prescriptions optiques / comply with optical prescriptions
  { id: `${SKILL}87d1cb89-8de1-4e15-8255-492323203237`, fr: ['Lecture des ordonnances optiques', 'Analyse de l\'ordonnance optique', 'Ordonnances d\'ophtalmologiste', 'Transposition des ordonnances', 'Prescriptions optiques'], en: ['Reading optical prescriptions', 'Spectacle prescriptions', 'Prescription transposition', 'Transposing prescriptions'] },
  // fournir des verres correcteurs / dispense corrective lenses
  { id: `${SKILL}6c3031c8-fac1-449a-849f-c24c5009db33`, fr: ['Délivrance des équipements optiques', 'Délivrance de lunettes', 'Livraison des équipements optiques', 'Délivrance de lentilles', 'Renouvellement de lunettes'], en: ['Dispensing spectacles', 'Dispensing eyewear', 'Varifocal dispensing', 'Multifocal dispensing', 'Spectacle collections'] },
  // manipuler des lentilles de contact / handle contact lenses
  { id: `${SKILL}16a8cf8a-69fe-4316-b784-38bfaf27639f`, fr: ['Contactologie', 'Pose et retrait des lentilles', 'Apprentissage de la pose des lentilles', 'Essais de lentilles', 'Lentilles de contact', 'Lentilles souples'], en: ['Contact lens teaches', 'Contact lens insertion and removal', 'Contact lenses', 'CL teaches', 'Contact lens trials'] },
  // techniques d’adaptation des lentilles de contact / contact lens fitting techniques
  { id: `${SKILL}98a1406e-c57c-4eb8-9992-33833d7db810`, fr: ['Adaptation de lentilles de contact', 'Adaptation en lentilles', 'Adaptation de lentilles rigides'], en: ['CL fitting', 'Fitting contact lenses'] },
  // donner des conseils sur l'entretien de lentilles de contact / advise on contact lense maintenance
  { id: `${SKILL}db59cca2-7b61-4d28-9579-00bb4a81712e`, fr: ['Conseils d\'entretien des lentilles', 'Hygiène des lentilles de contact', 'Entretien des lentilles de contact'], en: ['Contact lens aftercare', 'CL aftercare', 'Contact lens hygiene advice'] },
  // conseiller des clients sur l’entretien de leurs lunettes / advise customers on eyewear maintenance
  { id: `${SKILL}5ce20598-7829-4e8b-a508-d5860808301e`, fr: ['Conseils d\'entretien des lunettes'], en: ['Eyewear care advice', 'Spectacle care advice'] },
  // conseiller des clients sur la conservation de produits optiques / advise customers on maintaining optical products
  { id: `${SKILL}a4e9d55c-90e5-46fb-b275-fcb0d0a7fa8d`, fr: ['Adaptation aux verres progressifs', 'Accompagnement à l\'adaptation des progressifs'], en: ['Varifocal adaptation advice', 'Advising on varifocal wear'] },
  // effectuer l'entretien de lunettes / perform maintenance on eyewear
  { id: `${SKILL}a817eec9-2ed1-4256-8a1e-f66ab32ee55a`, fr: ['Entretien des lunettes', 'Remplacement des plaquettes nasales', 'Resserrage des montures', 'SAV lunettes', 'Service après-vente optique', 'Nettoyage des lunettes aux ultrasons'], en: ['Nose pad replacement', 'Spectacle servicing', 'Eyewear aftercare'] },
  // effectuer la réparation de montures / perform frames' repairs
  { id: `${SKILL}79fff3ee-a40f-4487-881c-4735938de75e`, fr: ['Réparation de lunettes', 'Soudure de montures', 'Brasage de montures', 'Changement de branches de lunettes'], en: ['Spectacle repairs', 'Repairing glasses', 'Frame soldering'] },
  // réparer des verres de lunettes / repair lenses
  { id: `${SKILL}70c06606-d438-439b-b61f-68c2c4754e06`, fr: ['Remplacement de verres de lunettes', 'Changement de verres de lunettes'], en: ['Spectacle lens replacement', 'Reglazing own frames'] },
  // tester l’acuité visuelle / test visual acuity
  { id: `${SKILL}325e8546-a5bb-4bbe-be43-07df4cd2970e`, fr: ['Examen de vue', 'Contrôle de la vue', 'Contrôle de l\'acuité visuelle', 'Mesure de l\'acuité visuelle', 'Dépistage visuel', 'Test de vision'], en: ['Sight testing', 'Vision screening', 'Eye tests'] },
  // réfraction de l’œil / refraction of the eye
  { id: `${SKILL}b97f4aef-ccda-4d55-8587-d62be69755b2`, fr: ['Réfraction subjective', 'Réfraction objective', 'Mesure de la réfraction', 'Examen de réfraction'], en: ['Subjective refraction', 'Objective refraction', 'Refraction testing'] },
  // utiliser des instruments d’ophtalmologie / use ophthalmic instruments
  { id: `${SKILL}12a105f9-8288-48b5-91e3-ac886c5f77fe`, fr: ['Autoréfractomètre', 'Réfractomètre automatique', 'Phoroptère', 'Réfracteur automatique', 'Tonomètre à air', 'Lampe à fente', 'Rétinographe'], en: ['Autorefractor', 'Phoropter', 'Non-contact tonometry', 'Optical pre-screening', 'Fundus camera', 'Slit lamp'] },
  // conseiller des patients sur les possibilités d’amélioration de la vision / advise patients on vision improvement conditions
  { id: `${SKILL}aa1eb7ac-53a8-4c08-ba6f-3f3196b1cae1`, fr: ['Basse vision', 'Équipement basse vision', 'Conseil basse vision', 'Aides optiques basse vision'], en: ['Low vision', 'Low vision aids', 'Low vision assessments', 'Magnifiers'] },
  // fournir des soins oculaires à domicile / provide domiciliary eyecare
  { id: `${SKILL}c0b5c55d-545f-4b10-8736-cd3a35b53e76`, fr: ['Optique à domicile', 'Équipement optique à domicile', 'Optique en EHPAD'], en: ['Domiciliary eyecare', 'Domiciliary optics'] },
  // commander du matériel optique / order optical supplies
  { id: `${SKILL}dad8a5eb-e004-4a4f-8d07-fcc31663946d`, fr: ['Commande de verres', 'Commandes verriers', 'Commande de lentilles', 'Réassort des montures', 'Commandes de montures'], en: ['Ordering lenses', 'Lens orders'] },
  // préparer des ordres de travail pour le laboratoire optique / prepare work orders for the optical laboratory
  { id: `${SKILL}50ffa48e-f25c-4dc3-913a-fa0aadb3ffca`, fr: ['Suivi des montages en atelier', 'Fiches de montage optique'], en: ['Glazing lab orders', 'Optical lab orders'] },
  // traiter le matériel optique reçu / process incoming optical supplies
  { id: `${SKILL}b863df64-7556-461b-ba0d-d2f293dcec3f`, fr: ['Réception des montures', 'Réception des livraisons verriers', 'Réception des commandes de verres'], en: ['Booking in lenses', 'Booking in frames', 'Checking in lab deliveries'] },
  // garder une trace de prescriptions de clients / maintain records of clients' prescriptions
  { id: `${SKILL}ab1ad155-db0b-4fa0-8bac-856853c47175`, fr: ['Logiciel Optimum', 'Logiciel Ivoire', 'Ivoire Optique', 'Dossiers clients optique', 'Fichier clients optique'], en: ['Optix software', 'Ocuco Acuitas', 'Optisoft', 'Patient prescription records'] },
  // caractéristiques des verres optiques / optical glass characteristics
  { id: `${SKILL}18edb12e-4f41-4ae0-8085-7513236580c8`, fr: ['Verres ophtalmiques', 'Verres progressifs', 'Verres unifocaux', 'Traitements antireflets', 'Géométrie des verres'], en: ['Ophthalmic lenses', 'Varifocal lenses', 'Single vision lenses', 'Anti-reflection coatings'] },
  // traiter les demandes des assurances médicales / process medical insurance claims
  { id: `${SKILL}7361c086-443c-43c2-8215-31ef8e8895e5`, fr: ['Tiers payant mutuelles', 'Prises en charge optiques', 'Demandes de prise en charge optique', 'Almerys', 'Viamedis', 'Tiers payant optique'], en: ['GOS forms', 'GOS claims', 'NHS optical claims'] },
  // répondre aux exigences des organismes de remboursement de la sécurité sociale / meet the requirements of social security reimbursement bodies
  { id: `${SKILL}9b9c1749-786a-42d5-a904-a1bcd9865d86`, fr: ['Offre 100% Santé', 'Panier 100% Santé', 'Réforme 100% Santé', 'Devis normalisé'], en: ['NHS optical vouchers', 'NHS vouchers'] },
];
