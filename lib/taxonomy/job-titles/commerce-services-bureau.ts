// Job titles (see job-title.ts), sector family: commerce-services-bureau (commerce and sales, hotels,
// restaurants and fast food, tourism and reception, call centres and customer service, banking, insurance
// and property, office, accounting and management, human resources, legal, IT and digital, communication,
// marketing, arts, entertainment and media, crafts: hairdressing, beauty, food trades).
import { OCCUPATION, type JobTitlePhrase } from './job-title';

export const TITLES: JobTitlePhrase[] = [
  // — Commerce, vente, grande distribution —
  // vendeur en boutique de vêtements/vendeuse en boutique de vêtements / clothing specialised seller
  { id: `${OCCUPATION}13da27aa-ca6a-476d-ab2c-efc9e5bd97b2`, fr: ['Vendeur textile / Vendeuse textile'] },
  // vendeur/vendeuse / sales assistant
  { id: `${OCCUPATION}9ba74e8a-c40c-4228-9998-eb3c7a5c11df`, fr: ['Vendeur en magasin / Vendeuse en magasin', 'Vendeur en grande surface / Vendeuse en grande surface', 'Vendeur en boutique / Vendeuse en boutique'], en: ['Retail assistant', 'Retail sales advisor', 'Sales advisor', 'Sales adviser', 'Sales associate', 'Store associate'] },
  // employé de magasin/employée de magasin / shop assistant
  { id: `${OCCUPATION}0b15375e-dfdd-4047-9efb-096e0aaee7d2`, fr: ['Employé commercial / Employée commerciale', 'Employé de commerce / Employée de commerce'], en: ['Customer assistant'] },
  // employé de rayon/employée de rayon / shelf filler
  { id: `${OCCUPATION}d35f9e79-5778-43b4-8667-0e3ba1fcb19a`, fr: ['Employé libre-service / Employée libre-service', 'Employé de libre-service / Employée de libre-service', 'Employé polyvalent de libre-service / Employée polyvalente de libre-service', 'Agent de mise en rayon / Agente de mise en rayon'], en: ['Replenishment assistant', 'Night filler'] },
  // hôte de caisse/hôtesse de caisse / cashier
  { id: `${OCCUPATION}2b871272-bd61-4206-bd1a-0b96d7023098`, en: ['Till operator'] },
  // directeur de magasin/directrice de magasin / shop manager
  { id: `${OCCUPATION}9e81adde-9983-44fa-b74b-c548d0dbfbdd`, en: ['Retail manager'] },
  // responsable de magasin / shop supervisor
  { id: `${OCCUPATION}bdfb48e0-79dc-4b63-8470-db2e03b37326`, fr: ['Gérant de commerce / Gérante de commerce', 'Responsable de point de vente', 'Manager de magasin'], en: ['Retail team leader'] },
  // vendeur automobile/vendeuse automobile / motor vehicles specialised seller
  { id: `${OCCUPATION}6a163fef-dee8-4583-82b0-13b76d8a27b2`, fr: ['Conseiller commercial automobile / Conseillère commerciale automobile', 'Conseiller des ventes automobile / Conseillère des ventes automobile'], en: ['Car sales executive', 'Car sales advisor'] },
  // responsable de la prospection / business developer
  { id: `${OCCUPATION}b76178c0-a03a-4793-b079-1e61e636c521`, fr: ['Chargé de développement commercial / Chargée de développement commerciale'] },
  // directeur ventes et relations clientèle/directrice ventes et relations clientèle / sales account manager
  { id: `${OCCUPATION}2eac08c2-a81a-46fc-8d75-eb0e0f3e0f6d`, fr: ['Responsable grands comptes'] },
  // assistant des ventes/assistante des ventes / sales support assistant
  { id: `${OCCUPATION}5c1eba1e-7820-4287-9746-4c5906320100`, fr: ['Assistant commercial / Assistante commerciale'] },
  // attaché technico-commercial/attachée technico-commerciale / technical sales representative
  { id: `${OCCUPATION}c956be07-53a3-4b01-b8f8-f0c5a428eaa8`, fr: ['Technico-commercial / Technico-commerciale'] },
  // délégué commercial/déléguée commerciale / commercial sales representative
  { id: `${OCCUPATION}14031d4a-6e99-442f-b4fe-18262b6432b2`, fr: ['Représentant commercial / Représentante commerciale', 'Voyageur représentant placier / Voyageuse représentante placière', 'Agent commercial / Agente commerciale', 'Conseiller commercial / Conseillère commerciale'] },
  // démonstrateur/démonstratrice / promotions demonstrator
  { id: `${OCCUPATION}056f1849-7ff8-4d6f-9b8a-176a610bba44`, fr: ['Animateur commercial / Animatrice commerciale'] },
  // acheteur/acheteuse / purchaser
  { id: `${OCCUPATION}29fa406d-de89-4515-be8d-0fe7bda993f1`, fr: ['Assistant achats / Assistante achats'], en: ['Assistant buyer'] },
  // vendeur en parfumerie/vendeuse en parfumerie / cosmetics and perfume specialised seller
  { id: `${OCCUPATION}773753ad-c4f7-4052-b3b4-440435199d6b`, fr: ['Conseiller beauté / Conseillère beauté', 'Conseiller en beauté / Conseillère en beauté'], en: ['Beauty advisor', 'Beauty adviser'] },
  // styliste personnel/styliste personnelle / personal stylist
  { id: `${OCCUPATION}d5ce0c23-6f8a-459f-9bf9-a7cb9768740a`, fr: ['Conseiller en image / Conseillère en image'] },
  // vendeur en épicerie fine/vendeuse en épicerie fine / delicatessen specialised seller
  { id: `${OCCUPATION}e11e5be4-49e7-48ac-8e0d-6d3ffd3dbcd0`, fr: ['Fromager / Fromagère', 'Vendeur en fromagerie / Vendeuse en fromagerie'], en: ['Cheesemonger'] },
  // poissonnier/poissonnière / fish and seafood specialised seller
  { id: `${OCCUPATION}062d666b-8b5f-4ff2-9047-113831eb3e9f`, fr: ['Vendeur en poissonnerie / Vendeuse en poissonnerie'], en: ['Fishmonger'] },
  // marchand de confiseries/marchande de confiseries / confectionery specialised seller
  { id: `${OCCUPATION}268565be-d94f-4983-a33f-2b7dabc61f24`, fr: ['Vendeur en chocolaterie / Vendeuse en chocolaterie'] },
  // vendeur en boulangerie/vendeuse en boulangerie / bakery specialised seller
  { id: `${OCCUPATION}2e9c9404-0d86-453c-9001-3a0cd1d1323b`, fr: ['Employé de boulangerie / Employée de boulangerie'], en: ['Bakery assistant'] },
  // marchand de meubles/marchande de meubles / furniture specialised seller
  { id: `${OCCUPATION}4b1b1c9c-579c-45c8-8a34-db39f544c031`, fr: ['Vendeur en ameublement / Vendeuse en ameublement', 'Vendeur en mobilier / Vendeuse en mobilier'] },
  // libraire / bookshop specialised seller
  { id: `${OCCUPATION}1246764a-ce7c-45e8-9675-e445d145e818`, fr: ['Vendeur en librairie / Vendeuse en librairie'] },
  // vendeur en jardinerie/vendeuse en jardinerie / flower and garden specialised seller
  { id: `${OCCUPATION}c0768628-46ad-4077-aee0-66ab6d7711df`, en: ['Florist'] },
  // — Centres d'appels, relation client —
  // agent de centre d'appels/agente de centre d'appels / call centre agent
  { id: `${OCCUPATION}0ededdc2-050a-4ec3-8e70-6295105fcd19`, fr: ['Téléconseiller / Téléconseillère', 'Conseiller clientèle à distance / Conseillère clientèle à distance', 'Conseiller relation client à distance / Conseillère relation client à distance', 'Télévendeur / Télévendeuse', 'Téléprospecteur / Téléprospectrice', 'Téléacteur / Téléactrice'], en: ['Contact centre agent', 'Call centre advisor', 'Contact centre advisor', 'Telesales executive', 'Telesales advisor', 'Telesales agent'] },
  // représentant du service clients/représentante du service clients / customer service representative
  { id: `${OCCUPATION}13d1b2b4-99dd-44da-9734-c9f74bae18f7`, fr: ['Conseiller clientèle / Conseillère clientèle', 'Conseiller client / Conseillère client', 'Conseiller service client / Conseillère service client', 'Conseiller relation client / Conseillère relation client', 'Chargé de relation client / Chargée de relation client', 'Agent de service client / Agente de service client', 'Conseiller service après-vente / Conseillère service après-vente'], en: ['Customer service advisor', 'Customer service adviser', 'Customer service assistant', 'Customer service agent', 'Customer advisor', 'Customer adviser'] },
  // superviseur de centre d'appels/superviseuse de centre d'appels / call centre supervisor
  { id: `${OCCUPATION}6aa78e46-ce22-421f-8a75-e915ac63c9d0`, fr: ['Chef d\'équipe centre d\'appels / Cheffe d\'équipe centre d\'appels'], en: ['Call centre team leader'] },
  // agent d'enquêtes/agente d'enquêtes / market research interviewer
  { id: `${OCCUPATION}7843a4c6-a9f6-4095-94b9-45b384d4bd57`, fr: ['Enquêteur téléphonique / Enquêtrice téléphonique', 'Enquêteur terrain / Enquêtrice terrain'] },
  // — Hôtellerie, restauration, restauration rapide —
  // cuisinier/cuisinière / cook
  { id: `${OCCUPATION}90f75f67-495d-49fa-ab57-2f320e251d7e`, fr: ['Commis de cuisine'] },
  // chef de cuisine / chef
  { id: `${OCCUPATION}1009be17-7efd-45f1-a033-566bf179c588`, fr: ['Second de cuisine'] },
  // aide-cuisinier/aide-cuisinière / kitchen assistant
  { id: `${OCCUPATION}e1cf6897-158d-4b48-a39e-2a3a8cac216c`, fr: ['Aide de cuisine', 'Employé de cuisine / Employée de cuisine', 'Agent de restauration / Agente de restauration', 'Employé de restauration / Employée de restauration', 'Employé de restauration collective / Employée de restauration collective'], en: ['Kitchen team member'] },
  // équipier polyvalent de restauration rapide/équipière polyvalente de restauration rapide / quick service restaurant crew member
  { id: `${OCCUPATION}96a0d8d3-d4a6-473d-80d6-b5dbadde940a`, fr: ['Employé de restauration rapide / Employée de restauration rapide'] },
  // manager en restauration rapide/manageuse en reastauration rapide / quick service restaurant team leader
  { id: `${OCCUPATION}4a1125ee-5728-4b1f-b655-7b8eb2e27660`, fr: ['Chef d\'équipe restauration rapide / Cheffe d\'équipe restauration rapide'] },
  // serveur/serveuse / waiter/waitress
  { id: `${OCCUPATION}d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471`, fr: ['Commis de salle'], en: ['Food runner'] },
  // barman/barmaid / bartender
  { id: `${OCCUPATION}2f5e38a0-6578-4665-bdbd-e2ab505be140`, fr: ['Employé de bar / Employée de bar'] },
  // gérant de restaurant/gérante de restaurant / restaurant manager
  { id: `${OCCUPATION}d5eb6150-bbff-4a9c-9d0c-21eab4dbe2b6`, fr: ['Manager de restaurant', 'Responsable de restaurant'], en: ['Assistant restaurant manager'] },
  // directeur de l'entretien ménager/directrice de l'entretien ménager / housekeeping supervisor
  { id: `${OCCUPATION}fae51298-03a8-4df4-829a-685dddc1580e`, fr: ['Gouvernante', 'Gouvernante d\'hôtel', 'Gouvernante d\'étage', 'Gouvernante générale'] },
  // valet de chambre/femme de chambre / room attendant
  { id: `${OCCUPATION}731ecac4-06e8-4ec2-a559-101fecbd9183`, fr: ['Agent d\'hébergement / Agente d\'hébergement', 'Employé d\'étage / Employée d\'étage', 'Agent d\'étage / Agente d\'étage', 'Employé polyvalent d\'hôtellerie / Employée polyvalente d\'hôtellerie'], en: ['Housekeeping assistant', 'Hotel housekeeper'] },
  // directeur de l'hébergement/directrice de l'hébergement / accommodation manager
  { id: `${OCCUPATION}53cdd34e-22f2-41bd-b3c7-de22bf9bbcae`, fr: ['Directeur d\'hôtel / Directrice d\'hôtel'] },
  // responsable de l’hébergement / rooms division manager
  { id: `${OCCUPATION}02e19186-458f-40eb-9e78-31c656d12ac7`, fr: ['Chef de réception / Cheffe de réception'] },
  // réceptionniste d'établissement hôtelier / hospitality establishment receptionist
  { id: `${OCCUPATION}82025c02-9082-416c-998b-f51eb0359ee6`, fr: ['Agent de réception / Agente de réception'], en: ['Guest services agent'] },
  // — Tourisme, accueil —
  // réceptionniste / receptionist
  { id: `${OCCUPATION}f7b04542-d8c7-42db-8475-e63b507cce82`, fr: ['Hôte d\'accueil / Hôtesse d\'accueil'], en: ['Front of house receptionist'] },
  // agent d'accueil en office de tourisme/agente d'accueil en office de tourisme / tourist information officer
  { id: `${OCCUPATION}9b35eab1-2adc-4057-a620-181862656a19`, fr: ['Conseiller en séjour / Conseillère en séjour'] },
  // guide accompagnateur/guide accompagnatrice / tour organiser
  { id: `${OCCUPATION}5b9a678a-7c35-4c50-a804-754b82652ee6`, fr: ['Accompagnateur de voyages / Accompagnatrice de voyages', 'Accompagnateur touristique / Accompagnatrice touristique'] },
  // guide / guide
  { id: `${OCCUPATION}b476f45f-2c79-44d5-a4d7-fa357aa83074`, fr: ['Guide de musée'] },
  // représentant à destination/représentante à destination / tour operator representative
  { id: `${OCCUPATION}b5d76ddd-f59a-491a-9543-f6c0e2d8a950`, en: ['Resort representative'] },
  // standardiste / telephone switchboard operator
  { id: `${OCCUPATION}0bf68df5-e808-4c27-abf2-6f85440f2d7f`, en: ['Telephonist'] },
  // responsable de comptoir en location de véhicules / vehicle rental agent
  { id: `${OCCUPATION}3cc87d40-f402-4f57-9353-4b36a031cfc5`, en: ['Car rental agent'] },
  // — Banque, assurance, immobilier —
  // chargé d'indemnisation en assurances/chargée d'indemnisation en assurances / insurance claims handler
  { id: `${OCCUPATION}01a83071-6533-4675-b2da-f0c6d02669f5`, fr: ['Gestionnaire sinistres', 'Gestionnaire de sinistres'] },
  // courtier en assurances/courtière en assurances / insurance broker
  { id: `${OCCUPATION}a198de8c-24b1-4002-982f-a57ae6d6c19c`, fr: ['Conseiller en assurances / Conseillère en assurances', 'Chargé de clientèle assurances / Chargée de clientèle assurances'], en: ['Insurance adviser'] },
  // chargé  de clientèle banque/chargée de clientèle banque / relationship banking manager
  { id: `${OCCUPATION}d96de969-d43d-4082-8559-7fc35484a217`, fr: ['Conseiller clientèle particuliers / Conseillère clientèle particuliers'] },
  // chargé de clientèle « entreprises »/chargée de clientèle « entreprises » / corporate banking manager
  { id: `${OCCUPATION}d2d451cc-e839-4192-be54-d7724814aa03`, fr: ['Conseiller clientèle professionnels / Conseillère clientèle professionnels'] },
  // planificateur financier/planificatrice financière / financial planner
  { id: `${OCCUPATION}21de0f3b-a71a-4263-a9ba-90c5f3721b4d`, fr: ['Conseiller patrimonial / Conseillère patrimoniale'] },
  // directeur de la gestion locative immobilière/directrice de la gestion locative immobilière / real estate leasing manager
  { id: `${OCCUPATION}cee31c49-abe9-4f29-ad10-5eefe63f2a57`, fr: ['Gestionnaire locatif / Gestionnaire locative'] },
  // directeur des services immobiliers/directrice des services immobiliers / real estate manager
  { id: `${OCCUPATION}0f5b4653-50b2-413a-826d-39d447480c21`, en: ['Property manager'] },
  // agent de location immobilière/agente de location immobilière / letting agent
  { id: `${OCCUPATION}d261a6a4-7ea7-4295-a84e-f4b1a56990d7`, en: ['Lettings negotiator'] },
  // agent immobilier/agente immobilier / real estate agent
  { id: `${OCCUPATION}8ec8df02-e9dd-43b7-b416-5846ae0414ab`, fr: ['Mandataire immobilier', 'Commercial en immobilier / Commerciale en immobilier'], en: ['Estate agency negotiator'] },
  // agent administratif d’assurances/agente administrative d’assurances / insurance clerk
  { id: `${OCCUPATION}9a39a143-d93c-4093-ba3b-47fb67ade318`, en: ['Insurance administrator'] },
  // — Secrétariat, assistanat —
  // clerc / office clerk
  { id: `${OCCUPATION}6c999fc7-c6b7-4ef3-a4b9-af124a1783a2`, fr: ['Agent administratif / Agente administrative', 'Employé administratif / Employée administrative', 'Employé de bureau / Employée de bureau'], en: ['Clerical officer'] },
  // assistant administratif/assistante administrative / administrative assistant
  { id: `${OCCUPATION}044d78cc-f62f-4532-83a5-8e04f2889652`, fr: ['Assistant de gestion / Assistante de gestion', 'Assistant d\'équipe / Assistante d\'équipe', 'Gestionnaire administratif / Gestionnaire administrative'], en: ['Admin assistant', 'Administration assistant', 'Team administrator', 'Admin officer', 'Administrative officer'] },
  // auxiliaire juridique / legal administrative assistant
  { id: `${OCCUPATION}0264b794-3771-47aa-a675-78bf13b62ee7`, fr: ['Secrétaire juridique'] },
  // — Comptabilité, gestion —
  // chargé de comptabilité/chargée de comptabilité / bookkeeper
  { id: `${OCCUPATION}c3aae59e-1441-4b3e-bdd1-6da50dc7cf42`, fr: ['Aide-comptable', 'Assistant comptable / Assistante comptable'], en: ['Accounts payable clerk', 'Purchase ledger clerk'] },
  // secrétaire facturier/secrétaire facturière / billing clerk
  { id: `${OCCUPATION}bafbc672-0ad9-41af-9de8-db0c91a24f9b`, en: ['Sales ledger clerk'] },
  // comptable / accountant
  { id: `${OCCUPATION}eda0d957-3c3c-4139-b89a-a18bc9e18897`, fr: ['Collaborateur comptable / Collaboratrice comptable'] },
  // directeur comptable/directrice comptable / accounting manager
  { id: `${OCCUPATION}04f39bfa-bc03-4480-98bc-b18ce4fe4b4b`, fr: ['Responsable comptable'] },
  // responsable paie / payroll clerk
  { id: `${OCCUPATION}ade351da-7bda-424e-8682-bbdcab2a25be`, fr: ['Gestionnaire de paie', 'Gestionnaire paie', 'Technicien de paie'] },
  // trésorier d'entreprise/trésorière d'entreprise / corporate treasurer
  { id: `${OCCUPATION}3e1a2f3c-20d6-4d33-aa6f-63cd2a32698d`, fr: ['Gestionnaire de trésorerie'] },
  // directeur financier/directrice financière / financial manager
  { id: `${OCCUPATION}30f3ea93-882a-4525-841c-1d5b4b64076f`, fr: ['Responsable administratif et financier / Responsable administrative et financière'] },
  // auditeur comptable et financier/auditrice comptable et financière / financial auditor
  { id: `${OCCUPATION}1ad59946-d13e-441e-9b36-56e1df055e21`, fr: ['Auditeur / Auditrice'] },
  // — Ressources humaines —
  // consultant en recrutement/consultante en recrutement / recruitment consultant
  { id: `${OCCUPATION}068370e0-9c27-4814-87d0-44fbb3140815`, fr: ['Recruteur / Recruteuse'], en: ['Recruiter', 'Talent acquisition specialist'] },
  // directeur des ressources humaines/directrice des ressources humaines -DRH- / human resources officer
  { id: `${OCCUPATION}d3e32e5e-7f24-48e3-b939-e4f800eb62fb`, fr: ['Chargé de ressources humaines / Chargée de ressources humaines', 'Chargé des ressources humaines / Chargée des ressources humaines', 'Gestionnaire ressources humaines', 'Gestionnaire des ressources humaines'], en: ['HR coordinator'] },
  // assistant ressources humaines/assistante ressources humaines / human resources assistant
  { id: `${OCCUPATION}d8ed1703-9c03-4ea0-83cc-b6169bc54ffd`, en: ['HR administrator'] },
  // — Juridique —
  // assistant de cabinet juridique/assistante de cabinet juridique / legal assistant
  { id: `${OCCUPATION}929ef41d-afd0-4d5a-b85b-69eab68fa368`, fr: ['Paralegal'] },
  // auxiliaire juridique - transfert de titres / conveyance clerk
  { id: `${OCCUPATION}a9411821-4f54-406e-ba37-4c6e5a39f9fe`, fr: ['Clerc de notaire'], en: ['Conveyancing assistant'] },
  // huissier/huissière / court enforcement officer
  { id: `${OCCUPATION}b471350e-23ce-4789-a821-5500b28cffe1`, fr: ['Commissaire de justice'] },
  // conseiller juridique/conseillère juridique / legal consultant
  { id: `${OCCUPATION}31854d78-3615-43a4-aa3a-c597ecb20ceb`, fr: ['Juriste en droit social', 'Juriste droit social'] },
  // avocat/avocate / lawyer
  { id: `${OCCUPATION}974d4eab-fbee-4c52-b16e-73bdd8c25b53`, en: ['Solicitor'] },
  // — Informatique, numérique —
  // développeur de logiciels/développeuse de logiciels / software developer
  { id: `${OCCUPATION}f2b15a0e-e65a-438a-affb-29b9d50b77d1`, fr: ['Développeur / Développeuse', 'Développeur informatique / Développeuse informatique', 'Développeur full stack / Développeuse full stack', 'Développeur back-end / Développeuse back-end', 'Développeur Java / Développeuse Java', 'Développeur PHP / Développeuse PHP', 'Développeur Python / Développeuse Python', 'Développeur .NET / Développeuse .NET', 'Développeur JavaScript / Développeuse JavaScript', 'Analyste programmeur / Analyste programmeuse', 'Programmeur / Programmeuse', 'Ingénieur développement / Ingénieure développement', 'Ingénieur d\'études et développement / Ingénieure d\'études et développement'], en: ['Developer', 'Junior developer', 'Back end developer', 'Full stack developer', 'Java developer', 'Python developer'] },
  // développeur web/développeuse web / web developer
  { id: `${OCCUPATION}c40a2919-48a9-40ea-b506-1f34f693496d`, fr: ['Intégrateur web / Intégratrice web'] },
  // agent de service d'assistance informatique/agente de service d'assistance informatique / ICT help desk agent
  { id: `${OCCUPATION}aaeec9a7-dc57-4485-890c-86b3eef735f9`, fr: ['Technicien support / Technicienne support', 'Technicien helpdesk / Technicienne helpdesk', 'Technicien hotline / Technicienne hotline', 'Hotliner / Hotlineuse'], en: ['First line support analyst', 'Second line support analyst', 'IT support engineer', 'Helpdesk analyst', 'Helpdesk technician', 'IT support technician', 'IT support analyst', 'IT support', 'Service desk analyst'] },
  // technicien informatique/technicienne informatique / ICT technician
  { id: `${OCCUPATION}3e7bf729-4442-4b9f-ad5e-83111963795c`, fr: ['Technicien de proximité / Technicienne de proximité'], en: ['Desktop support engineer'] },
  // administrateur de systèmes informatiques/administratrice de systèmes informatiques / ICT system administrator
  { id: `${OCCUPATION}9e2e6e1e-363b-4e1b-a673-7bc0f7343300`, fr: ['Ingénieur systèmes / Ingénieure systèmes', 'Ingénieur système / Ingénieure système'], en: ['Site Reliability Engineer'] },
  // ingénieur de réseaux informatiques/ingénieure de réseaux informatiques / ICT network engineer
  { id: `${OCCUPATION}cf2b03cd-feb7-4f47-90f6-ff1ed6016d3d`, en: ['Network engineer'] },
  // responsable des activités informatiques / ICT operations manager
  { id: `${OCCUPATION}f0ca39a8-1e30-487c-95f9-ef2d5e734adc`, fr: ['Responsable informatique'] },
  // responsable des produits informatiques / ICT product manager
  { id: `${OCCUPATION}a79170ad-0b7b-4697-864f-1748359aa10a`, fr: ['Product owner'], en: ['Product owner'] },
  // testeur de logiciels/testeuse de logiciels / software tester
  { id: `${OCCUPATION}106f79e4-6264-45f1-9e7a-297435cd684b`, en: ['QA tester'] },
  // administrateur sécurité informatique/administratrice sécurité informatique / ICT security administrator
  { id: `${OCCUPATION}0464b062-cea6-4164-b10d-956c61956ae7`, fr: ['Ingénieur cybersécurité / Ingénieure cybersécurité', 'Analyste cybersécurité', 'Analyste SOC'], en: ['Cyber security analyst', 'Cyber security engineer'] },
  // concepteur d'interface utilisateur/conceptrice d'interface utilisatrice / user interface designer
  { id: `${OCCUPATION}96e20037-0a25-4bf6-a25e-808d1605d890`, fr: ['Webdesigner', 'Web designer'], en: ['Web designer'] },
  // — Communication, marketing —
  // responsable e-CRM / online marketer
  { id: `${OCCUPATION}356227b9-2263-4dbd-81e9-7dfc6d3f3af7`, fr: ['Webmarketeur / Webmarketeuse', 'Chargé de webmarketing / Chargée de webmarketing', 'Traffic manager'], en: ['Digital marketing executive', 'Online marketing executive'] },
  // spécialiste de l'optimisation des moteurs de recherche / search engine optimisation expert
  { id: `${OCCUPATION}092fdeeb-a76f-4ed2-b248-90fd6eaaffef`, fr: ['Consultant SEO / Consultante SEO', 'Chargé de référencement / Chargée de référencement', 'Référenceur / Référenceuse'] },
  // chargé  d'études de marché/chargée d'études de marché / market research analyst
  { id: `${OCCUPATION}66fb9704-0d56-4673-8e69-7823816b73e1`, fr: ['Chargé d\'études marketing / Chargée d\'études marketing'] },
  // responsable évènement / event manager
  { id: `${OCCUPATION}1b38a27d-ef98-4d9f-b1b2-8c109bf47e79`, fr: ['Organisateur d\'événements / Organisatrice d\'événements'] },
  // chargé des relations publiques/chargée des relations publiques / public relations officer
  { id: `${OCCUPATION}c0489e22-6a1b-4e52-974a-eb71bbb42134`, en: ['PR officer', 'PR executive', 'Public relations executive'] },
  // responsable de la communauté en ligne / online community manager
  { id: `${OCCUPATION}137b1d11-c4bc-4016-89ba-45345d4c71f0`, en: ['Social media executive'] },
  // administrateur de contenu web/administratrice de contenu web / web content manager
  { id: `${OCCUPATION}a74f6c51-37e5-423e-aa5b-044e98663027`, fr: ['Rédacteur web / Rédactrice web'], en: ['Web content editor'] },
  // concepteur - rédacteur publicitaire/conceptrice - rédactrice publicitaire / advertising copywriter
  { id: `${OCCUPATION}b1ab3572-fa2f-4624-8eac-3c3d986d237b`, fr: ['Concepteur-rédacteur / Conceptrice-rédactrice'] },
  // graphiste / graphic designer
  { id: `${OCCUPATION}69bcbb0a-8d80-4ecd-b0a4-9adea2a40de2`, fr: ['Infographiste'] },
  // maquettiste / desktop publisher
  { id: `${OCCUPATION}78216000-edc1-474b-9569-28ed6a657da2`, fr: ['Opérateur PAO / Opératrice PAO'] },
  // — Arts, spectacle, médias —
  // écrivain/écrivaine / writer
  { id: `${OCCUPATION}b06a1dde-e5a1-4219-9491-2bedd0282e4b`, fr: ['Auteur / Autrice'] },
  // artiste de variétés / variety artist
  { id: `${OCCUPATION}76deb33d-f9bc-4ca2-a5cc-49c8f5a17f38`, fr: ['Magicien / Magicienne'] },
  // directeur de la photographie/directrice de la photographie / director of photography
  { id: `${OCCUPATION}6ba25e0f-7fb8-4879-a1f9-d4f8945966be`, fr: ['Chef opérateur / Cheffe opératrice'] },
  // technicien de théâtre/technicienne de théâtre / theatre technician
  { id: `${OCCUPATION}f09b6100-28a6-4be5-9726-ecf5b24f74f6`, fr: ['Technicien du spectacle / Technicienne du spectacle'] },
  // opérateur du son/opératrice du son / sound operator
  { id: `${OCCUPATION}0da2ee5c-b480-498f-97a8-a292a0f4c54c`, fr: ['Régisseur son / Régisseuse son'] },
  // agent de billeterie/agente de billeterie / ticket issuing clerk
  { id: `${OCCUPATION}612430b3-dd43-4786-b823-0466c4953f66`, en: ['Box office assistant', 'Ticket office clerk'] },
  // ouvreur de salle de spectacles/ouvreuse de salle de spectacles / usher
  { id: `${OCCUPATION}7f346896-a4fb-47a1-9572-13398bc297a6`, fr: ['Ouvreur / Ouvreuse'] },
  // animateur/animatrice / presenter
  { id: `${OCCUPATION}09a9a956-db70-436f-8398-d85a17f6cdfe`, fr: ['Présentateur / Présentatrice'] },
  // mannequin / fashion model
  { id: `${OCCUPATION}9af5fd79-d76e-4343-bc13-ff2d172aec62`, fr: ['Modèle photo'] },
  // — Artisanat: coiffure, esthétique, métiers de bouche —
  // assistant coiffeur/assistante coiffeuse / hairdresser assistant
  { id: `${OCCUPATION}55f6380c-7511-4c33-8fc4-c74f10f524fa`, en: ['Hairdressing assistant'] },
  // manucure / manicurist
  { id: `${OCCUPATION}bced9b86-d4e7-42f8-bb47-acb2001b9bd0`, fr: ['Prothésiste ongulaire', 'Styliste ongulaire'] },
  // esthéticien/esthéticienne / aesthetician
  { id: `${OCCUPATION}a1e1a788-2352-4172-8fcf-1f985a6968b0`, en: ['Spa therapist', 'Beauty therapist', 'Senior beauty therapist'] },
  // retoucheur de confection/retoucheuse de confection / clothing alteration machinist
  { id: `${OCCUPATION}db55bf08-3ad3-4bf6-bf59-7f9f426a6de5`, fr: ['Retoucheur / Retoucheuse'] },
  // fabricant de cadres/fabricante de cadres / frame maker
  { id: `${OCCUPATION}2dc86f3d-a90e-4e7a-8a94-0bd728f22d7b`, fr: ['Encadreur / Encadreuse'] },
];
