import { describe, expect, it } from 'vitest';
import type { KernelApi, WorkshopOptions } from '../../../workers/api';
import { ok } from '../../../core/shared/errors';
import { WorkshopController } from '../../../src/state/workshop-controller';
import { FakeKernel } from './fake-kernel';

/** A kernel whose workshop calls are recorded. */
class WorkshopKernel extends FakeKernel {
  generated: WorkshopOptions[] = [];
  reveals = 0;
  override async generateWorkshop(options: WorkshopOptions) {
    this.generated.push(options);
    return ok([]);
  }
  override async revealAnswers() {
    this.reveals += 1;
    return ok({ rows: 42 });
  }
}

function setUp() {
  const kernel = new WorkshopKernel();
  let changes = 0;
  const host = { addController: () => undefined, requestUpdate: () => undefined } as never;
  const controller = new WorkshopController(
    host,
    () => kernel as KernelApi,
    () => {
      changes += 1;
    },
  );
  return { kernel, controller, changes: () => changes };
}

describe('WorkshopController', () => {
  it('generates with the scenarios that are on, at their rates', async () => {
    const { kernel, controller, changes } = setUp();
    controller.set({ seed: 9, lines: 20_000 });
    controller.setScenario('phantom-stay', { on: false });
    controller.setScenario('split-admission', { rate: 0.2 });
    await controller.generate();
    const options = kernel.generated[0]!;
    expect(options.seed).toBe(9);
    expect(options.lines).toBe(20_000);
    expect(options.scenarios['split-admission']).toBe(0.2);
    expect('phantom-stay' in options.scenarios).toBe(false);
    expect(controller.state.generation.status).toBe('done');
    expect(changes()).toBe(1);
  });

  it('reveals only after the confirmation step; backing out reveals nothing', async () => {
    const { kernel, controller } = setUp();
    await controller.confirmReveal();
    expect(kernel.reveals).toBe(0);
    controller.askReveal();
    expect(controller.state.reveal).toBe('confirming');
    controller.keepHidden();
    expect(controller.state.reveal).toBe('hidden');
    await controller.confirmReveal();
    expect(kernel.reveals).toBe(0);
    controller.askReveal();
    await controller.confirmReveal();
    expect(kernel.reveals).toBe(1);
    expect(controller.state.reveal).toBe('revealed');
    expect(controller.state.revealedRows).toBe(42);
  });
});
