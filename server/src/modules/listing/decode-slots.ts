/** The queue is full, or the wait for a slot took too long: the caller should try again later. */
export class DecoderBusy extends Error {
  override name = 'DecoderBusy';
}

/**
 * A counting semaphore with a bounded queue and a bounded wait, for work that is heavy in memory
 * and CPU (decoding a photo): at most `slots` run at once, at most `queueLimit` wait, and none
 * waits longer than `waitMs`. A local class rather than a library: these few lines are the whole
 * of it, and the bounded queue and wait — the part that matters under abuse — are what the
 * common libraries (p-limit) leave out.
 */
export class DecodeSlots {
  private running = 0;
  private readonly waiting: { start: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(
    readonly slots: number,
    readonly queueLimit: number,
    readonly waitMs: number,
  ) {}

  /** How many run now and how many wait (for logs and tests). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** Runs `work` in a slot once one is free; DecoderBusy when the queue is full or the wait too long. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.slots) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.queueLimit) return Promise.reject(new DecoderBusy('the queue is full'));
    return new Promise((resolve, reject) => {
      const entry = {
        // The slot is handed over by release(): `running` stays the same.
        start: () => {
          clearTimeout(entry.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(new DecoderBusy('waited too long for a slot'));
        }, this.waitMs),
      };
      this.waiting.push(entry);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next.start();
    else this.running -= 1;
  }
}
