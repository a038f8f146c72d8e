import { describe, expect, it } from 'vitest';
import { DecodeSlots, DecoderBusy } from '../src/modules/listing/decode-slots';

/** A promise opened by hand: work that lasts until the test releases it. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('DecodeSlots', () => {
  it('runs at most `slots` at once, the rest in order as slots free up', async () => {
    const slots = new DecodeSlots(2, 10, 10_000);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const gates = Array.from({ length: 6 }, gate);
    const runs = gates.map((g, i) =>
      slots.run(async () => {
        running += 1;
        most = Math.max(most, running);
        order.push(i);
        await g.opened;
        running -= 1;
        return i;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(slots.load).toEqual({ running: 2, waiting: 4 });
    for (const g of gates) {
      g.open();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(slots.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses when the queue is full, and a wait that lasts too long', async () => {
    const slots = new DecodeSlots(1, 1, 50);
    const held = gate();
    const first = slots.run(() => held.opened);
    const queued = slots.run(() => Promise.resolve('late'));
    await expect(slots.run(() => Promise.resolve('over'))).rejects.toBeInstanceOf(DecoderBusy);
    await expect(queued).rejects.toBeInstanceOf(DecoderBusy);
    held.open();
    await first;
    // The slot and the queue are free again.
    expect(slots.load).toEqual({ running: 0, waiting: 0 });
    expect(await slots.run(() => Promise.resolve('again'))).toBe('again');
  });

  it('frees the slot when the work fails', async () => {
    const slots = new DecodeSlots(1, 0, 50);
    await expect(slots.run(() => Promise.reject(new Error('corrupt')))).rejects.toThrow('corrupt');
    expect(await slots.run(() => Promise.resolve(1))).toBe(1);
  });
});
