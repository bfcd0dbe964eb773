// Job titles (see job-title.ts), sector family: sante-social-services. Health and care (hospital,
// care homes, nursing, pharmacy, laboratory, dental, optics, paramedical), home help, early childhood,
// social work, teaching and training, leisure and sport, cleaning, security, funeral services.
// Only titles ESCO's own labels do not already rank first (checked with scripts/check-job-titles.ts).
import { OCCUPATION, type JobTitlePhrase } from './job-title';

export const TITLES: JobTitlePhrase[] = [
  // --- Santé et soins ---
  // infirmier de soins généraux/infirmière de soins généraux / nurse responsible for general care
  { id: `${OCCUPATION}8d3e8aaa-791b-4c75-a465-f3f827028f50`, fr: ['Infirmier / Infirmière', "Infirmier diplômé d'État / Infirmière diplômée d'État", 'Infirmier libéral / Infirmière libérale', 'Infirmier de nuit / Infirmière de nuit', 'Infirmier hospitalier / Infirmière hospitalière', 'Infirmier en psychiatrie / Infirmière en psychiatrie', 'Infirmier coordinateur / Infirmière coordinatrice', 'Infirmier scolaire / Infirmière scolaire'], en: ['Nurse', 'Registered Nurse', 'Charge Nurse', 'Paediatric Nurse'] },
  // infirmier spécialiste/infirmière spécialiste / specialist nurse
  { id: `${OCCUPATION}18e14e61-495b-44cc-a7c6-df4c625934ba`, fr: ['Infirmier puériculteur / Infirmière puéricultrice'], en: ['Theatre Nurse', 'Health Visitor'] },
  // aide-soignant/aide-soignante / nurse assistant
  { id: `${OCCUPATION}87d0795a-d41f-47ee-979f-0ab7d73836e7`, fr: ['Auxiliaire de soins', 'Agent de soins / Agente de soins'] },
  // aide-soignant en institution/aide-soignante en institution / healthcare assistant
  { id: `${OCCUPATION}d38c2107-98f2-47b7-8bb4-f69750d51082`, en: ['Nursing Home Assistant', 'Care Assistant', 'Senior Care Assistant', 'Night Care Assistant', 'Healthcare Support Worker', 'Clinical Support Worker'] },
  // assistant médico-administratif/assistante médico-administrative / medical administrative assistant
  { id: `${OCCUPATION}045f05f2-4ff8-46b2-9d08-e12a81657498`, fr: ['Secrétaire médico-social / Secrétaire médico-sociale', 'Secrétaire hospitalier / Secrétaire hospitalière', 'Secrétaire dentaire'], en: ['Medical Secretary', 'Ward Clerk', 'Healthcare Administrator'] },
  // assistant en cabinet médical/assistante en cabinet médical / doctors' surgery assistant
  { id: `${OCCUPATION}0c041d1e-1841-4acb-b0a1-2c387a61bf65`, fr: ['Assistant médical / Assistante médicale'] },
  // réceptionniste médical/réceptionniste médicale / front line medical receptionist
  { id: `${OCCUPATION}3469cbcc-5332-41dc-977a-29cf1b7ef7be`, fr: ["Agent d'accueil hospitalier / Agente d'accueil hospitalière"], en: ['Dental Receptionist', 'Hospital Receptionist'] },
  // pharmacien assistant/pharmacienne assistante / pharmacy assistant
  { id: `${OCCUPATION}c1a86d6d-7785-43e1-994b-958eba58fff7`, en: ['Pharmacy Dispenser', 'Medicines Counter Assistant', 'Pharmacy Advisor'] },
  // pharmacien/pharmacienne / pharmacist
  { id: `${OCCUPATION}7c132147-428b-4ea3-87e1-70f7abb691ce`, en: ['Community Pharmacist'] },
  // standardiste aux urgences médicales / emergency medical dispatcher
  { id: `${OCCUPATION}68450507-b4a0-40e0-895b-385fe705be10`, fr: ['Assistant de régulation médicale / Assistante de régulation médicale'] },
  // technicien de biologie médicale/technicienne de biologie médicale / biomedical scientist
  { id: `${OCCUPATION}2e8820ba-5b2d-4572-92a1-942dbd02a6d6`, fr: ['Technicien en analyses biomédicales / Technicienne en analyses biomédicales'], en: ['Medical Laboratory Technician'] },
  // technicien de laboratoire scientifique/technicienne de laboratoire scientifique / scientific laboratory technician
  { id: `${OCCUPATION}4fef1907-cf82-413b-841a-02ef57e299a6`, fr: ['Technicien de laboratoire / Technicienne de laboratoire'], en: ['Laboratory Technician', 'Lab Technician'] },
  // technicien en imagerie médicale et radiologie thérapeutique/technicienne en imagerie médicale et radiologie thérapeutique / radiographer
  { id: `${OCCUPATION}7639a601-6db0-41ed-9fb0-813d9b8beb05`, fr: ['Manipulateur radio / Manipulatrice radio', 'Manipulateur en radiologie / Manipulatrice en radiologie'] },
  // ludothérapeute / recreational therapist
  { id: `${OCCUPATION}f9395e4d-d66f-49ce-a8f5-721991139e79`, fr: ['Psychomotricien / Psychomotricienne'] },
  // agent de stérilisation/agente de stérilisation / sterile services technician
  { id: `${OCCUPATION}7005c266-d1a9-42ac-8c36-b42d5d755463`, en: ['Decontamination Technician'] },
  // vendeur en optique/vendeuse en optique / eyewear and optical equipment specialised seller
  { id: `${OCCUPATION}56a535ff-189b-45da-97d4-775f78744f83`, en: ['Optical Assistant', 'Optical Consultant'] },
  // technicien en optique/technicienne en optique / optical technician
  { id: `${OCCUPATION}1084e2d6-b153-4090-8065-c9231f71d4f0`, fr: ['Monteur en optique / Monteuse en optique'] },
  // audioprothésiste / audiology technician
  { id: `${OCCUPATION}521bbfd5-c179-46e3-879b-e74bd6db367c`, en: ['Hearing Aid Audiologist'] },
  // agent d'entretien d'immeubles/agente d'entretien d'immeubles / building cleaner
  { id: `${OCCUPATION}303a1e34-cb16-4054-b323-81e5eec17397`, fr: ['Agent de service hospitalier / Agente de service hospitalier', 'Agent de service hospitalier qualifié / Agente de service hospitalier qualifiée', 'Agent de bionettoyage / Agente de bionettoyage', 'Agent de service en maison de retraite / Agente de service en maison de retraite', 'Agent de propreté / Agente de propreté', 'Agent de nettoyage / Agente de nettoyage', "Agent d'entretien / Agente d'entretien", "Agent d'entretien des locaux / Agente d'entretien des locaux", "Agent de propreté et d'hygiène / Agente de propreté et d'hygiène", "Agent d'entretien et de nettoyage / Agente d'entretien et de nettoyage", 'Technicien de surface / Technicienne de surface', 'Agent de service / Agente de service', 'Agent de service polyvalent / Agente de service polyvalente', 'Nettoyeur / Nettoyeuse'], en: ['Cleaner', 'Commercial Cleaner', 'Contract Cleaner', 'Cleaning Operative', 'Cleaning Assistant', 'Hospital Domestic', 'Domestic Assistant', 'School Cleaner'] },
  // --- Aide à la personne et services à domicile ---
  // assistant de vie/assistante de vie / home care aide
  { id: `${OCCUPATION}1391bdf9-bd61-4fb5-91ca-c29036ab2b60`, fr: ['Auxiliaire de vie', 'Auxiliaire de vie à domicile', 'Intervenant à domicile / Intervenante à domicile', 'Garde-malade'], en: ['Carer', 'Live-in Carer', 'Personal Care Assistant'] },
  // assistant de vie dépendance/assistante de vie dépendance / care at home worker
  { id: `${OCCUPATION}f4525ed8-54eb-4a3b-90db-55cc01b0d9fd`, en: ['Home Carer', 'Domiciliary Carer', 'Domiciliary Care Assistant'] },
  // auxiliaire de vie sociale / social care worker
  { id: `${OCCUPATION}8d703e8f-1e57-4246-8a6b-cb87a760d4ab`, en: ['Support Worker', 'Senior Support Worker'] },
  // assistant de vie auprès de personnes handicapées/assistante de vie auprès de personnes handicapées / disability support worker
  { id: `${OCCUPATION}9c55aa23-e3f2-4c00-8c90-5ed5204951a3`, fr: ['Accompagnant éducatif et social / Accompagnante éducative et sociale'] },
  // aide ménager à domicile/aide ménagère à domicile / domestic cleaner
  { id: `${OCCUPATION}cbad55a4-c7cf-4ab6-9540-eac72b26729b`, fr: ['Homme de ménage / Femme de ménage', 'Employé de ménage / Employée de ménage', "Agent d'entretien à domicile / Agente d'entretien à domicile"] },
  // --- Petite enfance ---
  // puériculteur/puéricultrice / child day care worker
  { id: `${OCCUPATION}3f74aad8-2d60-4be2-b059-8dba5568d530`, fr: ['Auxiliaire de puériculture', 'Auxiliaire de crèche', 'Agent petite enfance / Agente petite enfance', 'Auxiliaire petite enfance'], en: ['Nursery Practitioner', 'Early Years Practitioner', 'Nursery Assistant', 'Early Years Educator', 'Nursery Room Leader'] },
  // éducateur en petite enfance/éducatrice en petite enfance / child care worker
  { id: `${OCCUPATION}3413f234-6230-47a8-8cc7-2691fd54ce3a`, fr: ['Éducateur de jeunes enfants / Éducatrice de jeunes enfants'] },
  // responsable structure d'accueil pour enfants / child day care centre manager
  { id: `${OCCUPATION}fa6bd9e9-9631-4abe-b2f8-fad7bf8a819d`, fr: ['Responsable de crèche'], en: ['Nursery Manager'] },
  // --- Social et éducatif ---
  // éducateur social/éducatrice sociale / social pedagogue
  { id: `${OCCUPATION}fa4a3b52-990c-44eb-a912-490f5d689400`, fr: ['Éducateur spécialisé / Éducatrice spécialisée', 'Moniteur éducateur / Monitrice éducatrice', 'Éducateur technique spécialisé / Éducatrice technique spécialisée'] },
  // chargé d'information jeunesse/chargée d'information jeunesse / youth worker
  { id: `${OCCUPATION}b7507136-e71e-47e8-b873-e77d5cdf2922`, fr: ['Éducateur de prévention / Éducatrice de prévention', 'Éducateur de rue / Éducatrice de rue', 'Animateur jeunesse / Animatrice jeunesse'] },
  // travailleur social/travailleuse sociale / social worker
  { id: `${OCCUPATION}4b05bef2-ded4-4b09-ab94-f4c6a555a775`, fr: ["Chargé d'accompagnement social / Chargée d'accompagnement social"] },
  // agent d'insertion socioprofessionnelle/agente d'insertion socioprofessionnelle / community social worker
  { id: `${OCCUPATION}ce53a1b2-2fec-4d04-9390-47fb3dd525f0`, fr: ['Médiateur social / Médiatrice sociale'] },
  // conseiller en insertion professionnelle/conseillère en insertion professionnelle / employment support worker
  { id: `${OCCUPATION}c60ede09-b67b-4173-8991-b9b694149488`, fr: ["Chargé d'insertion / Chargée d'insertion", "Chargé d'insertion professionnelle / Chargée d'insertion professionnelle", 'Accompagnateur socioprofessionnel / Accompagnatrice socioprofessionnelle'], en: ['Employment Adviser'] },
  // conseiller à l'emploi/conseillère à l'emploi / employment agent
  { id: `${OCCUPATION}42a96d07-1e1d-49ae-9399-c1f4be27ddea`, fr: ['Conseiller France Travail / Conseillère France Travail'], en: ['Work Coach'] },
  // assistant en éducation spécialisée/assistante en éducation spécialisée / special educational needs assistant
  { id: `${OCCUPATION}1f137f0b-7097-4583-9d1b-b69e57369319`, fr: ["Accompagnant d'élèves en situation de handicap / Accompagnante d'élèves en situation de handicap", 'Auxiliaire de vie scolaire'], en: ['Learning Support Assistant'] },
  // tuteur/tutrice / legal guardian
  { id: `${OCCUPATION}021663ca-a367-472e-a1f0-6d8ab5b2d860`, fr: ['Mandataire judiciaire à la protection des majeurs'] },
  // responsable de service social / social services manager
  { id: `${OCCUPATION}c18fddf5-cfc4-4f9c-94d6-86608faaa1dd`, fr: ['Chef de service éducatif / Cheffe de service éducatif', "Directeur d'établissement médico-social / Directrice d'établissement médico-social", "Directeur d'établissement social / Directrice d'établissement social"] },
  // conseiller d'insertion et de probation/conseillère d'insertion et de probation / criminal justice social worker
  { id: `${OCCUPATION}9aa2115d-83cb-4db1-af1d-b426c87c2393`, fr: ["Conseiller pénitentiaire d'insertion et de probation / Conseillère pénitentiaire d'insertion et de probation"] },
  // psychologue scolaire / educational psychologist
  { id: `${OCCUPATION}4f5bc9a5-e989-409b-bfb5-973b472163cd`, fr: ["Psychologue de l'Éducation nationale"] },
  // --- Enseignement et formation ---
  // instituteur d’école primaire/institutrice d’école primaire / primary school teacher
  { id: `${OCCUPATION}03d79393-7b30-4159-945b-01963eddd302`, fr: ['Instituteur / Institutrice', 'Enseignant du premier degré / Enseignante du premier degré'], en: ['Primary Teacher'] },
  // chargé/chargée d'enseignement général du second degré / secondary school teacher
  { id: `${OCCUPATION}5efb2c08-ba3a-4659-a2e4-1883f54e77b6`, fr: ['Professeur agrégé / Professeure agrégée', 'Professeur contractuel / Professeure contractuelle', 'Enseignant contractuel / Enseignante contractuelle', 'Professeur de technologie / Professeure de technologie'] },
  // assistant pédagogique en enseignement secondaire/assistante pédagogique en enseignement secondaire / secondary school teaching assistant
  { id: `${OCCUPATION}79c2e54e-26e8-4cdc-a7f1-908e000bfb83`, fr: ["Assistant d'éducation / Assistante d'éducation", 'Surveillant de collège / Surveillante de collège', 'Surveillant de lycée / Surveillante de lycée'], en: ['Cover Supervisor'] },
  // professeur de langues vivantes/professeure de langues vivantes / modern languages teacher secondary school
  { id: `${OCCUPATION}fb0c7da2-6d0e-4a3f-be3e-344f58f0e82d`, fr: ["Professeur d'anglais / Professeure d'anglais", "Professeur d'espagnol / Professeure d'espagnol", "Professeur d'allemand / Professeure d'allemand"], en: ['French Teacher', 'Spanish Teacher', 'Modern Foreign Languages Teacher'] },
  // professeur de matières littéraires/professeure de matières littéraires / literature teacher secondary school
  { id: `${OCCUPATION}c011a88b-95ab-46ad-ad30-539e3fc56092`, fr: ['Professeur de français / Professeure de français', 'Professeur de lettres / Professeure de lettres'], en: ['Teacher of English'] },
  // formateur linguistique/formatrice linguistique / language school teacher
  { id: `${OCCUPATION}9711dcfc-d9a8-4fba-9c5e-8428d8bcb53e`, fr: ['Professeur de français langue étrangère / Professeure de français langue étrangère', 'Formateur en langues / Formatrice en langues'], en: ['TEFL Teacher'] },
  // professeur de mathématiques/professeure de mathématiques / mathematics teacher secondary school
  { id: `${OCCUPATION}f0e1cc13-48e0-4995-8699-ee43467bce0d`, en: ['Teacher of Mathematics'] },
  // animateur d’atelier musical/animatrice d’atelier musical / music teacher
  { id: `${OCCUPATION}f235bc5a-dbf6-4f9e-bbdb-cf313d32b75b`, fr: ['Professeur de piano / Professeure de piano', 'Professeur de guitare / Professeure de guitare', 'Professeur de chant / Professeure de chant'] },
  // professeur d’enseignement professionnel/professeure d’enseignement professionnel / vocational teacher
  { id: `${OCCUPATION}81f8d141-3f67-4fb0-a349-db0147ef7b3a`, fr: ['Professeur de lycée professionnel / Professeure de lycée professionnel'] },
  // formateur de la formation continue/formatrice de la formation continue / further education teacher
  { id: `${OCCUPATION}6afe39e2-2674-45db-b05c-a6cab02fe25b`, fr: ['Formateur / Formatrice', 'Formateur pour adultes / Formatrice pour adultes', "Formateur professionnel d'adultes / Formatrice professionnelle d'adultes"], en: ['College Lecturer', 'Adult Education Tutor'] },
  // répétiteur/répétitrice / tutor
  { id: `${OCCUPATION}59bce29f-5c8b-47cf-bfd4-6ec003f5323a`, fr: ['Professeur particulier / Professeure particulière', 'Enseignant en soutien scolaire / Enseignante en soutien scolaire'] },
  // directeur d'école primaire/directrice d'école primaire / primary school head teacher
  { id: `${OCCUPATION}c9d89e09-d57f-4980-9164-880e60711e97`, fr: ["Directeur d'école / Directrice d'école"] },
  // chef d'établissement scolaire / headteacher
  { id: `${OCCUPATION}e1587bbb-2d4e-4726-839a-7f4895c440e7`, en: ['Head Teacher'] },
  // assistant pédagogique en école élémentaire/assistante pédagogique en école élémentaire / primary school teaching assistant
  { id: `${OCCUPATION}00674f21-2f8f-4a41-9896-133f7cbe2a6e`, en: ['Teaching Assistant', 'Higher Level Teaching Assistant', 'Classroom Assistant'] },
  // professeur de sciences économiques et sociales/professeure de sciences économiques et sociales / business studies and economics teacher secondary school
  { id: `${OCCUPATION}80c72c55-556a-41b1-87ef-a29c3d2afa6e`, fr: ['Professeur de SES / Professeure de SES'] },
  // professeur de sciences de la vie et de la Terre/professeure de sciences de la vie et de la Terre / biology teacher secondary school
  { id: `${OCCUPATION}8d315e32-73f6-463d-a335-c200e0bac97d`, fr: ['Professeur de SVT / Professeure de SVT'] },
  // formateur aux technologies de l'information et de la communication/formatrice aux technologies de l'information et de la communication / ICT trainer
  { id: `${OCCUPATION}9e657046-67ce-4e16-ab2e-ddb918638910`, fr: ['Formateur bureautique / Formatrice bureautique'] },
  // bibliothécaire / librarian
  { id: `${OCCUPATION}60f7eb23-a7ea-4cbe-98a5-1248291f62d5`, fr: ['Professeur documentaliste / Professeure documentaliste'] },
  // --- Animation et sport ---
  // animateur d'accueil de loisirs en centre de loisirs/animatrice d'accueil de loisirs en centre de loisirs / activity leader
  { id: `${OCCUPATION}234be692-befb-41df-bdf0-e1b2f4eaf5e7`, fr: ['Animateur périscolaire / Animatrice périscolaire', 'Animateur enfance / Animatrice enfance', 'Animateur de colonie de vacances / Animatrice de colonie de vacances', 'Animateur en accueil de loisirs / Animatrice en accueil de loisirs'], en: ['Playworker', 'Camp Counsellor'] },
  // responsable d'accueil de loisirs / child care coordinator
  { id: `${OCCUPATION}526ba8e1-fc71-4657-8d27-52f03e8ca81d`, fr: ['Directeur de centre de loisirs / Directrice de centre de loisirs', 'Directeur de colonie de vacances / Directrice de colonie de vacances'] },
  // coach sportif / sports coach
  { id: `${OCCUPATION}3e9c1262-4fe2-4eb1-bf94-4fe64498393a`, fr: ['Éducateur sportif / Éducatrice sportive', 'Entraîneur sportif / Entraîneuse sportive'] },
  // conseiller sportif en salle de remise en forme/conseillère sportive en salle de remise en forme / fitness instructor
  { id: `${OCCUPATION}c784c2db-e636-429f-8492-3191790a58d7`, fr: ['Préparateur physique / Préparatrice physique', 'Éducateur sportif des activités de la forme / Éducatrice sportive des activités de la forme'], en: ['Gym Instructor', 'Fitness Coach'] },
  // sauveteur/sauveteuse / life guard
  { id: `${OCCUPATION}3025dea4-1752-40a9-9431-fd874420386f`, fr: ['Surveillant de baignade / Surveillante de baignade'] },
  // guide de montagne / mountain guide
  { id: `${OCCUPATION}86e8e172-234d-4e85-b9ae-6a4aecc2c321`, fr: ['Accompagnateur en montagne / Accompagnatrice en montagne'] },
  // instructeur sportif/instructrice sportive / sports instructor
  { id: `${OCCUPATION}11695786-9fb7-4895-b161-0480419107e4`, fr: ['Moniteur de voile / Monitrice de voile'] },
  // sportif professionnel/sportive professionnelle / professional athlete
  { id: `${OCCUPATION}082c234c-0dda-490a-b5af-757c3e48da90`, fr: ['Footballeur professionnel / Footballeuse professionnelle'] },
  // --- Propreté et nettoyage ---
  // directeur de l'entretien ménager/directrice de l'entretien ménager / housekeeping supervisor
  { id: `${OCCUPATION}fae51298-03a8-4df4-829a-685dddc1580e`, fr: ["Chef d'équipe propreté / Cheffe d'équipe propreté", "Chef d'équipe nettoyage / Cheffe d'équipe nettoyage", 'Chef de secteur propreté / Cheffe de secteur propreté'], en: ['Cleaning Supervisor', 'Cleaning Team Leader', 'Cleaning Manager'] },
  // balayeur/balayeuse / street sweeper
  { id: `${OCCUPATION}503ea267-93e9-4b8c-ae5e-817fe7e4a245`, fr: ['Agent de propreté urbaine / Agente de propreté urbaine', 'Agent de nettoiement / Agente de nettoiement'], en: ['Street Cleaner'] },
  // blanchisseur industriel/blanchisseuse industrielle / laundry worker
  { id: `${OCCUPATION}0da51178-e386-4534-ae71-15ba789ad756`, fr: ['Linger / Lingère'] },
  // technicien hygiéniste/technicienne hygiéniste / pest management worker
  { id: `${OCCUPATION}21cba86a-68c5-456c-aec2-cc04840b3c0e`, fr: ['Agent de désinfection / Agente de désinfection', 'Agent de dératisation / Agente de dératisation'] },
  // concierge / building caretaker
  { id: `${OCCUPATION}1822bfc2-e735-449f-ba00-ca71eb5c062b`, fr: ["Gardien d'immeuble / Gardienne d'immeuble"] },
  // --- Sécurité et surveillance ---
  // garde / security guard
  { id: `${OCCUPATION}31808988-fc0a-4bc3-9e47-27216d6759f5`, fr: ['Agent de prévention et de sécurité / Agente de prévention et de sécurité', 'Agent de sécurité incendie / Agente de sécurité incendie', "Agent de sécurité incendie et d'assistance à personnes / Agente de sécurité incendie et d'assistance à personnes", 'Agent de surveillance / Agente de surveillance', 'Rondier / Rondière', 'Agent de sécurité cynophile / Agente de sécurité cynophile', 'Opérateur de vidéosurveillance / Opératrice de vidéosurveillance', 'Opérateur de vidéoprotection / Opératrice de vidéoprotection', 'Opérateur de télésurveillance / Opératrice de télésurveillance', 'Agent de gardiennage / Agente de gardiennage'], en: ['Security Officer', 'Night Security Officer', 'Security Patrol Officer', 'Mobile Patrol Officer', 'CCTV Operator'] },
  // agent de sécurité chargé du contrôle de l'accès/agente de sécurité chargée du contrôle de l'accès / gate guard
  { id: `${OCCUPATION}842d4d83-7e18-493a-a4a6-3f2a36504b18`, en: ['Gatehouse Security Officer'] },
  // agent de sécurité magasin/agente de sécurité magasin / store detective
  { id: `${OCCUPATION}71c3a49a-e55e-42ce-bd3f-31f37d3cfab6`, en: ['Retail Security Officer'] },
  // garde du corps / bodyguard
  { id: `${OCCUPATION}f8e435dd-7aa9-4d7a-97c3-b3b5789b6b25`, fr: ['Agent de protection rapprochée / Agente de protection rapprochée'] },
  // convoyeur de fonds/convoyeuse de fonds / armoured car guard
  { id: `${OCCUPATION}ffa4dd5d-702b-4828-ad85-17ec50db6656`, en: ['Cash in Transit Officer', 'Cash in Transit Security Officer'] },
  // agent des forces de l'ordre/agente des forces de l'ordre / police officer
  { id: `${OCCUPATION}5793c124-c037-47b2-85b6-dd4a705968dc`, fr: ['Policier municipal / Policière municipale', 'Agent de police municipale / Agente de police municipale'] },
  // agent de stationnement/agente de stationnement / civil enforcement officer
  { id: `${OCCUPATION}b8b98b65-7db2-43f8-8ac4-2f1903984e7b`, fr: ['Agent de surveillance de la voie publique / Agente de surveillance de la voie publique'] },
  // agent de sécurité événementiel / crowd controller
  { id: `${OCCUPATION}8fc3d559-d61c-418c-ad4a-bf4c6b2909e3`, en: ['Event Steward'] },
  // --- Funéraire ---
  // agent de pompes funèbres/agente de pompes funèbres / funeral attendant
  { id: `${OCCUPATION}d7607255-746f-4ad4-bb4e-812e73d24983`, fr: ['Assistant funéraire / Assistante funéraire', 'Maître de cérémonie funéraire / Maîtresse de cérémonie funéraire'], en: ['Funeral Service Operative', 'Funeral Operative', 'Funeral Bearer'] },
  // entrepreneur de pompes funèbres/entrepreneuse de pompes funèbres / funeral services director
  { id: `${OCCUPATION}857ed740-f4ae-43d0-8295-d6181f1d7eed`, fr: ['Conseiller funéraire / Conseillère funéraire'], en: ['Funeral Arranger'] },
  // fossoyeur/fossoyeuse / cemetery attendant
  { id: `${OCCUPATION}aac0c510-f238-4dbe-beeb-1d7b73f4552c`, fr: ['Gardien de cimetière / Gardienne de cimetière'], en: ['Gravedigger'] },
  // chauffeur de corbillard/chauffeuse de corbillard / hearse driver
  { id: `${OCCUPATION}af513bd8-4340-4452-aa30-05a073ecc49a`, fr: ['Chauffeur funéraire / Chauffeuse funéraire'] },
];
