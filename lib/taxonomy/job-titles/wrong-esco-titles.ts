// Labels ESCO gives an occupation that are the name of another trade, which has its own concept
// ("plumber" among the pipe welder's labels, "osteopath" among the physiotherapist's). Read
// exactly, such a title offered the wrong trade beside the right one at almost full confidence.
// Dropped from the referential together with the job-title lexicon (never from the ESCO-only one).
import { OCCUPATION, type JobTitlePhrase } from './job-title';

export const WRONG_ESCO_TITLES: JobTitlePhrase[] = [
  // soudeur de tuyaux/soudeuse de tuyaux / pipe welder: the plumber is ESCO's plumber
  { id: `${OCCUPATION}2ff73126-7aff-4233-9d9c-d8725e1c6822`, en: ['plumber'] },
  // physiotherapist: osteopaths, chiropractors and occupational therapists are their own professions
  { id: `${OCCUPATION}006cc1f9-2841-41c3-991a-dc3f2f3bd533`, en: ['osteopath', 'chiropractor', 'occupational therapist'] },
  // metal production manager: operations managers are their own occupation
  { id: `${OCCUPATION}0368c4d4-94cf-4168-a84d-283a25880e0d`, en: ['operations manager'] },
  // mine manager: operations managers are their own occupation
  { id: `${OCCUPATION}107d21c6-973b-411c-89fd-69da48d29ada`, en: ['operations manager'] },
  // audio production technician: stage managers are their own occupation
  { id: `${OCCUPATION}2cbb23b0-0bf1-4871-9e6d-18f005987310`, en: ['stage manager'] },
  // sewing machine operator: in a CV a joiner is a carpenter (ESCO's carpenter has 'joiner' too)
  { id: `${OCCUPATION}7d4266b3-2108-4330-b27b-430a96012c21`, en: ['joiner'] },
  // set builder: carpenters are their own occupation
  { id: `${OCCUPATION}34e1c889-0fd1-4d1f-aba9-3b6263ae667a`, en: ['carpenter'] },
  // financial markets back office administrator: operations managers are their own occupation
  { id: `${OCCUPATION}35fbb8cd-c044-49a1-850c-010481c99b4a`, en: ['operations manager'] },
  // advanced nurse practitioner: a manager of any kind of service
  { id: `${OCCUPATION}36494988-69d2-4420-9db4-eb56605ac983`, en: ['service manager'] },
  // land planner: civil engineers are their own occupation
  { id: `${OCCUPATION}44508e7b-f56b-4bfb-9cd6-879838aecd94`, en: ['civil engineer'] },
  // plastic heat treatment equipment operator: engineers are their own occupation
  { id: `${OCCUPATION}4a5ceaae-0f05-4091-bdbf-59f250ce6374`, en: ['materials engineer'] },
  // public funding advisor: business coaches are their own occupation
  { id: `${OCCUPATION}4ed22a87-8478-4731-be11-5942eacb2e16`, en: ['business coach'] },
  // process engineering technician: production supervisors are their own occupation
  { id: `${OCCUPATION}53be4843-8f31-4645-b25c-9a5bbb04f6b6`, en: ['production supervisor'] },
  // artistic coach: the performers and teachers are their own occupations
  { id: `${OCCUPATION}58f3f9fc-c9f6-4e14-bedf-a71ace5f27c5`, en: ['actor', 'actress', 'dancer', 'dance teacher'] },
  // leaflet distributor: marketing staff are their own occupations
  { id: `${OCCUPATION}5ff100c2-00cd-4c64-82ae-8feab6712557`, en: ['marketing assistant', 'marketeer'] },
  // sports programme coordinator: their own occupation
  { id: `${OCCUPATION}7b629a14-09d0-417e-8181-7683923b4e5e`, en: ['community development officer'] },
  // pump operator: firefighters are their own occupation
  { id: `${OCCUPATION}7c320679-131d-4828-87ed-94886614b7ed`, en: ['firefighter'] },
  // cost analyst: quantity surveyors are their own occupation
  { id: `${OCCUPATION}84871c2a-abd1-45eb-b03a-65e51a26fd84`, en: ['quantity surveyor'] },
  // biochemistry technician: scientists are their own occupations
  { id: `${OCCUPATION}95324a4a-a5ea-4d89-8ede-4422ccb46a28`, en: ['chemist', 'biologist'] },
  // tyre fitter: a machinist works machine tools, not tyres
  { id: `${OCCUPATION}98c429ad-128e-467e-803a-9a6dc1ceed72`, en: ['machinist'] },
  // agricultural policy officer: agronomists are their own occupation
  { id: `${OCCUPATION}98f17395-0f8c-4f51-9072-cb8f66fd6044`, en: ['agronomist'] },
  // customs and excise officer: shipping agents are their own occupation
  { id: `${OCCUPATION}a3ef0728-7540-4676-ad18-cf0a7913b3ce`, en: ['shipping agent'] },
  // airline food service worker: kitchen assistants work in every kitchen (ESCO's kitchen assistant)
  { id: `${OCCUPATION}b4bff870-5c8f-4c33-b07f-f04d79830633`, en: ['kitchen assistant'] },
  // philosopher: an aesthetician is a beautician (ESCO's own aesthetician), not a philosopher of aesthetics
  { id: `${OCCUPATION}bfc92738-128b-44f5-92d4-51b10df17961`, en: ['aesthetician'] },
  // fragrance chemist: engineers are their own occupation
  { id: `${OCCUPATION}e027434f-8aa4-4d87-a070-b1d5c57749e6`, en: ['application engineer'] },
  // employment and vocational integration consultant: business coaches are their own occupation
  { id: `${OCCUPATION}e4112a88-973f-4c7a-97f5-2241e6b6833f`, en: ['business coach'] },
  // interior architect: construction managers are their own occupation
  { id: `${OCCUPATION}efa81635-9125-4276-8902-9deb12170ea7`, en: ['construction manager'] },
  // bacteriology technician: scientists are their own occupations
  { id: `${OCCUPATION}f3b99acc-b212-45cf-bb4f-7b83cc6f0d71`, en: ['chemist', 'biologist'] },
  // metrologist: engineers are their own occupations
  { id: `${OCCUPATION}fa5b9075-3796-4e86-be0a-b5e6d725c25a`, en: ['process engineer', 'research engineer', 'optical engineer'] },
  // construction manager: quantity surveyors are their own occupation
  { id: `${OCCUPATION}faed05c0-c1d1-4e34-b575-0dea96459e56`, en: ['quantity surveyor'] },
  // critic: bloggers are their own occupation
  { id: `${OCCUPATION}fdd8eef7-d89c-419f-9166-0747f466a769`, en: ['blogger'] },
  // zoology technician: zookeepers are their own occupation
  { id: `${OCCUPATION}ff4c28e2-66b1-4ae7-9053-fba8ec3428be`, en: ['zookeeper'] },
  // vendeur en optique/vendeuse en optique: les optométristes sont une profession à part
  { id: `${OCCUPATION}56a535ff-189b-45da-97d4-775f78744f83`, fr: ['optométriste'] },
  // opérateur de saisie de données/opératrice de saisie de données: les secrétaires sont une profession à part
  { id: `${OCCUPATION}6353b3e8-e8f2-4ecb-b230-186927139892`, fr: ['secrétaire'] },
  // conseiller en amincissement/conseillère en amincissement: les diététiciens sont une profession à part
  { id: `${OCCUPATION}763f82c2-81e3-48d2-9cdf-f532b5016a1f`, fr: ['diététicien', 'diététicienne'] },
  // agent de stationnement/agente de stationnement: les policiers sont une profession à part
  { id: `${OCCUPATION}b8b98b65-7db2-43f8-8ac4-2f1903984e7b`, fr: ['gardien de la paix', 'gardienne de la paix'] },
  // barista: les serveurs sont une profession à part
  { id: `${OCCUPATION}bf7d8b16-4e2c-48ef-b44e-dc25b2d0ab61`, fr: ['serveur', 'serveuse'] },
  // aide-soignant en institution/aide-soignante en institution: les sages-femmes sont une profession à part
  { id: `${OCCUPATION}d38c2107-98f2-47b7-8bb4-f69750d51082`, fr: ['sage-femme'] },
  // machiniste: les accessoiristes sont une profession à part
  { id: `${OCCUPATION}d52db93d-9ae5-47d9-b9dc-eab8aa9f2ba9`, fr: ['accessoiriste'] },
  // commandant/commandante: le mot seul est le titre de mille conducteurs de machines et de véhicules
  { id: `${OCCUPATION}ee646fa1-3f09-4e43-9275-3aa958ca00ae`, fr: ['conducteur', 'conductrice'] },
  // amusement park cleaner: "cleaners" is every cleaner (ESCO's building cleaner and the rest)
  { id: `${OCCUPATION}38eb308f-0075-451e-9c1a-c557fd173022`, en: ['cleaners'] },
  // oil refinery control room operator: a supervisor of any kind
  { id: `${OCCUPATION}217e7ae2-605d-4225-afd2-6319c2408116`, en: ['supervisor'] },
  // consumer electronics repair technician: a repairer of anything
  { id: `${OCCUPATION}f8ab2e08-d14e-4938-a2cd-c04821556db7`, en: ['repairer', 'repairman', 'trouble-shooter'] },
  // medical administrative assistant: a PA is a personal assistant first, in any office
  { id: `${OCCUPATION}045f05f2-4ff8-46b2-9d08-e12a81657498`, en: ['PA'] },
  // nurse responsible for general care: a healthcarer is the healthcare assistant, not the nurse
  { id: `${OCCUPATION}8d3e8aaa-791b-4c75-a465-f3f827028f50`, en: ['healthcarer'] },
  // bed and breakfast operator: a hotelier runs a hotel (ESCO's hotel manager)
  { id: `${OCCUPATION}2171a849-4065-411c-8390-835b7782ed8b`, en: ['hotelier'] },
  // leather goods hand cutting operator: a cutter of anything (meat, fabric, stone, hair)
  { id: `${OCCUPATION}1d188cae-90e9-4950-9666-3e1a9500de50`, en: ['cutter'] },
  // telephone switchboard operator: receptionists are their own occupation
  { id: `${OCCUPATION}0bf68df5-e808-4c27-abf2-6f85440f2d7f`, en: ['receptionist'] },
  // sales account manager: a salesperson is any seller, in a shop first
  { id: `${OCCUPATION}2eac08c2-a81a-46fc-8d75-eb0e0f3e0f6d`, en: ['salesperson'] },
  // zoo section leader: every trade has team leaders (shops, warehouses, call centres, factories)
  { id: `${OCCUPATION}62204bd8-98b5-418f-b189-7333904cbde7`, en: ['team leader'] },
  // gambling manager: a general manager runs any business
  { id: `${OCCUPATION}146f2c99-3f8b-4856-95ba-3ecfea681809`, en: ['general manager'] },
  // lottery manager: a general manager runs any business
  { id: `${OCCUPATION}49ca9fe4-4513-4657-b27f-eaad11e6158a`, en: ['general manager'] },
  // healthcare institution manager: a general manager runs any business
  { id: `${OCCUPATION}4a29eab1-5f02-4723-a863-e2d5a0614dfa`, en: ['general manager'] },
  // public health policy officer: a general manager runs any business
  { id: `${OCCUPATION}d4d6842b-27f0-4222-85db-c542acf6d434`, en: ['general manager'] },
  // video and motion picture director: a director of anything
  { id: `${OCCUPATION}1a7fb683-6544-4442-b54c-ec72ef468ff0`, en: ['director'] },
  // sport facility manager: a director of anything
  { id: `${OCCUPATION}825ab049-2f0c-4acf-b402-9c6bb51acca2`, en: ['director'] },
  // executive assistant: an assistant manager is a manager's deputy (shops, restaurants, hotels)
  { id: `${OCCUPATION}2a04a1df-a3b9-403e-a245-e7f93fdddd44`, en: ['assistant manager'] },
  // management assistant: an assistant manager is a manager's deputy (shops, restaurants, hotels)
  { id: `${OCCUPATION}8cce40c1-4479-47e7-b5fc-c976631d919f`, en: ['assistant manager'] },
  // lottery cashier: a clerk works in any office
  { id: `${OCCUPATION}3f32394b-f1b1-48ef-96ee-74405fb7c6b6`, en: ['clerk'] },
  // mineral processing operator: technicians and process operators work in every industry
  { id: `${OCCUPATION}66d22b81-1b5e-42a1-b904-ac67b4a896c6`, en: ['technician', 'process operator'] },
  // private detective: inspectors check anything (quality, buildings, safety)
  { id: `${OCCUPATION}771a47c9-9cf4-4368-9752-2a1ea5a783d7`, en: ['inspector'] },
  // refinery shift manager: shift managers run shops, restaurants and factories
  { id: `${OCCUPATION}7afeee90-5672-470d-b061-24ffaafb2fc9`, en: ['shift manager'] },
  // hearse driver: a driver drives anything (ESCO's lorry, van, bus and car drivers)
  { id: `${OCCUPATION}af513bd8-4340-4452-aa30-05a073ecc49a`, en: ['driver'] },
  // auctioneer: an agent of any kind (call centre, estate, travel)
  { id: `${OCCUPATION}f1ecc3c4-8212-4386-871a-6fda1b5b4d91`, en: ['agent'] },
  // fire commissioner: area managers run shops, sales teams and depots
  { id: `${OCCUPATION}f2413988-f76a-4636-a4b1-9952517aa21f`, en: ['area manager'] },
  // agent des forces de l'ordre : un inspecteur contrôle de tout (qualité, travaux, hygiène)
  { id: `${OCCUPATION}5793c124-c037-47b2-85b6-dd4a705968dc`, fr: ['inspecteur', 'inspectrice'] },
  // assistant pédagogique : une assistante est d'abord une secrétaire, dans tout bureau
  { id: `${OCCUPATION}79c2e54e-26e8-4cdc-a7f1-908e000bfb83`, fr: ['assistant', 'assistante'] },
  // contrôleur de train : on est contrôleur de gestion, de qualité, de travaux
  { id: `${OCCUPATION}ea034d66-0d35-4891-b82c-6434cad2c76f`, fr: ['contrôleur', 'contrôleuse'] },
];
