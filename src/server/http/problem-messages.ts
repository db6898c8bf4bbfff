import type { Language } from './language';
import { employerControlProblemMessages } from './problem-messages-employer-controls';
import { employerOfferProblemMessages } from './problem-messages-employer-offers';
import { employerMembershipProblemMessages, employerMembershipRequirements } from './problem-messages-employers';
import { partnerAccountProblemMessages } from './problem-messages-partner-accounts';
import { portalProblemMessages, portalRequirements } from './problem-messages-portal';
import { reportProblemMessages } from './problem-messages-reports';
import { ssoProblemMessages } from './problem-messages-sso';
import { twoFactorProblemMessages } from './problem-messages-two-factor';

/** Titles of every problem code and texts of custom validation keys, in Swedish and English. */
export const problemMessages: Record<string, Record<Language, string>> = {
  validation_failed: { sv: 'Uppgifterna är inte giltiga', en: 'The input is not valid' },
  not_found: { sv: 'Hittades inte', en: 'Not found' },
  route_not_found: { sv: 'Adressen finns inte', en: 'No such address' },
  unauthenticated: { sv: 'Du behöver logga in', en: 'You need to log in' },
  invalid_credentials: { sv: 'Fel e-postadress eller lösenord', en: 'Wrong e-mail address or password' },
  forbidden: { sv: 'Du har inte behörighet till detta', en: 'You are not allowed to do this' },
  csrf_missing: {
    sv: 'Begäran saknar giltig CSRF-token (x-csrf-token)',
    en: 'The request lacks a valid CSRF token (x-csrf-token)',
  },
  password_change_required: {
    sv: 'Du behöver byta ditt tillfälliga lösenord innan du fortsätter',
    en: 'You need to change your temporary password before you continue',
  },
  too_many_attempts: {
    sv: 'För många misslyckade inloggningsförsök. Försök igen senare.',
    en: 'Too many failed login attempts. Try again later.',
  },
  version_conflict: {
    sv: 'Posten har ändrats av någon annan. Ladda om och försök igen.',
    en: 'The record was changed by someone else. Reload and try again.',
  },
  email_taken: { sv: 'E-postadressen används redan', en: 'The e-mail address is already in use' },
  wrong_password: { sv: 'Nuvarande lösenord stämmer inte', en: 'The current password is wrong' },
  cannot_disable_self: {
    sv: 'Du kan inte inaktivera ditt eget konto',
    en: 'You cannot disable your own account',
  },
  cannot_remove_own_admin: {
    sv: 'Du kan inte ta bort din egen administratörsroll',
    en: 'You cannot remove your own administrator role',
  },
  already_revoked: { sv: 'Token är redan återkallad', en: 'The token is already revoked' },
  invalid_cursor: { sv: 'Ogiltig sidmarkör', en: 'Invalid page cursor' },
  payload_too_large: { sv: 'Begäran är för stor', en: 'The request is too large' },
  unsupported_media_type: { sv: 'Innehållstypen stöds inte', en: 'Unsupported content type' },
  bad_request: { sv: 'Felaktig begäran', en: 'Bad request' },
  request_timeout: { sv: 'Begäran tog för lång tid', en: 'The request took too long' },
  internal_error: {
    sv: 'Ett oväntat fel inträffade. Försök igen eller kontakta support.',
    en: 'An unexpected error occurred. Try again or contact support.',
  },
  file_too_large: { sv: 'Filen är för stor (högst 25 MB)', en: 'The file is too large (at most 25 MB)' },
  unsupported_file_type: {
    sv: 'Filtypen stöds inte. Tillåtna filtyper är PDF, Word (DOCX), Excel (XLSX), OpenDocument (ODT, ODS), PNG och JPEG.',
    en: 'This file type is not accepted. Allowed: PDF, Word (DOCX), Excel (XLSX), OpenDocument (ODT, ODS), PNG and JPEG.',
  },
  unsafe_archive: {
    sv: 'Dokumentet kunde inte granskas: det är skadat, krypterat eller packas upp till för mycket data',
    en: 'The document could not be checked: it is damaged, encrypted or unpacks to too much data',
  },
  org_number_taken: {
    sv: 'Organisationsnumret finns redan i registret',
    en: 'The organisation number is already in the register',
  },
  remediation_required: {
    sv: 'Organisationen bedömdes senast som ej godkänd. En genomförd åtgärd med underlag måste registreras innan den kan bedömas som godkänd.',
    en: 'The organisation was last assessed as not eligible. A completed measure with evidence must be recorded before it can be assessed as eligible.',
  },
  organisation_archived: { sv: 'Organisationen är arkiverad', en: 'The organisation is archived' },
  import_already_committed: { sv: 'Importen är redan genomförd', en: 'The import has already been committed' },
  import_has_no_valid_rows: { sv: 'Importen har inga giltiga rader', en: 'The import has no valid rows' },
  gates_unmet: {
    sv: 'Övergången kan inte göras: alla villkor är inte uppfyllda',
    en: 'The transition cannot be made: not every condition is met',
  },
  transition_not_allowed: { sv: 'Övergången är inte tillåten från nuvarande status', en: 'The transition is not allowed from the current status' },
  initiative_not_convertible: {
    sv: 'Initiativet kan inte bli en samverkan i sin nuvarande status',
    en: 'The initiative cannot become a cooperation in its current status',
  },
  cooperation_ended: { sv: 'Samverkan är avslutad och kan inte längre ändras', en: 'The cooperation has ended and can no longer be changed' },
  not_publishable: { sv: 'Bara IOP kan visas på den offentliga IOP-sidan', en: 'Only IOPs can be shown on the public IOP page' },
  meeting_already_held: { sv: 'Mötet är redan genomfört', en: 'The meeting has already been held' },
  threshold_exists: { sv: 'Det finns redan ett värde från det datumet', en: 'A value from that date already exists' },
  saved_filter_exists: { sv: 'Det finns redan ett sparat filter med det namnet', en: 'A saved filter with that name already exists' },
  spam_suspected: { sv: 'Förslaget kunde inte tas emot', en: 'The proposal could not be accepted' },
  rate_limited: { sv: 'För många förfrågningar. Försök igen senare.', en: 'Too many requests. Try again later.' },
  decision_closed: { sv: 'Beslutet är redan fattat eller avslaget', en: 'The decision has already been taken or rejected' },
  vote_already_cast: { sv: 'Ledamoten har redan tagit ställning till beslutet', en: 'The member has already voted on the decision' },
  agreement_signed: {
    sv: 'Avtalsversionen är undertecknad och kan inte ändras; gör en revidering',
    en: 'The agreement version is signed and cannot be changed; make a revision',
  },
  termination_pending: {
    sv: 'Samverkan har redan en uppsägning som väntar; återkalla den först',
    en: 'The cooperation already has a pending notice; withdraw it first',
  },
  not_responsible_manager: {
    sv: 'Den årliga översynen görs av samverkans ansvariga chef',
    en: 'The annual review is done by the cooperation’s responsible manager',
  },
  no_pending_notice: { sv: 'Det finns ingen väntande uppsägning att återkalla', en: 'There is no pending notice to withdraw' },
  governance_body_closed: { sv: 'Organet är avslutat och kan inte längre ändras', en: 'The body is closed and can no longer be changed' },
  not_decision_party: {
    sv: 'Din organisation är inte part i organets beslut; du deltar utan rösträtt',
    en: 'Your organisation is not a party to the body’s decisions; you take part without a vote',
  },
  follow_up_exists: {
    sv: 'Uppföljningen för den här perioden finns redan; öppna den och ändra den i stället',
    en: 'The follow-up for this period already exists; open it and edit it instead',
  },
  not_template_keeper: {
    sv: 'Mallen för rutinuppföljning förs av avtalets gemensamma beredningsgrupp',
    en: 'The routine follow-up template is kept by the agreement’s joint preparation group',
  },
  'validation.followUp.period': {
    sv: 'Ange perioden som ett år (2026) eller ett halvår (2026-H1 eller 2026-H2)',
    en: 'Give the period as a year (2026) or a semester (2026-H1 or 2026-H2)',
  },
  'validation.followUp.periodKind': {
    sv: 'Perioden passar inte uppföljningens slag: halvårsuppföljningar gäller ett halvår, årsuppföljningar ett år',
    en: 'The period does not fit the kind of follow-up: semester follow-ups cover a semester, yearly ones a year',
  },
  'validation.followUp.iopPeriod': {
    sv: 'Styrgruppens uppföljning görs per år: ange ett år, till exempel 2026',
    en: 'The steering group follows up per year: give a year, for example 2026',
  },
  'validation.followUp.body': {
    sv: 'Välj ett organ som styr samverkan och håller den här sortens uppföljning',
    en: 'Choose a body that governs the cooperation and holds this kind of follow-up',
  },
  'validation.followUp.iopOnly': {
    sv: 'Styrgruppens årliga uppföljning gäller en IOP',
    en: 'The steering group’s yearly follow-up applies to an IOP',
  },
  'validation.followUp.meeting': { sv: 'Mötet hör inte till det valda organet', en: 'The meeting does not belong to the chosen body' },
  'validation.followUp.noTemplate': {
    sv: 'Avtalets gemensamma beredningsgrupp har ännu ingen mall för rutinuppföljning',
    en: 'The agreement’s joint preparation group has no routine follow-up template yet',
  },
  'validation.followUp.answers': { sv: 'Besvara varje fråga i mallen en gång', en: 'Answer each question of the template once' },
  'validation.followUp.answer': { sv: 'Frågan finns inte i mallen eller är redan besvarad', en: 'The question is not in the template or is already answered' },
  'validation.followUp.answersNotExpected': {
    sv: 'Bara klustrens rutinuppföljning besvarar mallens frågor',
    en: 'Only the clusters’ routine follow-up answers the template’s questions',
  },
  'validation.followUp.templateBody': {
    sv: 'Mallen förs av en beredningsgrupp som är organ i avtalet',
    en: 'The template is kept by a preparation group that is a body of the agreement',
  },
  'validation.followUp.questions': { sv: 'Mallen behöver minst en fråga', en: 'The template needs at least one question' },
  // Activity plans (AGR-2, IOP-6, IOP-7).
  plan_exists: { sv: 'Samverkan har redan en verksamhetsplan för året', en: 'The cooperation already has an activity plan for the year' },
  plan_locked: {
    sv: 'Planen är föreslagen eller antagen och kan inte längre ändras',
    en: 'The plan has been proposed or adopted and can no longer be changed',
  },
  plan_no_steering_body: {
    sv: 'Samverkan har ingen aktiv styrgrupp som kan anta planen. Koppla en styrgrupp till samverkan först.',
    en: 'The cooperation has no active steering group that can adopt the plan. Link a steering group to the cooperation first.',
  },
  plan_no_agreement: {
    sv: 'Samverkan har inget avtal att lägga den antagna planen som bilaga till. Registrera avtalet först.',
    en: 'The cooperation has no agreement to annex the adopted plan to. Register the agreement first.',
  },
  cycle_task_by_plan: {
    sv: 'Planeringsuppgiften slutförs när styrgruppen antar nästa års verksamhetsplan. Ta fram planen under samverkan och föreslå den för antagande.',
    en: 'The planning task is completed when the steering group adopts next year’s activity plan. Draw up the plan under the cooperation and propose it for adoption.',
  },
  'validation.plan.unitRequired': { sv: 'En kvantitativ indikator behöver en enhet', en: 'A quantitative indicator needs a unit' },
  'validation.plan.directionRequired': {
    sv: 'Ange om ett högre eller lägre värde är bättre för en kvantitativ indikator',
    en: 'State whether a higher or lower value is better for a quantitative indicator',
  },
  'validation.plan.quantitativeNoExpectedResult': {
    sv: 'En kvantitativ indikator har mål och utgångsvärde, inte ett beskrivet förväntat resultat',
    en: 'A quantitative indicator has a target and baseline, not a described expected result',
  },
  'validation.plan.expectedResultRequired': {
    sv: 'En kvalitativ indikator behöver ett beskrivet förväntat resultat',
    en: 'A qualitative indicator needs a described expected result',
  },
  'validation.plan.qualitativeNoMeasure': {
    sv: 'En kvalitativ indikator har ingen enhet, inget utgångsvärde, mål eller riktning',
    en: 'A qualitative indicator has no unit, baseline, target or direction',
  },
  'validation.plan.unknownGoal': { sv: 'Målet finns inte i den här planen', en: 'The goal is not in this plan' },
  'validation.plan.unknownIndicator': { sv: 'Indikatorn finns inte i den här planen', en: 'The indicator is not in this plan' },
  'validation.plan.notDraft': { sv: 'Bara ett utkast kan föreslås för antagande', en: 'Only a draft can be proposed for adoption' },
  'validation.plan.noGoals': {
    sv: 'Planen behöver minst ett mål innan den föreslås för antagande',
    en: 'The plan needs at least one goal before it is proposed for adoption',
  },
  'validation.plan.assessQualitativeOnly': {
    sv: 'Bara kvalitativa indikatorer bedöms som uppfyllt, delvis eller inte uppfyllt',
    en: 'Only qualitative indicators are assessed as met, partly met or not met',
  },
  'validation.orgNumber.format': {
    sv: 'Organisationsnumret ska ha tio siffror, NNNNNN-NNNN',
    en: 'The organisation number must have ten digits, NNNNNN-NNNN',
  },
  'validation.orgNumber.check_digit': {
    sv: 'Organisationsnumret har fel kontrollsiffra',
    en: 'The organisation number has a wrong check digit',
  },
  // FRM-5: the giro numbers a VIDA payout is paid to.
  'validation.bankgiro.format': {
    sv: 'Bankgironumret ska ha sju eller åtta siffror, till exempel 5050-1055',
    en: 'The bankgiro number must have seven or eight digits, e.g. 5050-1055',
  },
  'validation.bankgiro.check_digit': { sv: 'Bankgironumret har fel kontrollsiffra', en: 'The bankgiro number has a wrong check digit' },
  'validation.plusgiro.format': {
    sv: 'Plusgironumret ska ha två till åtta siffror, till exempel 90 08 00-4',
    en: 'The plusgiro number must have two to eight digits, e.g. 90 08 00-4',
  },
  'validation.plusgiro.check_digit': { sv: 'Plusgironumret har fel kontrollsiffra', en: 'The plusgiro number has a wrong check digit' },
  // FRM-5: VIDA payouts.
  vida_outside_frame: {
    sv: 'Perioden ligger utanför VIDA-ramen på 8–15 tillfällen och kan bara betalas med ett undantag som ansvarig chef har motiverat',
    en: 'The period is outside the VIDA frame of 8–15 occasions and can only be paid with an exception motivated by the responsible manager',
  },
  vida_exception_manager_only: {
    sv: 'Bara ansvarig chef kan registrera ett undantag från VIDA-ramen',
    en: 'Only the responsible manager can record an exception to the VIDA frame',
  },
  vida_rate_missing: {
    sv: 'Det finns ingen VIDA-ersättning per deltagare som gäller för perioden',
    en: 'No VIDA rate per participant applies to the period',
  },
  vida_payout_exists: {
    sv: 'Föreningen har redan en VIDA-ersättning för perioden i den här samverkan',
    en: 'The association already has a VIDA payout for the period in this cooperation',
  },
  'validation.vida.period': { sv: 'Välj en termin, till exempel 2026-spring eller 2026-autumn', en: 'Choose a semester, e.g. 2026-spring or 2026-autumn' },
  'validation.vida.exceptionManagerOnly': {
    sv: 'Bara en ansvarig chef kan registrera ett undantag',
    en: 'Only a responsible manager can record an exception',
  },
  'validation.vida.exceptionResponsibleOnly': {
    sv: 'Bara samverkans ansvariga chef kan registrera ett undantag',
    en: "Only the cooperation's responsible manager can record an exception",
  },
  'validation.vida.exceptionNotNeeded': {
    sv: 'Antalet tillfällen ligger inom ramen; ta bort undantaget',
    en: 'The number of occasions is within the frame; remove the exception',
  },
  'validation.vida.notVida': { sv: 'Välj en samverkan i formen VIDA', en: 'Choose a cooperation of the form VIDA' },
  'validation.vida.notParty': { sv: 'Föreningen är inte part i den valda samverkan', en: 'The association is not a party of the chosen cooperation' },
  'validation.vida.noRate': { sv: 'Ingen VIDA-ersättning gäller för terminen', en: 'No VIDA rate applies to the semester' },
  'validation.vida.payoutExists': {
    sv: 'Föreningen har redan en ersättning för terminen i den här samverkan',
    en: 'The association already has a payout for the semester in this cooperation',
  },
  'validation.orgNumber.duplicate_in_file': {
    sv: 'Organisationsnumret förekommer flera gånger i filen',
    en: 'The organisation number appears more than once in the file',
  },
  'validation.orgNumber.taken': {
    sv: 'Organisationsnumret finns redan i registret',
    en: 'The organisation number is already in the register',
  },
  'validation.legalForm.unknown': {
    sv: 'Okänd juridisk form för den här typen av organisation',
    en: 'Unknown legal form for this kind of organisation',
  },
  'validation.kind.unknown': { sv: 'Okänd organisationstyp', en: 'Unknown kind of organisation' },
  'validation.area.unknown': { sv: 'Okänt samverkansområde', en: 'Unknown area' },
  'validation.district.unknown': { sv: 'Okänd stadsdel', en: 'Unknown district' },
  'validation.phone': { sv: 'Ange ett telefonnummer med siffror', en: 'Enter a phone number in digits' },
  'validation.postalCode': { sv: 'Ange postnummer som NNN NN', en: 'Enter the postal code as NNN NN' },
  'validation.url': { sv: 'Ange en webbadress som börjar med http:// eller https://', en: 'Enter a web address starting with http:// or https://' },
  'validation.code': { sv: 'Koden får bara innehålla a–z, 0–9 och _', en: 'The code may contain only a–z, 0–9 and _' },
  'validation.justification': { sv: 'Motivering krävs', en: 'A justification is required' },
  'validation.evidence': { sv: 'Minst ett underlag krävs', en: 'At least one piece of evidence is required' },
  'validation.allConditions': {
    sv: 'Alla fyra demokrativillkor ska besvaras en gång var',
    en: 'Each of the four democracy conditions must be answered once',
  },
  'validation.allExclusions': {
    sv: 'Alla fem uteslutningsgrunder ska besvaras en gång var',
    en: 'Each of the five exclusion grounds must be answered once',
  },
  'validation.memberCount': { sv: 'Ange ett heltal, 0 eller mer', en: 'Enter a whole number, 0 or more' },
  'validation.name.required': { sv: 'Namn saknas', en: 'Name is missing' },
  'validation.code.taken': { sv: 'Koden används redan', en: 'The code is already in use' },
  'validation.district.code': {
    sv: 'Ange koden med små bokstäver a–z, siffror och understreck',
    en: 'Give the code in small letters a–z, digits and underscores',
  },
  'validation.district.predecessors': { sv: 'Ange 1–20 stadsdelsförvaltningar som upphör', en: 'Give 1–20 districts that end' },
  'validation.district.duplicate': {
    sv: 'Stadsdelsförvaltningen finns redan med i ändringen',
    en: 'The district is already part of this change',
  },
  'validation.district.notInForce': {
    sv: 'Stadsdelsförvaltningen gäller inte längre; välj den som gäller i dag',
    en: 'The district is no longer in force; choose the one in force today',
  },
  'validation.district.ownSuccessor': { sv: 'En stadsdelsförvaltning kan inte efterträda sig själv', en: 'A district cannot succeed itself' },
  'validation.district.beforeValidFrom': {
    sv: 'Ändringen måste gälla efter att stadsdelsförvaltningen började gälla',
    en: 'The change must take effect after the district began',
  },
  'validation.district.alreadyEnded': {
    sv: 'Stadsdelsförvaltningen har redan upphört före ändringen',
    en: 'The district already ended before the change',
  },
  'validation.district.successorNotValid': {
    sv: 'Efterträdaren gäller inte det datum ändringen börjar gälla',
    en: 'The successor is not in force on the date the change takes effect',
  },
  'validation.district.successionCycle': {
    sv: 'Ändringen skulle göra stadsdelsförvaltningen till sin egen efterträdare',
    en: 'The change would make the district its own successor',
  },
  'validation.setting': { sv: 'Värdet är inte tillåtet för inställningen', en: 'The value is not allowed for this setting' },
  'validation.setting.unknown': { sv: 'Inställningen finns inte', en: 'No such setting' },
  'validation.setting.duplicate': { sv: 'Inställningen finns två gånger i samma ändring', en: 'The setting appears twice in the same change' },
  'validation.setting.validityMonths': {
    sv: 'Ange giltighetstiden i hela månader, från 1 till 60',
    en: 'Give the validity in whole months, from 1 to 60',
  },
  'validation.setting.casePrefix': {
    sv: 'Ange prefixet med 1–10 versaler A–Ö utan mellanslag, till exempel AMN',
    en: 'Give the prefix as 1–10 capital letters A–Ö without spaces, for example AMN',
  },
  'validation.setting.committeeName': { sv: 'Ange nämndens namn, högst 200 tecken', en: 'Give the committee’s name, at most 200 characters' },
  'validation.setting.municipalityName': { sv: 'Ange kommunens namn, högst 200 tecken', en: 'Give the municipality’s name, at most 200 characters' },
  'validation.setting.municipalityNameEn': {
    sv: 'Kommunens engelska namn får vara högst 200 tecken',
    en: 'The municipality’s English name may be at most 200 characters',
  },
  'validation.setting.contactName': { sv: 'Funktionens namn får vara högst 200 tecken', en: 'The function’s name may be at most 200 characters' },
  'validation.setting.email': {
    sv: 'Ange en giltig e-postadress, till exempel iop@kommun.se, eller lämna fältet tomt',
    en: 'Give a valid e-mail address, for example iop@municipality.example, or leave the field empty',
  },
  'validation.setting.phone': {
    sv: 'Ange telefonnumret med siffror, till exempel 08-123 456 00, eller lämna fältet tomt',
    en: 'Give the phone number in digits, for example 08-123 456 00, or leave the field empty',
  },
  'validation.setting.web': {
    sv: 'Ange en webbadress som börjar med https://, eller lämna fältet tomt',
    en: 'Give a web address starting with https://, or leave the field empty',
  },
  'validation.setting.address': { sv: 'Adressen får vara högst 300 tecken', en: 'The address may be at most 300 characters' },
  'validation.setting.sessionIdleMinutes': {
    sv: 'Ange tiden utan aktivitet i hela minuter, från 5 till 1440',
    en: 'Give the idle time in whole minutes, from 5 to 1440',
  },
  'validation.setting.sessionAbsoluteMinutes': {
    sv: 'Ange den längsta inloggningstiden i hela minuter, från 30 till 10080',
    en: 'Give the longest session time in whole minutes, from 30 to 10080',
  },
  'validation.setting.invitationValidDays': {
    sv: 'Ange giltighetstiden i hela dagar, från 1 till 30',
    en: 'Give the validity in whole days, from 1 to 30',
  },
  'validation.setting.boolean': { sv: 'Ange på eller av', en: 'Choose on or off' },
  'validation.setting.contactText': { sv: 'Texten får vara högst 500 tecken', en: 'The text may be at most 500 characters' },
  'validation.evidence.document': {
    sv: 'Underlaget måste vara ett dokument som hör till organisationen',
    en: 'The evidence must be a document belonging to the organisation',
  },
  'validation.file': { sv: 'Välj en fil att ladda upp', en: 'Choose a file to upload' },
  'validation.year': { sv: 'Ange ett år mellan 1900 och 2200', en: 'Enter a year between 1900 and 2200' },
  'validation.reason': { sv: 'Ange ett skäl', en: 'Give a reason' },
  'validation.dateRange': { sv: 'Slutdatum får inte vara före startdatum', en: 'The end date may not be before the start date' },
  'validation.informal.compensation': {
    sv: 'Informell samverkan får inte innebära ersättning',
    en: 'Informal cooperation carries no compensation',
  },
  'validation.vida.occasions': { sv: 'VIDA omfattar 8–15 tillfällen per deltagare', en: 'VIDA covers 8–15 occasions per participant' },
  'validation.reservedContract.term': {
    sv: 'Ett reserverat kontrakt får löpa högst 36 månader',
    en: 'A reserved contract runs at most 36 months',
  },
  'validation.frameworkAgreement.term': { sv: 'Ett ramavtal får löpa högst fyra år', en: 'A framework agreement runs at most four years' },
  'validation.reservedPredecessor.unknown': {
    sv: 'Välj ett tidigare reserverat kontrakt ur registret',
    en: 'Choose an earlier reserved contract from the register',
  },
  'validation.reservedPredecessor.notReserved': {
    sv: 'Den valda samverkan är inte ett reserverat kontrakt',
    en: 'The chosen cooperation is not a reserved contract',
  },
  'validation.reservedPredecessor.self': {
    sv: 'Ett reserverat kontrakt kan inte följa sig självt',
    en: 'A reserved contract cannot follow itself',
  },
  'validation.reservedPredecessor.cycle': {
    sv: 'Det valda kontraktet anges redan följa det här kontraktet',
    en: 'The chosen contract is already stated to follow this one',
  },
  'validation.reservedPredecessor.form': {
    sv: 'Tidigare kontrakt anges bara för reserverade kontrakt',
    en: 'An earlier contract is stated only for reserved contracts',
  },
  'validation.threshold.nothingToChange': { sv: 'Ange belopp eller källa att ändra', en: 'Give an amount or a source to change' },
  'validation.threshold.amount': {
    sv: 'Ange ett belopp i kronor, 0 eller mer, med högst två decimaler',
    en: 'Enter an amount in SEK, 0 or more, with at most two decimals',
  },
  'validation.mapping.column': { sv: 'Kolumnen finns inte i filen', en: 'The column does not exist in the file' },
  'validation.spreadsheet.empty_file': { sv: 'Filen innehåller inga rader', en: 'The file contains no rows' },
  'validation.spreadsheet.no_header': {
    sv: 'Första raden ska innehålla kolumnrubriker',
    en: 'The first row must hold the column headers',
  },
  'validation.spreadsheet.too_many_rows': {
    sv: 'Filen har för många rader (högst 20 000 per import)',
    en: 'The file has too many rows (at most 20,000 per import)',
  },
  'validation.spreadsheet.invalid_csv': {
    sv: 'CSV-filen är trasig: ett citattecken avslutas aldrig',
    en: 'The CSV file is broken: a quoted field never ends',
  },
  // Review group (INI-2–INI-4).
  'validation.form.unknown': { sv: 'Okänd samverkansform', en: 'Unknown form of cooperation' },
  'validation.recommendation.notApplicable': {
    sv: 'Uppgiften hör inte till den valda rekommendationen',
    en: 'This field does not belong to the chosen recommendation',
  },
  'validation.recommendation.informationItem': {
    sv: 'Informell samverkan anmäls för kännedom och får ingen rekommendation',
    en: 'Informal cooperation is reported for information and gets no recommendation',
  },
  'validation.committee.unknown': { sv: 'Okänd nämnd', en: 'Unknown committee' },
  'validation.meeting.unknown': { sv: 'Okänt möte', en: 'Unknown meeting' },
  'validation.meeting.notOnAgenda': {
    sv: 'Initiativet finns inte på mötets dagordning',
    en: 'The initiative is not on the meeting\'s agenda',
  },
  'validation.initiative.unknown': { sv: 'Okänt initiativ', en: 'Unknown initiative' },
  // Yearly follow-up of running cooperations (INI-7).
  'validation.attendee': {
    sv: 'Deltagaren ska vara en aktiv användare i beredningsgruppen eller ekonom från Ekonomistaben',
    en: 'An attendee must be an active user of the review group or an economist from the finance staff',
  },
  welfare_value_not_applicable: {
    sv: 'Värdet följs bara för samverkan i formen upphandling av välfärdstjänster',
    en: 'The value is followed only for cooperations in the form of a welfare-service procurement',
  },
  'validation.economy.party': { sv: 'Välj en av samverkans eller avtalens parter', en: 'Choose one of the parties of the cooperation or its agreements' },
  'validation.economy.meeting': {
    sv: 'Välj ett möte i ett organ som styr samverkan',
    en: 'Choose a meeting of a body that governs the cooperation',
  },
  'validation.cooperation.unknown': { sv: 'Okänd samverkan', en: 'Unknown cooperation' },
  'validation.agreement.duplicateParty': { sv: 'Parten finns redan i avtalet', en: 'The party is already in the agreement' },
  'validation.agreement.economyParty': { sv: 'Ange en av avtalets parter', en: 'Choose one of the agreement parties' },
  'validation.followUp.duplicate': {
    sv: 'Samverkan är redan följd upp vid mötet',
    en: 'The cooperation is already followed up at this meeting',
  },
  'validation.agenda.duplicate': { sv: 'Initiativet finns redan på dagordningen', en: 'The initiative is already on the agenda' },
  'validation.form.notRecommended': {
    sv: 'Samverkansformen ska vara den som beredningsgruppen rekommenderade',
    en: 'The form must be the one the review group recommended',
  },
  'validation.form.locked': {
    sv: 'Samverkansformen kan inte ändras när samverkan har startat eller kommer från ett rekommenderat initiativ',
    en: 'The form cannot change once the cooperation has started or when it comes from a recommended initiative',
  },
  'validation.required': { sv: 'Fältet är obligatoriskt', en: 'This field is required' },
  'validation.email': { sv: 'Ange en giltig e-postadress', en: 'Enter a valid e-mail address' },
  'validation.roles.min': { sv: 'Välj minst en roll', en: 'Choose at least one role' },
  'validation.password.short': {
    sv: 'Lösenordet måste ha minst 12 tecken',
    en: 'The password must have at least 12 characters',
  },
  'validation.date': { sv: 'Ange ett datum (ÅÅÅÅ-MM-DD)', en: 'Enter a date (YYYY-MM-DD)' },
  'validation.cycle.noAgreement': {
    sv: 'Styrgruppens IOP har inget avtal att lägga planen som bilaga till',
    en: 'The steering group’s IOP has no agreement to annex the plan to',
  },
  'validation.date.notFuture': { sv: 'Datumet kan inte ligga i framtiden', en: 'The date cannot be in the future' },
  'validation.datetime': { sv: 'Ange en tidpunkt i ISO 8601-format', en: 'Enter a time in ISO 8601 format' },
  'validation.targetGroup.unknown': { sv: 'Okänd målgrupp', en: 'Unknown target group' },
  'validation.unit.unknown': { sv: 'Okänd enhet', en: 'Unknown unit' },
  'validation.organisation.unknown': {
    sv: 'Organisationen finns inte i registret eller är arkiverad',
    en: 'The organisation is not in the register or is archived',
  },
  'validation.money': { sv: 'Ange ett belopp i kronor, 0 eller mer', en: 'Enter an amount in SEK, 0 or more' },
  'validation.duration': { sv: 'Ange antal månader, minst 1', en: 'Enter a number of months, at least 1' },
  'validation.facts.tooLarge': { sv: 'Uppgifterna för vägledningen är för omfattande', en: 'The guidance facts are too large' },
  'validation.parties': { sv: 'Ange minst en part från organisationsregistret', en: 'Give at least one party from the organisation register' },
  'validation.responsibleManager': {
    sv: 'Ansvarig chef ska vara en aktiv användare med rollen chef',
    en: 'The responsible manager must be an active user with the manager role',
  },
  'validation.governanceBody.unknown': { sv: 'Okänt organ', en: 'Unknown body' },
  'validation.governanceBody.cycle': {
    sv: 'Ett organ kan inte rapportera till sig självt eller till ett organ under det',
    en: 'A body cannot report to itself or to a body below it',
  },
  'validation.user.unknown': { sv: 'Användaren finns inte eller är inaktiverad', en: 'The user does not exist or is disabled' },
  'validation.parties.cooperationPartner': {
    sv: 'Samverkans parter måste vara parter i beslut; annars kan de andra besluta utan dem',
    en: 'The cooperation’s parties must be parties to the decisions; otherwise the others could decide without them',
  },
  'validation.member.unknown': { sv: 'Personen är inte ledamot i organet', en: 'The person is not a member of the body' },
  'validation.unknown_property': { sv: 'Okänt fält', en: 'Unknown field' },
  'validation.invalid_json': { sv: 'Ogiltig JSON', en: 'Invalid JSON' },
  democracy_draft_exists: {
    sv: 'Organisationen har redan en bedömning under förberedelse. Fortsätt med den eller ta bort den först.',
    en: 'The organisation already has an assessment in preparation. Continue with it or discard it first.',
  },
  democracy_draft_status: {
    sv: 'Bedömningen kan inte ändras på det sättet i sin nuvarande status. Ladda om sidan.',
    en: 'The assessment cannot be changed that way in its current status. Reload the page.',
  },
  not_assigned_signer: {
    sv: 'Bedömningen är överlämnad till en annan chef för granskning och signering',
    en: 'The assessment has been handed over to another manager for review and signing',
  },
  'validation.answer': { sv: 'Välj ja eller nej', en: 'Choose yes or no' },
  'validation.motivation': { sv: 'Motivera nej-svaret: vad visar underlaget?', en: 'Motivate the no: what does the evidence show?' },
  'validation.basis': {
    sv: 'Ange underlaget för bedömningen: vilka källor som har kontrollerats',
    en: 'Give the basis of the assessment: which sources were checked',
  },
  'validation.signer': { sv: 'Välj en aktiv ansvarig chef', en: 'Choose an active responsible manager' },
  'validation.returnComment': { sv: 'Skriv vad som behöver göras', en: 'Write what needs to be done' },
  // Association grants, registry numbers and added value (intake).
  association_grant_referral_only: {
    sv: 'Initiativet gäller föreningsbidrag, som inte ingår i nämndens uppdrag. Det ska hänvisas till en nämnd som hanterar föreningsbidrag (stadsdelsnämnd, socialnämnden, kulturnämnden eller idrottsnämnden) och kan inte få en samverkansform eller bli en samverkan.',
    en: "The initiative asks for an association grant, which is not the committee's mandate. It must be referred to a committee that handles association grants (a district, social services, culture or sports committee) and cannot get a form of cooperation or become a cooperation.",
  },
  'validation.associationGrant.referOnly': {
    sv: 'Ett initiativ om föreningsbidrag kan bara hänvisas till en nämnd som hanterar föreningsbidrag',
    en: 'An initiative asking for an association grant can only be referred to a committee that handles association grants',
  },
  'validation.associationGrant.committee': {
    sv: 'Välj en nämnd som hanterar föreningsbidrag: stadsdelsnämnd, socialnämnden, kulturnämnden eller idrottsnämnden',
    en: 'Choose a committee that handles association grants: a district, social services, culture or sports committee',
  },
  'validation.associationGrant.noCooperation': {
    sv: 'Initiativet gäller föreningsbidrag och kan inte bli en samverkan; det ska hänvisas till en nämnd som hanterar föreningsbidrag',
    en: 'The initiative asks for an association grant and cannot become a cooperation; it must be referred to a committee that handles association grants',
  },
  'validation.registryNumber': {
    sv: 'Ange diarienumret som diariet skriver det, till exempel AMN 2017-0228-01.06: förkortning, år, löpnummer och eventuell klassificeringskod',
    en: 'Enter the registry number as the registry writes it, for example AMN 2017-0228-01.06: abbreviation, year, serial number and any classification code',
  },
  'validation.addedValue.required': {
    sv: 'Ange beredningsgruppens bedömning av mervärdet med en motivering: att samverkan tillför ett mervärde och kompletterar förvaltningens grunduppdrag',
    en: "Give the review group's judgement of the added value with a justification: that the cooperation adds value and complements the administration's basic mission",
  },
  'validation.addedValue.notAffirmed': {
    sv: 'En samverkansform rekommenderas bara om samverkan tillför ett mervärde; annars är rekommendationen att samverkan inte är lämplig',
    en: 'A form is recommended only when the cooperation adds value; otherwise the recommendation is that the cooperation is not appropriate',
  },
  // Measurements (AGR-6).
  plan_not_adopted: {
    sv: 'Planen är inte antagen ännu. Mätvärden registreras och kvalitativa indikatorer bedöms mot årets antagna verksamhetsplan.',
    en: "The plan has not been adopted yet. Measurements are recorded and qualitative indicators assessed against the year's adopted activity plan.",
  },
  measurement_category_exists: { sv: 'Det finns redan en kategori med den koden', en: 'A category with that code already exists' },
  'validation.measurement.period': { sv: 'Ange en period som 2026, 2026-H1 eller 2026-H2', en: 'Enter a period such as 2026, 2026-H1 or 2026-H2' },
  'validation.measurement.periodOfPlan': {
    sv: 'Perioden finns inte i årets plan: en plan per termin mäts i 2026-H1 och 2026-H2, en plan per år i 2026',
    en: 'The period is not one of the plan’s: a plan by semester is measured in 2026-H1 and 2026-H2, a plan by year in 2026',
  },
  'validation.measurement.category': { sv: 'Uppdelningen finns inte bland de aktiva kategorierna', en: 'The breakdown is not one of the active categories' },
  'validation.measurement.breakdown': { sv: 'Ange både dimension och kategori, eller ingen av dem för totalen', en: 'Give both dimension and category, or neither for the total' },
  'validation.measurement.valueOrUnknown': { sv: 'Ange ett värde eller markera värdet som okänt, inte båda', en: 'Give a value or mark the value unknown, not both' },
  'validation.measurement.indicator': { sv: 'Indikatorn är inte en kvantitativ indikator i årets plan', en: 'The indicator is not a quantitative indicator of the year’s plan' },
  'validation.measurement.duplicate': { sv: 'Cellen finns redan en gång i begäran', en: 'The cell is already in the request once' },
  'validation.measurement.mappingExceedsTotal': {
    sv: 'Kvinnor och män i kartläggningen kan tillsammans inte vara fler än alla arbetslösa',
    en: 'Women and men in the mapping cannot together be more than all the unemployed',
  },
  'validation.measurement.cluster': { sv: 'Klustret hör inte till samverkan', en: 'The cluster does not belong to the cooperation' },
  'validation.measurement.exceedsTotal': { sv: 'Delvärdet är större än totalen', en: 'The breakdown is larger than the total' },
  'validation.measurement.genderSum': { sv: 'Kvinnor, män och annat eller ej angivet ska tillsammans bli totalen', en: 'Women, men and other or not stated must add up to the total' },
  malformed_url: {
    sv: 'Adressen är felaktigt kodad (ogiltiga %-tecken eller ett ofullständigt Unicode-tecken)',
    en: 'The address is not correctly encoded (invalid %-escapes or an incomplete Unicode character)',
  },
  value_not_storable: {
    sv: 'Ett värde kunde inte sparas: det är för stort eller innehåller tecken som inte kan lagras',
    en: 'A value could not be stored: it is too large or holds characters that cannot be stored',
  },
  value_not_allowed: {
    sv: 'Uppgifterna kunde inte sparas: ett värde är inte tillåtet tillsammans med de övriga. Kontrollera uppgifterna och försök igen.',
    en: 'The details could not be saved: a value is not allowed together with the others. Check the details and try again.',
  },
  uri_too_long: { sv: 'En del av adressen är för lång', en: 'A part of the address is too long' },
  // What a field expects, for every kind of schema failure: our own words, never the schema library's.
  'validation.type.string': { sv: 'Ange en text', en: 'Enter a text' },
  'validation.type.number': { sv: 'Ange ett tal', en: 'Enter a number' },
  'validation.type.int': { sv: 'Ange ett heltal', en: 'Enter a whole number' },
  'validation.type.boolean': { sv: 'Ange ja eller nej (true eller false)', en: 'Enter yes or no (true or false)' },
  'validation.type.array': { sv: 'Ange en lista', en: 'Enter a list' },
  'validation.type.object': { sv: 'Ange en grupp av fält (ett JSON-objekt)', en: 'Enter a group of fields (a JSON object)' },
  'validation.type.date': { sv: 'Ange ett datum', en: 'Enter a date' },
  'validation.type.other': { sv: 'Värdet har fel typ', en: 'The value has the wrong type' },
  'validation.text.min': { sv: 'Ange minst {minimum} tecken', en: 'Enter at least {minimum} characters' },
  'validation.text.max': { sv: 'Ange högst {maximum} tecken', en: 'Enter at most {maximum} characters' },
  'validation.text.exact': { sv: 'Ange exakt {length} tecken', en: 'Enter exactly {length} characters' },
  'validation.number.between': { sv: 'Ange ett tal mellan {minimum} och {maximum}', en: 'Enter a number between {minimum} and {maximum}' },
  'validation.number.min': { sv: 'Ange ett tal som är {minimum} eller större', en: 'Enter a number of {minimum} or more' },
  'validation.number.max': { sv: 'Ange ett tal som är {maximum} eller mindre', en: 'Enter a number of {maximum} or less' },
  'validation.number.above': { sv: 'Ange ett tal som är större än {minimum}', en: 'Enter a number greater than {minimum}' },
  'validation.number.below': { sv: 'Ange ett tal som är mindre än {maximum}', en: 'Enter a number less than {maximum}' },
  'validation.number.multipleOf': { sv: 'Ange en multipel av {divisor}', en: 'Enter a multiple of {divisor}' },
  'validation.number.decimals': { sv: 'Ange högst {decimals} decimaler', en: 'Enter at most {decimals} decimals' },
  'validation.int.between': { sv: 'Ange ett heltal mellan {minimum} och {maximum}', en: 'Enter a whole number between {minimum} and {maximum}' },
  'validation.int.min': { sv: 'Ange ett heltal som är {minimum} eller större', en: 'Enter a whole number of {minimum} or more' },
  'validation.int.max': { sv: 'Ange ett heltal som är {maximum} eller mindre', en: 'Enter a whole number of {maximum} or less' },
  'validation.list.empty': { sv: 'Ange minst ett värde', en: 'Give at least one value' },
  'validation.list.min': { sv: 'Ange minst {minimum} värden', en: 'Give at least {minimum} values' },
  'validation.list.max': { sv: 'Ange högst {maximum} värden', en: 'Give at most {maximum} values' },
  'validation.list.maxOne': { sv: 'Ange högst ett värde', en: 'Give at most one value' },
  'validation.date.min': { sv: 'Ange ett datum från och med {minimum}', en: 'Enter a date on or after {minimum}' },
  'validation.date.max': { sv: 'Ange ett datum till och med {maximum}', en: 'Enter a date on or before {maximum}' },
  'validation.value.tooSmall': { sv: 'Värdet är för litet', en: 'The value is too small' },
  'validation.value.tooBig': { sv: 'Värdet är för stort', en: 'The value is too large' },
  'validation.value.exact': { sv: 'Värdet ska vara {value}', en: 'The value must be {value}' },
  'validation.value.oneOf': { sv: 'Välj ett av: {values}', en: 'Choose one of: {values}' },
  'validation.value.invalid': { sv: 'Värdet är inte giltigt', en: 'The value is not valid' },
  'validation.format.uuid': {
    sv: 'Ange ett id i formatet xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    en: 'Enter an id in the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
  },
  'validation.format.time': { sv: 'Ange en tid (TT:MM)', en: 'Enter a time (HH:MM)' },
  'validation.format': { sv: 'Värdet har fel format', en: 'The value has the wrong format' },
  'validation.key': { sv: 'Fältnamnet är inte tillåtet här', en: 'The field name is not allowed here' },
  // Input that can never be stored (checked where input enters, for every route).
  'validation.text.forbiddenCharacter': {
    sv: 'Texten innehåller ett otillåtet tecken (nolltecken eller ofullständigt Unicode-tecken)',
    en: 'The text contains a character that is not allowed (a null character or an incomplete Unicode character)',
  },
  'validation.tooDeep': { sv: 'Uppgifterna är för djupt nästlade', en: 'The input is nested too deeply' },
  'validation.file.single': { sv: 'Ladda upp en fil åt gången', en: 'Upload one file at a time' },
  'validation.file.incomplete': {
    sv: 'Filen kom inte fram hel: uppladdningen avbröts eller är felaktigt uppbyggd. Försök igen.',
    en: 'The file did not arrive whole: the upload was cut off or is malformed. Try again.',
  },
  'validation.file.tooManyParts': {
    sv: 'Uppladdningen innehåller för många delar; skicka bara filen',
    en: 'The upload has too many parts; send the file alone',
  },
  partner_not_linked: {
    sv: 'Ditt partnerkonto är inte kopplat till någon organisation. Kontakta förvaltningen.',
    en: 'Your partner account is not linked to an organisation. Contact the administration.',
  },
  partner_report_locked: {
    sv: 'Rapporten är inlämnad eller godkänd och kan inte ändras',
    en: 'The report has been submitted or approved and cannot be changed',
  },
  partner_report_not_submitted: {
    sv: 'Bara en inlämnad rapport kan godkännas eller skickas tillbaka',
    en: 'Only a submitted report can be approved or returned',
  },
  partner_report_incomplete: { sv: 'Rapporten är inte komplett', en: 'The report is not complete' },
  'validation.reportPeriod': { sv: 'Ange perioden som ÅÅÅÅ-H1, ÅÅÅÅ-H2 eller ÅÅÅÅ', en: 'Give the period as YYYY-H1, YYYY-H2 or YYYY' },
  'validation.partnerReport.returnComment': { sv: 'Skriv en kommentar till partnern om vad som behöver ändras', en: 'Write a comment telling the partner what needs to change' },
  'validation.followUpTextMissing': { sv: 'Skriv uppföljningen innan rapporten lämnas in', en: 'Write the follow-up before submitting the report' },
  'validation.financialReportMissing': {
    sv: 'Ladda upp organisationens ekonomiska redovisning för året innan årsrapporten lämnas in',
    en: "Upload the organisation's financial report for the year before submitting the year report",
  },
  'validation.financialReportYear': {
    sv: 'Den ekonomiska redovisningen hör till årsrapporten (period ÅÅÅÅ)',
    en: 'The financial report belongs to the year report (period YYYY)',
  },
  deviation_closed: { sv: 'Avvikelsen är avslutad och kan inte ändras', en: 'The deviation is closed and cannot be changed' },
  deviation_not_handled: {
    sv: 'Registrera ett beslut om avvikelsen innan den avslutas',
    en: 'Record a decision on the deviation before closing it',
  },
  deviation_decision_of_other_body: {
    sv: 'Beslutet hör inte till det organ som hanterar avvikelsen',
    en: 'The decision does not belong to the body handling the deviation',
  },
  'validation.userOrganisation': { sv: 'Organisationen finns inte i registret', en: 'The organisation is not in the register' },
  newsletter_already_sent: { sv: 'Nyheten är redan skickad och kan inte skickas eller ändras igen', en: 'The news item has been sent and cannot be sent or changed again' },
  'validation.newsletter.token': { sv: 'Länken är ofullständig. Kopiera hela länken från e-postmeddelandet.', en: 'The link is incomplete. Copy the whole link from the e-mail.' },
  question_no_body_above: {
    sv: 'Gruppen har ingen grupp över sig att lyfta frågan till. Frågor lyfts från kluster till operativ styrgrupp och vidare till strategisk styrgrupp.',
    en: 'The group has no group above it to raise the question to. Questions go from a cluster to the operative steering group and on to the strategic one.',
  },
  question_not_open: { sv: 'Frågan är redan besvarad eller lyft vidare', en: 'The question has already been answered or raised further' },
  decision_not_decided: {
    sv: 'Bara ett fattat beslut kan spridas till underliggande grupper',
    en: 'Only a decision that has been made can be spread to the groups below',
  },
  no_bodies_below: { sv: 'Det finns inga aktiva grupper under denna grupp att sprida beslutet till', en: 'There are no active groups below this group to spread the decision to' },
  not_body_member: {
    sv: 'Bara ledamöter i den mottagande gruppen kan markera beslutet som sett',
    en: 'Only members of the receiving group can mark the decision as seen',
  },
  'validation.question.decisionOfOtherBody': {
    sv: 'Beslutet hör inte till gruppen som frågan är ställd till',
    en: 'The decision does not belong to the group the question was raised to',
  },
  'validation.notification.duplicateType': { sv: 'Samma typ av avisering finns två gånger', en: 'The same kind of notification appears twice' },
  mail_not_failed: {
    sv: 'Bara ett misslyckat e-postmeddelande kan skickas igen',
    en: 'Only a failed e-mail can be sent again',
  },
  ...reportProblemMessages,
  ...employerControlProblemMessages,
  ...employerOfferProblemMessages,
  ...employerMembershipProblemMessages,
  ...partnerAccountProblemMessages,
  ...ssoProblemMessages,
  ...twoFactorProblemMessages,
  ...portalProblemMessages,
};

