import { describe, expect, it } from 'vitest';
import { TabPresence, type PresenceChannel } from '../../../src/state/tab-presence';

/**
 * BroadcastChannel as one origin has it: a message reaches every other open channel, never the sender.
 * Delivery is synchronous here, so the tests do not depend on timing.
 */
class FakeBus {
  readonly channels = new Set<{ listeners: ((event: MessageEvent) => void)[] }>();

  open(): PresenceChannel {
    const self = { listeners: [] as ((event: MessageEvent) => void)[] };
    this.channels.add(self);
    return {
      postMessage: (message) => {
        for (const other of [...this.channels])
          if (other !== self) for (const l of other.listeners) l({ data: message } as MessageEvent);
      },
      addEventListener: (_type, listener) => self.listeners.push(listener),
      close: () => this.channels.delete(self),
    };
  }
}

describe('TabPresence', () => {
  it('warns both tabs when they have the same notebook open, and stops when one goes', () => {
    const bus = new FakeBus();
    const a = new TabPresence(bus.open(), 'a');
    const b = new TabPresence(bus.open(), 'b');
    a.announce('审计 / Audit');
    expect(a.state.sharedWith).toBeUndefined();
    b.announce('审计 / Audit');
    expect(a.state.sharedWith).toBe('审计 / Audit');
    expect(b.state.sharedWith).toBe('审计 / Audit');
    b.leave();
    expect(a.state.sharedWith).toBeUndefined();
  });

  it('learns what the tabs already open have when it arrives', () => {
    const bus = new FakeBus();
    const a = new TabPresence(bus.open(), 'a');
    a.announce('claims.claimlens.md');
    const b = new TabPresence(bus.open(), 'b');
    b.announce('claims.claimlens.md');
    expect(b.state.sharedWith).toBe('claims.claimlens.md');
  });

  it('does not warn about different notebooks, and follows a tab that opens another', () => {
    const bus = new FakeBus();
    const a = new TabPresence(bus.open(), 'a');
    const b = new TabPresence(bus.open(), 'b');
    const changes: (string | undefined)[] = [];
    a.subscribe((s) => changes.push(s.sharedWith));
    a.announce('one.claimlens.md');
    b.announce('two.claimlens.md');
    expect(a.state.sharedWith).toBeUndefined();
    b.announce('one.claimlens.md');
    b.announce('three.claimlens.md');
    expect(changes).toEqual(['one.claimlens.md', undefined]);
  });

  it('ignores malformed messages', () => {
    const bus = new FakeBus();
    const a = new TabPresence(bus.open(), 'a');
    a.announce('x');
    const raw = bus.open();
    for (const message of [
      null,
      'x',
      { kind: 'here', notebook: 'x' },
      { kind: 'here', tab: 'z', notebook: 3 },
    ])
      raw.postMessage(message);
    expect(a.state.sharedWith).toBeUndefined();
  });
});
