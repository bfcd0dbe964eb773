// Words that make a header line something other than a person's name.

/** Surname particles, kept with the surname: "Jean de La Fontaine", "Karim Ben Salah". */
export const NAME_PARTICLES = new Set([
  'de', 'du', 'des', 'la', 'le', 'les', "d'", "l'", 'van', 'von', 'der', 'den', 'ten', 'ter',
  'ben', 'bin', 'ibn', 'el', 'al', 'abd', 'ait', 'aït', 'ath', 'abou', 'abu', 'ould', 'di', 'da', 'dos', 'das', 'del', 'della', 'mac', 'mc', 'st', 'saint', 'sainte',
]);

/** Words found in headings, titles, and contact labels; a line holding one is not a name. */
export const NOT_NAME_WORDS = new Set([
  'curriculum', 'vitae', 'cv', 'resume', 'résumé', 'profil', 'profile', 'contact', 'contacts', 'coordonnées',
  'expérience', 'expériences', 'experience', 'experiences', 'formation', 'formations', 'education',
  'compétences', 'competences', 'skills', 'langues', 'languages', 'permis', 'loisirs', 'hobbies',
  'centres', 'intérêt', 'interests', 'adresse', 'address', 'email', 'e-mail', 'mail', 'téléphone', 'telephone',
  'tél', 'tel', 'phone', 'mobile', 'portable', 'né', 'née', 'ans', 'years', 'nationalité', 'nationality',
  'professionnel', 'professionnelle', 'professional', 'summary', 'objectif', 'objective', 'personal',
  'information', 'informations', 'personnelles', 'details', 'références', 'references', 'diplômes',
  'certifications', 'qualités', 'savoir', 'atouts', 'parcours', 'work', 'history', 'employment',
  'france', 'paris', 'lyon', 'marseille', 'london', 'rue', 'avenue', 'boulevard', 'street', 'road',
  'h/f', 'f/h', 'cdi', 'cdd', 'stage', 'alternance', 'recherche', 'seeking', 'disponible', 'available',
  'engineer', 'developer', 'manager', 'ingénieur', 'développeur', 'développeuse', 'assistant', 'assistante',
  'agent', 'chef', 'responsable', 'technicien', 'technicienne', 'conseiller', 'conseillère', 'vendeur',
  'vendeuse', 'chauffeur', 'cariste', 'aide', 'auxiliaire', 'infirmier', 'infirmière', 'consultant',
  'consultante', 'directeur', 'directrice', 'analyst', 'analyste', 'designer', 'comptable', 'commercial',
  'commerciale', 'préparateur', 'préparatrice', 'magasinier', 'cuisinier', 'serveur', 'serveuse',
  'and', 'et', 'of', 'for', 'pour', 'en', 'with', 'avec', 'the', 'sur', 'au', 'aux', 'à',
  'linkedin', 'github', 'www', 'http', 'https', 'résidence', 'residence', 'allée', 'allee', 'impasse', 'place', 'chemin',
  'route', 'quai', 'bâtiment', 'appt', 'lotissement', 'hameau', 'cedex', 'lane', 'flat', 'apartment', 'europass',
  'page', 'mobilité', 'véhiculé', 'véhiculée', 'disponible', 'immédiatement',
  // Diplomas and certificates: "CAP Logistique", "BTS Commerce" head a training line, not a name.
  'cap', 'bep', 'bts', 'dut', 'bac', 'baccalauréat', 'caces', 'licence', 'diplôme', 'gcse', 'gcses', 'nvq',
  // Company forms and institutions: "SARL Kerhoas Électricité", "EHPAD Les Lilas" name an employer.
  'sarl', 'sas', 'sasu', 'eurl', 'sci', 'ltd', 'limited', 'plc', 'llp', 'llc', 'inc', 'gmbh',
  'ehpad', 'lycée', 'école', 'collège', 'université', 'university', 'college', 'school', 'hôpital', 'hospital',
  'clinique', 'clinic', 'chu', 'mairie', 'association',
]);

/** A civility written before a name ("Mme", "M.", "Monsieur", "Mr", "Mrs"): not part of the first name. */
export const CIVILITY = /^(?:m\.|mr\.?|mrs\.?|ms\.?|miss|mx\.?|mme\.?|mlle\.?|madame|mademoiselle|monsieur|dr\.?|prof\.?|professor|docteur|pr\.)$/i;

/** Labels of explicit name fields ("Nom : MARTIN", "Prénom : Julie"). */
export const LAST_NAME_LABEL = /^\s*(?:nom(?:\s+de\s+famille)?|surname|last\s*name|family\s*name)\s*[:：]\s*(.+)$/i;
export const FIRST_NAME_LABEL = /^\s*(?:pr[ée]noms?|first\s*name|given\s*names?)\s*[:：]\s*(.+)$/i;
export const FULL_NAME_LABEL = /^\s*(?:nom\s+et\s+pr[ée]nom|pr[ée]nom\s+et\s+nom|nom\s*[-/]\s*pr[ée]nom|full\s*name|name)\s*[:：]\s*(.+)$/i;
