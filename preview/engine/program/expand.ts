/**
 * Expansion of remote components whose children the offline engine can synthesize. A remote
 * component (`remote: true`) is built by its provider plugin, which registers every child with
 * the engine; the engine analyzes each child like any resource. Under mocks nothing builds them,
 * so for the components listed in {@link EXPANDERS} the recorder registers the children the
 * real provider would (see mocks/awsx-vpc.ts), through the same recording as the program's own
 * resources. Other remote components stay single resources: see {@link notExpanded}.
 */
import { UNKNOWN } from "../sentinels";
import { ChildRef, planVpc, vpcOutputs } from "../mocks/awsx-vpc";
import { AwsxType } from "../../../policypack/vocabulary";

/** One child registration, as a component provider would send it. */
export interface ChildRegistration {
  readonly type: string;
  readonly name: string;
  readonly parent: string;
  /** Wire-encoded inputs. */
  readonly inputs: Record<string, unknown>;
  readonly dependencies: readonly string[];
  readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
}

/** What an expander can ask of the recorder. */
export interface ExpansionHost {
  readonly preview: boolean;
  /** The region of the component's AWS provider. */
  readonly region: string;
  /** Registers a child; resolves with its URN, id (undefined in preview) and wire-encoded outputs. */
  register(child: ChildRegistration): Promise<{ urn: string; id?: string; state: Record<string, unknown> }>;
}

/** Registers a component's children and resolves with the component's outputs. */
export type Expander = (
  component: { readonly urn: string; readonly name: string; readonly inputs: Record<string, unknown> },
  host: ExpansionHost,
) => Promise<Record<string, unknown>>;

const expandVpc: Expander = async (component, host) => {
  const inputs = { ...component.inputs };
  // A cidrBlock only known after apply cannot be laid out: awsx's default is the closest guess.
  if (inputs.cidrBlock === UNKNOWN) delete inputs.cidrBlock;
  const plan = planVpc(inputs, { name: component.name, region: host.region });
  const urns = new Map<string, string>();
  const ids = new Map<string, unknown>();
  const states = new Map<string, Record<string, unknown>>();
  for (const child of plan.children) {
    const propertyDependencies: Record<string, string[]> = {};
    const resolve = (v: unknown, deps: Set<string>): unknown => {
      if (Array.isArray(v)) return v.map((x) => resolve(x, deps));
      if (!(v instanceof ChildRef)) return v;
      deps.add(urns.get(v.key)!);
      const value = v.prop === "id" ? ids.get(v.key) : states.get(v.key)?.[v.prop];
      return value ?? UNKNOWN;
    };
    const childInputs: Record<string, unknown> = {};
    const all = new Set(child.dependsOn.map((k) => urns.get(k)!));
    for (const [k, v] of Object.entries(child.inputs)) {
      const deps = new Set<string>();
      childInputs[k] = resolve(v, deps);
      if (deps.size > 0) propertyDependencies[k] = [...deps];
      for (const d of deps) all.add(d);
    }
    const done = await host.register({
      type: child.type,
      name: child.name,
      parent: child.parent === undefined ? component.urn : urns.get(child.parent)!,
      inputs: childInputs,
      dependencies: [...all],
      propertyDependencies,
    });
    urns.set(child.key, done.urn);
    ids.set(child.key, done.id ?? UNKNOWN);
    states.set(child.key, done.state);
  }
  return vpcOutputs(
    plan,
    (k) => ids.get(k),
    (k) => states.get(k) ?? {},
  );
};

/** Remote component types whose children are synthesized. */
export const EXPANDERS: Readonly<Record<string, Expander>> = {
  [AwsxType.Vpc]: expandVpc,
};

/**
 * The remote components of a run that were not expanded: the pack saw their inputs, not the
 * resources their provider would create.
 */
export function notExpanded(resources: readonly { type: string; remote: boolean; urn: string }[]): string[] {
  return resources.filter((r) => r.remote && !(r.type in EXPANDERS)).map((r) => r.urn);
}
