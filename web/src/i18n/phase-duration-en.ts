import type { PhaseDurationMessages } from './phase-duration-nl';

export const phaseDurationEn: PhaseDurationMessages = {
  usual: (from: number, to: number, days: number) =>
    `This phase usually takes ${from === to ? from : `${from}–${to}`} working days; this application has been in it for ${days} ${days === 1 ? 'working day' : 'working days'}.`,
  basis: (cases: number) => `That is the middle half of the ${cases} applications that completed this phase in the past year.`,
};
