import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  AppError,
  KernelApi,
  ScenarioId,
  ScoreLevel,
  WorkshopProgress,
  WorkshopScore,
} from '../../workers/api';
import { WORKSHOP_LINES } from '../../workers/api';
import { SCENARIO_CATALOG } from '../../workers/generator/scenarios/scenario-catalog';
import { toAppError } from '../../core/shared/errors';
import { newJobId, type JobId } from '../../core/shared/ids';

/** One scenario's setting in the form. */
export interface ScenarioSetting {
  readonly on: boolean;
  readonly rate: number;
}

/** Where the answer key stands: hidden, being confirmed (a second click is needed), or revealed. */
export type RevealStep = 'hidden' | 'confirming' | 'revealing' | 'revealed';

/** Everything the workshop panel shows; replaced, never mutated, on each change. */
export interface WorkshopState {
  readonly seed: number;
  readonly lines: number;
  readonly scenarios: Readonly<Record<ScenarioId, ScenarioSetting>>;
  readonly generation:
    | { readonly status: 'idle' }
    | { readonly status: 'running'; readonly jobId: JobId; readonly progress?: WorkshopProgress }
    | { readonly status: 'done'; readonly tables: number }
    | { readonly status: 'failed'; readonly error: AppError };
  readonly reveal: RevealStep;
  readonly revealedRows?: number;
  readonly revealError?: AppError;
  readonly flags: string;
  readonly level: ScoreLevel;
  readonly scoring: boolean;
  readonly score?: WorkshopScore;
  readonly scoreError?: AppError;
}

/** The form's starting values: a fixed seed, 50,000 fee lines, every scenario at its catalogue rate. */
export function initialWorkshopState(): WorkshopState {
  const scenarios = Object.fromEntries(
    Object.values(SCENARIO_CATALOG).map((s) => [s.id, { on: true, rate: s.defaultRate }]),
  ) as Record<ScenarioId, ScenarioSetting>;
  return {
    seed: 20240101,
    lines: WORKSHOP_LINES.default,
    scenarios,
    generation: { status: 'idle' },
    reveal: 'hidden',
    flags: 'my_flags',
    level: 'setl',
    scoring: false,
  };
}

/**
 * Workshop mode for the shell: generating a synthetic dataset with planted scenarios, revealing its
 * answer key after a confirmation step, and scoring a participant's flags. `onDataChanged` runs after a
 * generation (the shell re-reads datasets, schema and knowledge) and after a reveal (a new table).
 */
export class WorkshopController implements ReactiveController {
  state: WorkshopState = initialWorkshopState();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly kernel: () => KernelApi | undefined,
    /** Called with the tables that changed; none: all of the session's data (a dataset was generated). */
    private readonly onDataChanged: (tables?: readonly string[]) => Promise<void> | void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Changes form values (seed, lines, flags table, level). */
  set(patch: Partial<Pick<WorkshopState, 'seed' | 'lines' | 'flags' | 'level'>>): void {
    this.#set(patch);
  }

  /** Turns a scenario on or off, or changes its rate. */
  setScenario(id: ScenarioId, patch: Partial<ScenarioSetting>): void {
    const scenarios = { ...this.state.scenarios, [id]: { ...this.state.scenarios[id], ...patch } };
    this.#set({ scenarios });
  }

  /** Generates the dataset (replacing the session's data); a new answer key is hidden again. */
  async generate(): Promise<void> {
    const kernel = this.kernel();
    if (!kernel || this.state.generation.status === 'running') return;
    const jobId = newJobId();
    const settings = Object.entries(this.state.scenarios) as [ScenarioId, ScenarioSetting][];
    const scenarios = Object.fromEntries(settings.flatMap(([id, s]) => (s.on ? [[id, s.rate]] : [])));
    this.#set({
      generation: { status: 'running', jobId },
      reveal: 'hidden',
      revealedRows: undefined,
      revealError: undefined,
      score: undefined,
      scoreError: undefined,
    });
    const onProgress = (progress: WorkshopProgress) => {
      if (this.state.generation.status === 'running')
        this.#set({ generation: { status: 'running', jobId, progress } });
    };
    try {
      const result = await kernel.generateWorkshop(
        { seed: this.state.seed, lines: this.state.lines, scenarios },
        jobId,
        onProgress,
      );
      this.#set({
        generation: result.ok
          ? { status: 'done', tables: result.value.length }
          : result.error.kind === 'cancelled'
            ? { status: 'idle' }
            : { status: 'failed', error: result.error },
      });
    } catch (e) {
      this.#set({ generation: { status: 'failed', error: toAppError(e) } });
    }
    await this.onDataChanged();
  }

  /** Cancels a running generation. */
  async cancel(): Promise<void> {
    const g = this.state.generation;
    if (g.status === 'running') await this.kernel()?.cancel(g.jobId);
  }

  /** First step of revealing: asks for confirmation (nothing is shown yet). */
  askReveal(): void {
    if (this.state.reveal === 'hidden') this.#set({ reveal: 'confirming', revealError: undefined });
  }

  /** Backs out of revealing. */
  keepHidden(): void {
    if (this.state.reveal === 'confirming') this.#set({ reveal: 'hidden' });
  }

  /** Second step: creates the `answers` table. */
  async confirmReveal(): Promise<void> {
    const kernel = this.kernel();
    if (!kernel || this.state.reveal !== 'confirming') return;
    this.#set({ reveal: 'revealing' });
    try {
      const result = await kernel.revealAnswers();
      this.#set(
        result.ok
          ? { reveal: 'revealed', revealedRows: result.value.rows }
          : { reveal: 'hidden', revealError: result.error },
      );
    } catch (e) {
      this.#set({ reveal: 'hidden', revealError: toAppError(e) });
    }
    // Revealing adds one table, `answers`: only the cells reading it change.
    await this.onDataChanged(['answers']);
  }

  /** Scores the flags table at the chosen level against the (hidden or revealed) answer key. */
  async score(): Promise<void> {
    const kernel = this.kernel();
    if (!kernel || this.state.scoring) return;
    this.#set({ scoring: true, scoreError: undefined });
    try {
      const result = await kernel.scoreWorkshop(this.state.flags.trim(), this.state.level);
      this.#set(
        result.ok
          ? { scoring: false, score: result.value }
          : { scoring: false, score: undefined, scoreError: result.error },
      );
    } catch (e) {
      this.#set({ scoring: false, score: undefined, scoreError: toAppError(e) });
    }
  }

  #set(patch: Partial<WorkshopState>): void {
    this.state = { ...this.state, ...patch };
    this.host.requestUpdate();
  }
}
