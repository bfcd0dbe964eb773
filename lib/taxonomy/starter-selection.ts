// The starter referential's selection, chosen by hand: common skills and job titles of the trades
// France Travail counsellors see most (logistics, retail, care, childcare, building, catering, office,
// IT, cleaning, transport, security) plus transversal skills. Real ESCO v1.0 URIs, looked up in the
// official CSVs; starter-pack.ts compiles these concepts' FR+EN labels from the official files.
// Only this selection ships, never the whole referential.

const SKILL = 'http://data.europa.eu/esco/skill/';
const OCCUPATION = 'http://data.europa.eu/esco/occupation/';

export const STARTER_SKILLS: string[] = [
  // logistics
  `${SKILL}ab6265f2-a9bf-49e8-a9a5-67cbab4de38b`, // manage inventory
  `${SKILL}28cb374e-6261-4133-8371-f9a5470145da`, // operate forklift
  `${SKILL}fd79b3c4-e264-41b5-bada-49ba5f317588`, // use barcode scanning equipment
  `${SKILL}7c821387-b428-4f75-b5a7-7b038aa81cfd`, // manage a warehouse management system
  `${SKILL}5d2e82cc-5943-4218-a459-a1956fad2b63`, // manage warehouse inventory
  `${SKILL}fd9c8437-6e20-47b5-8508-f23f442446c2`, // pallets loading
  `${SKILL}5f6c74c9-c49c-400d-bdd9-314e8bf348a1`, // load heavy items on pallets
  `${SKILL}7991b413-8e71-415d-bb6a-923ea154abc5`, // stack empty pallets
  `${SKILL}234b7707-d762-4f1c-8b42-1716694d3616`, // replace filled pallets
  `${SKILL}667cbbaf-f377-46d8-8f2d-1f6d8a55d74a`, // pack goods
  `${SKILL}048affec-04db-4bd5-b7a6-c666d16c0fef`, // load cargo
  `${SKILL}042f91e3-cccc-4d51-b635-bb14ffe90cfc`, // unload cargo
  `${SKILL}77176c98-a246-4b3c-8777-dcb32e54e955`, // handle fragile items
  `${SKILL}dd504527-793b-4bd2-9ad1-a5024c4b4e1d`, // pack fragile items for transportation
  `${SKILL}53815c73-d352-4d4d-92cb-fb7020cbd8e6`, // carry out inventory control accuracy
  `${SKILL}e705db38-4fcf-4069-b01f-3fbdda894cc1`, // manage stock rotation
  `${SKILL}e0ae0101-ab8f-47a2-938b-ab0cc367b3b5`, // maintain warehouse database
  `${SKILL}2cae39d6-78c2-4ce3-bee8-628504371463`, // receive goods
  `${SKILL}fabc4abb-d255-403e-bfbb-6557afb4db58`, // label samples
  `${SKILL}44f6a65f-6be7-4818-9a66-73908797283f`, // monitor stock level
  `${SKILL}541ce3bd-a6a0-4413-a020-0db81e299658`, // operate aerial work platforms
  `${SKILL}fc511e12-fe90-40a0-bec8-227abb5e4255`, // follow verbal instructions
  `${SKILL}54d68400-9da3-4077-a7ee-52e68b390ef6`, // follow written instructions
  // retail
  `${SKILL}0cb013af-6dd9-4fb2-b34e-63dda1a5cf82`, // operate cash register
  `${SKILL}bdcac0c8-b77a-4640-9eaf-c0cf3efd1e23`, // process payments
  `${SKILL}00ff06cc-103f-4c85-b5df-6f75acff6abf`, // advise customers
  `${SKILL}26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da`, // greet guests
  `${SKILL}75dfe1ee-5935-42ce-b820-697f827825c3`, // maintain customer service
  `${SKILL}7e9daad3-8604-4839-af9b-dc6f8db3ef68`, // stock shelves
  `${SKILL}29a50780-f81b-429c-b410-7f23a492e19d`, // sell products
  `${SKILL}28d715e3-3e5b-4fb6-8dd2-4be4919c8587`, // handle customer complaints
  `${SKILL}debb8d81-ed7f-447d-853a-5d107fda6fcf`, // provide customer follow-up services
  `${SKILL}2239694b-771a-4586-8b54-2794e361a9ae`, // maintain relationship with customers
  `${SKILL}ec66b111-d8d0-4516-88ba-ee0b6fe6f695`, // process customer orders
  `${SKILL}4f1b6304-f54a-42f0-9604-5427a28d240f`, // perform cleaning duties
  // care
  `${SKILL}261e740b-d32d-4356-94a8-3ea29128b70b`, // tend to elderly people
  `${SKILL}0e21e183-e787-4f23-a240-93b416c088c2`, // maintain personal hygiene standards
  `${SKILL}1d21f6ad-340f-45da-a0a3-4e83867f47a6`, // provide first aid
  `${SKILL}dcc96a49-0bac-4a9c-8f8e-a32b4e47e6eb`, // apply health and safety standards
  // childcare
  `${SKILL}f8d4a24c-fb62-444e-9525-7aa5662f440d`, // supervise children
  `${SKILL}12efe5f2-f7ec-4f03-b359-afba5b9f62de`, // assist children with homework
  `${SKILL}6b58a6d2-89cf-4ab5-bb62-eb29ae968934`, // implement care programs  for children
  // building
  `${SKILL}91991706-cd8e-4795-9784-715fc0250c8d`, // build scaffolding
  `${SKILL}68b6ef08-d823-489d-a95c-752ae6f6e6a7`, // read standard blueprints
  `${SKILL}b92758d4-4591-4df1-9ceb-f907aa71ebd9`, // use measurement instruments
  `${SKILL}5bf7f85a-b080-4b27-8ddc-9f62af4643f5`, // use power tools
  `${SKILL}13e1c0a2-b90d-46f4-be51-11730360b38d`, // lay bricks
  `${SKILL}7eea6974-d606-4175-b95e-f66554816783`, // install insulation material
  `${SKILL}5cc37935-e6c9-4f28-b800-25e177e63e68`, // mix concrete
  `${SKILL}46994031-5490-4a02-9937-c61f6e2d4fc9`, // pour concrete
  `${SKILL}9fe699e9-3490-4f3d-a50d-9f9d31c98698`, // operate mobile crane
  `${SKILL}86df7af2-f9f3-4c06-a500-7f1fba9e78fe`, // follow health and safety procedures in construction
  `${SKILL}c643e59b-d74c-4f44-b76e-6e1d96c05ec4`, // use safety equipment in construction
  `${SKILL}2fcd95a4-1f9a-41cf-95a9-4701bde476b4`, // operate welding equipment
  `${SKILL}7cd6de25-f691-4aac-81a2-a9d09b004b38`, // use hand tools
  // catering
  `${SKILL}5ba1d5b9-3f8d-46ca-bf9f-2e9ca65d1350`, // apply HACCP
  `${SKILL}0ff99f51-40d9-42f1-a1ec-377b2bb5e15f`, // comply with food safety and hygiene
  `${SKILL}f19f0cda-73f4-417e-8ec9-c0cacf5e7149`, // cook meat dishes
  `${SKILL}a78b60d6-6cde-4da6-9c48-39bc7396ab16`, // prepare desserts
  `${SKILL}beeaddc7-fe69-4b97-a286-0bd595432eb9`, // serve beverages
  `${SKILL}704bed2c-737a-4585-b840-1d28bbcab9b4`, // take food and beverage orders from customers
  `${SKILL}c42d2a2a-2f55-45ac-beb1-0a8a76412457`, // use food cutting tools
  `${SKILL}99b95aca-221d-415c-9de5-564e1a273701`, // welcome restaurant guests
  `${SKILL}c011d9ef-b3f1-4f48-8d1b-9cdd288a4f55`, // prepare the restaurant for service
  `${SKILL}b1c87aa4-f4f8-4ca5-a844-c44516483b29`, // store kitchen supplies
  `${SKILL}e4fb4f26-1c0c-45e4-9250-5be32cee2a48`, // prepare hot drinks
  `${SKILL}493a1805-6caa-4cda-8fd3-6495ec8ea451`, // prepare sandwiches
  `${SKILL}9b31016e-c99d-4bd2-a550-d5660dac5041`, // clean kitchen equipment
  // office
  `${SKILL}1973c966-f236-40c9-b2d4-5d71a89019be`, // use spreadsheets software
  `${SKILL}81633a44-f1db-4a01-a940-804c6905e330`, // use word processing software
  `${SKILL}234aeb8d-56c3-4531-9193-1c5e6a8d16cb`, // use presentation software
  `${SKILL}f683ae1d-cb7c-4aa1-b9fe-205e1bd23535`, // use microsoft office
  `${SKILL}5a0bffcf-4ff6-49cf-a7db-4142e63f5f04`, // answer incoming calls
  `${SKILL}ab986bc4-df92-4351-9ac1-aa75af943cf7`, // perform clerical duties
  `${SKILL}0e1fe34b-f4e7-4642-8c8b-5a05ac3438e5`, // manage schedule of tasks
  `${SKILL}3d427a49-4f85-42cd-8a92-62d4a34f41a1`, // file documents
  `${SKILL}ec0bbf39-0edd-4015-a2c3-82ad563ce3a8`, // draft corporate emails
  `${SKILL}a0d79341-8398-4019-ad1b-27888ec35aaa`, // use accounting systems
  `${SKILL}9d916d7c-89b3-4084-a6d9-e2b0b3091404`, // manage payroll
  `${SKILL}5f1ebff6-98ec-411f-a1d4-0bf04bd03bdf`, // check accounting records
  `${SKILL}e2e15494-65b9-4af5-8b86-53fb51e7e022`, // manage accounts
  `${SKILL}76f22707-8d30-453f-9eb7-3376e2960311`, // handle mail
  `${SKILL}9889b795-d755-41b2-8afd-2e3c87a65a38`, // use customer relationship management software
  `${SKILL}f0393af3-bcd9-41af-a36e-0cfb83b60081`, // manage standard enterprise resource planning system
  `${SKILL}f2d57f41-43b4-4f5b-8100-3df5c21eda50`, // process data
  `${SKILL}d181042e-c531-4461-af7c-4071c53418fe`, // type on electronic devices
  `${SKILL}415abd43-e8e5-4643-b5da-5f11307af57a`, // use different communication channels
  `${SKILL}8ebb2c0a-0baa-43bf-95cf-094047c57427`, // maintain professional administration
  // IT
  `${SKILL}598de5b0-5b58-4ea7-8058-a4bc4d18c742`, // SQL
  `${SKILL}ccd0a1d9-afda-43d9-b901-96344886e14d`, // Python
  `${SKILL}19a8293b-8e95-4de3-983f-77484079c389`, // Java
  `${SKILL}3cd569a2-4f88-4c1e-9995-8dce8c5e51a7`, // JavaScript
  `${SKILL}867137fb-ff1b-4ca3-99f3-cb6969aa2c68`, // TypeScript
  `${SKILL}4350c38d-0fe9-4ca7-bab9-40ed7f72b04f`, // PHP
  `${SKILL}4c016b68-4116-468c-9dc6-42710c239e4a`, // C#
  `${SKILL}b633eb55-8f1f-4ae6-ab4c-2022ffe2cb7f`, // C++
  `${SKILL}e5d1f825-60ed-4bdd-872a-e748c387f777`, // CSS
  `${SKILL}0a9acb6b-1139-4be9-b431-3a80a959f2f4`, // Agile project management
  `${SKILL}b34e2ba1-9080-48c9-9b42-ee9192a4d3f1`, // use CAD software
  `${SKILL}14ced458-5f4b-495f-bd3d-9c240614bda0`, // Adobe Photoshop
  `${SKILL}797a4416-0b8d-44f3-8fcd-eb10bd0be6b4`, // develop software prototype
  `${SKILL}2522a6ce-3202-4ac8-9f5b-b9cb5a3a83a1`, // debug software
  `${SKILL}fd33c66c-70c4-40e6-b87c-5495bd3bf26e`, // design user interface
  `${SKILL}3c76296d-4bbd-44ba-8eaa-95bf275f79b7`, // manage ICT project
  `${SKILL}c8de8023-ab8a-402b-a828-b2b57cd3b2f7`, // install software
  `${SKILL}0df2e216-68ae-4952-b9dc-3c2f2bc04fe3`, // maintain database
  // cleaning
  `${SKILL}6ff01827-907d-43d8-b6e4-7162c1cf0aca`, // clean surfaces
  `${SKILL}d05ae693-dc7d-4073-8806-2782f117c24a`, // clean glass surfaces
  `${SKILL}7bb01a18-4637-4535-ba18-258f48f705b8`, // clean rooms
  `${SKILL}52eadbe6-db74-421a-a7f1-356567dc8248`, // clean public areas
  `${SKILL}4fb7f781-9362-426a-9eb6-65c360f83e31`, // perform cleaning activities in an environmentally friendly way
  `${SKILL}2ed98048-bf2f-47e5-a0de-fd23d6abe2f6`, // operate floor cleaning equipment
  `${SKILL}51a26193-9abe-4bce-9108-f50835be1c35`, // handle chemical cleaning agents
  `${SKILL}110d7aa3-e44e-4cce-a927-8d4de615f3d9`, // sort waste
  `${SKILL}a2cd3b30-2d6c-473e-a5d4-4e7cb576babe`, // clean building floors
  `${SKILL}562b1180-83e7-4041-8468-2f28d03b7893`, // iron textiles
  // transport
  `${SKILL}2a82241a-216e-44d8-bb50-6b9a0ef82084`, // drive vehicles
  `${SKILL}2815f65d-6adb-46a6-8041-5768febf5580`, // drive in urban areas
  `${SKILL}97fb21db-a4e5-4b03-af21-03b9d510d872`, // operate GPS systems
  `${SKILL}e7f63440-6007-486b-948f-ea124839c418`, // drive two-wheeled vehicles
  // security
  `${SKILL}e95dc989-ae49-49c6-bfc4-9aef35e92f35`, // patrol areas
  `${SKILL}ae699de1-0746-4fe2-86f0-17770db7790d`, // perform security checks
  `${SKILL}301a6581-e983-4bb6-8b31-b3ee2cbc2392`, // extinguish fires
  `${SKILL}499c05a2-6f36-4407-83c1-dc3448d35818`, // ensure public safety and security
  `${SKILL}f10cf304-f32c-40ee-97a7-ec8d84d72955`, // prevent shoplifting
  // transversal
  `${SKILL}60c78287-22eb-4103-9c8c-28deaa460da0`, // work in teams
  `${SKILL}49de9958-2aa4-4eef-a89d-fe5d5bcd28c4`, // adapt to change
  `${SKILL}d9013e0e-e937-43d5-ab71-0e917ee882b8`, // manage time
  `${SKILL}9bf266a6-188b-4d17-a22f-2f266d76832b`, // demonstrate willingness to learn
  `${SKILL}0da516ee-e70e-4384-be13-f5ff80be8127`, // communicate with customers
  `${SKILL}c29aa9d2-4da8-4bdd-831c-8d4a2fb51730`, // work independently
  `${SKILL}1f1d2ff8-c4c1-45cc-9812-6a7ee84a73cb`, // lead a team
  `${SKILL}339ac029-066a-4985-9f9d-b3d7c8fea0bb`, // manage staff
  `${SKILL}e54ff029-1ce9-447d-a5b2-eb7283a23e6e`, // train employees
  `${SKILL}bf5d77ad-e18c-48d8-83f0-bc79c011c74a`, // develop professional network
  `${SKILL}91abe492-18be-4cce-93c7-0dca07072363`, // meet deadlines
  `${SKILL}a5e51fb1-b3b6-49fd-8deb-f96c4d46da81`, // check price accuracy on the shelf
  `${SKILL}ed5fab0c-e68c-4205-adfb-34b578a7fbba`, // prepare shipments in time
  `${SKILL}63321ecf-4fc6-44d9-88f1-5373a4f3038a`, // handle petty cash
  `${SKILL}45844ea3-bb3c-4f63-b23e-a0a62b78bc49`, // provide customers with order information
  `${SKILL}00e53a0a-c0ba-4c9f-a2ed-4706d5832a00`, // guarantee customer satisfaction
  `${SKILL}e4aea84e-6f33-41f9-a61c-53cf5125ea26`, // supervise merchandise displays
  `${SKILL}25fce4fb-35b6-49b6-a4fa-c7aa168fd770`, // examine merchandise
  `${SKILL}5d05068e-7ae7-4ff6-8fa3-e35ea03b48b1`, // check quality of products on the production line
  `${SKILL}248951cc-3b10-447f-a4b2-0037e6e7a9ab`, // handle patients with special needs
  `${SKILL}b6b2e665-1085-4f4d-9973-e979721815d7`, // assist clients with special needs
  `${SKILL}0e2c082a-056c-413c-94d1-581a0133e614`, // provide domestic care
  `${SKILL}1fd57242-267e-46df-bd8c-849fdd593a50`, // administer prescribed medication
  `${SKILL}e99ddf41-6085-4b91-9de8-8bf251af9ced`, // monitor patient's health condition
  `${SKILL}6d13053b-ee35-492c-8976-8178420df398`, // infection control
  `${SKILL}8d202e22-85e9-47b1-a1e0-3296d17244cd`, // observe confidentiality
  `${SKILL}2475cd27-8d6c-4318-a364-21395b23acba`, // empathize  with the healthcare user
  `${SKILL}7110bf9f-b245-4adc-9159-5081013fd64d`, // communicate effectively in healthcare
  `${SKILL}d0d3c335-5a7b-4856-a940-2057ea2c9e7b`, // maintain treatment records
  `${SKILL}94b01483-f13d-48ba-b8a9-ef8f18fcb2dc`, // play with children
  `${SKILL}beb952e4-8a9c-47af-8a60-c6eb5c5f25bc`, // attend to children's basic physical needs
  `${SKILL}a65fb963-6faf-47b2-a3d9-c4e5e4d833c5`, // support children's wellbeing
  `${SKILL}114f2179-b625-4333-b9f9-fe6a846a7c36`, // plan youth activities
  `${SKILL}0ca36eb4-ead9-4a60-863c-713841d69048`, // apply primer
  `${SKILL}8755734c-2919-41a3-9ca6-1e3d1f169213`, // install plumbing systems
  `${SKILL}20f56226-24ed-495f-8bf5-0b2aa6413ba1`, // plaster surfaces
  `${SKILL}27d26fd6-5795-4f0a-884e-112df7c68314`, // apply arc welding techniques
  `${SKILL}dfce2aba-783e-4e17-9c17-e74aca505ec2`, // interpret 2D plans
  `${SKILL}24c4beb4-429c-4cd1-b0bd-c04ba4c82e13`, // prepare orders
  `${SKILL}42a6eff0-e9d9-423d-877b-e48fe91ff26f`, // serve food in table service
  `${SKILL}906d21c9-7a9c-4919-817d-10676f9ddfe4`, // arrange tables
  `${SKILL}5521fcf8-80fa-489b-af18-a69823b85702`, // clean food and beverage machinery
  `${SKILL}202c0a90-e45f-4b9a-8bd2-694adc0f90e4`, // set hygiene standards
  `${SKILL}fc3cdc2c-7b79-4b5c-a4b0-f3b996fef849`, // attend meetings
  `${SKILL}906c9e66-bdee-4f8e-93d7-88d9fcf39a0a`, // fix meetings
  `${SKILL}7837ef5c-2c81-4a89-8227-b4d4f1f7331e`, // maintain professional records
  `${SKILL}1007aa13-9f18-4bcf-96f3-e108c40baf69`, // use a computer
  `${SKILL}7961413f-61d0-4722-9cd9-20a050a29899`, // perform software unit testing
  `${SKILL}5e433def-210d-4dfa-bf07-dbf6d04e0eaa`, // dispose waste
  `${SKILL}04838ae5-a737-48a0-a782-3d1b6b6cb75b`, // wash the laundry
  `${SKILL}3fc4af68-4d22-4be0-82d7-fa7267577612`, // collect mail
  `${SKILL}0ea0b260-617b-4d04-bf00-988dd0b122e5`, // execute vehicle maintenance
  `${SKILL}b54545e6-637c-43a2-8ab2-9efd5f9e2d38`, // passenger transport regulations
  `${SKILL}65c4ee04-319d-417c-8f45-8594408d0d24`, // monitor surveillance equipment
  `${SKILL}61268e22-9367-4c3b-91d9-b651e4c142e2`, // fire safety regulations
  `${SKILL}17a3dd28-5d74-48de-b0ad-b1f7ca3c5d33`, // assist with emergencies
  `${SKILL}5da73370-f6b9-417d-a94c-09bf01f84aa2`, // use access control software
  `${SKILL}199f7919-5114-41b6-b6a5-41e0e4896ec1`, // show responsibility
  `${SKILL}14832d87-2f2f-4895-b290-e4760ebae42a`, // solve technical problems
  `${SKILL}4707da90-9cfc-46ca-8de0-38a0b7bfb137`, // think analytically
  `${SKILL}c624c6a3-b0ba-4a31-a296-0d433fe47e41`, // think creatively
  `${SKILL}194c05ed-253c-485a-8bf0-0c8de1aaafda`, // follow work schedule
  `${SKILL}7ee9fb56-91b1-4363-b51f-ea54ae1b5761`, // negotiate price
  `${SKILL}6d3edede-8951-4621-a835-e04323300fa0`, // English
  `${SKILL}59f56593-c5e6-4bfb-974c-c98643453ca1`, // attention to detail
  `${SKILL}7a147904-22b3-498a-b4d9-7bceeb86b45d`, // cope with pressure
  `${SKILL}d15f8745-28f8-4abf-a7b6-6cb8a304efd2`, // tolerate stress
  `${SKILL}669b75d8-671c-4a1c-8e0b-6466c513c27d`, // show confidence
  `${SKILL}a44c0ed6-68b1-457a-9c6d-ea8487bdfeb2`, // use learning strategies
  `${SKILL}089ddb19-1c7a-43ff-ba64-070f7ce4787a`, // warehouse operations
  `${SKILL}23db1cab-e565-4a90-89f8-3a8685a20029`, // maintain physical condition of warehouse
  `${SKILL}0511c6df-d1fb-4606-9c73-4baba77eea79`, // weigh shipments
  `${SKILL}15a33d76-4640-438d-ae64-fdc0c1d3eebc`, // customer service
  `${SKILL}a5b0cd5c-e13a-4ab3-8d93-4d242adcfb01`, // teamwork principles
  `${SKILL}cf310cff-0d28-4dbc-9dbb-cc500a3196c2`, // office software
  `${SKILL}f7464f30-662b-4177-85a0-3df9693e9e58`, // first aid
  `${SKILL}530cb489-d900-46ab-9350-4d50ccd49eea`, // welding techniques
  `${SKILL}0ef924c5-1ecb-4f94-b059-7516756a55ff`, // types of pallets
];

