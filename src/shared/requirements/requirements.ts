/**
 * The rules the system enforces or supports, each with the id that checklists, gates and tests
 * cite (e.g. `DEM-3`) and a short statement in Swedish and English. The texts state the rule as
 * the city's policy and the agreements give it; the sources are the committee's report on
 * cooperation with civil society with the city's IOP guidelines (002), the agreement with
 * Arbetsförmedlingen (003) and the administration's answer on employer checks (004).
 */

export const REQUIREMENT_GROUPS = ['ORG', 'DEM', 'INI', 'FRM', 'IOP', 'AGR', 'EMP', 'OVR'] as const;
export type RequirementGroup = (typeof REQUIREMENT_GROUPS)[number];

export type Requirement = {
  id: string;
  group: RequirementGroup;
  /** Where the rule comes from: 002, 003 or 004. */
  source: '002' | '003' | '004';
  title: { sv: string; en: string };
  text: { sv: string; en: string };
};

/** The name of each group of rules. */
export const REQUIREMENT_GROUP_NAMES: Record<RequirementGroup, { sv: string; en: string }> = {
  ORG: { sv: 'Organisationer', en: 'Organisations' },
  DEM: { sv: 'Demokrativillkor och uteslutning', en: 'Democracy conditions and exclusion' },
  INI: { sv: 'Initiativ och beredningsgruppen', en: 'Initiatives and the review group' },
  FRM: { sv: 'Samverkansformer', en: 'Forms of cooperation' },
  IOP: { sv: 'Idéburet offentligt partnerskap (IOP)', en: 'Idea-based public partnership (IOP)' },
  AGR: { sv: 'Överenskommelsen med Arbetsförmedlingen', en: 'The agreement with Arbetsförmedlingen' },
  EMP: { sv: 'Arbetsgivare', en: 'Employers' },
  OVR: { sv: 'Överblick, öppenhet och uppföljning', en: 'Overview, openness and follow-up' },
};

const r = (id: string, source: Requirement['source'], titleSv: string, titleEn: string, textSv: string, textEn: string): Requirement => ({
  id,
  group: id.split('-')[0] as RequirementGroup,
  source,
  title: { sv: titleSv, en: titleEn },
  text: { sv: textSv, en: textEn },
});

