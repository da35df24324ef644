import type { KernelApi } from '../api';
import type { DataChangingMethod } from './data-change';

/**
 * The data generation: a counter the kernel bumps after every change to the data rules read (a file
 * loaded or removed, a mapping applied or undone, a workshop dataset generated, knowledge imported or
 * removed), and the generation each Rule cell's findings were computed on. Findings older than the data
 * are refused where they would be scored (workshop-service.ts): they describe data that is gone.
 */
export class DataGeneration {
  #current = 0;
  readonly #findings = new Map<string, number>();

  /** The current generation. */
  get current(): number {
    return this.#current;
  }

  /** Records that the data changed. */
  bump(): void {
    this.#current += 1;
  }

  /** Records that findings table `name` (and `<name>_lines`) was computed on generation `generation`. */
  recordFindings(name: string, generation: number): void {
    this.#findings.set(name.toLowerCase(), generation);
  }

  /**
   * Whether `table` is a Rule cell's findings table (or its `_lines` table) computed before the last data
   * change. False for any other table.
   */
  isStale(table: string): boolean {
    const lower = table.toLowerCase();
    const at = this.#findings.get(lower) ?? this.#findings.get(lower.replace(/_lines$/, ''));
    return at !== undefined && at < this.#current;
  }
}

/**
 * Whether a data-changing call changes the data findings are computed on. Revealing the answer key
 * adds a table no rule reads, and the separate demo schema is never read by rules.
 */
export function changesRuleData(method: DataChangingMethod): boolean {
  return method !== 'revealAnswers' && method !== 'keepDemoApart' && method !== 'removeDemoApart';
}

/**
 * The rule service with each successful run recording the generation its findings were computed on
 * (read when the run starts: data changed during the run makes its findings stale at once).
 */
export function recordingFindings<R extends Pick<KernelApi, 'runRules'>>(
  rules: R,
  generation: DataGeneration,
): R {
  return {
    ...rules,
    async runRules(...args: Parameters<KernelApi['runRules']>) {
      const at = generation.current;
      const result = await rules.runRules(...args);
      if (result.ok) generation.recordFindings(args[0].name, at);
      return result;
    },
  };
}
