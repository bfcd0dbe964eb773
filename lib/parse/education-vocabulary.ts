// Words that make a line a diploma, and words that make it a school. French and UK/US.

/** Diplomas and qualifications. Acronyms are matched in capitals only. */
export const DEGREE_ACRONYMS = [
  'CAP', 'BEP', 'BP', 'BTS', 'BTSA', 'DUT', 'BUT', 'DEUG', 'DEUST', 'DEA', 'DESS', 'MBA', 'DEAS', 'DEAES', 'DEAVS',
  'DEAP', 'DEI', 'DEME', 'DEES', 'DEJEPS', 'DEFA', 'CQP', 'CFG', 'DNB', 'DAEU', 'BPJEPS', 'CAPES', 'CAPEPS', 'BMA',
  'BTM', 'BAPAAT', 'MC', 'TP', 'CCP', 'DCG', 'DSCG', 'DEC', 'BSc', 'BA', 'MSc', 'MA', 'PhD', 'BEng', 'MEng', 'HND',
  'HNC', 'NVQ', 'BTEC', 'GCSE', 'GCSEs', 'GCE', 'SVQ', 'RQF', 'QCF', 'MPhil', 'LLB', 'LLM', 'BBA', 'BCA', 'MCA',
  'B.Tech', 'M.Tech', 'B.E', 'B.E.', 'M.E', 'B.Sc', 'M.Sc', 'B.Com', 'M.Com', 'B.A', 'M.A', 'SSC', 'HSC', 'PGDM',
  'DipHE', 'CertHE', 'BEPC', 'BAC', 'B.S.', 'B.S', 'M.S.', 'M.S', 'B.A.', 'M.A.', 'M.B.A.',
  // Québec: diplômes d'études secondaires, professionnelles, attestation d'études collégiales.
  'DES', 'DEP', 'AEC',
  // Farm diplomas (CAP/BEP/BP agricoles, brevet de technicien agricole) and the youth work one.
  'CAPA', 'BEPA', 'BPA', 'BTA', 'BPREA', 'CPJEPS',
  // … as the agricultural schools write them, the "a" in lower case.
  'CAPa', 'BEPa', 'BTSa', 'BPa',
  // Titles and State diplomas of care and social work known by their acronyms: assistant(e) de vie
  // aux familles, éducateur de jeunes enfants, assistant de service social, moniteur-éducateur…
  'ADVF', 'DEEJE', 'DEASS', 'DEETS', 'DECESF', 'DETISF', 'DEIDE', 'DEIBO', 'DEIADE', 'CAFERUIS', 'CAFDES',
  'DEAMP', 'DTS',
  // Belgium's and Switzerland's school and trade diplomas: certificat d'enseignement secondaire
  // supérieur, certificat d'études de base, certificat fédéral de capacité (the Swiss apprenticeship).
  'CESS', 'CEB', 'CE1D', 'CFC',
];

export const DEGREE_WORDS = [
  'bac', 'bac pro', 'baccalaureat', 'brevet', 'brevet professionnel', 'brevet de technicien', 'licence',
  'licence pro', 'licence professionnelle', 'master', 'mastere', 'maitrise', 'doctorat', 'diplome', 'diplome d\'etat',
  'titre professionnel', 'titre pro', 'titre rncp', 'certificat d\'aptitude', 'certificat de qualification',
  'mention complementaire', 'diplome d\'ingenieur', 'ingenieur diplome', 'bachelor', 'bachelors', 'bachelor\'s',
  'masters', 'master\'s', 'degree', 'diploma', 'a-levels', 'a levels', 'a-level', 'high school diploma', 'associate degree',
  'level 1', 'level 2', 'level 3', 'level 4', 'level 5', 'level 6', 'level 7', 'postgraduate', 'undergraduate',
  'certificate in', 'certificate of', 'graduate certificate', 'certificat de formation', 'capacite en droit',
  'classe preparatoire', 'prepa', 'equivalence',
  // The last class reached, for whoever left school before a diploma ("Terminale STAV", "Niveau Terminale").
  'terminale',
  // Ireland's school-leaving exams, its baccalauréat and brevet, are diplomas despite their name.
  'leaving certificate', 'leaving cert', 'junior certificate', 'junior cert', 'junior cycle',
  // Diplomas of French-speaking neighbours and of newcomers, written out: Belgium's certificats
  // d'enseignement secondaire and d'études de base, Switzerland's CFC, AFP and maturités, the
  // school-leaving exams of Central Europe, the US two-year college degree.
  'certificat d\'enseignement secondaire', 'certificat d\'etudes', 'certificat federal de capacite',
  'attestation federale de formation', 'maturite gymnasiale', 'maturite professionnelle', 'maturite federale',
  'maturite specialisee', 'matura', 'abitur', 'associate of applied science', 'associate of arts',
  'associate of science', 'associate\'s degree',
  // West Africa's and the Commonwealth's school-leaving certificates ("WASSCE (West African Senior
  // School Certificate)"): named a certificate, but the school's diploma.
  'school certificate', 'school leaving certificate', 'wassce', 'waec',
  // UK trade qualifications go by their awarding body and number ("City & Guilds 2391-52
  // Inspection and Testing").
  'city & guilds', 'city and guilds',
];

/** Schools and training bodies. */
export const SCHOOL_WORDS = [
  'lycee', 'college', 'universite', 'univ', 'iut', 'ecole', 'institut', 'afpa', 'greta', 'cfa', 'ifsi', 'ifas',
  'irts', 'cnam', 'faculte', 'fac', 'academie', 'campus', 'insa', 'iae', 'cned', 'centre de formation',
  'organisme de formation', 'conservatoire', 'maison familiale', 'mfr', 'cfppa', 'ifap', 'ifmk', 'esc', 'escp',
  'essec', 'hec', 'upmc', 'sorbonne', 'polytech', 'enseignement', 'university', 'school', 'academy', 'institute',
  'polytechnic', 'sixth form', 'high school', 'escola', 'afpi', 'cesi', 'aftral', 'promotrans', 'ecf', 'openclassrooms',
  'o\'clock', 'simplon', 'wild code school', 'le wagon', 'ifpa', 'cnfpt', 'igs', 'iscod',
  // Teachers' and social-care schools, university departments: "INSPE de Lille", "UFR STAPS", "IRFSS".
  'inspe', 'espe', 'ufr', 'iep', 'sciences po', 'irfss', 'ifcs', 'cfai',
  // Irish schools keep their Irish names ("Coláiste Bríde", "Scoil Mhuire", "Kildare and Wicklow ETB").
  'colaiste', 'scoil', 'gaelscoil', 'gaelcholaiste', 'etb',
  // Secondary schools of Belgium, Switzerland, Québec and Central Europe: "Athénée royal d'Uccle",
  // "Gymnase de Chamblandes", "Cégep du Vieux Montréal", "Liceum nr 3".
  'athenee', 'gymnase', 'gymnasium', 'cegep', 'liceum',
];
