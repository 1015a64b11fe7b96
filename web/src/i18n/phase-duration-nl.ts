/** The application page's line on the usual duration of the phase (web/src/components/PhaseDuration.tsx). */
export const phaseDurationNl = {
  usual: (from: number, to: number, days: number) =>
    `Meestal duurt deze fase ${from === to ? from : `${from}–${to}`} werkdagen; deze aanvraag is er nu ${days} ${days === 1 ? 'werkdag' : 'werkdagen'} in.`,
  basis: (cases: number) => `Dat is de middelste helft van de ${cases} aanvragen die deze fase het afgelopen jaar afrondden.`,
};

export type PhaseDurationMessages = typeof phaseDurationNl;
