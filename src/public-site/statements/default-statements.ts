import type { StatementKind } from './site-statement.entity.js';

/**
 * The first text of each statement, written by the migration; the admin keeps them up to date.
 * The accessibility statement follows the model of toegankelijkheidsverklaring.nl: the status,
 * the measures taken, the known problems, how to report one, and the enforcement procedure.
 */
export const DEFAULT_CONTACT_EMAIL = 'databank@movisie.example';

export const DEFAULT_STATEMENTS: Record<StatementKind, { nl: string; en: string }> = {
  accessibility: {
    nl: `Movisie wil dat iedereen de Databank Effectieve sociale interventies kan gebruiken. Daarom houden wij ons aan de Europese toegankelijkheidsnorm EN 301 549 en de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA.

## Status
Deze website voldoet gedeeltelijk aan de eisen (status B: voldoet gedeeltelijk). De openbare pagina's van de databank voldoen volgens onze eigen toets; een volledig onderzoek door een onafhankelijke partij is nog niet gedaan.

## Maatregelen
- Elke pagina wordt bij elke wijziging automatisch getoetst met axe-core op de WCAG 2.1-regels A en AA, op een breed scherm en een telefoonscherm.
- De pagina's werken zonder JavaScript, met alleen een toetsenbord en met een schermlezer.
- Wij gebruiken de componenten van NL Design System, die op toegankelijkheid zijn getoetst.
- Tekst en bediening hebben voldoende contrast; de pagina's zijn te vergroten tot 400% zonder dat inhoud verdwijnt.

## Bekende problemen
- Beschrijvingen van interventies komen van de eigenaren; niet elke beschrijving is in eenvoudige taal geschreven.
- PDF-bestanden die eigenaren aanleveren zijn niet altijd toegankelijk.

## Contact
Loopt u tegen een probleem aan, of hebt u een vraag over de toegankelijkheid van deze website? Mail ons via het adres hieronder. Wij reageren binnen 5 werkdagen en lossen het probleem zo snel mogelijk op, uiterlijk binnen 3 maanden.

## Handhavingsprocedure
Bent u niet tevreden over hoe wij uw melding hebben behandeld? Dan kunt u contact opnemen met de Nationale ombudsman.`,
    en: `Movisie wants everyone to be able to use the Databank of Effective Social Interventions. We therefore follow the European accessibility standard EN 301 549 and the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA.

## Status
This website partially complies with the requirements (status B: partially compliant). The public pages of the databank comply according to our own tests; a full evaluation by an independent party has not been done yet.

## Measures
- Every page is tested automatically with axe-core against the WCAG 2.1 A and AA rules on every change, on a wide screen and a phone screen.
- The pages work without JavaScript, with a keyboard only and with a screen reader.
- We use the components of NL Design System, which have been tested for accessibility.
- Text and controls have enough contrast; the pages can be zoomed to 400% without losing content.

## Known issues
- The descriptions of interventions come from their owners; not every description is written in plain language.
- PDF files supplied by owners are not always accessible.

## Contact
Do you run into a problem, or do you have a question about the accessibility of this website? Write to the address below. We answer within 5 working days and solve the problem as soon as we can, within 3 months at the latest.

## Enforcement procedure
If you are not satisfied with how we handled your report, you can contact the National Ombudsman (Nationale ombudsman).`,
  },
  privacy: {
    nl: `Movisie beheert de Databank Effectieve sociale interventies en het erkenningstraject. In deze verklaring leest u welke persoonsgegevens wij daarbij bewaren, waarom, hoe lang, en welke rechten u hebt.

## Welke gegevens
- Bezoekers van de openbare databank: wij bewaren geen persoonsgegevens en plaatsen geen cookies. De server houdt korte tijd technische logboeken bij (tijdstip, opgevraagde pagina, IP-adres) om storingen en misbruik te kunnen onderzoeken.
- Contactpersonen van erkende interventies: naam, organisatie en e-mailadres, die de eigenaar zelf opgeeft om op de openbare pagina te tonen.
- Gebruikers van het erkenningsportaal (indieners, begeleiders, beoordelaars, commissieleden, secretariaat): naam, e-mailadres, rol, een versleuteld wachtwoord, sessiegegevens en wat zij in het portaal doen (wie welke stap zette en wanneer).
- Beoordelaars: ook hun expertise, thema's en beschikbaarheid, en verklaringen over belangenverstrengeling.

## Waarom
Wij verwerken deze gegevens om interventies te kunnen beoordelen en erkennen, om deelnemers aan het traject te informeren en om erkende interventies openbaar te maken (algemeen belang en uitvoering van de afspraken met de indiener).

## Hoe lang
- Technische logboeken: hoogstens 30 dagen.
- Gegevens van een aanmelding en het besluit: zolang de erkenning geldt en daarna 7 jaar, voor bezwaar en verantwoording.
- Een account: tot u het opheft; daarna worden naam en e-mailadres verwijderd, behalve in besluiten die wij moeten bewaren.

## Uw rechten
U hebt het recht uw gegevens in te zien, te laten verbeteren of verwijderen, de verwerking te beperken, bezwaar te maken en uw gegevens mee te nemen. Stuur uw verzoek naar het adres hieronder; wij reageren binnen een maand. U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens.

## Contact
Vragen over privacy stuurt u naar het adres hieronder.`,
    en: `Movisie runs the Databank of Effective Social Interventions and the recognition track. This statement says which personal data we keep for them, why, for how long, and what your rights are.

## What data
- Visitors of the public databank: we keep no personal data and set no cookies. The server keeps technical logs for a short time (time, page requested, IP address) to investigate faults and abuse.
- Contact persons of recognised interventions: name, organisation and e-mail address, which the owner provides to be shown on the public page.
- Users of the recognition portal (applicants, coaches, reviewers, committee members, secretariat): name, e-mail address, role, a hashed password, session data and what they do in the portal (who took which step and when).
- Reviewers: also their expertise, themes and availability, and declarations of conflicts of interest.

## Why
We process these data to assess and recognise interventions, to inform the participants in the track and to publish recognised interventions (public interest and performance of the arrangements with the applicant).

## How long
- Technical logs: at most 30 days.
- The data of an application and its decision: as long as the recognition is valid and 7 years after that, for objections and accountability.
- An account: until you close it; then name and e-mail address are removed, except in decisions we must keep.

## Your rights
You have the right to access your data, to have them corrected or erased, to restrict processing, to object and to take your data with you. Send your request to the address below; we answer within one month. You can also complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).

## Contact
Send questions about privacy to the address below.`,
  },
};
