import type { Judgment } from '../review/review-criteria.js';
import type { LevelCode } from '../track/track.levels.js';

/** Where on the track the demo seeder leaves a case. */
export type DemoCaseStage = 'intake' | 'description' | 'submittedForAssessment' | 'underReview' | 'onAgenda' | 'published';

export interface DemoIntake {
  name: string;
  targetLevel: LevelCode;
  summary: string;
  goal: string;
  targetGroup: string;
  approach: string;
  themes: string[];
  yearsInPractice: number;
  organisationsCount: number;
  hasHandbook: boolean;
  handbookInDutch: boolean;
  hasProcessEvaluation: boolean;
}

/** One round of coach feedback on a section: the first draft, the comment, the owner's answer; the werkblad holds the revised text. */
export interface DemoFeedbackRound {
  sectionKey: string;
  firstDraft: string;
  comment: string;
  reply: string;
}

export interface DemoReview {
  reviewerEmail: string;
  judgments: Record<string, Judgment>;
  /** null: the reviewer proposes not to recognise (no level reached). */
  proposedLevel: LevelCode | null;
  feedbackForOwner: string;
  confidentialRemarks: string;
  /** false: left as a draft, so the reviewer still has work to do. */
  submit: boolean;
}

export interface DemoCase {
  stage: DemoCaseStage;
  intake: DemoIntake;
  /** Werkblad section key -> text. Cases that stop in the description phase have only some sections. */
  werkblad: Record<string, string>;
  feedback?: DemoFeedbackRound;
  /** Handbook (PDF) and process evaluation (DOCX) uploaded by the owner. */
  documents: { handbook: boolean; processEvaluation: boolean };
  /** The panel, in the order the reviewers accept (letters A, B, C). */
  reviews: DemoReview[];
  /** The chair's motivation of the decision (published case only). */
  decisionMotivation?: string;
}

export const DEMO_PRACTICE_REVIEWERS = ['beoordelaar@demo.nl', 'beoordelaar2@demo.nl', 'beoordelaar3@demo.nl'] as const;

/** What a practice reviewer typically writes per criterion of Goed beschreven, by judgment. */
export const DEMO_MOTIVATIONS: Record<string, Record<Judgment, string>> = {
  problem: {
    voldoende: 'Het probleem is helder beschreven, met cijfers uit de eigen gemeente en een aannemelijke analyse van de oorzaken.',
    twijfel: 'Het probleem wordt benoemd, maar de oorzaken blijven algemeen; lokale cijfers zouden de noodzaak beter onderbouwen.',
    onvoldoende: 'Het probleem wordt vooral als gegeven aangenomen; een analyse van oorzaken en omvang ontbreekt.',
  },
  target_group: {
    voldoende: 'De einddoelgroep en de intermediaire doelgroep zijn goed afgebakend, met duidelijke in- en exclusiecriteria.',
    twijfel: 'De einddoelgroep is duidelijk, maar wanneer iemand niet (meer) past, wordt niet beschreven.',
    onvoldoende: 'De doelgroep is zo breed omschreven dat onduidelijk is voor wie de interventie bedoeld is.',
  },
  goals: {
    voldoende: 'Hoofddoel en subdoelen zijn concreet en toetsbaar; de termijn is steeds genoemd.',
    twijfel: 'Het hoofddoel is helder; niet alle subdoelen zijn meetbaar geformuleerd.',
    onvoldoende: 'De doelen zijn intenties, geen toetsbare doelen.',
  },
  approach: {
    voldoende: 'Fasen, activiteiten, duur en contactmomenten zijn zo beschreven dat een andere organisatie de aanpak kan uitvoeren.',
    twijfel: 'De aanpak is op hoofdlijnen duidelijk; de frequentie en de duur van de bijeenkomsten verschillen per locatie en zijn niet vastgelegd.',
    onvoldoende: 'De aanpak is te globaal beschreven om haar elders uit te voeren.',
  },
  implementation: {
    voldoende: 'Materialen, scholing van de uitvoerders, kwaliteitsbewaking en kosten zijn volledig en realistisch beschreven.',
    twijfel: 'De randvoorwaarden zijn beschreven, maar de kosten per deelnemer ontbreken.',
    onvoldoende: 'Over scholing, begeleiding van de uitvoerders en kosten staat vrijwel niets.',
  },
  transferability: {
    voldoende: 'Het handboek en de beschrijving van wat minimaal nodig is maken de aanpak goed overdraagbaar.',
    twijfel: 'Overdraagbaar, mits de opbouwwerker die nu de spil is, ook elders beschikbaar is; dat wordt niet besproken.',
    onvoldoende: 'De aanpak leunt sterk op de huidige trekkers; hoe een andere organisatie begint, is niet beschreven.',
  },
  practice_experience: {
    voldoende: 'Meerjarige praktijkervaring op meerdere locaties, met een procesevaluatie onder deelnemers en uitvoerders.',
    twijfel: 'Er is praktijkervaring, maar de procesevaluatie is klein van opzet en op één locatie gedaan.',
    onvoldoende: 'De praktijkervaring is te kort en te beperkt om uitspraken over uitvoerbaarheid te doen.',
  },
  coherence: {
    voldoende: 'Doel, doelgroep en aanpak hangen logisch samen; de activiteiten sluiten aan bij de subdoelen.',
    twijfel: 'De samenhang is in grote lijnen aanwezig; bij één subdoel is niet duidelijk welke activiteit eraan bijdraagt.',
    onvoldoende: 'Het is niet duidelijk hoe de activiteiten tot de beoogde doelen leiden.',
  },
};

