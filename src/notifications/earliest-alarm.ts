/** setTimeout's longest delay; a longer one would fire at once. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * One timer that goes off at the earliest time anyone asked for since it last went off. Asking
 * for a later time than the one set changes nothing, so a stale request only costs an early wake.
 */
export class EarliestAlarm {
  private timer: NodeJS.Timeout | null = null;
  private at = Infinity;
  private stopped = false;

  constructor(private readonly ring: () => void) {}

  /** Go off at `at` (epoch ms, local clock) at the latest. */
  request(at: number): void {
    if (this.stopped || at >= this.at) return;
    this.at = at;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.at = Infinity;
        this.ring();
      },
      Math.min(MAX_DELAY_MS, Math.max(0, at - Date.now())),
    );
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