/** Every rule, in the order of its group and number. */
export const REQUIREMENTS: readonly Requirement[] = [
  r('ORG-1', '002', 'Tre slags organisationer', 'Three kinds of organisation',
    'Organisationer registreras som idéburna organisationer, arbetsgivare eller offentliga aktörer.',
    'Organisations are registered as civil-society organisations, employers or public bodies.'),
  r('ORG-2', '002', 'Associationsformer', 'Legal forms',
    'Idéburna organisationer är ideella föreningar, registrerade trossamfund, stiftelser, ekonomiska föreningar, aktiebolag med särskild vinstutdelningsbegränsning eller samfälligheter. Arbetsgivare och offentliga aktörer har sina egna former.',
    'Civil-society organisations are non-profit associations, registered religious communities, foundations, economic associations, limited companies with restricted dividends or joint-property associations. Employers and public bodies have their own forms.'),
  r('ORG-3', '003', 'Organisationsnummer', 'Organisation number',
    'Ett organisationsnummer har tio siffror, NNNNNN-NNNN, med en kontrollsiffra enligt Luhn. Felaktiga nummer avvisas med ett tydligt besked.',
    'An organisation number has ten digits, NNNNNN-NNNN, with a Luhn check digit. Malformed numbers are refused with a clear message.'),
  r('ORG-4', '002', 'Kontrolldokument', 'Partner control documents',
    'Inför IOP efterfrågas, om de finns: stadgar, beskrivning av organisationens idé och ordinarie verksamhet, årsmötesprotokoll, verksamhetsberättelse, ekonomisk berättelse med bokslut, revisionsberättelse, verksamhetsplan och styrelseförteckning samt medlemsantal. Varje dokument är inkommet eller markerat som att det inte finns, med skäl.',
    'Before an IOP these are asked for, if they exist: statutes, a description of the organisation\'s idea and ordinary activity, annual meeting minutes, annual activity report, financial report with accounts, audit report, activity plan and board list, and the number of members. Each is received or marked as not existing, with a reason.'),

  r('DEM-1', '002', 'Demokrativillkoren', 'The democracy conditions',
    'Nämnden samverkar inte med en organisation om den eller en företrädare inom verksamheten utövar våld, tvång eller hot eller på annat sätt otillbörligt kränker enskildas grundläggande fri- och rättigheter, diskriminerar eller på annat sätt bryter mot principen om alla människors lika värde, rättfärdigar, främjar eller uppmanar till sådana handlingar, eller motverkar det demokratiska styrelseskicket.',
    'The committee does not cooperate with an organisation if it, or a representative within the activity, uses violence, coercion or threats or otherwise unduly violates individuals\' fundamental rights, discriminates or otherwise breaks the principle of equal worth, justifies, promotes or urges such acts, or counteracts democratic governance.'),
  r('DEM-2', '002', 'Uteslutningsgrunder', 'Grounds for exclusion',
    'Nämnden samverkar inte heller när verksamheten inte rör förvaltningens uppdrag eller målgrupper, när det saknas ett identifierat behov, när det finns belägg för att organisationen förespråkar våld, alkohol eller droger, när den inte kan visa god ekonomisk ordning, eller när deltagare skulle utsättas för negativa effekter för sin rättssäkerhet eller fysiska säkerhet.',
    'Nor does it cooperate when the activity does not concern the administration\'s mission or target groups, when no need has been identified, when there is evidence that the organisation advocates violence, alcohol or drugs, when it cannot show good economic order, or when participants would be exposed to negative effects on their legal certainty or physical safety.'),
  r('DEM-3', '002', 'Ansvarig chef bedömer och signerar', 'The responsible manager assesses and signs',
    'Ansvarig chef bedömer villkoren och signerar bedömningen innan någon form av samverkan inleds, även informell samverkan.',
    'The responsible manager assesses the conditions and signs the assessment before any form of cooperation starts, informal cooperation included.'),
  r('DEM-4', '002', 'Åtgärd och ny prövning', 'Remediation',
    'En organisation som inte uppfyllt villkoren men har tagit avstånd och vidtagit adekvata åtgärder kan bli godkänd när åtgärden är genomförd och styrkt.',
    'An organisation that failed the conditions but has distanced itself and taken adequate measures may become eligible once the measure is completed and shown.'),

  r('INI-1', '002', 'Initiativ och underlag', 'Initiatives and their brief',
    'Ett initiativ kan komma från en extern organisation eller från förvaltningens egna enheter. Det har ett underlag med behov och syfte, målgrupper och område.',
    'An initiative can come from an outside organisation or from the administration\'s own units. It carries a brief with the need and purpose, target groups and area.'),
  r('INI-2', '002', 'Formell samverkan bereds', 'Formal cooperation is consulted',
    'Varje initiativ till formell samverkan ska beredas i beredningsgruppen, som rekommenderar hur man går vidare, vilken form som passar eller att samverkan inte är lämplig.',
    'Every initiative for formal cooperation must be consulted with the review group, which recommends how to proceed, which form fits, or that it is not appropriate.'),
  r('INI-3', '002', 'Informell samverkan anmäls', 'Informal cooperation is reported',
    'Informell samverkan anmäls till beredningsgruppen för kännedom, så att gruppen har en samlad bild och kan följa upp och rapportera.',
    'Informal cooperation is reported to the review group, so that the group knows all of it and can follow up and report.'),
  r('INI-4', '002', 'Utanför nämndens uppdrag', 'Outside the committee\'s mission',
    'Ett initiativ utanför nämndens uppdrag kan inte starta; hör det till en annan nämnd hänvisas det dit. Föreningsbidrag är inte nämndens uppdrag och hänvisas till stadsdels-, social-, kultur- eller idrottsnämnden.',
    'An initiative outside the committee\'s mission cannot start; if it belongs to another committee it is referred there. Association grants are not the committee\'s mandate and are referred to the district, social, culture or sports committees.'),
  r('INI-5', '002', 'Ingen missgynnas', 'No one is disadvantaged',
    'Samverkan inleds inte där andra verksamheter eller projekt skulle missgynnas av att en enskild part väljs; där det går får alla intresserade visa intresse.',
    'Cooperation is not started where other activities or projects would be disadvantaged by choosing a single party; where possible every interested party may show interest.'),
  r('INI-6', '002', 'Ansvarig chef med budgetansvar', 'A responsible manager with budget responsibility',
    'Beredningsgruppen har inget ansvar för pågående samverkan: varje samverkan har en utsedd chef med budgetansvar i den berörda enheten.',
    'The review group holds no responsibility for running cooperations: each has a designated manager with budget responsibility in the unit concerned.'),
  r('INI-7', '002', 'Årlig uppföljning', 'Yearly follow-up',
    'Beredningsgruppen följer upp pågående samverkan minst en gång om året, med en ekonom från Ekonomistaben.',
    'The review group follows up running cooperations at least once a year, with an economist from the finance staff taking part.'),
  r('INI-8', '002', 'Områden för samverkan', 'Areas of cooperation',
    'Samverkan ordnas efter de identifierade områdena: feriejobb, uppsökande arbete, Integrationspakten, nyanlända vuxna, stadsdelsmammor och utrikes födda kvinnor, arbetsmarknadsinsatser samt information och kunskapshöjning.',
    'Cooperation is ordered by the identified areas: summer jobs, outreach, the Integration Pact, newly arrived adults, district mothers and foreign-born women, labour-market measures, and information and knowledge-raising.'),

  r('FRM-1', '002', 'Samverkansformerna', 'The forms of cooperation',
    'Formerna är IOP, upphandling enligt LOU (med direktupphandling, reserverade kontrakt och välfärdstjänster), VIDA, informell samverkan, projekt med externa medel, partnerskap utan ersättning inom Integrationspakten och överenskommelser med offentliga aktörer.',
    'The forms are IOP, procurement under LOU (with direct award, reserved contracts and welfare services), VIDA, informal cooperation, externally funded projects, partnership without compensation within the Integration Pact, and agreements with public bodies.'),
  r('FRM-2', '002', 'Kompetens, uppdrag och mervärde', 'Competence, mission and added value',
    'Varje form ska rymmas inom den kommunala kompetensen och nämndens uppdrag, uppfylla demokrativillkoren samt medföra ett mervärde och komplettera förvaltningens grunduppdrag — för IOP verksamhet som annars kanske inte skulle erbjudas stockholmarna. Bedömningen motiveras.',
    'Every form must be within municipal competence and the committee\'s mission, meet the democracy conditions, and add value and complement the administration\'s basic mission — for an IOP, activity that otherwise might not be offered to the people of the city. The judgement is justified.'),
  r('FRM-3', '002', 'Informell samverkan', 'Informal cooperation',
    'Informell samverkan innebär ingen ersättning, ingen organisation pekas ut till andras nackdel, och ansvarig chef motiverar den och prövar demokrativillkoren.',
    'Informal cooperation carries no compensation, no organisation is singled out to others\' disadvantage, and the responsible manager justifies it and checks the democracy conditions.'),
  r('FRM-4', '002', 'Externa medel', 'External funding',
    'En gemensam ansökan av förvaltningen och organisationen är tillåten, men inte där organisationen skulle vara utförare av förvaltningens verksamhet.',
    'A joint application by the administration and the organisation is allowed, but not where the organisation would act as contractor of the administration\'s activity.'),
  r('FRM-5', '002', 'VIDA', 'VIDA',
    'En nyanländ får en föreningsaktivitet efter eget val som del av sin handlingsplan: 8–15 tillfällen, med en ersättning till föreningen per deltagare enligt gällande belopp. Föreningen utformar aktiviteten inom VIDA-ramen.',
    'A newly arrived person gets an association activity of their own choice as part of their action plan: 8–15 occasions, with a fee to the association per participant at the rate in force. The association designs the activity within the VIDA frame.'),
  r('FRM-6', '002', 'Reserverat kontrakt', 'Reserved contract',
    'För leverantörer som integrerar personer med funktionsnedsättning eller andra som står långt från arbetsmarknaden; högst tre år; den som haft kontraktet får inte delta i nästa sådana upphandling.',
    'For suppliers integrating people with disabilities or others far from the labour market; at most three years; the holder may not take part in the next such procurement.'),
  r('FRM-7', '002', 'Välfärdstjänster', 'Welfare services',
    'Under tröskelvärdet för sociala tjänster ska upphandlingen som regel annonseras i en elektronisk databas, men under det lägre gränsvärdet är den undantagen från annonsering. Avtal under tröskelvärdet får löpa utan fast tid, begränsat av det totala värdet. Värdena ändras över tid.',
    'Below the threshold for social services the procurement must as a rule be advertised in an electronic database, but below the lower limit it is exempt from advertising. Agreements below the threshold may run without a fixed period, bounded by total value. The values change over time.'),
  r('FRM-8', '002', 'Upphandling av civilsamhällets tjänster', 'Procuring civil-society services',
    'Upphandling av tjänster från civilsamhället bör inriktas på avgränsad verksamhet där civilsamhället har en särskild ställning — förtroende, kompetens, nätverk — med förenklat förfarande och dialog.',
    'Procurement of civil-society services should target defined activity where civil society has a special position — trust, competence, network — with a simplified procedure and dialogue.'),
  r('FRM-9', '002', 'Ramavtal', 'Framework agreements',
    'Ett ramavtal enligt LOU får som regel löpa högst fyra år.',
    'A framework agreement under LOU may as a rule run at most four years.'),

  r('IOP-1', '002', 'Parter och gemensam utmaning', 'Parties and a shared challenge',
    'Minst två parter, en idéburen och en offentlig, en gemensamt identifierad samhällsutmaning och en bestämd verksamhet som drivs av den idéburna organisationen.',
    'At least two parties, one civil-society and one public, a jointly identified societal challenge, and a specific activity run by the civil-society organisation.'),
  r('IOP-2', '002', 'Rättslig bedömning', 'Legal assessment',
    'Före avtal ska en rättslig bedömning bejaka att verksamheten inte måste upphandlas, att den är förenlig med kommunallagen och med EU:s statsstödsregler. De vägledande kriterierna besvaras med motivering.',
    'Before signing, a legal assessment must affirm that the activity need not be procured, that it complies with the Local Government Act and with EU state-aid rules. The guiding criteria are answered with a justification.'),
  r('IOP-3', '002', 'Kontroll före avtal', 'Checks before signing',
    'Partnerkontroll och prövning av demokrativillkoren görs innan avtalet skrivs under.',
    'Partner control and the democracy conditions are checked before the agreement is signed.'),
  r('IOP-4', '002', 'Förstudie', 'Pre-study',
    'En förstudie i dialog föregår avtalet: omfattning, mål, struktur och roller.',
    'A pre-study in dialogue precedes the agreement: scope, goals, structure and roles.'),
  r('IOP-5', '002', 'Avtalets villkor', 'The agreement\'s terms',
    'Avtalet behandlar syfte, mål, värdegrund, målgrupp, insatser och åtaganden, organisation, dokumentation och rapportering, ekonomi, avtalstid, uppföljning samt omförhandling, uppsägning, hävning och tvist.',
    'The agreement covers purpose, goals, values, target group, efforts and commitments, organisation, documentation and reporting, economy, term, follow-up, and renegotiation, termination, rescission and dispute.'),
  r('IOP-6', '002', 'Gemensam styrgrupp', 'A joint steering group',
    'Varje IOP har en styrgrupp med företrädare för förvaltningen och organisationen som möts minst en gång per termin. Besluten fattas gemensamt: ingen part beslutar ensam. Ledamöter från andra organisationer deltar utan vetorätt.',
    'Every IOP has a steering group with representatives of the administration and the organisation that meets at least once per semester. Decisions are joint: no party decides alone. Members from other organisations take part without a veto.'),
  r('IOP-7', '002', 'Årshjul', 'Annual cycle',
    'Styrgruppen planerar nästa år — mål, indikatorer, budget och utvecklingsområden — och följer upp måluppfyllelse, justeringar och ekonomiskt utfall. Den uppdaterade verksamhetsplanen och budgeten blir en bilaga till avtalet varje år.',
    'The steering group plans next year — goals, indicators, budget and development areas — and follows up goal fulfilment, adjustments and economic outcome. The updated activity plan and budget are annexed to the agreement each year.'),
  r('IOP-8', '002', 'Årlig översyn', 'Annual review',
    'Avtalen är långsiktiga men ses över årligen av behörig chef i samråd med beredningsgruppen, och även när en konkurrenssituation uppstår eller behovet upphör.',
    'Agreements are long-term but reviewed yearly by the authorised manager in consultation with the review group, and also when a competitive situation arises or the need ends.'),
  r('IOP-9', '002', 'Ekonomisk ordning', 'Economic order',
    'Förvaltningen har full insyn i verksamhetens bokföring, som stäms av vid styrgruppens möten; en extern revisor kan anlitas.',
    'The administration has full insight into the activity\'s bookkeeping, reconciled at steering-group meetings; an external auditor can be brought in.'),
  r('IOP-10', '002', 'Öppenhet', 'Openness',
    'Nämnden arbetar öppet med IOP, med en webbsida och en enkel kontaktfunktion för dialog om IOP, men annonserar inte IOP som något man söker som ett bidrag.',
    'The committee works openly with IOP, with a web page and an easy contact function for dialogue about IOP, but does not advertise IOP as something to apply for like a grant.'),
  r('IOP-11', '002', 'Samhällsorientering', 'Civic orientation',
    'Undervisning i samhällsorientering kan inte vara IOP eftersom det finns en marknad; studiebesök och uppsökande information via föreningar kan vara det.',
    'Civic-orientation teaching cannot be an IOP because a market exists; study visits and outreach information via associations can be.'),

  r('AGR-1', '003', 'Parter, syfte och fokus', 'Parties, purpose and focus',
    'Överenskommelsen anger parterna med organisationsnummer, syftet, målgrupperna och fokusområdena: individuell planering, reguljära studier och arbetsgivarsamverkan.',
    'The agreement names the parties with organisation numbers, its purpose, target groups and focus areas: individual planning, regular studies and employer cooperation.'),
  r('AGR-2', '003', 'Mål', 'Goals',
    'Långsiktiga mål enligt Agenda 2030 (mål 1, 4, 5, 8 och 10) och kortsiktiga mål; årliga mål och en årlig verksamhetsplan med indikatorer fastställs av den operativa styrgruppen.',
    'Long-term goals from Agenda 2030 (goals 1, 4, 5, 8 and 10) and short-term goals; annual goals and an annual activity plan with indicators are set by the operative steering group.'),
  r('AGR-3', '003', 'Organisation för samverkan', 'Governance bodies',
    'Strategisk och operativ styrgrupp, beredningsgrupp, centrala arbetsgrupper, lokala samverkanskluster och forum, var och en med mandat och ledamöter (organisation och befattning).',
    'Strategic and operative steering groups, a preparatory group, central working groups, local clusters and forums, each with a mandate and members (organisation and role).'),
  r('AGR-4', '003', 'Avvikelser', 'Deviations',
    'Avvikelser tas emot och hanteras av den strategiska styrgruppen.',
    'Deviations are received and handled by the strategic steering group.'),
  r('AGR-5', '003', 'Uppföljning', 'Follow-up',
    'Strategisk uppföljning årligen, operativ varje termin, uppföljning av verksamhetsplanens indikatorer, och klustrens uppföljning av rutiner två gånger om året.',
    'Strategic follow-up yearly, operative each semester, follow-up of the activity plan\'s indicators, and the clusters\' follow-up of routines twice a year.'),
  r('AGR-6', '003', 'Statistik', 'Statistics',
    'Statistik redovisas uppdelad på kön där det går och på målgrupper; bara aggregerade tal, inga personuppgifter.',
    'Statistics are broken down by gender where possible and by target group; aggregates only, no personal data.'),
  r('AGR-7', '003', 'Revidering och bilagor', 'Revision and annexes',
    'Överenskommelsen revideras årligen eller vid behov; bilagorna versionshanteras och nya bilagor och projekt beslutas av den operativa styrgruppen.',
    'The agreement is revised yearly or when needed; annexes are versioned, and new annexes and projects are decided by the operative steering group.'),
  r('AGR-8', '003', 'Frågor uppåt, beslut nedåt', 'Questions up, decisions down',
    'Frågor som ett organ inte kan lösa lyfts till organet över (kluster, operativ och strategisk styrgrupp); beslut sprids till organen under.',
    'Questions a body cannot solve are raised to the body above it (cluster, operative and strategic steering group); decisions are spread to the bodies below.'),
  r('AGR-9', '003', 'Enheter förändras', 'Units change',
    'Enheter och stadsdelar förändras över tid; referensdata är daterade med efterföljare så att uppföljning över år blir rätt.',
    'Units and districts change over time; reference data is dated with successors so that follow-up across years stays correct.'),

  r('EMP-1', '004', 'Medlemskap i Integrationspakten', 'Integration Pact membership',
    'Medlemskap kräver åtagande för nätverkets mål och stadens värderingar — icke-diskriminering, jämställdhet, jämlikhet och mänskliga rättigheter — med en enklare kontroll vid ansökan.',
    'Membership requires commitment to the network\'s goals and the city\'s values — non-discrimination, gender equality, equality and human rights — with a simpler check at application.'),
  r('EMP-2', '004', 'Kontroller av jobbpartnerskap', 'Job-partnership controls',
    'Ett jobbpartnerskap kräver lika omfattande kontroller som för upphandlade leverantörer: lön, arbetstid och semester, arbetsmiljö och seriositet. Kollektivavtal eller motsvarande villkor registreras.',
    'A job partnership requires controls as extensive as for procured suppliers: pay, working hours and holidays, work environment and seriousness. A collective agreement or equivalent terms is recorded.'),
  r('EMP-3', '004', 'Omedelbart avslut', 'Immediate termination',
    'Upptäcks brister under partnerskapet kan det avslutas omedelbart; avslutet, skälet och underlaget registreras.',
    'If failures are found during the partnership it can be ended at once; the ending, its reason and evidence are recorded.'),
  r('EMP-4', '003', 'Jobbspår', 'Job tracks',
    'Jobbspår drivs med arbetsgivare, gemensamt med Arbetsförmedlingen.',
    'Job tracks are run with employers, jointly with Arbetsförmedlingen.'),

  r('OVR-1', '002', 'Samlad överblick', 'One overview',
    'En samlad överblick över all samverkan i alla former, som går att filtrera och exportera.',
    'One overview of all cooperations of every form, filterable and exportable.'),
  r('OVR-2', '002', 'Rapporter till nämnden', 'Reports for the committee',
    'Rapporter om vilken samverkan som finns, efter form, område, enhet och målgrupp, med ekonomiskt utfall och resultat av uppföljningen.',
    'Reports on what cooperation exists, by form, area, unit and target group, with economic outcome and follow-up results.'),
  r('OVR-3', '002', 'Offentlig sida', 'Public page',
    'En offentlig sida listar IOP-partnerskapen och ger kontaktfunktionen för IOP.',
    'A public page lists the IOP partnerships and gives the IOP contact function.'),
];

const BY_ID = new Map(REQUIREMENTS.map((req) => [req.id, req]));

/** The rule with this id, or undefined for an id the catalogue does not hold. */
export function requirementById(id: string): Requirement | undefined {
  return BY_ID.get(id);
}

/** Whether a text cites a rule id inside its words, e.g. "(DEM-3)" — user texts show ids as tags instead. */
export function citesRequirementInProse(text: string): boolean {
  return /\b(?:ORG|DEM|INI|FRM|IOP|AGR|EMP|OVR)-\d+\b/.test(text);
}
