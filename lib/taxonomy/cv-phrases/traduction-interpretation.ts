// Traduction et interprétation (traducteur/traductrice, interprète, localisateur, relecteur, sous-titreur; UK translator / interpreter / localisation specialist):
// CV phrasings not already in the other files.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // traduire des textes / translate texts
  { id: `${SKILL}449f0945-4943-49f9-bd98-edfdfd7c00ba`, fr: ['Traduction de documents', 'Traduction écrite', 'Traduction anglais-français', 'Traduction de rapports'], en: ['Document translation', 'Written translation', 'French to English translation', 'Translation of official documents'] },
  // traduire différents types de textes / translate different types of texts
  { id: `${SKILL}e1786b34-de65-46a7-8f53-b624140cd018`, fr: ['Traduction technique', 'Traduction juridique', 'Traduction médicale', 'Traduction financière', 'Traduction marketing', 'Traduction littéraire', 'Traduction éditoriale'], en: ['Technical translation', 'Legal translation', 'Medical translation', 'Financial translation', 'Marketing translation', 'Literary translation'] },
  // effectuer une traduction assermentée / perform sworn translations
  { id: `${SKILL}d2b4c5ef-e1c4-43bf-a8d9-b5312ea76c09`, fr: ['Traduction assermentée', 'Traductions certifiées', 'Traduction officielle d\'actes', 'Traduction d\'actes d\'état civil', 'Traduction jurée'], en: ['Sworn translation', 'Certified translation', 'Notarised translation', 'Certified translations of official documents'] },
  // effectuer une interprétation assermentée / perform sworn interpretations
  { id: `${SKILL}6e66e6ad-348c-46de-97d8-7cca68940ee4`, fr: ['Interprétariat assermenté', 'Interprète assermentée près la cour d\'appel'], en: ['Sworn interpreting', 'Certified interpreting'] },
  // interprétation judiciaire / court interpreting
  { id: `${SKILL}5f5c4314-deae-4e5d-a378-32f55682735e`, fr: ['Interprétation au tribunal', 'Interprétariat en garde à vue', 'Interprétation en audience', 'Réquisitions judiciaires d\'interprète'], en: ['Court interpreting', 'Legal interpreting', 'Police interpreting', 'Courtroom interpreting'] },
  // assurer la relecture d’un texte / proofread text
  { id: `${SKILL}637ca2e2-0624-48b1-be6e-9ff4580344ac`, fr: ['Correction orthotypographique', 'Relecture-correction', 'Correction de textes', 'Relecture de textes'], en: ['Proofreading', 'Proofreading and editing', 'Copy proofreading'] },
  // relire des travaux de traduction / review translation works
  { id: `${SKILL}e49978bc-1c11-4d8e-a04f-1d7f023aee9b`, fr: ['Relecture de traductions', 'Contrôle qualité des traductions', 'Relecture bilingue'], en: ['Translation proofreading', 'Translation review', 'Bilingual review', 'Translation QA'] },
  // réviser des travaux de traduction / revise translation works
  { id: `${SKILL}da3fb416-d3ee-4d2b-864c-050d8122ee13`, fr: ['Révision de traductions', 'Révision bilingue', 'Révision de textes traduits par des pairs'], en: ['Translation revision', 'Revising translations', 'Translation editing'] },
  // réviser des textes traduits / improve translated texts
  { id: `${SKILL}76b936e6-7e67-43d4-9a01-c0f4a6df2050`, fr: ['PEMT', 'Amélioration de traductions automatiques', 'Reprise de traductions'], en: ['MTPE', 'Improving machine translations', 'Improving translated texts'] },
  // post-édition / postediting
  { id: `${SKILL}890f090f-e03f-465e-ad16-f332b2a80c95`, fr: ['Post-édition de traduction automatique', 'Post-édition de TA'], en: ['Post-editing', 'Machine translation post-editing', 'MT post-editing'] },
  // traduction automatique / machine translation
  { id: `${SKILL}32a2c63d-2d13-4784-abb8-678ef2cd8a46`, fr: ['Traduction automatique neuronale', 'Moteurs de traduction automatique'], en: ['Neural machine translation', 'Machine translation engines'] },
  // utiliser des outils de traduction assistée par ordinateur / use computer-aided translation
  { id: `${SKILL}95d84b77-ba94-492f-a1e6-18be13f16cf0`, fr: ['TAO', 'Traduction assistée par ordinateur', 'Outils de TAO', 'SDL Trados', 'Trados Studio', 'memoQ', 'Phrase TMS', 'Memsource', 'Wordfast', 'Smartcat', 'MateCat'], en: ['CAT tools', 'Computer-assisted translation', 'SDL Trados', 'Trados Studio', 'memoQ', 'Phrase TMS', 'Memsource', 'Wordfast', 'Smartcat', 'MateCat'] },
  // utiliser un logiciel de mémoires de traduction / use translation memory software
  { id: `${SKILL}ec95d0a4-886e-4eb1-aa4c-2d5f2549df7d`, fr: ['Mémoires de traduction', 'Gestion des mémoires de traduction', 'Alignement de textes bilingues'], en: ['Translation memories', 'Translation memory management', 'TM maintenance'] },
  // élaborer des glossaires techniques / develop technical glossaries
  { id: `${SKILL}9d7050b4-684f-4db3-9b25-05616a88d6fc`, fr: ['Création de glossaires', 'Glossaires techniques', 'Élaboration de glossaires', 'Gestion de glossaires'], en: ['Glossary creation', 'Building glossaries', 'Technical glossaries'] },
  // créer des bases de données terminologiques / develop terminology databases
  { id: `${SKILL}0121ac3b-775b-4faf-b86d-0078623674bc`, fr: ['Bases terminologiques', 'Gestion terminologique', 'Recherche terminologique', 'Fiches terminologiques', 'MultiTerm'], en: ['Terminology management', 'Termbases', 'Terminology research', 'SDL MultiTerm'] },
  // effectuer une traduction orale simultanée / translate spoken language simultaneously
  { id: `${SKILL}92d04a10-eff2-4190-b5da-85e419f8ebbd`, fr: ['Interprétation simultanée', 'Interprétariat simultané', 'Interprétation en cabine', 'Simultanée en cabine'], en: ['Simultaneous interpreting', 'Booth interpreting'] },
  // effectuer une traduction orale consécutive / translate spoken language consecutively
  { id: `${SKILL}321f7ade-ba43-4923-a432-54df75ec80a5`, fr: ['Interprétation consécutive', 'Interprétariat consécutif', 'Prise de notes en consécutive'], en: ['Consecutive interpreting', 'Consecutive note-taking'] },
  // réaliser une interprétation bilatérale ou de liaison / perform bilateral interpretation
  { id: `${SKILL}f1ec7f2b-8b4f-4fbf-86e2-5ba5928fd030`, fr: ['Interprétation de liaison', 'Interprétariat de liaison', 'Interprétation bilatérale'], en: ['Liaison interpreting', 'Bilateral interpreting', 'Business interpreting'] },
  // fournir un service d’interprétation de conférence / interpret languages in conferences
  { id: `${SKILL}188413a9-94b8-4784-9a26-fdae678e49fb`, fr: ['Interprétation de conférence', 'Interprétariat de conférence', 'Interprétation en séminaire'], en: ['Conference interpreting'] },
  // fournir un service d’interprétation entre deux parties ne parlant pas la même langue / interpret spoken language between two parties
  { id: `${SKILL}8b5962d7-b195-4459-addb-d15a48cc4b64`, fr: ['Interprétariat', 'Interprétariat téléphonique', 'Interprétation par téléphone', 'Interprétation à distance', 'Interprétariat médical'], en: ['Interpreting', 'Telephone interpreting', 'Remote interpreting', 'Video remote interpreting', 'Medical interpreting'] },
  // fournir des services d’interprétation et de médiation culturelles / provide advocacy interpreting services
  { id: `${SKILL}42f8adc8-e4ff-4263-be44-fe9a83ef286e`, fr: ['Interprétariat en milieu social', 'Interprétariat social', 'Interprétariat-médiation'], en: ['Community interpreting', 'Advocacy interpreting', 'Public service interpreting'] },
  // interprétation chuchotée / chuchotage interpreting
  { id: `${SKILL}76b62ef1-b542-4c30-9de2-aac55c1fba6c`, en: ['Whispered interpreting', 'Chuchotage'] },
  // fournir un service d’interprétation dans des émissions diffusées en direct / interpret languages in live broadcasting shows
  { id: `${SKILL}6815d124-3017-4abf-be8e-5f5082cabecb`, fr: ['Interprétation télévisée', 'Interprétation pour la télévision'], en: ['Broadcast interpreting', 'TV interpreting'] },
  // traduire à vue / perform sight translation
  { id: `${SKILL}9f644d04-ab55-4881-a592-aeecda9c4874`, fr: ['Traduction à vue'], en: ['Sight translation'] },
  // traduire une langue parlée / translate spoken language
  { id: `${SKILL}aa7062ed-ebfb-4876-8fa5-a7c72c8b6ffb`, en: ['Oral translation', 'Verbal translation'] },
  // interprétation d'une langue des signes / voice interpreting
  { id: `${SKILL}8c050ec1-49a1-42cf-94e6-737968c0a940`, fr: ['Interprétation en LSF', 'Interprétation français-LSF', 'Interprétariat en langue des signes'], en: ['BSL interpreting', 'Sign language interpreting'] },
  // créer des sous-titres / create subtitles
  { id: `${SKILL}a5d03670-794a-4f2d-8bb4-3087c7b5aa06`, fr: ['Sous-titrage vidéo', 'Sous-titrage de films', 'Repérage des sous-titres', 'Sous-titrage pour sourds et malentendants', 'Aegisub', 'EZTitles', 'Subtitle Edit'], en: ['Subtitling', 'Subtitle timing', 'Subtitle spotting', 'SDH subtitling', 'Aegisub', 'EZTitles', 'Subtitle Edit'] },
  // surtitrer / make surtitles
  { id: `${SKILL}3c877e65-9ec3-4f5a-9c74-1dc2f6aee5b7`, fr: ['Surtitrage', 'Surtitrage d\'opéra', 'Surtitrage de spectacles'], en: ['Surtitling', 'Opera surtitles'] },
  // traduire une bande-son / translate soundtrack
  { id: `${SKILL}6e0cc337-e95a-4686-932c-303e1d3fb0df`, fr: ['Adaptation pour le doublage', 'Traduction pour le doublage', 'Traduction audiovisuelle'], en: ['Dubbing translation', 'Dubbing adaptation', 'Audiovisual translation'] },
  // transcrire des dialogues / transcribe dialogs
  { id: `${SKILL}f695332a-245a-4c6a-9eee-ed202928f99e`, fr: ['Transcription d\'interviews', 'Retranscription d\'entretiens', 'Transcription de dialogues'], en: ['Interview transcription', 'Transcribing interviews'] },
  // gérer la localisation / manage localization
  { id: `${SKILL}a9bf8565-8a09-4118-9922-932d65a79d69`, fr: ['Gestion de projets de localisation', 'Localisation de sites web', 'Localisation de contenus', 'Localisation de jeux vidéo'], en: ['Localisation project management', 'Localization project management', 'Website localisation', 'Game localisation'] },
  // gérer la localisation de logiciels / manage software localization
  { id: `${SKILL}bf298db2-b90e-4739-85ca-9c3003103fab`, fr: ['Localisation de logiciels', 'Localisation d\'applications', 'Internationalisation et localisation'], en: ['Software localisation', 'Software localization', 'App localisation', 'L10n'] },
  // utiliser des outils de localisation / use localization tools
  { id: `${SKILL}c11bd2a1-8e3d-44ee-aa4b-3b60ca786324`, fr: ['Outils de localisation', 'Crowdin', 'Lokalise', 'Transifex', 'SDL Passolo'], en: ['Localisation tools', 'Crowdin', 'Lokalise', 'Transifex', 'SDL Passolo'] },
  // traduire des étiquettes ou des balises / translate tags
  { id: `${SKILL}5be704bc-e270-448c-93b4-fad465cf05b7`, fr: ['Traduction de fichiers XML', 'Traduction de fichiers HTML', 'Gestion des balises'], en: ['Tag handling', 'Translating HTML files', 'Translating XML files'] },
  // adapter un texte à la culture d’un pays / adapt text culturally
  { id: `${SKILL}839f05ab-c8e0-4893-8b41-9fcae53e71f3`, fr: ['Adaptation culturelle de textes', 'Adaptation de contenus marketing', 'Adaptation interculturelle'], en: ['Cultural adaptation', 'Adapting copy for local markets'] },
  // transcréation / transcreation
  { id: `${SKILL}fa2ea1d0-0d7e-4834-a70f-a35011509c2e`, fr: ['Transcréation publicitaire', 'Transcréation marketing'], en: ['Marketing transcreation', 'Creative translation'] },
  // utiliser des techniques d’évaluation pour anticiper l'ampleur d'un travail de traduction / employ assessment techniques to anticipate translation efforts
  { id: `${SKILL}b413060d-fc7e-4121-ba13-5098848afd29`, fr: ['Devis de traduction', 'Estimation des volumes de traduction', 'Analyse de volumétrie'], en: ['Translation quotes', 'Word count analysis', 'Quoting translation projects'] },
  // analyser un texte avant de le traduire / analyze  text before translation
  { id: `${SKILL}eb3f26ec-0c3c-462d-a8b7-3bfc8b44c256`, fr: ['Analyse du texte source', 'Préparation des fichiers à traduire'], en: ['Source text analysis'] },
  // assurer la cohérence de travaux de traduction vers plusieurs langues cibles / ensure consistency of translation works in multiple target languages
  { id: `${SKILL}7b165b86-eacb-402f-ae35-e175c7cd7f06`, fr: ['Cohérence terminologique', 'Projets de traduction multilingues'], en: ['Terminology consistency', 'Multilingual translation projects'] },
  // respecter les normes de qualité dans la traduction / follow translation quality standards
  { id: `${SKILL}87e4b9ce-910b-41d3-a6df-ad3a00f4b25e`, fr: ['Norme ISO 17100', 'ISO 17100', 'Norme EN 15038', 'Assurance qualité en traduction'], en: ['ISO 17100', 'EN 15038', 'Translation quality assurance'] },
  // suivre un code de déontologie pour des services de traduction / follow an ethical code of conduct for translation activities
  { id: `${SKILL}6d019dab-a7ab-4f22-9197-afb1fbd3d27d`, fr: ['Déontologie du traducteur', 'Code de déontologie de la SFT'], en: ['ITI Code of Professional Conduct', 'Translation ethics'] },
  // respecter les normes de qualité dans l’interprétation / follow interpreting quality standards
  { id: `${SKILL}44b2f7fb-d261-4ce3-94e4-7341c89737fd`, fr: ['Déontologie de l\'interprète', 'Code de déontologie de l\'AIIC'], en: ['Interpreting code of ethics', 'NRPSI Code of Professional Conduct'] },
  // être fidèle au texte original / preserve original text
  { id: `${SKILL}b8b174e7-5e19-4c26-9adb-4087cd1b28bb`, fr: ['Fidélité au texte source', 'Respect du sens du texte original'], en: ['Faithfulness to the source text', 'Accuracy to source text'] },
  // appliquer des techniques de traduction / employ translation techniques
  { id: `${SKILL}6073bb5f-3d4f-4ca3-864c-8bc2b54dcb50`, fr: ['Techniques de traduction', 'Traductologie'], en: ['Translation techniques', 'Translation studies'] },
  // élaborer une stratégie de traduction / develop a translation strategy
  { id: `${SKILL}6ca433d5-7633-406a-a870-667d5f1a86b0`, fr: ['Stratégie de traduction', 'Choix de traduction'], en: ['Translation strategy', 'Translation approach'] },
];
