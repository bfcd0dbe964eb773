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