export const STARTER_OCCUPATIONS: string[] = [
  `${OCCUPATION}bea705fe-06ac-4147-b8e0-6e8ac1208d8f`, // warehouse worker
  `${OCCUPATION}eeac6251-1974-42f5-91ed-513c6c883755`, // forklift operator
  `${OCCUPATION}2f5de1ab-eddf-4715-8193-e994912c22ea`, // warehouse manager
  `${OCCUPATION}823db06f-25e1-4658-b063-d6ef956b41f5`, // logistics and distribution manager
  `${OCCUPATION}0c408028-c48f-4df8-ba5d-c3d3be15f5a2`, // delivery driver
  `${OCCUPATION}45037d43-a8f5-4f46-b332-b2935bc305f4`, // cargo vehicle driver
  `${OCCUPATION}00cee175-1376-43fb-9f02-ba3d7a910a58`, // bus driver
  `${OCCUPATION}6f7c1e84-8162-4c20-a575-b57ff624eef5`, // taxi driver
  `${OCCUPATION}0b15375e-dfdd-4047-9efb-096e0aaee7d2`, // shop assistant
  `${OCCUPATION}2b871272-bd61-4206-bd1a-0b96d7023098`, // cashier
  `${OCCUPATION}bdfb48e0-79dc-4b63-8470-db2e03b37326`, // shop supervisor
  `${OCCUPATION}9e81adde-9983-44fa-b74b-c548d0dbfbdd`, // shop manager
  `${OCCUPATION}9ba74e8a-c40c-4228-9998-eb3c7a5c11df`, // sales assistant
  `${OCCUPATION}1aadb308-432a-4d01-b54b-b4f7f76dd419`, // baker
  `${OCCUPATION}37c7880e-cfee-4c41-a41b-061682fefde3`, // butcher
  `${OCCUPATION}c0386702-0699-4550-920b-1f7027c9a3d9`, // fish preparation operator
  `${OCCUPATION}87d0795a-d41f-47ee-979f-0ab7d73836e7`, // nurse assistant
  `${OCCUPATION}d38c2107-98f2-47b7-8bb4-f69750d51082`, // healthcare assistant
  `${OCCUPATION}1391bdf9-bd61-4fb5-91ca-c29036ab2b60`, // home care aide
  `${OCCUPATION}8d3e8aaa-791b-4c75-a465-f3f827028f50`, // nurse responsible for general care
  `${OCCUPATION}8d703e8f-1e57-4246-8a6b-cb87a760d4ab`, // social care worker
  `${OCCUPATION}045f05f2-4ff8-46b2-9d08-e12a81657498`, // medical administrative assistant
  `${OCCUPATION}3413f234-6230-47a8-8cc7-2691fd54ce3a`, // child care worker
  `${OCCUPATION}0a5356bc-7f81-4e40-971d-c1dc789c5fb4`, // nanny
  `${OCCUPATION}55d60ead-0343-4008-b9e4-fb4b5a179c83`, // early years teacher
  `${OCCUPATION}03d79393-7b30-4159-945b-01963eddd302`, // primary school teacher
  `${OCCUPATION}b7507136-e71e-47e8-b873-e77d5cdf2922`, // youth worker
  `${OCCUPATION}47300afa-5496-484c-8f65-14247a98b2b8`, // civil engineering worker
  `${OCCUPATION}05f321f8-055b-407d-bf19-e0ddabda56b7`, // bricklayer
  `${OCCUPATION}2a22ff9e-de3b-408d-b312-5034896cc4f4`, // carpenter
  `${OCCUPATION}ed3cf43d-c2c1-4c46-82fc-1375e27e0290`, // plumber
  `${OCCUPATION}4910419f-b4af-4f59-b544-9dbebc8a74f0`, // electrician
  `${OCCUPATION}5dbb9cf0-b226-402c-a295-2f42ef05ff8b`, // domestic electrician
  `${OCCUPATION}f4a22809-c00c-4dd0-8b09-c7251f8dcd1c`, // plasterer
  `${OCCUPATION}02447817-ea01-4d8b-b09c-8bc128e447e6`, // tile fitter
  `${OCCUPATION}b4c6d1b0-929e-48be-9f67-47bd8c30658b`, // roofer
  `${OCCUPATION}7aedaa07-3884-4c5b-88f9-80997b2aa54b`, // welder
  `${OCCUPATION}15620506-fb5d-49cd-87a2-1c9047fb406a`, // construction painter
  `${OCCUPATION}90f75f67-495d-49fa-ab57-2f320e251d7e`, // cook
  `${OCCUPATION}1009be17-7efd-45f1-a033-566bf179c588`, // chef
  `${OCCUPATION}f756fdab-7726-4c48-bfcc-94ff8810fc08`, // kitchen porter
  `${OCCUPATION}d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471`, // waiter/waitress
  `${OCCUPATION}2f5e38a0-6578-4665-bdbd-e2ab505be140`, // bartender
  `${OCCUPATION}bf7d8b16-4e2c-48ef-b44e-dc25b2d0ab61`, // barista
  `${OCCUPATION}d5eb6150-bbff-4a9c-9d0c-21eab4dbe2b6`, // restaurant manager
  `${OCCUPATION}82025c02-9082-416c-998b-f51eb0359ee6`, // hospitality establishment receptionist
  `${OCCUPATION}f7b04542-d8c7-42db-8475-e63b507cce82`, // receptionist
  `${OCCUPATION}044d78cc-f62f-4532-83a5-8e04f2889652`, // administrative assistant
  `${OCCUPATION}5ac377d2-e1d0-4911-a299-b4ef2782a0ba`, // secretary
  `${OCCUPATION}2a04a1df-a3b9-403e-a245-e7f93fdddd44`, // executive assistant
  `${OCCUPATION}bfe142b9-a049-4d41-89c4-fd2f34ac56b6`, // accounting assistant
  `${OCCUPATION}eda0d957-3c3c-4139-b89a-a18bc9e18897`, // accountant
  `${OCCUPATION}c3aae59e-1441-4b3e-bdd1-6da50dc7cf42`, // bookkeeper
  `${OCCUPATION}ade351da-7bda-424e-8682-bbdcab2a25be`, // payroll clerk
  `${OCCUPATION}d3e32e5e-7f24-48e3-b939-e4f800eb62fb`, // human resources officer
  `${OCCUPATION}6c999fc7-c6b7-4ef3-a4b9-af124a1783a2`, // office clerk
  `${OCCUPATION}0ededdc2-050a-4ec3-8e70-6295105fcd19`, // call centre agent
  `${OCCUPATION}13d1b2b4-99dd-44da-9734-c9f74bae18f7`, // customer service representative
  `${OCCUPATION}6353b3e8-e8f2-4ecb-b230-186927139892`, // data entry clerk
  `${OCCUPATION}f2b15a0e-e65a-438a-affb-29b9d50b77d1`, // software developer
  `${OCCUPATION}c40a2919-48a9-40ea-b506-1f34f693496d`, // web developer
  `${OCCUPATION}aaeec9a7-dc57-4485-890c-86b3eef735f9`, // ICT help desk agent
  `${OCCUPATION}9e2e6e1e-363b-4e1b-a673-7bc0f7343300`, // ICT system administrator
  `${OCCUPATION}8c57af09-719c-42b3-be40-6ed4946236cc`, // database administrator
  `${OCCUPATION}d3edb8f8-3a06-47a0-8fb9-9b212c006aa2`, // data analyst
  `${OCCUPATION}8b6388a4-4904-471b-9331-d3b1211f5525`, // ICT project manager
  `${OCCUPATION}92cba6b4-8fca-49bb-b68c-45c5096fedc9`, // window cleaner
  `${OCCUPATION}cbad55a4-c7cf-4ab6-9540-eac72b26729b`, // domestic cleaner
  `${OCCUPATION}6d50f735-dca9-4a02-96dc-e4310ed98ae2`, // domestic housekeeper
  `${OCCUPATION}a30734bb-2f10-4747-a94c-75f5ec3c63a4`, // hospital porter
  `${OCCUPATION}31808988-fc0a-4bc3-9e47-27216d6759f5`, // security guard
  `${OCCUPATION}71c3a49a-e55e-42ce-bd3f-31f37d3cfab6`, // store detective
  `${OCCUPATION}88721b6c-d2ce-41c6-8878-73c0d3aacf39`, // firefighter
  `${OCCUPATION}43ee9c1a-59c2-48ee-afcd-c384dca92162`, // doorman/doorwoman
  `${OCCUPATION}e9507d34-c70f-474f-a4a3-d2cbfe50f6e9`, // security manager
  `${OCCUPATION}4ad4024e-d1d3-4dea-b6d1-2c7948111dce`, // vehicle technician
  `${OCCUPATION}a10eb17a-3c78-4f7a-a1da-8f31146339d3`, // garden labourer
  `${OCCUPATION}e7970c7a-7769-4002-87d3-0a8ea94fdd6f`, // landscape gardener
  `${OCCUPATION}c9191f7f-28b5-4df8-991d-804c53009b83`, // crop production worker
  `${OCCUPATION}14031d4a-6e99-442f-b4fe-18262b6432b2`, // commercial sales representative
  `${OCCUPATION}8ec8df02-e9dd-43b7-b416-5846ae0414ab`, // real estate agent
  `${OCCUPATION}c593ded7-2e97-44a5-a5f3-f6115ff98233`, // politics lecturer
  `${OCCUPATION}bea99fea-0383-4c63-b944-70d4799de2c5`, // project manager
  `${OCCUPATION}0ea5fdff-074c-4094-98b9-04432361e4d9`, // tower crane operator
  `${OCCUPATION}1f2b8092-1787-4ef4-9282-cf81ce4b4d76`, // mobile crane operator
  `${OCCUPATION}18fa8080-3156-429a-bbd7-b3ef559b6721`, // construction scaffolder
  `${OCCUPATION}303a1e34-cb16-4054-b323-81e5eec17397`, // building cleaner
  `${OCCUPATION}269c47e7-9017-4aa6-bce8-49e89a696a64`, // industrial machinery mechanic
  `${OCCUPATION}3e7bf729-4442-4b9f-ad5e-83111963795c`, // ICT technician
  `${OCCUPATION}2480f8b0-4c02-4c66-84ad-2677c1548e03`, // refuse vehicle driver
  `${OCCUPATION}40517ed4-2769-4283-a15b-4b0d939bd2d3`, // production supervisor
];
