// Job titles (see job-title.ts), sector family: automobile-titres-courants.
// Car, truck, motorcycle, bicycle and garden/farm machinery trades (repair, body work, paint,
// valeting, tyres, recovery, parts counter, after-sales reception, workshop management), then the
// everyday short titles job seekers of every sector write ("Mécanicien", "Employé polyvalent"...)
// when one occupation is clearly their usual reading. Only titles ESCO's own labels do not already
// rank first (checked with scripts/check-job-titles.ts).
import { OCCUPATION, type JobTitlePhrase } from './job-title';

export const TITLES: JobTitlePhrase[] = [
  // --- Automobile: mécanique et maintenance ---
  // The garage mechanic who diagnoses and repairs; ESCO's "mécanicien d'entretien en automobile" only
  // changes oil and filters, and the roadworthiness tester has no ESCO occupation of its own.
  // technicien de véhicules/technicienne de véhicules / vehicle technician
  {
    id: `${OCCUPATION}4ad4024e-d1d3-4dea-b6d1-2c7948111dce`,
    fr: [
      'Mécanicien automobile / Mécanicienne automobile',
      'Mécanicien auto / Mécanicienne auto',
      'Mécanicien réparateur automobile / Mécanicienne réparatrice automobile',
      'Mécanicien automobile polyvalent / Mécanicienne automobile polyvalente',
      'Mécanicien véhicules légers / Mécanicienne véhicules légers',
      'Technicien automobile / Technicienne automobile',
      'Technicien de maintenance automobile / Technicienne de maintenance automobile',
      'Technicien diagnostic automobile / Technicienne diagnostic automobile',
      'Technicien expert après-vente automobile / Technicienne experte après-vente automobile',
      'Mécanicien poids lourds / Mécanicienne poids lourds',
      'Technicien poids lourds / Technicienne poids lourds',
      'Technicien de maintenance poids lourds / Technicienne de maintenance poids lourds',
      'Mécanicien véhicules industriels / Mécanicienne véhicules industriels',
      'Technicien de maintenance véhicules industriels / Technicienne de maintenance véhicules industriels',
      'Contrôleur technique automobile / Contrôleuse technique automobile',
      'Contrôleur technique poids lourds / Contrôleuse technique poids lourds',
    ],
    en: [
      'Motor mechanic',
      'Motor vehicle technician',
      'Heavy goods vehicle technician',
      'Heavy goods vehicle mechanic',
      'MOT tester',
      'Motorcycle technician',
    ],
  },
  // mécanicien d’entretien en automobile/mécanicienne d’entretien en automobile / vehicle maintenance attendant
  { id: `${OCCUPATION}3b4eb248-6b40-42fe-9d10-cba8ccfe6613`, en: ['Fast fit technician'] },
  // mécanicien en cycles et motocycles/mécanicienne en cycles et motocycles / bicycle mechanic
  {
    id: `${OCCUPATION}336cf331-8082-4a0c-bf5f-e7c54706211c`,
    fr: [
      'Mécanicien moto / Mécanicienne moto',
      'Mécanicien motocycles / Mécanicienne motocycles',
      'Mécanicien deux-roues / Mécanicienne deux-roues',
      'Mécanicien cycles / Mécanicienne cycles',
      'Mécanicien vélo / Mécanicienne vélo',
      'Réparateur de vélos / Réparatrice de vélos',
      'Technicien cycles / Technicienne cycles',
    ],
  },
  // UK "land-based" engineering covers garden machinery, the French "motoculture".
  // technicien d'engins agricoles/technicienne d'engins agricoles / land-based machinery technician
  {
    id: `${OCCUPATION}00c8d1cf-24f2-47d1-9f10-765e1c102811`,
    fr: [
      'Mécanicien motoculture / Mécanicienne motoculture',
      'Mécanicien en motoculture de plaisance / Mécanicienne en motoculture de plaisance',
      'Technicien motoculture / Technicienne motoculture',
    ],
    en: ['Groundcare technician', 'Groundcare mechanic'],
  },
  // technicien d’équipements agricoles/technicienne d’équipements agricoles / agricultural machinery technician
  {
    id: `${OCCUPATION}f7145f87-5940-43f5-bc98-aa1a2b872b47`,
    fr: [
      'Mécanicien matériel agricole / Mécanicienne matériel agricole',
      'Mécanicien en machinisme agricole / Mécanicienne en machinisme agricole',
      'Mécanicien machines agricoles / Mécanicienne machines agricoles',
      'Technicien de maintenance matériel agricole / Technicienne de maintenance matériel agricole',
    ],
    en: ['Agricultural mechanic', 'Tractor mechanic'],
  },
  // mécanicien d’équipement de chantier/mécanicienne d’équipement de chantier / construction equipment technician
  {
    id: `${OCCUPATION}b0480558-269d-4903-9bc7-f390cd6a6964`,
    fr: [
      "Mécanicien engins de chantier / Mécanicienne engins de chantier",
      "Mécanicien d'engins de chantier / Mécanicienne d'engins de chantier",
      'Mécanicien engins de travaux publics / Mécanicienne engins de travaux publics',
    ],
    en: ['Plant mechanic', 'Plant fitter'],
  },
  // électricien automobile/électricienne automobile / automotive electrician
  { id: `${OCCUPATION}6656337f-67eb-4f48-b1e4-ecccdfa44dd2`, fr: ['Électricien auto / Électricienne auto'] },
  // --- Automobile: carrosserie, peinture, vitrage, sellerie, esthétique ---
  // carrossier/carrossière / coachbuilder
  {
    id: `${OCCUPATION}5ab842f6-1f75-4d84-bf41-b8a9799347df`,
    fr: ['Réparateur en carrosserie / Réparatrice en carrosserie', 'Carrossier automobile / Carrossière automobile'],
    en: ['Vehicle body repairer', 'Car body repairer', 'Body shop technician', 'Bodyshop technician'],
  },
  // peintre pour les équipements de transport / transport equipment painter
  {
    id: `${OCCUPATION}a784b063-89cf-441b-9624-deed9dbdeae6`,
    fr: [
      'Peintre automobile',
      'Peintre en carrosserie',
      'Peintre en carrosserie automobile',
      'Préparateur peintre automobile / Préparatrice peintre automobile',
      'Préparateur en carrosserie / Préparatrice en carrosserie',
    ],
    en: ['Car sprayer'],
  },
  // vitrier automobile/vitrière automobile / vehicle glazier
  {
    id: `${OCCUPATION}211716b7-2857-40c8-a078-da983c78c70a`,
    fr: ['Poseur de pare-brise / Poseuse de pare-brise', 'Technicien vitrage automobile / Technicienne vitrage automobile'],
  },
  // sellier-garnisseur/sellière-garnisseuse en automobile / motor vehicle upholsterer
  { id: `${OCCUPATION}c9874f14-5474-43f6-b4a2-77a94f9abfb3`, fr: ['Sellier automobile / Sellière automobile'] },
  // laveur de véhicules/laveuse de véhicules / vehicle cleaner
  {
    id: `${OCCUPATION}7cb71c5f-c310-481c-b46b-d0044328758c`,
    fr: [
      'Préparateur esthétique automobile / Préparatrice esthétique automobile',
      'Préparateur automobile / Préparatrice automobile',
      'Préparateur de véhicules / Préparatrice de véhicules',
      'Laveur de voitures / Laveuse de voitures',
      'Laveur automobile / Laveuse automobile',
      'Agent de lavage automobile / Agente de lavage automobile',
    ],
    en: ['Valeter', 'Mobile valeter', 'Car wash attendant', 'Vehicle preparer'],
  },
  // --- Automobile: pneus, dépannage, démontage ---
  // monteur en pneumatique/monteuse en pneumatique / tyre fitter
  {
    id: `${OCCUPATION}98c429ad-128e-467e-803a-9a6dc1ceed72`,
    fr: [
      'Monteur de pneus / Monteuse de pneus',
      'Monteur pneus / Monteuse pneus',
      'Technicien pneumatique / Technicienne pneumatique',
      'Technicien pneus / Technicienne pneus',
    ],
    en: ['Mobile tyre fitter', 'Tyre and exhaust fitter'],
  },
  // dépanneur de véhicules/dépanneuse de véhicules / roadside vehicle technician
  {
    id: `${OCCUPATION}c0749528-ee2a-41bd-a1f6-c13825b5e569`,
    fr: [
      'Dépanneur / Dépanneuse',
      'Dépanneur remorqueur / Dépanneuse remorqueuse',
      'Dépanneur automobile / Dépanneuse automobile',
      'Dépanneur poids lourds / Dépanneuse poids lourds',
      'Chauffeur dépanneur / Chauffeuse dépanneuse',
      'Conducteur de dépanneuse / Conductrice de dépanneuse',
    ],
    en: ['Recovery driver', 'Breakdown recovery driver', 'Vehicle recovery driver', 'Breakdown mechanic', 'Roadside technician'],
  },
  // recycleur/recycleuse / recycling worker
  {
    id: `${OCCUPATION}4ed9ce62-75d4-4b05-80d4-e86528fecdcd`,
    fr: ['Démonteur automobile / Démonteuse automobile', "Démonteur de véhicules hors d'usage / Démonteuse de véhicules hors d'usage"],
  },
  // expert en règlement de sinistres en assurances/experte en règlement de sinistres en assurances / loss adjuster
  { id: `${OCCUPATION}e91bc34c-0c4f-4ac9-8e2f-8f337d75f9ca`, fr: ['Expert automobile / Experte automobile'], en: ['Vehicle damage assessor'] },
  // --- Automobile: pièces, après-vente, atelier ---
  // conseiller en pièces détachées/conseillère en pièces détachées / motor vehicles parts advisor
  {
    id: `${OCCUPATION}099a901f-91a7-4d26-af2e-f385247dcf20`,
    fr: [
      'Vendeur pièces détachées / Vendeuse pièces détachées',
      'Vendeur en pièces détachées automobiles / Vendeuse en pièces détachées automobiles',
      'Vendeur pièces automobiles / Vendeuse pièces automobiles',
      'Vendeur magasinier pièces automobiles / Vendeuse magasinière pièces automobiles',
      'Magasinier vendeur pièces détachées / Magasinière vendeuse pièces détachées',
      'Magasinier pièces auto / Magasinière pièces auto',
      'Magasinier pièces automobiles / Magasinière pièces automobiles',
      'Conseiller pièces de rechange / Conseillère pièces de rechange',
    ],
    en: ['Parts adviser', 'Parts advisor', 'Vehicle parts adviser', 'Parts counter assistant'],
  },
  // ESCO has no garage service receptionist; its after-sales occupation is the closest.
  // responsable service après-vente véhicules à moteur / motor vehicle aftersales manger
  {
    id: `${OCCUPATION}1663e9d9-857b-4efa-9ab6-886c7fc763f6`,
    fr: [
      'Réceptionnaire après-vente',
      'Réceptionnaire après-vente automobile',
      'Réceptionnaire atelier',
      'Réceptionnaire automobile',
      'Conseiller service après-vente automobile / Conseillère service après-vente automobile',
      'Conseiller après-vente automobile / Conseillère après-vente automobile',
    ],
    en: ['Service adviser', 'Service advisor', 'Vehicle service adviser'],
  },
  // chef de centre réparation automobile / garage manager
  {
    id: `${OCCUPATION}5c9dea76-c7da-4e58-857c-fc3cbe7b960a`,
    fr: ['Garagiste', "Responsable d'atelier automobile", 'Gérant de garage / Gérante de garage'],
  },
  // chef d’atelier de maintenance automobile / vehicle maintenance supervisor
  {
    id: `${OCCUPATION}264b00c9-84d0-4dc9-b590-aed2cea2b904`,
    fr: ["Chef d'atelier poids lourds / Cheffe d'atelier poids lourds"],
    en: ['Workshop controller'],
  },

  // --- Titres courts de tous secteurs (France Travail), quand une lecture domine ---
  // "Mécanicien" alone is, far more often than not, the garage mechanic.
  // technicien de véhicules/technicienne de véhicules / vehicle technician
  { id: `${OCCUPATION}4ad4024e-d1d3-4dea-b6d1-2c7948111dce`, fr: ['Mécanicien / Mécanicienne'], en: ['Mechanic'] },
  // préparateur de commandes/préparatrice de commandes / warehouse order picker
  {
    id: `${OCCUPATION}cd94def5-3442-4c2e-ae3d-0761a3008bcb`,
    fr: [
      'Préparateur / Préparatrice',
      'Préparateur drive / Préparatrice drive',
      'Employé de drive / Employée de drive',
      'Préparateur de commandes cariste / Préparatrice de commandes cariste',
    ],
  },
  // cariste / forklift operator
  {
    id: `${OCCUPATION}eeac6251-1974-42f5-91ed-513c6c883755`,
    fr: ['Cariste magasinier / Cariste magasinière', 'Magasinier cariste / Magasinière cariste'],
  },
  // magasinier/magasinière / warehouse worker
  {
    id: `${OCCUPATION}bea705fe-06ac-4147-b8e0-6e8ac1208d8f`,
    // "Réceptionnaire" alone receives goods in a warehouse; the garage's is "réceptionnaire après-vente".
    fr: ['Agent de magasinage / Agente de magasinage', 'Aide-magasinier / Aide-magasinière', 'Réceptionnaire'],
  },
  // responsable d'entrepôt / warehouse manager
  { id: `${OCCUPATION}2f5de1ab-eddf-4715-8193-e994912c22ea`, fr: ['Chef magasinier / Cheffe magasinière'] },
  // coordinateur d'inventaire/coordinatrice d'inventaire / inventory coordinator
  { id: `${OCCUPATION}d7a9f9e0-e2f5-4804-a0e0-b21ebb1403ee`, fr: ['Responsable de stock', 'Responsable des stocks'] },
  // responsable logistique et distribution / logistics and distribution manager
  { id: `${OCCUPATION}823db06f-25e1-4658-b063-d6ef956b41f5`, fr: ['Responsable logistique'] },
  // conducteur de poids lourd/conductrice de poids lourd / cargo vehicle driver
  {
    id: `${OCCUPATION}45037d43-a8f5-4f46-b332-b2935bc305f4`,
    fr: ['Conducteur super poids lourd / Conductrice super poids lourd'],
  },
  // chauffeur-livreur/chauffeuse-livreuse / delivery driver
  { id: `${OCCUPATION}0c408028-c48f-4df8-ba5d-c3d3be15f5a2`, fr: ['Livreur / Livreuse'] },
  // conducteur accompagnateur de personnes à mobilité réduite/conductrice accompagnatrice de personnes à mobilité réduite / patient transport services driver
  { id: `${OCCUPATION}976f752c-5f10-42ca-84fb-89aa529af04f`, fr: ['Chauffeur accompagnateur / Chauffeuse accompagnatrice'] },
  // homme à tout faire/femme à tout faire / handyman
  {
    id: `${OCCUPATION}f4a25243-b06a-42a9-9c69-246853df63ad`,
    fr: [
      'Ouvrier polyvalent / Ouvrière polyvalente',
      "Ouvrier polyvalent d'entretien / Ouvrière polyvalente d'entretien",
      "Ouvrier d'entretien / Ouvrière d'entretien",
      "Agent d'entretien du bâtiment / Agente d'entretien du bâtiment",
      'Agent technique / Agente technique',
      'Agent de maintenance polyvalent / Agente de maintenance polyvalente',
      'Technicien de maintenance multitechnique / Technicienne de maintenance multitechnique',
    ],
  },
  // ouvrier de chantier/ouvrière de chantier / construction labourer
  {
    id: `${OCCUPATION}fb7e2f4f-1545-42f1-972e-94082e49c6dc`,
    fr: [
      'Ouvrier bâtiment et travaux publics / Ouvrière bâtiment et travaux publics',
      'Ouvrier polyvalent du bâtiment / Ouvrière polyvalente du bâtiment',
    ],
  },
  // superviseur de travaux de construction/superviseuse de travaux de construction / construction general supervisor
  {
    id: `${OCCUPATION}0dd7e6cd-2e5a-4fae-9ce0-6a3622d4019f`,
    fr: ["Chef d'équipe bâtiment et travaux publics / Cheffe d'équipe bâtiment et travaux publics", "Chef d'équipe bâtiment / Cheffe d'équipe bâtiment"],
  },
  // maçon/maçonne / bricklayer
  { id: `${OCCUPATION}05f321f8-055b-407d-bf19-e0ddabda56b7`, fr: ['Maçon coffreur / Maçonne coffreuse'] },
  // poseur de revêtements souples de sols/poseuse de revêtements souples de sols / resilient floor layer
  { id: `${OCCUPATION}0663d464-f139-4554-ae87-97aa6c4dad77`, fr: ['Poseur de sols / Poseuse de sols'] },
  // chaudronnier/chaudronnière / boilermaker
  { id: `${OCCUPATION}5ed024ab-3b6a-4e06-a7fe-8a29f8469a64`, fr: ['Chaudronnier soudeur / Chaudronnière soudeuse'] },
  // ferronnier d’art/ferronnière d’art / ornamental metal worker
  { id: `${OCCUPATION}c44f9f8c-46a6-40da-9630-cc568a18cc51`, fr: ['Métallier / Métallière'] },
  // monteur de panneaux de commande électriques/monteuse de panneaux de commande électriques / control panel assembler
  { id: `${OCCUPATION}c44a118d-18c1-46ac-985f-3e802a064b73`, fr: ['Câbleur / Câbleuse'] },
  // ouvrier de montage en aéronautique/ouvrière de montage en aéronautique / aircraft assembler
  { id: `${OCCUPATION}ad7c76e8-af96-42af-99a5-d579f707758c`, fr: ['Ajusteur monteur / Ajusteuse monteuse'] },
  // manœuvre industriel/manœuvre industrielle / factory hand
  {
    id: `${OCCUPATION}245be6d1-fe9a-4ac8-9f81-122a687e4724`,
    fr: ['Opérateur / Opératrice', 'Opérateur polyvalent / Opératrice polyvalente'],
  },
  // opérateur d'emballage manuel/opératrice d'emballage manuel / hand packer
  { id: `${OCCUPATION}f5cb9901-86fc-48d0-9cde-667fbe8cef3a`, fr: ['Emballeur / Emballeuse'] },
  // opérateur de conditionnement/opératrice de conditionnement / packaging and filling machine operator
  { id: `${OCCUPATION}b0fa69b4-998c-4e66-acd3-5f5d73cadb5c`, fr: ['Agent de conditionnement / Agente de conditionnement'] },
  // responsable maintenance de site de production / manufacturing facility manager
  { id: `${OCCUPATION}680831bb-64fc-4fc8-ae58-c450327d9700`, fr: ['Responsable maintenance', 'Responsable de maintenance'] },
  // électricien d’équipements industriels/électricienne d’équipements industriels / industrial electrician
  { id: `${OCCUPATION}5df63943-f1bc-4438-90f1-92768a7a23c8`, fr: ['Électricien industriel / Électricienne industrielle'] },
  // polisseur de métaux/polisseuse de métaux / metal polisher
  { id: `${OCCUPATION}d07a4984-e775-46a7-b967-a3d0b3a54268`, fr: ['Polisseur / Polisseuse'] },
  // géomètre-topographe / surveyor
  { id: `${OCCUPATION}d8e502b4-1be6-4d10-a224-151688f8f0c8`, fr: ['Topographe'] },
  // vendeur/vendeuse / sales assistant
  {
    id: `${OCCUPATION}9ba74e8a-c40c-4228-9998-eb3c7a5c11df`,
    fr: [
      'Vendeur conseil / Vendeuse conseil',
      'Conseiller de vente / Conseillère de vente',
      'Conseiller en vente / Conseillère en vente',
      'Vendeur polyvalent / Vendeuse polyvalente',
      'Employé de vente / Employée de vente',
    ],
  },
  // vendeur en boutique de vêtements/vendeuse en boutique de vêtements / clothing specialised seller
  {
    id: `${OCCUPATION}13da27aa-ca6a-476d-ab2c-efc9e5bd97b2`,
    fr: ['Vendeur prêt-à-porter / Vendeuse prêt-à-porter', 'Vendeur en prêt-à-porter / Vendeuse en prêt-à-porter'],
  },
  // employé de magasin/employée de magasin / shop assistant
  {
    id: `${OCCUPATION}0b15375e-dfdd-4047-9efb-096e0aaee7d2`,
    fr: ['Employé polyvalent de magasin / Employée polyvalente de magasin', 'Équipier de vente / Équipière de vente'],
  },
  // employé de rayon/employée de rayon / shelf filler
  { id: `${OCCUPATION}d35f9e79-5778-43b4-8667-0e3ba1fcb19a`, fr: ['Employé de rayon fruits et légumes / Employée de rayon fruits et légumes'] },
  // chef de rayon / department manager
  { id: `${OCCUPATION}a79d9e58-36be-4e67-a4db-ea6c8ff445fc`, fr: ['Responsable de rayon', 'Manager de rayon'] },
  // hôte de caisse/hôtesse de caisse / cashier
  { id: `${OCCUPATION}2b871272-bd61-4206-bd1a-0b96d7023098`, fr: ['Employé de caisse / Employée de caisse'] },
  // pompiste / fuel station specialised seller
  {
    id: `${OCCUPATION}41beead9-98ad-4c89-b6e0-a14149f4eeab`,
    fr: ['Employé de station-service / Employée de station-service', 'Agent de station-service / Agente de station-service'],
  },
  // boucher/bouchère / butcher
  { id: `${OCCUPATION}37c7880e-cfee-4c41-a41b-061682fefde3`, fr: ['Boucher en grande surface / Bouchère en grande surface'] },
  // équipier polyvalent de restauration rapide/équipière polyvalente de restauration rapide / quick service restaurant crew member
  {
    id: `${OCCUPATION}96a0d8d3-d4a6-473d-80d6-b5dbadde940a`,
    fr: ['Équipier polyvalent / Équipière polyvalente', 'Équipier / Équipière'],
  },
  // aide-cuisinier/aide-cuisinière / kitchen assistant
  {
    id: `${OCCUPATION}e1cf6897-158d-4b48-a39e-2a3a8cac216c`,
    fr: [
      'Employé de cantine / Employée de cantine',
      'Agent de restauration collective / Agente de restauration collective',
      'Agent de cuisine / Agente de cuisine',
    ],
  },
  // cuisinier/cuisinière / cook
  {
    id: `${OCCUPATION}90f75f67-495d-49fa-ab57-2f320e251d7e`,
    fr: ['Cuisinier en collectivité / Cuisinière en collectivité', 'Cuisinier polyvalent / Cuisinière polyvalente'],
  },
  // blanchisseur industriel/blanchisseuse industrielle / laundry worker
  { id: `${OCCUPATION}0da51178-e386-4534-ae71-15ba789ad756`, fr: ['Agent de blanchisserie / Agente de blanchisserie'] },
  // agent d'entretien d'immeubles/agente d'entretien d'immeubles / building cleaner
  {
    id: `${OCCUPATION}303a1e34-cb16-4054-b323-81e5eec17397`,
    fr: [
      'Agent hospitalier / Agente hospitalière',
      "Agent d'entretien polyvalent / Agente d'entretien polyvalente",
      'Agent de nettoyage industriel / Agente de nettoyage industriel',
    ],
  },
  // agent d'entretien des espaces verts/agente d'entretien des espaces verts / groundsman/groundswoman
  { id: `${OCCUPATION}a48b9a5a-5ded-482d-8cda-7fd097a32c16`, fr: ["Agent d'espaces verts / Agente d'espaces verts"] },
  // agent d'entretien de la voirie/agente d'entretien de la voirie / road maintenance worker
  { id: `${OCCUPATION}f272a521-1a38-4d34-a78e-3adeca95b977`, fr: ['Agent de voirie / Agente de voirie'] },
  // garde / security guard
  { id: `${OCCUPATION}31808988-fc0a-4bc3-9e47-27216d6759f5`, fr: ['Gardien de nuit / Gardienne de nuit'] },
  // assistant de vie/assistante de vie / home care aide
  {
    id: `${OCCUPATION}1391bdf9-bd61-4fb5-91ca-c29036ab2b60`,
    fr: ['Assistant de vie aux familles / Assistante de vie aux familles', 'Aide à la personne'],
  },
  // assistant en éducation spécialisée/assistante en éducation spécialisée / special educational needs assistant
  { id: `${OCCUPATION}1f137f0b-7097-4583-9d1b-b69e57369319`, fr: ['Assistant de vie scolaire / Assistante de vie scolaire'] },
  // The ESCO concept (whatever its French label) is the nursery-class assistant, the ATSEM.
  // assistant maternel/assistante maternelle / early years teaching assistant
  {
    id: `${OCCUPATION}4d27152a-a8ee-4f5a-9f93-a2fb4fb2b2e3`,
    fr: ['Agent territorial spécialisé des écoles maternelles / Agente territoriale spécialisée des écoles maternelles'],
  },
  // éducateur social/éducatrice sociale / social pedagogue
  { id: `${OCCUPATION}fa4a3b52-990c-44eb-a912-490f5d689400`, fr: ['Éducateur / Éducatrice'] },
  // agent d'insertion socioprofessionnelle/agente d'insertion socioprofessionnelle / community social worker
  { id: `${OCCUPATION}ce53a1b2-2fec-4d04-9390-47fb3dd525f0`, fr: ['Agent de médiation / Agente de médiation'] },
  // chargé/chargée d'enseignement général du second degré / secondary school teacher
  { id: `${OCCUPATION}5efb2c08-ba3a-4659-a2e4-1883f54e77b6`, fr: ['Professeur / Professeure', 'Enseignant / Enseignante'] },
  // médecin généraliste / general practitioner
  { id: `${OCCUPATION}71f09c8b-a172-408c-b9e7-32e580e39ff6`, fr: ['Médecin'] },
  // éducateur sportif des activités aquatiques et de la natation / swimming coach
  { id: `${OCCUPATION}62975936-0853-4a5d-9f59-bf943aca3cc6`, fr: ['Maître-nageur / Maître-nageuse'] },
  // animateur sportif polyvalent/animatrice sportive polyvalente / sports animator
  { id: `${OCCUPATION}88c55070-444a-45db-abe3-7b95c40bc9ec`, fr: ['Animateur sportif / Animatrice sportive'] },
  // agent d'accueil en office de tourisme / tourist information officer
  { id: `${OCCUPATION}9b35eab1-2adc-4057-a620-181862656a19`, fr: ["Agent d'accueil touristique / Agente d'accueil touristique"] },
  // réceptionniste / receptionist
  { id: `${OCCUPATION}f7b04542-d8c7-42db-8475-e63b507cce82`, fr: ["Chargé d'accueil / Chargée d'accueil"] },
  // secrétaire / secretary
  {
    id: `${OCCUPATION}5ac377d2-e1d0-4911-a299-b4ef2782a0ba`,
    fr: ['Secrétaire administratif / Secrétaire administrative', 'Secrétaire polyvalent / Secrétaire polyvalente', 'Secrétaire comptable'],
  },
  // assistant administratif/assistante administrative / administrative assistant
  {
    id: `${OCCUPATION}044d78cc-f62f-4532-83a5-8e04f2889652`,
    fr: [
      'Assistant polyvalent / Assistante polyvalente',
      'Assistant de gestion administrative / Assistante de gestion administrative',
      'Assistant administratif et commercial / Assistante administrative et commerciale',
    ],
  },
  // adjoint administratif dans la fonction publique/adjointe administrative dans la fonction publique / public administration administrative assistant
  { id: `${OCCUPATION}ffade2f4-2528-4dfd-b36a-6e4092be08ed`, fr: ['Adjoint administratif / Adjointe administrative'] },
  // opérateur de saisie de données/opératrice de saisie de données / data entry clerk
  { id: `${OCCUPATION}6353b3e8-e8f2-4ecb-b230-186927139892`, fr: ['Agent de saisie / Agente de saisie'] },
  // responsable de l'administration des ventes / sales processor
  {
    id: `${OCCUPATION}73357956-f607-4baa-9ce6-03beb9b39da2`,
    fr: [
      'Assistant administration des ventes / Assistante administration des ventes',
      'Gestionnaire administration des ventes',
      "Chargé d'administration des ventes / Chargée d'administration des ventes",
    ],
  },
  // chargé de comptabilité/chargée de comptabilité / bookkeeper
  { id: `${OCCUPATION}c3aae59e-1441-4b3e-bdd1-6da50dc7cf42`, fr: ['Comptable fournisseurs', 'Comptable clients'] },
  // comptable / accountant
  { id: `${OCCUPATION}eda0d957-3c3c-4139-b89a-a18bc9e18897`, fr: ['Gestionnaire comptable'] },
  // responsable paie / payroll clerk
  { id: `${OCCUPATION}ade351da-7bda-424e-8682-bbdcab2a25be`, fr: ['Assistant de paie / Assistante de paie', 'Assistant paie / Assistante paie'] },
  // agent de recouvrement/agente de recouvrement / debt collector
  { id: `${OCCUPATION}50a66df6-c141-4b4a-937a-d3bc55737ae3`, fr: ['Chargé de recouvrement / Chargée de recouvrement'] },
  // chargé  de clientèle banque/chargée de clientèle banque / relationship banking manager
  {
    id: `${OCCUPATION}d96de969-d43d-4082-8559-7fc35484a217`,
    fr: ['Conseiller bancaire / Conseillère bancaire', 'Chargé de clientèle bancaire / Chargée de clientèle bancaire'],
  },
  // consultant en recrutement/consultante en recrutement / recruitment consultant
  { id: `${OCCUPATION}068370e0-9c27-4814-87d0-44fbb3140815`, fr: ['Chargé de recrutement / Chargée de recrutement'] },
  // responsable de formation / training manager
  { id: `${OCCUPATION}a14e96a7-6c4d-4d69-8c6f-7ccadf77bac5`, fr: ['Chargé de formation / Chargée de formation'] },
  // chef de projet / project manager
  { id: `${OCCUPATION}bea99fea-0383-4c63-b944-70d4799de2c5`, fr: ['Chargé de projet / Chargée de projet', 'Chargé de projets / Chargée de projets'] },
  // agent de centre d'appels/agente de centre d'appels / contact centre agent
  { id: `${OCCUPATION}0ededdc2-050a-4ec3-8e70-6295105fcd19`, fr: ['Agent de télémarketing / Agente de télémarketing'] },
  // délégué commercial/déléguée commerciale / commercial sales representative
  {
    id: `${OCCUPATION}14031d4a-6e99-442f-b4fe-18262b6432b2`,
    fr: ['Commercial terrain / Commerciale terrain', 'Commercial sédentaire / Commerciale sédentaire'],
  },
  // ingénieur technico-commercial/ingénieure technico-commerciale / sales engineer
  { id: `${OCCUPATION}8529edc5-96ad-4cde-b34a-f86ad3753e4d`, fr: ['Ingénieur commercial / Ingénieure commerciale'] },
  // ESCO gives "chargé d'affaires" to the diplomat; on a CV it is the business/technical account manager.
  // attaché technico-commercial/attachée technico-commerciale / technical sales representative
  { id: `${OCCUPATION}c956be07-53a3-4b01-b8f8-f0c5a428eaa8`, fr: ["Chargé d'affaires / Chargée d'affaires"] },
  // responsable de la prospection / business developer
  { id: `${OCCUPATION}b76178c0-a03a-4793-b079-1e61e636c521`, fr: ['Développeur commercial / Développeuse commerciale'] },
  // spécialiste en import-export / import export specialist
  { id: `${OCCUPATION}61b859ed-24d8-48cf-9c1b-67d7a6c62bb5`, fr: ['Assistant import-export / Assistante import-export'] },
  // responsable de la communauté en ligne / online community manager
  { id: `${OCCUPATION}137b1d11-c4bc-4016-89ba-45345d4c71f0`, fr: ['Community manager'] },
  // technicien informatique/technicienne informatique / ICT technician
  { id: `${OCCUPATION}3e7bf729-4442-4b9f-ad5e-83111963795c`, fr: ['Technicien de maintenance informatique / Technicienne de maintenance informatique'] },
  // technicien de réseau informatique/technicienne de réseau informatique / ICT network technician
  { id: `${OCCUPATION}64c7d461-152c-477f-a8e2-c2c537e9d617`, fr: ['Technicien systèmes et réseaux / Technicienne systèmes et réseaux'] },
  // technicien de production son/technicienne de production son / audio production technician
  { id: `${OCCUPATION}2cbb23b0-0bf1-4871-9e6d-18f005987310`, fr: ['Technicien son / Technicienne son'] },
  // opérateur de tri/opératrice de tri / sorter labourer
  { id: `${OCCUPATION}ff8d4065-db44-47c7-a4bd-51b3c306ef70`, fr: ['Agent de tri des déchets / Agente de tri des déchets', 'Trieur / Trieuse'] },
];