const ALL_SUFFICIENT: Record<string, Judgment> = {
  problem: 'voldoende',
  target_group: 'voldoende',
  goals: 'voldoende',
  approach: 'voldoende',
  implementation: 'voldoende',
  transferability: 'voldoende',
  practice_experience: 'voldoende',
  coherence: 'voldoende',
};

/**
 * The six demo cases of the demo owner (eigenaar@demo.nl, Stichting Samen Sterk), one per point
 * on the track a newcomer wants to try. Invented interventions; any likeness to a listed one is
 * coincidental.
 */
export const DEMO_CASES: readonly DemoCase[] = [
  {
    stage: 'intake',
    intake: {
      name: 'Buurtkamer De Ontmoeting',
      targetLevel: 'goed_beschreven',
      summary:
        'In de Buurtkamer ontmoeten bewoners elkaar vijf middagen per week in een huiskamer in de wijk. Vrijwilligers uit de buurt zijn gastvrouw of gastheer, een opbouwwerker ondersteunt hen. Wie binnenloopt, drinkt koffie, doet mee aan een activiteit of helpt zelf mee.',
      goal: 'Minder sociaal isolement bij bewoners van de wijk en meer onderling contact tussen buren.',
      targetGroup: 'Volwassen wijkbewoners met weinig sociale contacten, in het bijzonder alleenwonende ouderen en mensen die net in de wijk wonen.',
      approach:
        'Een vaste, laagdrempelige huiskamer met een weekprogramma dat bewoners zelf samenstellen; vrijwilligers leggen actief contact met nieuwe bezoekers en verwijzen door naar welzijn en zorg waar nodig.',
      themes: ['eenzaamheid', 'wijkontwikkeling'],
      yearsInPractice: 3,
      organisationsCount: 4,
      hasHandbook: true,
      handbookInDutch: true,
      hasProcessEvaluation: true,
    },
    werkblad: {},
    documents: { handbook: false, processEvaluation: false },
    reviews: [],
  },
  {
    stage: 'description',
    intake: {
      name: 'Rond met Geld',
      targetLevel: 'goed_beschreven',
      summary:
        'Getrainde vrijwillige geldcoaches helpen huishoudens met beginnende geldzorgen om overzicht te krijgen in hun inkomsten en uitgaven, voordat schulden ontstaan of oplopen. In acht tot twaalf huisbezoeken maken coach en deelnemer samen een plan.',
      goal: 'Huishoudens met beginnende geldzorgen krijgen en houden overzicht over hun financiën, zodat problematische schulden worden voorkomen.',
      targetGroup: 'Huishoudens met een laag inkomen en beginnende betalingsachterstanden, die (nog) niet bij de schuldhulpverlening bekend zijn.',
      approach:
        'Een vrijwillige geldcoach komt acht tot twaalf keer op huisbezoek: ordenen van de administratie, een maandbegroting, contact met schuldeisers en toeslagen aanvragen. Een beroepskracht begeleidt de coaches.',
      themes: ['armoede', 'schulden'],
      yearsInPractice: 5,
      organisationsCount: 6,
      hasHandbook: true,
      handbookInDutch: true,
      hasProcessEvaluation: true,
    },
    werkblad: {
      summary:
        'Rond met Geld is een aanpak waarin getrainde vrijwilligers, de geldcoaches, huishoudens met beginnende geldzorgen thuis helpen om overzicht te krijgen en te houden. Coach en deelnemer ordenen samen de administratie, maken een maandbegroting en pakken achterstanden aan voordat die uitgroeien tot problematische schulden. Een traject duurt drie tot zes maanden. Een beroepskracht van de welzijnsorganisatie werft, traint en begeleidt de coaches en houdt contact met de schuldhulpverlening van de gemeente.',
      problem_and_target_group:
        'Veel huishoudens met een laag inkomen lopen achterstanden op die zij uit schaamte of gebrek aan overzicht te lang laten liggen. Als zij bij de schuldhulpverlening aankloppen, zijn de schulden vaak al hoog. De einddoelgroep bestaat uit huishoudens met beginnende betalingsachterstanden die nog niet bij de schuldhulpverlening bekend zijn. De intermediaire doelgroep zijn de vrijwillige geldcoaches en de professionals die huishoudens naar Rond met Geld verwijzen.',
      goals:
        'Hoofddoel: deelnemers hebben na afloop van het traject overzicht over hun financiën en lopen geen nieuwe achterstanden op. Subdoelen: deelnemers hebben een geordende administratie, een sluitende maandbegroting en maken gebruik van de toeslagen en regelingen waar zij recht op hebben.',
      approach:
        'Fase 1 (kennismaking, één à twee bezoeken): de coach brengt samen met de deelnemer de situatie in kaart. Fase 2 (ordenen, drie à vier bezoeken): de administratie wordt geordend en er komt een maandbegroting.',
    },
    documents: { handbook: true, processEvaluation: false },
    reviews: [],
  },
  {
    stage: 'submittedForAssessment',
    intake: {
      name: 'Mantelzorg in Balans',
      targetLevel: 'goed_beschreven',
      summary:
        'Mantelzorgers die overbelast dreigen te raken, volgen een groepstraject van zes bijeenkomsten onder leiding van een mantelzorgconsulent, aangevuld met een persoonlijk balansgesprek. Zij leren grenzen stellen, hulp vragen en respijtzorg regelen.',
      goal: 'Mantelzorgers houden de zorg voor hun naaste langer vol zonder zelf overbelast te raken.',
      targetGroup: 'Mantelzorgers van thuiswonende ouderen die zich (dreigend) overbelast voelen.',
      approach:
        'Een intakegesprek met de balansmeter, zes groepsbijeenkomsten van twee uur in drie maanden, een persoonlijk balansgesprek na de vierde bijeenkomst en een terugkombijeenkomst na drie maanden.',
      themes: ['informele-zorg', 'ouderen'],
      yearsInPractice: 4,
      organisationsCount: 5,
      hasHandbook: true,
      handbookInDutch: true,
      hasProcessEvaluation: true,
    },
    werkblad: {
      summary:
        'Mantelzorg in Balans ondersteunt mantelzorgers van thuiswonende ouderen die overbelast dreigen te raken. In een groepstraject van zes bijeenkomsten, begeleid door een mantelzorgconsulent, leren deelnemers signalen van overbelasting herkennen, grenzen stellen, hulp vragen aan hun omgeving en respijtzorg regelen. Een persoonlijk balansgesprek vertaalt het geleerde naar de eigen situatie. De aanpak wordt uitgevoerd door steunpunten mantelzorg in vijf gemeenten.',
      problem_and_target_group:
        'Ongeveer één op de tien mantelzorgers voelt zich zwaar belast. Overbelasting leidt tot gezondheidsklachten bij de mantelzorger en tot eerdere opname van de naaste. Mantelzorgers vragen vaak pas hulp als het al te laat is. De einddoelgroep bestaat uit mantelzorgers van thuiswonende ouderen die op de balansmeter een verhoogde belasting aangeven. Mantelzorgers in een acute crisis worden doorverwezen naar de wijkverpleging of het sociaal wijkteam.',
      goals:
        'Hoofddoel: na zes maanden ervaart ten minste 60% van de deelnemers een lagere belasting op de balansmeter dan bij de intake. Subdoelen: na het traject heeft elke deelnemer een persoonlijk balansplan, weet hij welke respijtzorg er is en heeft hij ten minste één persoon uit zijn omgeving gevraagd een taak over te nemen.',
      approach:
        'Intake: een gesprek van een uur met de balansmeter. Groepstraject: zes bijeenkomsten van twee uur in drie maanden, met acht tot twaalf deelnemers, over draagkracht en draaglast, grenzen stellen, hulp vragen, respijtzorg en omgaan met gevoelens van schuld. Na de vierde bijeenkomst volgt een persoonlijk balansgesprek. Drie maanden na de laatste bijeenkomst is er een terugkombijeenkomst.',
      implementation:
        'De mantelzorgconsulent heeft een hbo-opleiding in het sociaal werk en volgt een train-de-trainerdag. Materialen: het handboek, de werkmap voor deelnemers en de balansmeter. De bijeenkomsten vinden plaats in een buurtcentrum; voor de naaste wordt zo nodig vervangende zorg geregeld. Kosten: ongeveer 450 euro per deelnemer, vooral uren van de consulent.',
      foundation:
        'De aanpak bouwt op het draagkracht-draaglastmodel: overbelasting ontstaat als de belasting de draagkracht overstijgt. Het groepstraject vergroot de draagkracht (kennis, vaardigheden, steun van lotgenoten) en verkleint de draaglast (taken delen, respijtzorg).',
      research:
        'Mantelzorg in Balans wordt sinds 2021 uitgevoerd. Een procesevaluatie in 2023 onder 64 deelnemers en 9 consulenten liet zien dat de aanpak goed uitvoerbaar is; deelnemers waardeerden vooral de uitwisseling met lotgenoten. Effectonderzoek is nog niet gedaan.',
      active_elements:
        'Lotgenotencontact in een vaste groep; oefenen met het stellen van grenzen en het vragen van hulp; een persoonlijk balansplan; concrete kennis van respijtzorg in de eigen gemeente.',
      references:
        'Movisie (2022). Mantelzorgondersteuning: wat werkt. Utrecht: Movisie. Sociaal en Cultureel Planbureau (2020). Mantelzorgers in het vizier. Den Haag: SCP.',
      tailoring:
        'Minimaal nodig: zes groepsbijeenkomsten, het balansgesprek en de balansmeter. Lokaal aan te passen: de plaats en tijd van de bijeenkomsten en de voorbeelden van respijtzorg.',
      output_and_outcome:
        'Output: aantal deelnemers, aantal bijeenkomsten, opkomst per bijeenkomst. Outcome: belasting op de balansmeter bij intake, na het traject en na zes maanden.',
    },
    feedback: {
      sectionKey: 'goals',
      firstDraft: 'Hoofddoel: mantelzorgers voelen zich minder belast. Subdoelen: deelnemers krijgen meer inzicht in hun situatie en vragen vaker hulp.',
      comment: 'Maak het hoofddoel en de subdoelen meetbaar: hoeveel deelnemers, na welke termijn, en waaraan zie je het?',
      reply: 'Aangepast: het hoofddoel is nu gekoppeld aan de balansmeter en elk subdoel heeft een concreet resultaat.',
    },
    documents: { handbook: true, processEvaluation: true },
    reviews: [],
  },
  {
    stage: 'underReview',
    intake: {
      name: 'Samen aan Tafel',
      targetLevel: 'goed_beschreven',
      summary:
        'Eenzame ouderen eten één keer per week samen met buurtgenoten een maaltijd die vrijwilligers koken in een buurthuis of bij iemand thuis. De maaltijd is het begin van nieuwe contacten: een vrijwillige tafelgenoot houdt tussen de maaltijden contact.',
      goal: 'Minder eenzaamheid bij alleenwonende ouderen door nieuwe, duurzame contacten in de eigen buurt.',
      targetGroup: 'Alleenwonende ouderen van 65 jaar en ouder die zich eenzaam voelen, en de buurtbewoners die als vrijwilliger meedoen.',
      approach:
        'Wekelijkse maaltijden aan tafels van zes tot acht personen, een vaste tafelgenoot per deelnemer en, na drie maanden, samen met de deelnemer een plan voor contacten buiten de maaltijd.',
      themes: ['eenzaamheid', 'ouderen'],
      yearsInPractice: 6,
      organisationsCount: 8,
      hasHandbook: true,
      handbookInDutch: true,
      hasProcessEvaluation: true,
    },
    werkblad: {
      summary:
        'Samen aan Tafel brengt alleenwonende ouderen die zich eenzaam voelen wekelijks samen aan tafel met buurtgenoten. Vrijwilligers koken en eten mee in een buurthuis of bij een gastgezin thuis. Elke deelnemer heeft een vaste tafelgenoot die ook tussen de maaltijden contact houdt. Na drie maanden maken deelnemer en tafelgenoot samen een plan voor contacten buiten de maaltijd, zodat de deelnemer niet van de maaltijd afhankelijk blijft. Een welzijnswerker werft deelnemers en vrijwilligers en bewaakt de kwaliteit.',
      problem_and_target_group:
        'Bijna de helft van de 75-plussers voelt zich eenzaam, één op de tien ernstig. Eenzaamheid hangt samen met een slechtere gezondheid en minder eigen regie. Veel ouderen durven niet alleen naar een activiteit te gaan. De einddoelgroep bestaat uit alleenwonende ouderen van 65 jaar en ouder die zich eenzaam voelen. De intermediaire doelgroep zijn de vrijwilligers en de verwijzers: huisartsen, wijkverpleging en ouderenadviseurs.',
      goals:
        'Hoofddoel: na zes maanden scoort ten minste de helft van de deelnemers lager op de eenzaamheidsschaal van De Jong Gierveld dan bij de start. Subdoelen: na drie maanden heeft elke deelnemer ten minste twee nieuwe contacten in de buurt; na zes maanden heeft 70% van de deelnemers ook buiten de maaltijd wekelijks contact met een buurtgenoot.',
      approach:
        'Een welzijnswerker bezoekt nieuwe deelnemers thuis en koppelt hen aan een tafel en een vaste tafelgenoot. Elke week is er een maaltijd van twee uur aan tafels van zes tot acht personen. De tafelgenoot belt of bezoekt de deelnemer tussen de maaltijden. Na drie maanden volgt een gesprek over contacten buiten de maaltijd; na zes maanden een evaluatiegesprek.',
      implementation:
        'Per locatie zijn een welzijnswerker (vier uur per week) en acht tot twaalf vrijwilligers nodig. Vrijwilligers volgen een training van twee dagdelen over eenzaamheid, gespreksvoering en hygiëne in de keuken. Deelnemers betalen vijf euro per maaltijd. De kosten per locatie zijn ongeveer 9.000 euro per jaar.',
      foundation:
        'Eenzaamheid vermindert door het aangaan van nieuwe relaties en door het versterken van bestaande. Gezamenlijke maaltijden bieden een vanzelfsprekende aanleiding voor contact, en een vaste tafelgenoot verlaagt de drempel om te komen.',
      research:
        'Samen aan Tafel draait sinds 2019 op acht locaties. Een procesevaluatie in 2022 (interviews met 40 deelnemers, 25 vrijwilligers en 6 welzijnswerkers) toonde dat de aanpak goed uitvoerbaar is en dat de vaste tafelgenoot het meest gewaardeerde onderdeel is.',
      active_elements:
        'Regelmaat van een wekelijkse maaltijd; een vaste tafelgenoot; kleine tafels waaraan iedereen aan het woord komt; bewuste aandacht voor contacten buiten de maaltijd.',
      references:
        'De Jong Gierveld, J. & Van Tilburg, T. (2008). De ingekorte schalen voor algemene, emotionele en sociale eenzaamheid. Tijdschrift voor Gerontologie en Geriatrie, 39, 4-15. Movisie (2021). Wat werkt bij het verminderen van eenzaamheid. Utrecht: Movisie.',
      tailoring:
        'Minimaal nodig: een wekelijkse maaltijd, kleine tafels en een vaste tafelgenoot. Lokaal aan te passen: de locatie, het menu, de eigen bijdrage en of er bij gastgezinnen thuis wordt gegeten.',
      output_and_outcome:
        'Output: aantal deelnemers, maaltijden en vrijwilligers per locatie. Outcome: eenzaamheid op de schaal van De Jong Gierveld bij de start, na drie en na zes maanden; aantal contacten buiten de maaltijd.',
    },
    feedback: {
      sectionKey: 'goals',
      firstDraft: 'Hoofddoel: ouderen voelen zich minder eenzaam. Subdoel: deelnemers leggen nieuwe contacten.',
      comment: 'Hoe ga je meten dat deelnemers zich minder eenzaam voelen? Noem de schaal, de termijn en het aandeel deelnemers.',
      reply: 'Hoofddoel en subdoelen zijn nu meetbaar gemaakt met de schaal van De Jong Gierveld.',
    },
    documents: { handbook: true, processEvaluation: true },
    reviews: [
      {
        reviewerEmail: 'beoordelaar3@demo.nl',
        judgments: { ...ALL_SUFFICIENT, implementation: 'twijfel' },
        proposedLevel: 'goed_beschreven',
        feedbackForOwner:
          'Een heldere, goed uitvoerbare aanpak. Vul bij de uitvoering nog aan wat een nieuwe locatie in het eerste jaar aan begeleiding nodig heeft.',
        confidentialRemarks: 'Ik ken de aanpak uit de praktijk in Noord; de beschrijving klopt met wat ik daar zie.',
        submit: true,
      },
      {
        reviewerEmail: 'beoordelaar@demo.nl',
        judgments: { problem: 'voldoende', target_group: 'voldoende', goals: 'voldoende' },
        proposedLevel: null,
        feedbackForOwner: '',
        confidentialRemarks: '',
        submit: false,
      },
    ],
  },
  {
    stage: 'onAgenda',
    intake: {
      name: 'Sterke Buren',
      targetLevel: 'goed_beschreven',
      summary:
        'Bewoners van een straat of portiek worden buurtcontactpersoon: zij kennen hun buren, merken op wie hulp nodig heeft en brengen buren met elkaar in contact. Een opbouwwerker traint en ondersteunt hen. Zo ontstaat een netwerk van burenhulp in de wijk.',
      goal: 'Meer onderlinge hulp en betrokkenheid tussen buren, zodat kwetsbare bewoners eerder en dichtbij hulp krijgen.',
      targetGroup: 'Bewoners van wijken met weinig sociale samenhang, en in het bijzonder kwetsbare bewoners die weinig netwerk hebben.',
      approach:
        'Werving en training van buurtcontactpersonen per straat of portiek, maandelijkse intervisie, een buurtapp en twee straatactiviteiten per jaar.',
      themes: ['wijkontwikkeling', 'vrijwillige-inzet'],
      yearsInPractice: 7,
      organisationsCount: 3,
      hasHandbook: true,
      handbookInDutch: true,
      hasProcessEvaluation: true,
    },
    werkblad: {
      summary:
        'Sterke Buren versterkt de onderlinge hulp in wijken met weinig sociale samenhang. Per straat of portiek worden bewoners buurtcontactpersoon: zij kennen hun buren, signaleren wie hulp nodig heeft en brengen vraag en aanbod van burenhulp bij elkaar. Een opbouwwerker werft en traint de buurtcontactpersonen en organiseert maandelijkse intervisie. Twee keer per jaar organiseren de buurtcontactpersonen met hun buren een straatactiviteit. Sterke Buren wordt in drie gemeenten uitgevoerd door welzijnsorganisaties.',
      problem_and_target_group:
        'In veel wijken kennen buren elkaar nauwelijks. Kwetsbare bewoners, zoals ouderen, mensen met een beperking en nieuwkomers, hebben daardoor weinig mensen om op terug te vallen en komen pas laat in beeld bij hulpverleners. De einddoelgroep bestaat uit de bewoners van de wijk, in het bijzonder kwetsbare bewoners met een klein netwerk. De intermediaire doelgroep zijn de buurtcontactpersonen.',
      goals:
        'Hoofddoel: na twee jaar geeft 30% meer bewoners in de deelnemende straten aan dat zij een buur om hulp kunnen vragen dan bij de start. Subdoelen: in elke deelnemende straat is binnen een jaar een getrainde buurtcontactpersoon actief; per straat komen jaarlijks ten minste vijf hulpvragen tot stand tussen buren.',
      approach:
        'Fase 1 (drie maanden): de opbouwwerker gaat langs de deuren, brengt de straat in kaart en werft buurtcontactpersonen. Fase 2: de buurtcontactpersonen volgen een training van drie avonden. Fase 3 (doorlopend): buurtcontactpersonen leggen contacten, koppelen vraag en aanbod en komen maandelijks bijeen voor intervisie. Twee keer per jaar is er een straatactiviteit.',
      implementation:
        'Per wijk is een opbouwwerker nodig voor twaalf uur per week. Materialen: het handboek, het trainingsprogramma en een buurtapp. Buurtcontactpersonen krijgen een vrijwilligersverzekering en een kleine onkostenvergoeding. De kosten zijn ongeveer 25.000 euro per wijk per jaar.',
      foundation:
        'Sociale netwerktheorie laat zien dat zwakke bindingen tussen buren een belangrijke bron van praktische hulp zijn. Een vast aanspreekpunt in de straat verlaagt de drempel om hulp te vragen en te bieden.',
      research:
        'Sterke Buren draait sinds 2018. Een procesevaluatie in 2021 in vier wijken (enquête onder 310 bewoners, interviews met 22 buurtcontactpersonen) toonde dat de aanpak uitvoerbaar is en dat bewoners de buurtcontactpersoon weten te vinden.',
      active_elements:
        'Een vast, bekend gezicht per straat; actief langs de deuren gaan; intervisie die buurtcontactpersonen ondersteunt en vasthoudt; gezamenlijke activiteiten die buren aan elkaar voorstellen.',
      references:
        'Granovetter, M. (1973). The strength of weak ties. American Journal of Sociology, 78(6), 1360-1380. Movisie (2020). Burenhulp: hoe versterk je die? Utrecht: Movisie.',
      tailoring:
        'Minimaal nodig: buurtcontactpersonen per straat of portiek, de training en maandelijkse intervisie. Lokaal aan te passen: de buurtapp, de straatactiviteiten en de grootte van het gebied per buurtcontactpersoon.',
      output_and_outcome:
        'Output: aantal buurtcontactpersonen, trainingen, intervisiebijeenkomsten en gekoppelde hulpvragen. Outcome: het aandeel bewoners dat een buur om hulp kan vragen, gemeten met een bewonersenquête bij de start en na twee jaar.',
    },
    feedback: {
      sectionKey: 'goals',
      firstDraft: 'Hoofddoel: buren helpen elkaar meer. Subdoel: er zijn buurtcontactpersonen in de wijk.',
      comment: 'Geef aan hoeveel meer burenhulp je verwacht en hoe je dat meet; “meer” is niet toetsbaar.',
      reply: 'Het hoofddoel is nu gekoppeld aan de bewonersenquête, met een termijn en een percentage.',
    },
    documents: { handbook: true, processEvaluation: true },
    reviews: [
      {
        reviewerEmail: 'beoordelaar@demo.nl',
        judgments: ALL_SUFFICIENT,
        proposedLevel: 'goed_beschreven',
        feedbackForOwner:
          'Een sterke beschrijving met een duidelijke fasering. Het handboek maakt goed duidelijk wat een buurtcontactpersoon wel en niet doet.',
        confidentialRemarks: 'Geen bijzonderheden; ik adviseer erkenning op Goed beschreven.',
        submit: true,
      },
      {
        reviewerEmail: 'beoordelaar2@demo.nl',
        judgments: { ...ALL_SUFFICIENT, transferability: 'twijfel' },
        proposedLevel: 'goed_beschreven',
        feedbackForOwner:
          'Goed beschreven en goed onderbouwd vanuit de praktijk. Beschrijf nog wat een nieuwe gemeente nodig heeft om te starten zonder de huidige trekkers.',
        confidentialRemarks: 'De overdraagbaarheid hangt nu sterk aan één ervaren opbouwwerker; geen reden om niet te erkennen.',
        submit: true,
      },
      {
        reviewerEmail: 'beoordelaar3@demo.nl',
        judgments: { ...ALL_SUFFICIENT, goals: 'twijfel', practice_experience: 'onvoldoende' },
        proposedLevel: null,
        feedbackForOwner:
          'De aanpak is sympathiek en helder, maar de procesevaluatie zegt weinig over de kwetsbare bewoners om wie het gaat. Onderzoek of zij de buurtcontactpersoon ook echt bereiken.',
        confidentialRemarks: 'Ik twijfel of de aanpak de kwetsbaarste bewoners bereikt; de enquête laat vooral actieve bewoners zien.',
        submit: true,
      },
    ],
  },
  {
    stage: 'published',
    intake: {
      name: 'Taalcafé De Brug',
      targetLevel: 'goed_beschreven',
      summary:
        'Volwassenen die moeite hebben met Nederlands praten en lezen, oefenen wekelijks in kleine groepen met getrainde vrijwilligers, aan de hand van onderwerpen uit het dagelijks leven: de huisarts, de school van de kinderen, brieven van de gemeente.',
      goal: 'Volwassenen met beperkte taalvaardigheid durven en kunnen zich beter redden in alledaagse situaties en doen meer mee in de buurt.',
      targetGroup: 'Volwassen laaggeletterden en anderstaligen die de basis van het Nederlands beheersen maar weinig oefenkansen hebben.',
      approach:
        'Wekelijkse taalcafés van anderhalf uur in een bibliotheek of buurthuis, in groepjes van vier met een vrijwillige gespreksleider, met thema’s die de deelnemers zelf kiezen en een uitstapje per kwartaal.',
      themes: ['basisvaardigheden', 'maatschappelijke-participatie'],
      yearsInPractice: 8,
      organisationsCount: 12,
      hasHandbook: true,
      handbookInDutch: true,
      hasProcessEvaluation: true,
    },
    werkblad: {
      summary:
        'Taalcafé De Brug biedt volwassenen met beperkte taalvaardigheid een veilige plek om Nederlands te oefenen. Elke week komen deelnemers anderhalf uur samen in een bibliotheek of buurthuis. In groepjes van vier praten zij met een getrainde vrijwillige gespreksleider over onderwerpen uit het dagelijks leven, zoals een gesprek met de huisarts, een ouderavond of een brief van de gemeente. Eens per kwartaal gaan deelnemers samen op pad in de buurt. Het taalcafé is een aanvulling op taalles: het gaat om durven spreken en meedoen. Taalcafé De Brug wordt uitgevoerd door bibliotheken en welzijnsorganisaties in twaalf gemeenten.',
      problem_and_target_group:
        'Ruim twee miljoen volwassenen in Nederland hebben moeite met lezen, schrijven of rekenen. Wie de taal niet goed spreekt, mijdt contact met instanties en buren en doet minder mee in de samenleving. Na een taalcursus ontbreekt het vaak aan gelegenheid om te oefenen. De einddoelgroep bestaat uit volwassen laaggeletterden en anderstaligen met basiskennis van het Nederlands (ongeveer niveau A1). De intermediaire doelgroep zijn de vrijwillige gespreksleiders.',
      goals:
        'Hoofddoel: na een half jaar deelname geeft ten minste 70% van de deelnemers aan zich zekerder te voelen bij het spreken van Nederlands in alledaagse situaties. Subdoelen: deelnemers voeren na drie maanden zelfstandig een eenvoudig gesprek over een alledaags onderwerp; na een half jaar doet de helft van de deelnemers mee aan een activiteit in de buurt buiten het taalcafé.',
      approach:
        'Deelnemers melden zich aan via de bibliotheek, taalaanbieders of het sociaal wijkteam en hebben een kennismakingsgesprek. Elke week is er een taalcafé van anderhalf uur in groepjes van vier met één gespreksleider. De groep kiest elke maand een thema. Eens per kwartaal is er een uitstapje in de buurt. Na drie en na zes maanden bespreekt de coördinator met de deelnemer de voortgang.',
      implementation:
        'Per locatie zijn een coördinator (zes uur per week) en zes tot tien vrijwillige gespreksleiders nodig. Gespreksleiders volgen een basistraining van drie dagdelen over gespreksvoering en taalniveaus. Materialen: het handboek, themakaarten en een oefenmap. Deelname is gratis; de kosten per locatie zijn ongeveer 12.000 euro per jaar.',
      foundation:
        'Taalvaardigheid groeit door veel en betekenisvol oefenen in een veilige omgeving. Kleine groepen en een vaste gespreksleider verlagen spreekangst, en onderwerpen uit het eigen leven maken het geleerde direct bruikbaar.',
      research:
        'Taalcafé De Brug draait sinds 2017. Een procesevaluatie in 2022 op vijf locaties (vragenlijsten onder 120 deelnemers, interviews met 30 gespreksleiders en 5 coördinatoren) laat zien dat de aanpak goed uitvoerbaar is; 78% van de deelnemers zei zich na een half jaar zekerder te voelen bij het spreken.',
      active_elements:
        'Kleine groepen met een vaste gespreksleider; thema’s uit het dagelijks leven die deelnemers zelf kiezen; regelmaat; samen de buurt in om het geleerde toe te passen.',
      references:
        'Stichting Lezen & Schrijven (2023). Factsheet laaggeletterdheid in Nederland. Den Haag. Movisie (2021). Taal en meedoen: werkzame elementen van taalinterventies. Utrecht: Movisie.',
      tailoring:
        'Minimaal nodig: wekelijkse bijeenkomsten, groepjes van hoogstens vier deelnemers per gespreksleider en de basistraining. Lokaal aan te passen: de locatie, het tijdstip, de thema’s en de uitstapjes.',
      output_and_outcome:
        'Output: aantal deelnemers, bijeenkomsten en gespreksleiders per locatie. Outcome: zelfvertrouwen bij het spreken, gemeten met een korte vragenlijst bij de start en na zes maanden; deelname aan activiteiten in de buurt.',
    },
    feedback: {
      sectionKey: 'goals',
      firstDraft: 'Hoofddoel: deelnemers spreken beter Nederlands. Subdoel: deelnemers doen meer mee in de buurt.',
      comment: '“Beter Nederlands spreken” is lastig te toetsen. Kies een doel dat je met de vragenlijst kunt meten, en noem de termijn.',
      reply: 'Het hoofddoel gaat nu over zelfvertrouwen bij het spreken, gemeten met de vragenlijst na een half jaar.',
    },
    documents: { handbook: true, processEvaluation: true },
    reviews: [
      {
        reviewerEmail: 'beoordelaar@demo.nl',
        judgments: ALL_SUFFICIENT,
        proposedLevel: 'goed_beschreven',
        feedbackForOwner: 'Een overtuigende, goed overdraagbare beschrijving. De themakaarten in het handboek zijn een sterk hulpmiddel.',
        confidentialRemarks: 'Ik adviseer erkenning op Goed beschreven.',
        submit: true,
      },
      {
        reviewerEmail: 'beoordelaar2@demo.nl',
        judgments: { ...ALL_SUFFICIENT, implementation: 'twijfel' },
        proposedLevel: 'goed_beschreven',
        feedbackForOwner: 'Goed beschreven. Maak bij de uitvoering duidelijker hoe gespreksleiders begeleid worden na de basistraining.',
        confidentialRemarks: 'Geen bezwaren.',
        submit: true,
      },
      {
        reviewerEmail: 'beoordelaar3@demo.nl',
        judgments: ALL_SUFFICIENT,
        proposedLevel: 'goed_beschreven',
        feedbackForOwner: 'Helder en praktisch. Overweeg voor een volgende stap een effectmeting met een voor- en nameting.',
        confidentialRemarks: 'Kandidaat voor Goed onderbouwd bij een volgende beoordeling.',
        submit: true,
      },
    ],
    decisionMotivation: 'De commissie volgt het eensluidende oordeel van het panel: de interventie is helder beschreven en goed uitvoerbaar.',
  },
];
