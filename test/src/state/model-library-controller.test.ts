import { describe, expect, it } from 'vitest';
import type { ReactiveControllerHost } from 'lit';
import type { ModelInfo } from '../../../core/models/model-api-types';
import { ModelLibraryController } from '../../../src/state/model-library-controller';

function host(): ReactiveControllerHost & { updates: number } {
  return {
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      this.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
}

/** A load whose answers the test releases one by one, in any order. */
function deferredLoads() {
  const pending: ((library: ModelInfo[]) => void)[] = [];
  const load = () => new Promise<ModelInfo[]>((resolve) => pending.push(resolve));
  return { load, pending };
}

const lib = (id: string) => [{ id } as unknown as ModelInfo];

describe('ModelLibraryController', () => {
  it('reads the library once per key and again when a part of the key changes', async () => {
    const h = host();
    const { load, pending } = deferredLoads();
    const controller = new ModelLibraryController(h, load);
    const reports: unknown[] = [];
    controller.follow(['ready', reports]);
    controller.follow(['ready', reports]);
    expect(pending).toHaveLength(1);
    pending[0]?.(lib('summarize'));
    await Promise.resolve();
    expect(controller.library?.[0]?.id).toBe('summarize');
    expect(h.updates).toBe(1);
    controller.follow(['ready', [...reports]]);
    expect(pending).toHaveLength(2);
  });

  it('keeps the latest answer when an earlier one arrives late', async () => {
    const { load, pending } = deferredLoads();
    const controller = new ModelLibraryController(host(), load);
    controller.follow([1]);
    controller.follow([2]);
    pending[1]?.(lib('new'));
    await Promise.resolve();
    pending[0]?.(lib('old'));
    await Promise.resolve();
    expect(controller.library?.[0]?.id).toBe('new');
  });

  it('waits for a kernel before reading', () => {
    let kernel = false;
    const { load, pending } = deferredLoads();
    const controller = new ModelLibraryController(host(), () => (kernel ? load() : undefined));
    controller.follow([1]);
    expect(pending).toHaveLength(0);
    kernel = true;
    controller.follow([1]);
    expect(pending).toHaveLength(1);
  });
});
