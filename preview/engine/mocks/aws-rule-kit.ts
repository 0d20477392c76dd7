/** Building blocks of the computed-value rules (aws-resources.ts, aws-network.ts). */
import { awsId } from "./ids";

/** What a computed-value rule sees. */
export interface ResourceContext {
  readonly type: string;
  /** Logical name. */
  readonly name: string;
  /** Seed for deterministic ids (the URN when known). */
  readonly seed: string;
  /** Inputs plus autonames. */
  readonly state: Record<string, unknown>;
  readonly region: string;
  readonly account: string;
}

/** The id and computed outputs of a created resource. */
export interface Computed {
  readonly id: string;
  readonly values: Record<string, unknown>;
}

export type Rule = (c: ResourceContext) => Computed;

export const str = (v: unknown, fallback: string): string =>
  typeof v === "string" && v !== "" ? v : fallback;

/** Physical name: the `name` input (set or autonamed), else the logical name. */
export const nameOf = (c: ResourceContext): string => str(c.state.name, c.name);

export const ec2 =
  (
    prefix: string,
    kind: string,
    extra: (c: ResourceContext, id: string) => Record<string, unknown> = () => ({}),
  ): Rule =>
  (c) => {
    const id = awsId(prefix, c.seed);
    return {
      id,
      values: {
        arn: `arn:aws:ec2:${c.region}:${c.account}:${kind}/${id}`,
        ownerId: c.account,
        ...extra(c, id),
      },
    };
  };

export const named =
  (
    service: string,
    resource: (c: ResourceContext, name: string) => string,
    extra: (c: ResourceContext, arn: string) => Record<string, unknown> = () => ({}),
  ): Rule =>
  (c) => {
    const n = nameOf(c);
    // IAM is global: its ARNs have no region.
    const arn = `arn:aws:${service}:${service === "iam" ? "" : c.region}:${c.account}:${resource(c, n)}`;
    return { id: n, values: { arn, ...extra(c, arn) } };
  };

export const iamPath = (c: ResourceContext): string => str(c.state.path, "/");
