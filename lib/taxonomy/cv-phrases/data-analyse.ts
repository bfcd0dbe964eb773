// Analyse de données et informatique décisionnelle (data analyst, chargé d'études statistiques, analyste BI, UK junior data analyst / MI analyst):
// CV phrasings not already in the other files.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // effectuer une analyse de données / perform data analysis
  { id: `${SKILL}2b92a5b2-6758-4ee3-9fb4-b6387a55cc8f`, fr: ['Analyse exploratoire des données', 'Exploitation des données', 'Traitement et analyse de données', 'Pandas'], en: ['Pandas', 'Data analytics', 'Analysing datasets'] },
  // effectuer un nettoyage de données / perform data cleansing
  { id: `${SKILL}50b100ea-74fd-4706-99db-3e4ca55e51b8`, fr: ['Fiabilisation des données', 'Dédoublonnage', 'Data cleaning'], en: ['Data cleaning', 'Data wrangling', 'Data preparation', 'Deduplication'] },
  // mettre en œuvre des processus de qualité des données / implement data quality processes
  { id: `${SKILL}713fb616-118e-40bc-9366-4a69879a49d5`, fr: ['Qualité des données', 'Contrôle qualité des données', 'Data quality'], en: ['Data quality', 'Data quality checks', 'Data validation'] },
  // fournir une présentation visuelle des données / deliver visual presentation of data
  { id: `${SKILL}c3e36d05-8ae8-447f-bb2b-6f9409f85389`, fr: ['Dataviz', 'Visualisation de données', 'Tableau Software', 'Tableau Desktop', 'Création de dashboards', 'Tableaux de bord Power BI', 'Google Data Studio', 'Metabase', 'Cognos', 'MicroStrategy', 'DAX', 'SSRS'], en: ['Dataviz', 'Data visualization', 'Tableau Desktop', 'Power BI dashboards', 'Building dashboards', 'Google Data Studio', 'Looker Studio', 'Metabase', 'Cognos', 'MicroStrategy', 'DAX', 'SSRS'] },
  // préparer des graphiques de données / prepare visual data
  { id: `${SKILL}c0326e27-5fa8-4dca-aecb-ed89ab491513`, fr: ['Graphiques et diagrammes', 'Matplotlib', 'Seaborn', 'Plotly', 'ggplot2'], en: ['Charts and graphs', 'Creating charts', 'Matplotlib', 'Seaborn', 'Plotly', 'ggplot2'] },
  // informatique décisionnelle / business intelligence
  { id: `${SKILL}143769cb-b61e-47d8-a61e-eedfbec1016c`, fr: ['Business Intelligence', 'Outils décisionnels', 'Solutions BI', 'SAP BusinessObjects', 'Business Objects', 'Reporting ad hoc', 'Automatisation des reportings'], en: ['BI reporting', 'MI reporting', 'Management information', 'SAP BusinessObjects', 'Ad hoc reporting', 'Reporting automation'] },
  // entrepôt de données / data warehouse
  { id: `${SKILL}3ec2e4d6-7000-4905-bf1a-c5b1679416de`, fr: ['Data mart', 'Amazon Redshift', 'Google BigQuery'], en: ['Data marts', 'Amazon Redshift', 'Google BigQuery'] },
  // mettre en œuvre les techniques de stockage des données / implement data warehousing techniques
  { id: `${SKILL}fd6d2981-3d4a-4ce2-9741-cfc98c5b74bd`, fr: ['Datawarehouse', 'Datamart', 'Snowflake', 'BigQuery', 'OLAP', 'SSAS', 'Modélisation en étoile', 'Schéma en étoile', 'Alimentation du datawarehouse', 'Modélisation dimensionnelle'], en: ['Datamart', 'Snowflake', 'BigQuery', 'OLAP', 'SSAS', 'OLAP cubes', 'Star schema', 'Dimensional modelling', 'Kimball methodology'] },
  // traitement analytique en ligne / online analytical processing
  { id: `${SKILL}b0a3bb25-a02f-43ed-ab1f-994fa66a424a`, fr: ['Cubes OLAP'], en: ['OLAP analysis'] },
  // outils d’extraction de transformation et de chargement / data extraction, transformation and loading tools
  { id: `${SKILL}9d0d89be-bffa-4393-b6f6-8d05bea49051`, fr: ['Flux ETL', 'Chaînes ETL', 'Talend Open Studio', 'Apache Airflow'], en: ['ETL pipelines', 'ETL processes', 'Talend Open Studio', 'Apache Airflow'] },
  // intégrer des données TIC / integrate ICT data (ETL tools said in one word: the ETL concepts are ESCO knowledge, too weak alone)
  { id: `${SKILL}46ec0033-3c71-415e-bcff-b065675ba2dc`, fr: ['Talend', 'SSIS', 'Pentaho', 'Consolidation de données multi-sources'], en: ['Talend', 'SSIS', 'Pentaho', 'Data integration', 'Combining data sources'] },
  // SQL Server Integration Services
  { id: `${SKILL}6f7512ab-d46d-402a-8c30-a8878d7c1f88`, fr: ['Packages SSIS', 'Flux SSIS'], en: ['SSIS packages'] },
  // Pentaho Data Integration
  { id: `${SKILL}42c3287f-5e50-4559-a2d1-2000c70e0aab`, fr: ['Pentaho Kettle', 'Pentaho PDI'], en: ['Pentaho Kettle', 'Pentaho PDI'] },
  // SQL
  { id: `${SKILL}598de5b0-5b58-4ea7-8058-a4bc4d18c742`, fr: ['Requêtes SQL', 'Langage SQL', 'T-SQL'], en: ['Writing SQL queries'] },
  // utiliser des langages de requête / use query languages
  { id: `${SKILL}75f839c2-fd9a-4ad3-8921-6e734608568d`, fr: ['Requêtage', 'Écriture de requêtes', 'Extraction de données par requêtes'], en: ['Querying databases', 'Writing queries'] },
  // Oracle Relational Database
  { id: `${SKILL}de9f85ba-e77f-48fd-8c66-f5ebaf32d655`, fr: ['Base de données Oracle', 'Oracle Database'], en: ['Oracle Database', 'Oracle DB'] },
  // Python
  { id: `${SKILL}ccd0a1d9-afda-43d9-b901-96344886e14d`, fr: ['Jupyter Notebook', 'Python (pandas)'], en: ['Jupyter Notebook', 'Python (pandas)'] },
  // R
  { id: `${SKILL}51586df8-1c46-4b47-8583-773cb63bf00b`, fr: ['Langage R', 'R Shiny', 'Programmation R'], en: ['R programming', 'R Shiny'] },
  // SAS language
  { id: `${SKILL}04f1b938-d4d4-4cb1-a863-982af76b9d93`, fr: ['Programmation SAS', 'SAS Base'], en: ['SAS programming', 'Base SAS'] },
  // logiciel de système d'analyse statistique / statistical analysis system software
  { id: `${SKILL}ad59afe4-6f8a-4bc4-acfd-0f228277508a`, fr: ['SAS Enterprise Guide', 'SAS Viya'], en: ['SAS Enterprise Guide', 'SAS Viya'] },
  // utiliser un logiciel d'analyse de données spécifique / use specific data analysis software
  { id: `${SKILL}c95c29fe-3971-46b7-80e9-1f7e75ba99b3`, fr: ['SPSS', 'IBM SPSS', 'Stata', 'Sphinx iQ', 'Logiciel Sphinx', 'Alteryx', 'KNIME', 'Dataiku'], en: ['SPSS', 'IBM SPSS', 'Stata', 'Alteryx', 'KNIME', 'Dataiku'] },
  // utiliser un tableur / use spreadsheets software
  { id: `${SKILL}1973c966-f236-40c9-b2d4-5d71a89019be`, fr: ['Power Query', 'Power Pivot', 'RECHERCHEV', 'TCD', 'VBA', 'Macros VBA'], en: ['VBA', 'VBA macros', 'Power Query', 'Power Pivot', 'VLOOKUP', 'XLOOKUP'] },
  // appliquer des techniques d’analyse statistique / apply statistical analysis techniques
  { id: `${SKILL}382c11ed-20d5-4ae7-b60e-15fec527fa6c`, fr: ['Analyse statistique', 'Études statistiques', 'Statistiques descriptives', 'Tests statistiques', 'Statistiques inférentielles', 'Tests d\'hypothèses', 'Régression linéaire', 'Analyse de variance', 'ANOVA', 'Analyse multivariée', 'Analyse en composantes principales'], en: ['Statistical analysis', 'Descriptive statistics', 'Inferential statistics', 'Hypothesis testing', 'Regression analysis', 'Linear regression', 'ANOVA', 'Multivariate analysis', 'Principal component analysis'] },
  // effectuer des prévisions statistiques / carry out statistical forecasts
  { id: `${SKILL}be727774-46d7-43d7-aee9-1a51b5cd8c71`, fr: ['Séries temporelles', 'Analyse de séries temporelles', 'Modèles de prévision'], en: ['Time series analysis', 'Time series forecasting', 'Forecasting models', 'Statistical forecasting'] },
  // construire des modèles prédictifs / build predictive models
  { id: `${SKILL}38d49d88-9069-467b-b29e-3cae739bdd4d`, fr: ['Modélisation prédictive', 'Modèles prédictifs', 'Modèles de scoring', 'Analyse prédictive'], en: ['Predictive modelling', 'Predictive models', 'Predictive analytics', 'Scoring models'] },
  // utiliser l’apprentissage automatique / utilize machine learning
  { id: `${SKILL}8369c2d6-c100-4cf6-bd83-9668d8678433`, fr: ['Scikit-learn', 'Apprentissage supervisé', 'Random Forest', 'XGBoost'], en: ['Scikit-learn', 'Supervised learning', 'Random forest', 'XGBoost'] },
  // procéder à l’extraction de données / perform data mining
  { id: `${SKILL}4216e465-7baa-4884-a241-54b197bb9278`, fr: ['Data mining', 'Fouille de données'] },
  // analyser des mégadonnées / analyze big data
  { id: `${SKILL}47a49cd6-097d-457a-9f7b-c290c14930d5`, fr: ['Big Data', 'Données massives', 'PySpark', 'Databricks', 'Apache Spark'], en: ['Big data', 'PySpark', 'Databricks', 'Apache Spark'] },
  // créer des modèles de données / create data models
  { id: `${SKILL}fbafa41f-cd05-4109-a649-8b44d306d779`, fr: ['Modélisation de données', 'Merise', 'Modèle conceptuel de données'], en: ['Entity relationship modelling'] },
  // analyser les données sur la clientèle / analyze data about clients
  { id: `${SKILL}d63f49de-cb72-4ce3-9553-a374a4f32f52`, fr: ['Analyse des données clients', 'Analyse du comportement client'], en: ['Customer analytics', 'Customer data analysis', 'Customer insight analysis'] },
  // segmentation des clients / customer segmentation
  { id: `${SKILL}136e0cab-0b19-48f7-9086-745d615f416b`, fr: ['Segmentation RFM'], en: ['RFM segmentation', 'Segmentation analysis'] },
  // procéder à l'analyse des ventes / carry out sales analysis
  { id: `${SKILL}2dd6ecdf-8a08-438b-8b4b-e0374f7b523b`, fr: ['Analyse des performances commerciales'], en: ['Sales analysis', 'Sales data analysis'] },
  // effectuer une analyse de données en ligne / perform online data analysis
  { id: `${SKILL}062320e5-79d1-45e8-8b7e-5deeb53279a2`, fr: ['A/B testing', 'AB testing', 'Analyse du parcours utilisateur'], en: ['A/B testing', 'AB testing', 'Split testing', 'Conversion rate analysis'] },
  // communiquer les résultats d’analyse / report analysis results
  { id: `${SKILL}c544a9f3-5945-4b54-afed-de0697852817`, fr: ['Restitution des résultats', 'Restitution des analyses', 'Présentation des résultats d\'analyse', 'Rédaction de notes d\'analyse'], en: ['Presenting findings', 'Presenting analysis results', 'Reporting findings to stakeholders'] },
  // communiquer des observations analytiques / communicate analytical insights
  { id: `${SKILL}f263da7f-0708-42c2-b1a9-39083416f632`, fr: ['Data storytelling', 'Recommandations issues des données'], en: ['Data storytelling', 'Sharing insights', 'Actionable insights'] },
  // dresser des tableaux de présentation des résultats d’une enquête / tabulate survey results
  { id: `${SKILL}daa52226-7795-48ff-aa3e-ad3189d9aa61`, fr: ['Traitement d\'enquêtes', 'Dépouillement d\'enquêtes', 'Tris croisés', 'Tris à plat', 'Traitement de questionnaires'], en: ['Cross-tabulation', 'Survey data processing', 'Survey analysis', 'Crosstabs'] },
  // concevoir des questionnaires / design questionnaires
  { id: `${SKILL}f73ed9e8-65c6-450d-9f19-8f3f8266689c`, fr: ['Élaboration de questionnaires', 'Rédaction de questionnaires', 'LimeSurvey', 'Qualtrics'], en: ['Survey design', 'LimeSurvey', 'Qualtrics'] },
  // traiter des échantillons de données / handle data samples
  { id: `${SKILL}4a193795-fa63-414e-9f2e-bfdb3924571e`, fr: ['Échantillonnage statistique', 'Plan de sondage', 'Redressement d\'échantillon', 'Méthode des quotas'], en: ['Statistical sampling', 'Sample weighting'] },
  // collecter les données / collect ICT data
  { id: `${SKILL}79e29b8b-47d1-470d-b7b1-32506bfe7d9a`, fr: ['Web scraping', 'Extraction de données web'], en: ['Web scraping', 'Data scraping', 'BeautifulSoup'] },
  // créer un rapport financier / create a financial report
  { id: `${SKILL}dd7c9dfd-6e2c-46fd-aefc-369402d0200c`, fr: ['Reporting de gestion', 'Tableaux de bord de gestion', 'Reporting mensuel de gestion'], en: ['Management reporting', 'Management accounts reporting'] },
  // prévision financière / financial forecasting
  { id: `${SKILL}4b2db903-cd8e-48ce-97fb-a92db4def54e`, fr: ['Atterrissages budgétaires', 'Rolling forecast'], en: ['Rolling forecasts'] },
  // Hadoop
  { id: `${SKILL}e46291c7-52b9-4174-bd59-178884861038`, fr: ['Apache Hadoop', 'Écosystème Hadoop'], en: ['Apache Hadoop', 'Hadoop ecosystem'] },
];
