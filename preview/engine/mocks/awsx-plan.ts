/** The plan of a component's children: references between them and the helpers that build it. */

/** A reference to another planned child's output (`id`, `allocationId`, `cidrBlock`, ...). */
export class ChildRef {
  constructor(
    readonly key: string,
    readonly prop: string,
  ) {}
}

/** One resource the component creates. Inputs may hold {@link ChildRef}s (also inside lists). */
export interface PlannedChild {
  /** Unique within the plan. */
  readonly key: string;
  readonly type: string;
  readonly name: string;
  /** Key of the parent child; undefined = the component itself. */
  readonly parent?: string;
  readonly inputs: Record<string, unknown>;
  /** Keys of explicit `dependsOn`. */
  readonly dependsOn: readonly string[];
}

/** The entries of `o` whose key is in `keys` and whose value is set. */
export const pick = (o: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
/** `v` if it is a plain object, else `{}`. */
export const obj = (v: unknown): Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
