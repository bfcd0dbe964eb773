// Towns a CV names without anything else to say they are towns.

/** Large towns of France, Belgium, Switzerland, Luxembourg and the UK, folded: a town in brackets
 *  is where the job was, and one alone among the contact details where the candidate lives, even
 *  when the CV names it nowhere else. */
export const LARGE_TOWNS = new Set([
  'paris', 'marseille', 'lyon', 'toulouse', 'nice', 'nantes', 'montpellier', 'strasbourg', 'bordeaux', 'lille',
  'rennes', 'reims', 'toulon', 'grenoble', 'dijon', 'angers', 'nimes', 'villeurbanne', 'clermont-ferrand', 'aix-en-provence',
  'brest', 'tours', 'amiens', 'limoges', 'annecy', 'perpignan', 'boulogne-billancourt', 'metz', 'besancon', 'orleans',
  'rouen', 'mulhouse', 'caen', 'nancy', 'argenteuil', 'montreuil', 'roubaix', 'tourcoing', 'avignon', 'poitiers',
  'nanterre', 'creteil', 'versailles', 'pau', 'calais', 'dunkerque', 'cannes', 'antibes', 'colmar', 'valence',
  'bruxelles', 'brussels', 'anvers', 'antwerpen', 'gand', 'gent', 'charleroi', 'liege', 'namur', 'mons', 'bruges',
  'geneve', 'geneva', 'lausanne', 'zurich', 'berne', 'bern', 'bale', 'basel', 'fribourg', 'neuchatel', 'sion',
  'luxembourg', 'london', 'manchester', 'birmingham', 'leeds', 'glasgow', 'liverpool', 'bristol', 'sheffield',
  'edinburgh', 'cardiff', 'coventry', 'nottingham', 'leicester', 'newcastle',
  // French préfectures and towns of some 30,000 people or more. Left out: those whose name is also
  // a common word, a job or a firm a CV names ("Sens", "Gap", "Mâcon", "Orange", "Grasse", "Menton").
  'saint-etienne', 'le havre', 'le mans', 'saint-denis', 'saint-paul', 'saint-pierre', 'le tampon', 'fort-de-france',
  'pointe-a-pitre', 'les abymes', 'cayenne', 'mamoudzou', 'noumea', 'papeete', 'ajaccio', 'bastia',
  'quimper', 'vannes', 'lorient', 'saint-brieuc', 'saint-malo', 'laval', 'cholet', 'la roche-sur-yon', 'saint-nazaire',
  'la rochelle', 'niort', 'angouleme', 'perigueux', 'agen', 'mont-de-marsan', 'bayonne', 'biarritz', 'tarbes', 'lourdes',
  'auch', 'montauban', 'albi', 'castres', 'rodez', 'cahors', 'carcassonne', 'beziers', 'narbonne', 'sete', 'ales',
  'arles', 'aubagne', 'martigues', 'istres', 'salon-de-provence', 'vitrolles', 'la ciotat', 'frejus', 'hyeres',
  'draguignan', 'la seyne-sur-mer', 'digne-les-bains', 'chambery', 'annemasse', 'bourg-en-bresse', 'vienne', 'roanne',
  'le puy-en-velay', 'aurillac', 'vichy', 'montlucon', 'moulins', 'nevers', 'bourges', 'chateauroux', 'blois', 'chartres',
  'dreux', 'evreux', 'dieppe', 'cherbourg', 'cherbourg-en-cotentin', 'saint-lo', 'alencon', 'lisieux', 'beauvais',
  'compiegne', 'creil', 'soissons', 'laon', 'saint-quentin', 'arras', 'lens', 'douai', 'valenciennes', 'maubeuge',
  'cambrai', 'boulogne-sur-mer', 'charleville-mezieres', 'chalons-en-champagne', 'troyes', 'chaumont', 'epinal',
  'bar-le-duc', 'verdun', 'thionville', 'forbach', 'belfort', 'montbeliard', 'vesoul', 'lons-le-saunier', 'dole',
  'chalon-sur-saone', 'auxerre', 'melun', 'meaux', 'evry', 'evry-courcouronnes', 'cergy', 'pontoise', 'bobigny',
  'vitry-sur-seine', 'aubervilliers', 'colombes', 'asnieres-sur-seine', 'courbevoie', 'rueil-malmaison', 'clichy',
  'champigny-sur-marne', 'saint-maur-des-fosses', 'drancy', 'noisy-le-grand', 'aulnay-sous-bois', 'ivry-sur-seine',
  'villejuif', 'sarcelles', 'epinay-sur-seine', 'pessac', 'merignac', 'talence', 'venissieux', 'saint-priest', 'bron',
  'vaulx-en-velin', 'caluire-et-cuire', 'saint-germain-en-laye', 'mantes-la-jolie', 'saint-herblain', 'reze',
]);

/** Words written where a town goes that name none: a way of working, a country or region, a
 *  document's own words. */
export const NOT_A_TOWN = /^(?:remote|t[ée]l[ée]travail|mobile|flexible|anywhere|france|uk|europe|international|nationale?|[iî]le-de-france|permis|cv|curriculum)$/i;

/** Regions, folded, as job sites write them between a town and its country ("Nantes, Pays de la
 *  Loire, France", "Leeds, England, United Kingdom"). */
export const REGIONS = new Set([
  'auvergne-rhone-alpes', 'bourgogne-franche-comte', 'bretagne', 'centre-val de loire', 'corse', 'grand est',
  'hauts-de-france', 'ile-de-france', 'normandie', 'nouvelle-aquitaine', 'occitanie', 'pays de la loire',
  "provence-alpes-cote d'azur", 'guadeloupe', 'martinique', 'guyane', 'la reunion', 'mayotte',
  'wallonie', 'flandre', 'bruxelles-capitale', 'region de bruxelles-capitale', 'quebec', 'ontario',
  'england', 'scotland', 'wales', 'northern ireland',
]);

/** UK counties and nations, written between a town and its postcode ("Leeds, West Yorkshire LS6"). */
export const UK_COUNTY = /shire$|^(?:greater\s+\w+|merseyside|west midlands|east midlands|tyne and wear|kent|essex|surrey|(?:east |west )?sussex|norfolk|suffolk|devon|cornwall|somerset|dorset|cumbria|county durham|durham|northumberland|middlesex|(?:south |mid |west )?glamorgan|gwent|powys|gwynedd|fife|(?:east |west |mid)?lothian|east riding|rutland|uk|united kingdom|england|scotland|wales)$/i;
