import type { Person } from '../population';
import type { Rng } from '../prng';
import type { TimelinePlanner } from '../timeline';
import type { LineBuilder } from '../line-builder';
import type { Visit } from '../visit';
import type { World } from '../world';

/** What a pattern sees while a person's year is being planned. */
export interface PlanContext {
  readonly world: World;
  readonly person: Person;
  /**
   * The planner holding the visits planned so far; add visits with its planStay / planShortVisit,
   * passing the pattern's own rng so the planner's stream is left alone.
   */
  readonly planner: TimelinePlanner;
}

/** What a pattern sees once every visit has its fee lines. */
export interface LinesContext {
  readonly world: World;
  readonly person: Person;
  /** The visits, in planning order, each with its lines. */
  readonly visits: readonly Visit[];
  /** Appends lines to a visit through a builder priced and staffed like the visit's own lines. */
  extend(visit: Visit, rng: Rng, add: (builder: LineBuilder) => void): void;
}

/**
 * A behaviour laid over the ordinary care of each person: realistic noise in normal data, and (in
 * later modules) planted fraud scenarios. Each pattern gets its own random stream per person, so adding
 * a pattern never changes the ordinary care; patterns see each other only through the visits and lines
 * they add (later patterns run over earlier patterns' visits).
 */
export interface Pattern {
  /** Stable id; it seeds the pattern's random stream, so it must never change. */
  readonly id: number;
  readonly name: string;
  /** Stage 1, after the ordinary year is planned: add, drop or change visits. */
  readonly adjustPlan?: (context: PlanContext, rng: Rng) => void;
  /** Stage 2, after fee lines are built: add or change lines. */
  readonly adjustLines?: (context: LinesContext, rng: Rng) => void;
}
