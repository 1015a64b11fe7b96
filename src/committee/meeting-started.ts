/** Whether a meeting has begun at `now`: from its start on, its committee can decide the cases on its agenda. */
export function meetingHasStarted(meeting: { startsAt: Date }, now: Date): boolean {
  return meeting.startsAt.getTime() <= now.getTime();
}
