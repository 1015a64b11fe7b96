/** The insight page's charts (web/src/pages/InsightCharts.tsx): captions, screen-reader summaries and the legend. */
export const insightChartsNl = {
  legend: 'Legenda',
  tableBelow: 'De cijfers staan in de tabel onder de grafiek; met Tab komt u daar.',
  noData: 'Geen cijfers in deze periode, dus geen grafiek.',
  leadTimes: {
    title: 'Doorlooptijd van aanmelding tot besluit per kwartaal, in werkdagen',
    summary: (first: string, last: string) =>
      `Lijngrafiek van de mediaan, het 75e en het 90e percentiel van de doorlooptijd van aanmelding tot besluit, per kwartaal van ${first} tot en met ${last}. Een kwartaal zonder besluit heeft geen punt.`,
    tableCaption: 'Doorlooptijd van aanmelding tot besluit per kwartaal in werkdagen: mediaan, 75e en 90e percentiel',
    series: { median: 'Mediaan', p75: '75e percentiel', p90: '90e percentiel' },
  },
  throughput: {
    title: 'Instroom en uitkomsten per kwartaal',
    summary: (first: string, last: string) =>
      `Staafgrafiek per kwartaal van ${first} tot en met ${last}: per kwartaal vier staven, van links naar rechts aanmeldingen, toegelaten, erkend en gepubliceerd.`,
  },
  backlog: {
    title: 'Werkvoorraad per fase aan het eind van elke maand',
    summary: (first: string, last: string) =>
      `Lijngrafiek van het aantal aanvragen per fase (intake, beschrijven, beoordelen, commissie en besluit) aan het eind van elke maand, van ${first} tot en met ${last}.`,
  },
};

export type InsightChartsMessages = typeof insightChartsNl;
