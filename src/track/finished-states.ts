/**
 * States in which an application's case is over: nothing more will be decided in it, so it no
 * longer takes a coach's time, the people in it may be erased and their remarks may age out.
 * `decided.recognised` still waits for publication and `decided.deferred` for a revision, so they
 * are not finished. (CLOSED_STATES in track.snapshot.ts leaves out the published states: a
 * listing's re-assessment can still start from them.)
 */
export const FINISHED_STATES = [
  'notAdmitted',
  'withdrawn',
  'lapsed',
  'expired',
  'decided.notRecognised',
  'published.listed',
  'published.reassessmentDue',
] as const;
