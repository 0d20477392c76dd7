/**
 * Outputs of `@pulumi/awsx` components. They are remote (built by the awsx provider plugin), so
 * under mocks the program sees one opaque resource; these mocks give it the outputs a real
 * preview would: the same number of subnets, NAT gateways and AZs as the real component would
 * create, with ids unknown in preview (their child resources do not exist yet) and realistic in
 * update mode. Children themselves are not simulated (see ARCHITECTURE: awsx is remote).
 */
import { UNKNOWN } from "../sentinels";
import { awsId } from "./ids";

/** What an awsx output rule sees. */
export interface AwsxContext {
  readonly name: string;
  readonly seed: string;
  readonly inputs: Record<string, any>;
  readonly preview: boolean;
  readonly region: string;
  readonly account: string;
}

type SubnetType = "Public" | "Private" | "Isolated";

function ipToInt(ip: string): number {
  return ip.split(".").reduce((acc, o) => acc * 256 + (parseInt(o, 10) || 0), 0);
}
function intToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join(".");
}

/** `awsx:ec2:Vpc`: defaults from the awsx docs (3 AZs, a private and a public subnet per AZ, one NAT per AZ). */
function vpcOutputs(c: AwsxContext): Record<string, unknown> {
  const id = (prefix: string, seed: string): string =>
    c.preview ? UNKNOWN : awsId(prefix, `${c.seed}/${seed}`);
  const azs: string[] = Array.isArray(c.inputs.availabilityZoneNames)
    ? c.inputs.availabilityZoneNames
    : "abcdef"
        .slice(0, Math.min(6, Number(c.inputs.numberOfAvailabilityZones) || 3))
        .split("")
        .map((l) => c.region + l);
  const specs: { type: SubnetType; cidrMask?: number; name?: string }[] = (
    Array.isArray(c.inputs.subnetSpecs) && c.inputs.subnetSpecs.length > 0
      ? c.inputs.subnetSpecs
      : [{ type: "Private" }, { type: "Public" }]
  ).filter((s: { type: string }) => s.type !== "Unused");
  // awsx allocates private ranges first, then public, then isolated.
  const rank: Record<SubnetType, number> = { Private: 0, Public: 1, Isolated: 2 };
  const ordered = [...specs].sort((a, b) => rank[a.type] - rank[b.type]);
  const cidrBlock: string = typeof c.inputs.cidrBlock === "string" ? c.inputs.cidrBlock : "10.0.0.0/16";
  let next = ipToInt(cidrBlock.split("/")[0]);
  const vpcId = id("vpc", "vpc");
  const subnets: Record<string, unknown>[] = [];
  const byType: Record<SubnetType, unknown[]> = { Public: [], Private: [], Isolated: [] };
  azs.forEach((az, azIndex) => {
    for (const spec of ordered) {
      const mask = spec.cidrMask ?? (spec.type === "Public" ? 22 : 20);
      const size = 2 ** (32 - mask);
      next = Math.ceil(next / size) * size;
      const name = `${c.name}-${(spec.name ?? spec.type).toLowerCase()}-${azIndex + 1}`;
      const subnetId = id("subnet", name);
      subnets.push({
        id: subnetId,
        vpcId,
        availabilityZone: az,
        cidrBlock: `${intToIp(next)}/${mask}`,
        mapPublicIpOnLaunch: spec.type === "Public",
        tags: { Name: name, SubnetType: spec.type },
      });
      byType[spec.type].push(subnetId);
      next += size;
    }
  });
  const hasPublic = byType.Public.length > 0;
  const strategy: string =
    c.inputs.natGateways?.strategy ?? (hasPublic && byType.Private.length > 0 ? "OnePerAz" : "None");
  const natCount = strategy === "None" ? 0 : strategy === "Single" ? 1 : azs.length;
  const natGateways = Array.from({ length: natCount }, (_, i) => ({
    id: id("nat", `nat-${i}`),
    subnetId: byType.Public[i % Math.max(1, byType.Public.length)],
    connectivityType: "public",
  }));
  return {
    ...c.inputs,
    vpcId,
    vpc: {
      id: vpcId,
      arn: c.preview ? UNKNOWN : `arn:aws:ec2:${c.region}:${c.account}:vpc/${vpcId}`,
      cidrBlock,
      enableDnsHostnames: c.inputs.enableDnsHostnames ?? true,
      enableDnsSupport: c.inputs.enableDnsSupport ?? true,
    },
    subnets,
    publicSubnetIds: byType.Public,
    privateSubnetIds: byType.Private,
    isolatedSubnetIds: byType.Isolated,
    publicSubnets: subnets.filter((s) => byType.Public.includes(s.id)),
    privateSubnets: subnets.filter((s) => byType.Private.includes(s.id)),
    isolatedSubnets: subnets.filter((s) => byType.Isolated.includes(s.id)),
    natGateways,
    eips: natGateways.map((_, i) => ({ id: id("eipalloc", `eip-${i}`) })),
    internetGateway: hasPublic ? { id: id("igw", "igw") } : undefined,
    routeTables: subnets.map((s, i) => ({ id: id("rtb", `rtb-${i}`), vpcId })),
    subnetLayout: specs.map((s) => ({
      type: s.type,
      cidrMask: s.cidrMask ?? (s.type === "Public" ? 22 : 20),
      name: s.name,
    })),
    vpcEndpoints: [],
  };
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
  "awsx:ec2:Vpc": vpcOutputs,
  "awsx:ec2:DefaultVpc": defaultVpcOutputs,
};

/** Outputs for an awsx component: a table rule, else its inputs (a plausible shape, not a guess). */
export function awsxOutputs(type: string, c: AwsxContext): Record<string, unknown> {
  const rule = RULES[type];
  return rule ? rule(c) : { ...c.inputs };
}