/**
 * The rule a message enforces, by message key or problem code: the problem document carries it as
 * `requirement` beside the words, so the sentence stays plain and the client can show a reference.
 */
export const messageRequirements: Record<string, string> = {
  employer_controls_unmet: 'EMP-2',
  offer_not_job_partnership: 'EMP-2',
  'validation.offerOutcome.employedExceedsStarted': 'EMP-4',
  'validation.jobTrack.agreement': 'EMP-4',
  ...employerMembershipRequirements,
  ...portalRequirements,
  'remediation_required': 'DEM-4',
  'not_responsible_manager': 'IOP-8',
  'validation.informal.compensation': 'FRM-3',
  'validation.vida.occasions': 'FRM-5',
  'validation.vida.exceptionManagerOnly': 'FRM-5',
  'validation.vida.exceptionResponsibleOnly': 'FRM-5',
  vida_outside_frame: 'FRM-5',
  vida_exception_manager_only: 'FRM-5',
  'validation.reservedContract.term': 'FRM-6',
  'validation.recommendation.informationItem': 'INI-3',
  'validation.responsibleManager': 'INI-6',
  'validation.financialReportMissing': 'IOP-9',
  'validation.measurement.exceedsTotal': 'AGR-6',
  'validation.measurement.genderSum': 'AGR-6',
  'follow_up_exists': 'AGR-5',
  'not_template_keeper': 'AGR-5',
  'validation.followUp.periodKind': 'AGR-5',
  'validation.followUp.body': 'AGR-5',
  'validation.followUp.iopOnly': 'IOP-7',
  'validation.followUp.iopPeriod': 'IOP-7',
  'validation.followUp.noTemplate': 'AGR-5',
  'validation.followUp.answers': 'AGR-5',
  'validation.followUp.templateBody': 'AGR-5',
  'validation.plan.unitRequired': 'AGR-2',
  'validation.plan.directionRequired': 'AGR-2',
  'validation.plan.expectedResultRequired': 'AGR-2',
  'plan_no_steering_body': 'IOP-6',
  'cycle_task_by_plan': 'IOP-7',
  'validation.economy.party': 'IOP-9',
  'validation.economy.meeting': 'IOP-9',
  welfare_value_not_applicable: 'FRM-7',
  deviation_not_handled: 'AGR-4',
  deviation_decision_of_other_body: 'AGR-4',
  newsletter_already_sent: 'IOP-10',
  question_no_body_above: 'AGR-8',
  question_not_open: 'AGR-8',
  decision_not_decided: 'AGR-8',
  no_bodies_below: 'AGR-8',
  not_body_member: 'AGR-8',
  'validation.question.decisionOfOtherBody': 'AGR-8',
  'validation.jobPartnership.notMember': 'EMP-2',
  'validation.employerControl.notApplicable': 'EMP-2',
  'validation.employerControl.evidence': 'EMP-2',
  'validation.employerControl.collectiveAgreement': 'EMP-2',
};

/** The rule a message key or problem code enforces, if it is one. */
export function requirementOf(key: string): string | undefined {
  return messageRequirements[key];
}

/** The text of a message key in a language; unknown keys are returned unchanged. */
export function translate(key: string, language: Language): string {
  return problemMessages[key]?.[language] ?? key;
}

/** The text of a message key with its `{name}` placeholders filled in. */
export function formatMessage(key: string, language: Language, values: Record<string, string>): string {
  return translate(key, language).replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
