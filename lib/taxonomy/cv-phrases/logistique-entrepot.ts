// Logistique, entrepôt, expédition, exploitation transport (préparateur, magasinier, agent de quai, agent d'exploitation):
// CV phrasings not already in skill-aliases.ts.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // travailler de façon ergonomique / work ergonomically ("apply ergonomy principles while manually
  // handling"): the French training every handling trade lists (warehouse, care, cleaning); read
  // item by item, "postures" was pregnancy. British CVs say "manual handling" (was ESCO's health and
  // safety when picking, a harvest's)
  { id: `${SKILL}156f8c5b-894a-4ccc-a70e-37a2726f3f00`, fr: ['Gestes et postures', 'Formation gestes et postures', 'Formation PRAP'], en: ['Manual handling', 'Safe lifting'] },
  // soulever des charges lourdes / lift heavy weights
  { id: `${SKILL}ab2bb44a-3956-4028-8715-8b70b1960b99`, fr: ['Manutention', 'Manutention manuelle', 'Manutention de colis'] },
  // charger des produits en vue de leur expédition / load products for dispatch
  { id: `${SKILL}77397348-2ce4-4edb-81cc-9eb19f6a3ed7`, fr: ['Expédition', 'Préparation des expéditions', 'Gestion des expéditions', 'Mise en expédition', 'Quai d\'expédition'], en: ['Despatch', 'Dispatching goods', 'Outbound operations'] },
  // charger des objets lourds sur des palettes / load heavy items on pallets
  { id: `${SKILL}5f6c74c9-c49c-400d-bdd9-314e8bf348a1`, fr: ['Palettisation', 'Constitution de palettes', 'Montage de palettes', 'Palettisation des colis'], en: ['Palletising', 'Pallet building', 'Palletizing'] },
  // empiler des produits / stack goods
  { id: `${SKILL}3d086228-d7fc-4c23-972a-22b7d44a6173`, fr: ['Gerbage', 'Gerbage des palettes', 'Stockage en racks', 'Mise en racks'], en: ['Stacking pallets', 'Racking'] },
  // suivre les expéditions / track shipments
  { id: `${SKILL}3d913cd3-4ba3-4be9-8b35-4ad0de5ccb60`, fr: ['Suivi des livraisons', 'Traçabilité des colis', 'Suivi des envois'], en: ['Tracking deliveries', 'Track and trace'] },
  // gérer les documents d'expédition / handle shipment documentation
  { id: `${SKILL}a25e5613-9c7c-4bdc-a145-b72644b69694`, fr: ['Documents d\'expédition', 'Édition des bordereaux', 'Bordereaux d\'expédition', 'Étiquetage des colis', 'Édition des étiquettes de transport'], en: ['Shipping documents', 'Shipping labels', 'Dispatch paperwork'] },
  // planifier et affecter des chauffeurs / schedule and dispatch drivers
  { id: `${SKILL}83e46367-f250-45b4-b0af-b1da42c1f3ec`, fr: ['Affrètement', 'Planification des tournées de livraison', 'Exploitation transport', 'Affectation des chauffeurs', 'Ordonnancement des tournées'], en: ['Transport planning', 'Route scheduling', 'Driver scheduling', 'Traffic office'] },
  // planifier l'expédition de produits / plan the dispatching of products
  { id: `${SKILL}a42cb3ed-f7d3-4c9c-af2e-ff4d9c9f4d48`, fr: ['Ordonnancement des expéditions', 'Planification des enlèvements'], en: ['Dispatch planning', 'Load planning', 'Planning collections'] },
  // garantir le respect de la législation douanière / ensure customs compliance
  { id: `${SKILL}42ab725f-e57f-4320-a9fd-ac3d6717963d`, fr: ['Formalités douanières', 'Déclarations en douane', 'Dédouanement', 'Transit international'], en: ['Customs clearance', 'Customs declarations', 'Customs paperwork'] },
  // gérer les colis et livraisons / handle delivered packages
  { id: `${SKILL}e1f2f22f-3248-4eb2-83a6-c6f7c4437c5c`, fr: ['Tri des colis', 'Tri postal'], en: ['Parcel sorting', 'Mailroom duties'] },
  // vérifier des expéditions / check shipments
  { id: `${SKILL}0b3ee7c8-dc29-48de-a54b-2c91560161a4`, fr: ['Contrôle des expéditions', 'Contrôle qualité des commandes', 'Contrôle des colis avant expédition', 'Vérification des commandes'], en: ['Order checking', 'Dispatch checks'] },
  // stocker les marchandises d'un entrepôt avec précision / store warehouse goods with precision
  { id: `${SKILL}e883d55a-75ae-460b-ba0a-47fecf14f1b3`, fr: ['Rangement en stock', 'Rangement en rayonnage', 'Rangement des palettes en rack'], en: ['Put-away', 'Putaway', 'Stowing stock', 'Putting stock away'] },
  // travailler par équipes / work in shifts (warehouse and factory CVs say "équipe postée")
  { id: `${SKILL}6f2721bf-40ad-4f5d-8774-a478d1d6f5a6`, fr: ['Équipes postées', 'Horaires en équipes postées'] },
  // emballer des articles / pack goods
  { id: `${SKILL}667cbbaf-f377-46d8-8f2d-1f6d8a55d74a`, fr: ['Picking et emballage', 'Préparation et emballage des commandes', 'Mise sous colis'], en: ['Packing orders', 'Packing parcels'] },
  // décharger une cargaison / unload cargo
  { id: `${SKILL}042f91e3-cccc-4d51-b635-bb14ffe90cfc`, fr: ['Dépotage des conteneurs', 'Déchargement des conteneurs'], en: ['Unloading containers', 'Tipping containers', 'Offloading deliveries', 'Crane offloading'] },
  // veiller à la précision du contrôle des stocks / carry out inventory control accuracy
  { id: `${SKILL}53815c73-d352-4d4d-92cb-fb7020cbd8e6`, fr: ['Inventaires annuels', 'Participation aux inventaires', 'Inventaires de fin d\'année'], en: ['Annual stocktake', 'Stocktakes'] },
];
