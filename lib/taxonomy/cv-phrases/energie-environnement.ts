// Énergies renouvelables, génie climatique et diagnostics (installateur photovoltaïque, technicien éolien,
// technicien de maintenance solaire, diagnostiqueur immobilier, technicien environnement): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // Solaire photovoltaïque et thermique
  // installer des systèmes photovoltaïques / install photovoltaic systems
  { id: `${SKILL}18d3f89a-6ac5-4ca6-bf93-0baec4e13bcd`, fr: ['Installation photovoltaïque', 'Centrales photovoltaïques', 'Autoconsommation photovoltaïque', 'Solaire photovoltaïque', 'QualiPV', 'Raccordement photovoltaïque'], en: ['PV installation', 'Solar installation'] },
  // monter des panneaux photovoltaïques / mount photovoltaic panels
  { id: `${SKILL}08a5f6dd-d3dd-4371-9919-6d730f34499c`, fr: ['Pose de panneaux photovoltaïques', 'Pose de panneaux solaires', 'Pose de modules photovoltaïques', 'Fixation des modules photovoltaïques', 'Pose en surimposition', 'Intégration au bâti', 'Pose de structures photovoltaïques'], en: ['Mounting solar panels', 'Panel mounting', 'Roof-mounted PV', 'Ground-mounted solar', 'Solar racking'] },
  // installer un onduleur / install inverter
  { id: `${SKILL}13879c29-3c14-4a53-945c-5a8c0f8984db`, fr: ['Raccordement onduleur', 'Pose d\'onduleurs', 'Onduleurs photovoltaïques', 'Micro-onduleurs', 'Enphase', 'SolarEdge'], en: ['Solar inverters', 'Microinverters', 'Micro-inverters', 'Enphase', 'SolarEdge'] },
  // mise en service d’un projet / project commissioning
  { id: `${SKILL}4ca91852-c534-4b98-ab1c-59a126534c88`, fr: ['Mise en service d\'installations photovoltaïques', 'Mise en service des installations', 'Essais et mise en service'], en: ['Testing and commissioning', 'System commissioning', 'PV commissioning'] },
  // entretenir des systèmes photovoltaïques / maintain photovoltaic systems
  { id: `${SKILL}33784b61-bd86-4451-8a89-741ada5f8475`, fr: ['Maintenance photovoltaïque', 'Maintenance de centrales photovoltaïques', 'Maintenance des installations photovoltaïques', 'Dépannage photovoltaïque', 'Nettoyage de panneaux photovoltaïques'], en: ['PV maintenance', 'Solar PV maintenance', 'Solar O&M', 'Solar panel cleaning'] },
  // entretenir des systèmes d’énergie solaire / maintain solar energy systems
  { id: `${SKILL}9cf2856d-0375-4ec3-a51f-7f9c82119859`, fr: ['Maintenance solaire', 'Maintenance solaire thermique', 'Entretien de chauffe-eau solaires', 'Maintenance des installations solaires'], en: ['Solar maintenance', 'Solar thermal maintenance', 'Solar system servicing'] },
  // installer un chauffe-eau solaire / install solar water heater
  { id: `${SKILL}2a74063a-d4b1-42fb-bc90-cb8c06ff53ec`, fr: ['CESI', 'Chauffe-eau solaire individuel', 'Solaire thermique', 'Système solaire combiné', 'Capteurs solaires thermiques', 'Pose de capteurs solaires', 'QualiSol'], en: ['Solar thermal', 'Solar hot water', 'Solar thermal installation', 'Solar water heating'] },
  // concevoir des systèmes d’énergie solaire / design solar energy systems
  { id: `${SKILL}50ac5186-bb18-4ffb-9f29-00636853c8ea`, fr: ['Dimensionnement photovoltaïque', 'Dimensionnement d\'installations photovoltaïques', 'PVsyst', 'Étude de faisabilité photovoltaïque', 'Calepinage photovoltaïque'], en: ['PV design', 'PVsyst', 'Solar PV design', 'PV system sizing'] },
  // calculer l’orientation d’un panneau solaire / calculate solar panel orientation
  { id: `${SKILL}5bf756dd-a54a-47cd-80fe-3418fedd1c51`, fr: ['Étude d\'ensoleillement', 'Étude d\'ombrage', 'Orientation et inclinaison des panneaux', 'Masques solaires'], en: ['Shading analysis', 'Solar site survey'] },

  // Éolien
  // inspecter des éoliennes / inspect wind turbines
  { id: `${SKILL}52242966-692f-4a4f-8279-cadbc7874183`, fr: ['Maintenance éolienne', 'Inspection des éoliennes', 'Inspection des pales', 'Maintenance d\'aérogénérateurs', 'Maintenance sur parc éolien'], en: ['Wind turbine maintenance', 'Wind turbine inspections', 'Blade inspections', 'Turbine servicing', 'Wind farm maintenance'] },
  // suivre les procédures de sécurité pour un travail en hauteur / follow safety procedures when working at heights
  { id: `${SKILL}fafbb75f-ec35-4cc2-996a-20c85ef6c266`, fr: ['GWO', 'GWO BST', 'Formation GWO', 'Certificat GWO'], en: ['GWO', 'GWO BST', 'GWO Basic Safety Training'] },
  // évacuer les gens de lieux en hauteur / evacuate people from heights
  { id: `${SKILL}ef5ac37b-f46d-40fe-8fba-f47ee34a6779`, fr: ['Sauvetage en hauteur', 'Secours en hauteur', 'Évacuation en hauteur'], en: ['Rescue at height', 'Tower rescue', 'Work at height rescue'] },

  // Pompes à chaleur (ce que plomberie-chauffage.ts ne dit pas)
  // installer une pompe à chaleur / install heat pump
  { id: `${SKILL}00735755-adc6-4ea0-b034-b8caff339c9f`, fr: ['PAC géothermique', 'QualiPAC', 'Mise en service de pompes à chaleur', 'PAC air-air', 'Pompe à chaleur air-air'], en: ['Ground source heat pumps', 'GSHP', 'Heat pump commissioning', 'MCS heat pumps'] },

  // Diagnostic immobilier, performance énergétique
  // performance énergétique des bâtiments / energy performance of buildings
  { id: `${SKILL}4e09e2d2-e317-47d2-bf5e-1d6c66be3efc`, fr: ['DPE', 'Diagnostic de performance énergétique', 'Étiquette énergétique', 'RE2020', 'RT 2012', 'Réglementation thermique'], en: ['EPC', 'Energy Performance Certificates', 'SAP calculations', 'RdSAP', 'Domestic energy assessment'] },
  // réaliser un audit énergétique / conduct energy audit
  { id: `${SKILL}0ad6d5e8-593f-4191-843c-439b23a468ca`, fr: ['Audit énergétique réglementaire', 'Bilan énergétique', 'Audits énergétiques de logements'], en: ['Energy surveys', 'ESOS assessments', 'Energy audits'] },
  // donner des conseils en matière de consommation d'énergie / advise on utility consumption
  { id: `${SKILL}1ab1449d-5b65-458b-b115-f5283a52da8e`, fr: ['Conseil en économies d\'énergie', 'Conseil en rénovation énergétique', 'Accompagnement à la rénovation énergétique', 'Préconisations de travaux énergétiques'], en: ['Energy saving advice', 'Energy efficiency advice', 'Retrofit advice'] },
  // assurer la gestion énergétique d’installations / carry out energy management of facilities
  { id: `${SKILL}885808f7-f42b-406e-95f2-28efcd45ddda`, fr: ['ISO 50001', 'Suivi des consommations énergétiques', 'Gestion de l\'énergie', 'Management de l\'énergie'], en: ['ISO 50001', 'Energy management', 'Energy monitoring'] },
  // inspecter les installations techniques de bâtiments / inspect building systems
  { id: `${SKILL}887a5c70-5524-4c7d-96cc-6cdcf1c5309f`, fr: ['Diagnostics immobiliers', 'Diagnostic gaz', 'Diagnostic électricité', 'Diagnostic de l\'installation électrique', 'Diagnostic de l\'installation gaz', 'Dossier de diagnostic technique'], en: ['Building inspections', 'Property inspections', 'Home condition surveys'] },
  // réglementation sur le désamiantage / asbestos removal regulations
  { id: `${SKILL}d13f1685-9848-4c9e-a40a-686ddb407858`, fr: ['Repérage amiante', 'Diagnostic amiante', 'Amiante SS4', 'Amiante sous-section 4', 'Amiante SS3', 'Prélèvements amiante'], en: ['Asbestos awareness', 'Asbestos surveys', 'UKATA asbestos awareness'] },
  // réglementation sur l’exposition à un environnement contaminé / contamination exposure regulations
  { id: `${SKILL}023faef3-0633-436d-8b91-389c45c1421c`, fr: ['Diagnostic plomb', 'CREP', 'Constat de risque d\'exposition au plomb'], en: ['Lead paint surveys'] },
  // rédiger des rapports sur des inspections de contrôle des nuisibles / report on pest inspections
  { id: `${SKILL}ac93de83-16b6-442c-b83f-d880b8ddc792`, fr: ['Diagnostic termites', 'État parasitaire', 'État relatif à la présence de termites'], en: ['Timber infestation surveys', 'Woodworm surveys'] },
  // respecter la réglementation en matière de sécurité électrique / comply with electrical safety regulations
  { id: `${SKILL}970af2f2-9a19-41a0-b42b-b1f36b083d28`, fr: ['Consuel', 'Attestation Consuel'], en: ['Part P'] },

  // Eau, assainissement, environnement
  // effectuer le traitement d’eaux usées / carry out waste water treatment
  { id: `${SKILL}5206a9b8-8337-4f0b-ae00-163a2f55d8cf`, fr: ['Station d\'épuration', 'Exploitation de station d\'épuration', 'Traitement des eaux usées', 'Boues activées', 'Épuration des eaux', 'STEU'], en: ['Wastewater treatment', 'Sewage treatment', 'Sewage treatment works', 'Activated sludge'] },
  // appliquer des procédés de traitement de l’eau / perform water treatment procedures
  { id: `${SKILL}8bcf4ef0-edda-4f6a-a1ce-7defb1d324d6`, fr: ['Traitement de l\'eau potable', 'Potabilisation', 'Usine de production d\'eau potable', 'Chloration', 'Désinfection de l\'eau'], en: ['Potable water treatment', 'Drinking water treatment', 'Chlorination'] },
  // entretenir des systèmes de traitement de l’eau / maintain water treatment equipment
  { id: `${SKILL}2a45f2d1-8f1a-4c62-9332-cfd3535d9d35`, fr: ['Maintenance des stations d\'épuration', 'Entretien des postes de relevage', 'Postes de relevage', 'Maintenance des ouvrages d\'assainissement'], en: ['Pumping station maintenance', 'Water treatment plant maintenance'] },
  // surveiller la qualité de l’eau / monitor water quality
  { id: `${SKILL}d589970b-933d-4656-bcb6-a43b3cc67888`, fr: ['Suivi de la qualité de l\'eau', 'Autosurveillance', 'Autosurveillance des rejets', 'Contrôle des rejets'], en: ['Water quality testing', 'Discharge monitoring'] },
  // mesurer des paramètres de qualité de l’eau / measure water quality parameters
  { id: `${SKILL}2f48c606-a936-46a4-9058-dd925973efd6`, fr: ['DCO', 'DBO5', 'Mesure de l\'oxygène dissous', 'Mesures de turbidité', 'Matières en suspension', 'Sonde multiparamètre'], en: ['Dissolved oxygen', 'Turbidity', 'Multiparameter probe'] },
  // effectuer une analyse chimique de l’eau / perform water chemistry analysis
  { id: `${SKILL}e08d5950-f694-450e-90ae-088001dad5e9`, fr: ['Analyses d\'eau', 'Analyses physico-chimiques de l\'eau', 'Dosage des nitrates'], en: ['Water analysis', 'Water chemistry', 'Water testing'] },
  // prélever des échantillons / collect samples
  { id: `${SKILL}17fa2e6a-ca80-4d60-afb0-03f170e9d5f3`, fr: ['Prélèvements d\'eau', 'Prélèvements d\'eaux usées', 'Échantillonneur automatique', 'Campagnes de prélèvements', 'Prélèvements de sols'], en: ['Water sampling', 'Environmental sampling', 'Soil sampling', 'Groundwater sampling'] },
  // étudier des nappes phréatiques / study groundwater
  { id: `${SKILL}c5320743-60f2-40dc-bc13-337cc3834892`, fr: ['Suivi piézométrique', 'Relevés piézométriques', 'Piézomètres', 'Suivi des eaux souterraines'], en: ['Groundwater monitoring', 'Borehole dipping'] },
  // mesurer une pollution / measure pollution
  { id: `${SKILL}5aec5b83-df71-483e-90b9-21e56a0a3cb2`, fr: ['Mesures de pollution', 'Mesure de la qualité de l\'air', 'Mesures d\'émissions atmosphériques', 'Mesures de rejets atmosphériques', 'Analyseur de gaz de combustion'], en: ['Air quality monitoring', 'Emissions monitoring', 'Stack emissions testing', 'Flue gas analysis'] },
  // contrôler des paramètres environnementaux / monitor environmental parameters
  { id: `${SKILL}3d69b305-4051-4c1d-ba1e-d8c5b35e22db`, fr: ['Suivi environnemental', 'Surveillance environnementale', 'Mesures environnementales'], en: ['Environmental monitoring'] },
  // effectuer des enquêtes écologiques / conduct ecological surveys
  { id: `${SKILL}aeb400b6-d38c-45cc-9252-3c6983c614bb`, fr: ['Inventaires faune-flore', 'Inventaires naturalistes', 'Inventaires floristiques', 'Relevés floristiques'], en: ['Ecological surveys', 'Phase 1 habitat surveys', 'Bat surveys'] },
];
