/**
 * Outputs of `@pulumi/awsx` components. They are remote (built by the awsx provider plugin), so
 * under plain mocks the program sees one resource; these mocks give it the outputs a real
 * preview would: the same subnets, NAT gateways and AZs as the real component would create, with
 * ids unknown in preview (their child resources do not exist yet) and realistic in update mode.
 * The offline engine goes further for `awsx:ec2:Vpc`: it registers the children themselves.
 */
import { UNKNOWN } from "../sentinels";
import { awsId } from "./ids";
import { ChildRef, planVpc, vpcOutputs as vpcOutputsFrom } from "./awsx-vpc";
import { AwsType, AwsxType } from "../../../policypack/vocabulary";

/** What an awsx output rule sees. */
export interface AwsxContext {
  readonly name: string;
  readonly seed: string;
  readonly inputs: Record<string, unknown>;
  readonly preview: boolean;
  readonly region: string;
  readonly account: string;
}

/** Id prefixes of the Vpc's children (AWS id shapes). */
const ID_PREFIX: Record<string, string> = {
  [AwsType.ec2.Vpc]: "vpc",
  [AwsType.ec2.Subnet]: "subnet",
  [AwsType.ec2.RouteTable]: "rtb",
  [AwsType.ec2.RouteTableAssociation]: "rtbassoc",
  [AwsType.ec2.Route]: "r",
  [AwsType.ec2.InternetGateway]: "igw",
  [AwsType.ec2.Eip]: "eipalloc",
  [AwsType.ec2.NatGateway]: "nat",
  [AwsType.ec2.VpcEndpoint]: "vpce",
  [AwsType.ec2.SecurityGroup]: "sg",
  [AwsType.ec2.SecurityGroupRule]: "sgrule",
};

/**
 * `awsx:ec2:Vpc` under plain mocks (no registration of children possible): the outputs of the
 * children awsx-vpc.ts plans, with ids unknown in preview and realistic in update mode. The
 * offline engine registers those children for real (program/expand.ts) and builds the same outputs.
 */
function vpcOutputs(c: AwsxContext): Record<string, unknown> {
  const plan = planVpc(c.inputs, { name: c.name, region: c.region });
  const ids = new Map<string, unknown>();
  const states = new Map<string, Record<string, unknown>>();
  const resolve = (v: unknown): unknown =>
    v instanceof ChildRef
      ? v.prop === "id"
        ? ids.get(v.key)
        : (states.get(v.key)?.[v.prop] ?? (c.preview ? UNKNOWN : ids.get(v.key)))
      : Array.isArray(v)
        ? v.map(resolve)
        : v;
  for (const child of plan.children) {
    const id = c.preview ? UNKNOWN : awsId(ID_PREFIX[child.type] ?? "id", `${c.seed}/${child.key}`);
    ids.set(child.key, id);
    const state = Object.fromEntries(Object.entries(child.inputs).map(([k, v]) => [k, resolve(v)]));
    if (child.type === AwsType.ec2.Eip) state.allocationId = id;
    if (child.type === AwsType.ec2.Vpc && !c.preview)
      state.arn = `arn:aws:ec2:${c.region}:${c.account}:vpc/${id}`;
    states.set(child.key, state);
  }
  return vpcOutputsFrom(
    plan,
    (k) => ids.get(k),
    (k) => states.get(k) ?? {},
  );
}

/** `awsx:ec2:DefaultVpc` reads the account's default VPC: known in both modes. */
function defaultVpcOutputs(c: AwsxContext): Record<string, unknown> {
  return {
    vpcId: awsId("vpc", `${c.seed}/default`),
    publicSubnetIds: ["a", "b", "c"].map((l) => awsId("subnet", `${c.seed}/default-${l}`)),
    privateSubnetIds: [],
  };
}

const RULES: Record<string, (c: AwsxContext) => Record<string, unknown>> = {
  [AwsxType.Vpc]: vpcOutputs,
  [AwsxType.DefaultVpc]: defaultVpcOutputs,
};

/** Outputs for an awsx component: a table rule, else its inputs (a plausible shape, not a guess). */
export function awsxOutputs(type: string, c: AwsxContext): Record<string, unknown> {
  const rule = RULES[type];
  return rule ? rule(c) : { ...c.inputs };
}
