// Services funéraires (conseiller funéraire, porteur, maître de cérémonie, thanatopracteur, agent de chambre funéraire,
// marbrier funéraire; UK funeral arranger / funeral service operative / funeral director): CV phrasings not already in
// the other files.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // donner des conseils sur des services funéraires / advise on funeral services
  { id: `${SKILL}3f75c271-1820-4fb8-98eb-5f5d5f931d70`, fr: ['Organisation des obsèques', 'Organisation de funérailles', 'Conseil funéraire', 'Conseil aux familles en deuil', 'Accueil des familles endeuillées', 'Choix des prestations funéraires', 'Choix du cercueil et des articles funéraires'], en: ['Funeral arranging', 'Arrangement meetings with families', 'Advising bereaved families'] },
  // aider à l’organisation de funérailles / assist with funeral planning
  { id: `${SKILL}7fb43ee2-e630-4b9e-a431-9275ab30cac4`, fr: ['Prévoyance obsèques', 'Contrats obsèques', 'Contrats de prévoyance obsèques'], en: ['Funeral plans', 'Pre-paid funeral plans', 'Pre-need funeral planning', 'Pre-arranged funerals'] },
  // préparer des devis / quote prices
  { id: `${SKILL}32b02bd1-6bf2-497a-bb16-94aeeafaf44f`, fr: ['Devis obsèques', 'Devis funéraires', 'Établissement des devis obsèques'], en: ['Funeral estimates', 'Funeral quotes'] },
  // fournir des informations sur les services mortuaires / provide information on mortuary services
  { id: `${SKILL}82c1f267-89cd-4761-a879-45efbcbf81a4`, fr: ['Démarches administratives funéraires', 'Démarches après décès', 'Formalités de décès', 'Formalités funéraires', 'Autorisations de fermeture de cercueil', 'Dossiers de crémation', 'Demandes d\'autorisation de crémation'], en: ['Funeral paperwork', 'Cremation paperwork', 'Cremation forms', 'Death paperwork'] },
  // travailler avec les autorités en lien avec les services mortuaires / work with authorities related to mortuary services
  { id: `${SKILL}ab1b190f-754c-4a7a-b70b-f6ef6bbdcb68`, fr: ['Relations avec les mairies et l\'état civil', 'Relations avec les chambres mortuaires', 'Relations avec les cultes et les crématoriums'], en: ['Coroner liaison', 'Liaising with coroners', 'Liaising with crematoria'] },
  // coopérer avec un entrepreneur de pompes funèbres / cooperate with funeral directors
  { id: `${SKILL}35ecc6a1-5fc4-45d8-baf1-205a863d3e1c`, fr: ['Relations avec les pompes funèbres', 'Coordination avec les pompes funèbres', 'Accueil des pompes funèbres'], en: ['Liaising with funeral directors', 'Working with funeral directors'] },
  // dispositions légales relatives aux services mortuaires / legal requirements related to mortuary services
  { id: `${SKILL}a1df411f-0ef7-40f4-a53f-453c55b77b9c`, fr: ['Réglementation funéraire', 'Législation funéraire', 'Formation réglementaire funéraire', 'Habilitation funéraire'], en: ['Funeral regulations', 'Cremation regulations', 'Funeral legislation'] },
  // apporter un soutien moral aux familles de défunts / provide emotional support to the bereaved
  { id: `${SKILL}611ba695-37ca-4001-a79f-645215d324ea`, fr: ['Accompagnement des familles endeuillées', 'Accompagnement des familles en deuil', 'Soutien aux familles endeuillées', 'Écoute des familles en deuil', 'Accompagnement des proches du défunt'], en: ['Supporting bereaved families', 'Bereavement support', 'Compassionate care of bereaved families'] },
  // étapes du deuil / stages of bereavement
  { id: `${SKILL}d5879a17-de0d-4766-9da0-810455119b01`, fr: ['Psychologie du deuil', 'Processus de deuil', 'Travail de deuil'], en: ['Grief process', 'Understanding of grief', 'Grief awareness'] },
  // embaumer des corps / embalm bodies
  { id: `${SKILL}43429ca9-c787-49dc-a082-8baae817fd2d`, fr: ['Soins de conservation', 'Thanatopraxie', 'Soins de thanatopraxie', 'Soins de présentation du défunt', 'Restauration tégumentaire', 'Embaumement', 'Maquillage mortuaire'], en: ['Embalming', 'Arterial embalming', 'Restorative art', 'Mortuary cosmetics', 'Cosmetic preparation of the deceased'] },
  // habiller des dépouilles / dress bodies
  { id: `${SKILL}a2474b5f-6a48-4330-a1f4-72182a210cdb`, fr: ['Toilette mortuaire', 'Habillage du défunt', 'Toilette et habillage du défunt', 'Présentation du défunt'], en: ['Dressing the deceased', 'Dressing and coffining', 'Hygienic preparation of the deceased', 'Preparing the deceased for viewing'] },
  // déplacer des corps / move bodies
  { id: `${SKILL}78143be8-5479-45ad-bc18-716a1e925011`, fr: ['Transfert de corps', 'Transferts de défunts', 'Transport de corps', 'Levée de corps', 'Mise en bière', 'Rapatriement de corps', 'Transport de corps avant mise en bière'], en: ['Removals of the deceased', 'Body removals', 'Collecting the deceased', 'Repatriation of the deceased', 'Coffining'] },
  // déplacer des cercueils / transfer coffins
  { id: `${SKILL}50ac6f01-9348-4562-8017-d5342205b367`, fr: ['Portage de cercueil', 'Manutention des cercueils', 'Descente du cercueil'], en: ['Coffin bearing', 'Pall bearing', 'Pallbearing', 'Bearer duties', 'Carrying coffins'] },
  // conduire un véhicule en procession / drive vehicles in processions
  { id: `${SKILL}f4f2cb26-95c8-4d49-8dbc-fd0a514e2e50`, fr: ['Conduite de corbillard', 'Conduite de véhicule funéraire', 'Convoi funéraire', 'Cortège funéraire', 'Conduite du convoi funéraire'], en: ['Hearse driving', 'Funeral cortege driving', 'Limousine driving for funerals'] },
  // préparer des lieux pour une cérémonie / prepare ceremonial locations
  { id: `${SKILL}fcd96cf3-bb23-46f9-877b-52b74e6fb59f`, fr: ['Préparation de la salle de cérémonie', 'Mise en place de la cérémonie', 'Préparation des salons funéraires', 'Préparation de la chapelle ardente'], en: ['Preparing the chapel of rest', 'Setting up the funeral service', 'Preparing viewing rooms'] },
  // organiser des cérémonies religieuses / perform religious ceremonies
  { id: `${SKILL}338c6957-d0c7-49dd-8cdc-42e8d2921781`, fr: ['Conduite de cérémonies funéraires', 'Animation de cérémonies funéraires', 'Déroulé de la cérémonie d\'obsèques', 'Célébration d\'obsèques'], en: ['Conducting funeral services', 'Leading funeral ceremonies', 'Funeral celebrancy'] },
  // gérer des équipements funéraires / manage funeral equipment
  { id: `${SKILL}f36d3d7e-359f-420d-a22b-d0d2e0ebfa08`, fr: ['Gestion du matériel funéraire', 'Préparation du matériel funéraire', 'Stock d\'articles funéraires', 'Registres de condoléances'], en: ['Funeral equipment', 'Lowering straps', 'Funeral stock management'] },
  // assurer l’administration des établissements mortuaires / perform mortuary facility administration
  { id: `${SKILL}4a44a44d-4a9f-4045-ac40-800aa78a6065`, fr: ['Gestion de la chambre funéraire', 'Gestion de chambre mortuaire', 'Admission des corps en chambre funéraire', 'Mise en case réfrigérée', 'Registre de la chambre funéraire', 'Accueil en chambre funéraire'], en: ['Mortuary administration', 'Mortuary record keeping', 'Body storage', 'Mortuary fridge management'] },
  // superviser des crémations / oversee cremations
  { id: `${SKILL}9ed7ef90-6103-4f74-a684-181abc809a29`, fr: ['Suivi des crémations', 'Gestion des crémations', 'Remise des cendres', 'Remise de l\'urne cinéraire', 'Dispersion des cendres', 'Identification des cendres'], en: ['Cremation administration', 'Handling cremated remains', 'Scattering of ashes', 'Ashes handling'] },
  // faire fonctionner les installations d’incinération / operate cremation equipment
  { id: `${SKILL}90330291-06bb-458e-bc2c-eb83ec90a4b7`, fr: ['Conduite de four crématoire', 'Conduite de four de crémation', 'Four crématoire', 'Pulvérisateur de cendres', 'Crémation des défunts'], en: ['Cremator operation', 'Cremulator', 'Crematorium technician duties'] },
  // préparer des cercueils pour la crémation / prepare coffins for cremation
  { id: `${SKILL}a6ab637b-ea80-4b90-a4f9-d9d856c9b1ed`, fr: ['Introduction du cercueil dans le four'], en: ['Charging the cremator', 'Preparing coffins for the cremator'] },
  // préparer une tombe / prepare graves
  { id: `${SKILL}d27ec978-29f1-4a6f-aee2-358b4cef502c`, fr: ['Creusement de fosses', 'Creusement des tombes', 'Ouverture de caveaux', 'Ouverture et fermeture de caveaux', 'Ouverture et fermeture de sépultures', 'Travaux de fossoyeur', 'Pose de caveaux'], en: ['Grave digging', 'Backfilling graves'] },
  // aider à la mise en place de pierres tombales / assist in the placement of gravestones
  { id: `${SKILL}eb98a264-3a33-446f-833b-5f2d963ebec6`, fr: ['Pose de monuments funéraires', 'Pose de pierres tombales', 'Pose de stèles', 'Marbrerie funéraire'], en: ['Memorial fixing', 'Headstone fixing', 'Headstone installation', 'Memorial masonry'] },
  // fixer des plaques commémoratives / affix memorial plaques
  { id: `${SKILL}bcaeca5f-4c77-4088-90a8-bbdcea6e40e2`, fr: ['Pose de plaques funéraires', 'Fixation de plaques funéraires', 'Plaques funéraires'], en: ['Fixing memorial plaques', 'Plaque fixing'] },
  // graver des motifs / engrave patterns
  { id: `${SKILL}16be151c-c501-43cf-82b1-59df7e32974b`, fr: ['Gravure sur pierre tombale', 'Gravure de monuments funéraires', 'Gravure d\'inscriptions funéraires'], en: ['Headstone engraving', 'Memorial lettering', 'Memorial engraving'] },
  // tenir des registres d’inhumation / maintain burial records
  { id: `${SKILL}82272427-790d-4fb3-bcfb-aaa81b0a127f`, fr: ['Registre des inhumations', 'Suivi des inhumations'], en: ['Interment records'] },
];
