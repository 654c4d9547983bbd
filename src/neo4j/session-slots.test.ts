import { SessionSlots } from './session-slots';

describe('SessionSlots', () => {
  it('lets at most `size` holders in at once and hands slots over in arrival order', async () => {
    const slots = new SessionSlots(2);
    const order: string[] = [];
    await slots.acquire();
    await slots.acquire();
    const third = slots.acquire().then(() => order.push('third'));
    const fourth = slots.acquire().then(() => order.push('fourth'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([]);
    slots.release();
    await third;
    expect(order).toEqual(['third']);
    slots.release();
    await fourth;
    expect(order).toEqual(['third', 'fourth']);
  });

  it('rejects a waiter with the signal reason when its request is aborted, and skips it afterwards', async () => {
    const slots = new SessionSlots(1);
    await slots.acquire();
    const controller = new AbortController();
    const waiting = slots.acquire(controller.signal);
    controller.abort(new Error('deadline'));
    await expect(waiting).rejects.toThrow('deadline');
    const next = slots.acquire();
    slots.release();
    await expect(next).resolves.toBeUndefined();
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => new SessionSlots(0)).toThrow('size must be a positive integer, but got: 0');
  });
});
