/**
 * The resources `awsx.ec2.Vpc` creates, in the order and with the names, parents and inputs of
 * pulumi-awsx's awsx/ec2/vpc.ts `initialize`, so that each is registered and analyzed as the
 * real engine would register it (a remote component's children go through the same
 * registration as the program's own resources):
 *
 * - `aws.ec2.Vpc` `${name}` (parent: the component), its args plus `tags: { Name: name, ...tags }`;
 *   DNS attributes default to true only for "Auto" interface endpoints with private DNS.
 * - `aws.ec2.InternetGateway` `${name}` (parent: the VPC), always, even with isolated subnets only.
 * - per AZ, public then private then isolated subnets (see awsx-subnets.ts), each with a
 *   RouteTable and a RouteTableAssociation of the same name (parents: subnet, route table);
 *   public subnets get `mapPublicIpOnLaunch: true` and a `0.0.0.0/0` route to the internet gateway;
 *   the NAT gateway(s) (`${name}-${az}`, with an Eip unless allocation ids are given) live in the
 *   AZ's public subnet; private subnets route `0.0.0.0/0` to the AZ's NAT gateway (the first one
 *   with strategy "Single"); isolated subnets have no route.
 * - `natGateways.strategy` defaults to "OnePerAz"; AZs default to the first 3 of the region.
 * - a `VpcEndpoint` per `vpcEndpointSpecs` entry (see awsx-vpc-endpoints.ts).
 */
import { planSubnets, type PlannedSubnet, type SubnetSpecInput } from "./awsx-subnets";
import { ChildRef, obj, pick, type PlannedChild } from "./awsx-plan";
import { planEndpoints } from "./awsx-vpc-endpoints";
import { AwsType } from "../../../policypack/vocabulary";

export { ChildRef, type PlannedChild } from "./awsx-plan";

/** What {@link planVpc} needs besides the component's inputs. */
export interface VpcPlanContext {
  readonly name: string;
  /** The region of the VPC's provider (`aws:region`). */
  readonly region: string;
}

/** The plan, plus how subnets map to children (for the component's outputs). */
export interface VpcPlan {
  readonly children: readonly PlannedChild[];
  readonly subnets: readonly (PlannedSubnet & { readonly key: string })[];
  readonly cidrBlock: string;
  readonly azNames: readonly string[];
}

/** The aws.ec2.Vpc args a Vpc passes down (`new aws.ec2.Vpc(name, { ...args })` keeps only these). */
const VPC_KEYS = [
  "assignGeneratedIpv6CidrBlock",
  "enableDnsHostnames",
  "enableDnsSupport",
  "enableNetworkAddressUsageMetrics",
  "instanceTenancy",
  "ipv4IpamPoolId",
  "ipv4NetmaskLength",
  "ipv6CidrBlock",
  "ipv6CidrBlockNetworkBorderGroup",
  "ipv6IpamPoolId",
  "ipv6NetmaskLength",
  "region",
];

/** Plans the children of `awsx:ec2:Vpc` from its (plain) inputs; see the file comment. */
export function planVpc(inputs: Record<string, unknown>, c: VpcPlanContext): VpcPlan {
  const name = c.name;
  const region = typeof inputs.region === "string" ? inputs.region : c.region;
  const azNames: string[] = Array.isArray(inputs.availabilityZoneNames)
    ? inputs.availabilityZoneNames.map(String)
    : "abcdef"
        .slice(0, Number(inputs.numberOfAvailabilityZones) || 3)
        .split("")
        .map((l) => region + l);
  const natConfig = obj(inputs.natGateways);
  const natStrategy = String(natConfig.strategy ?? "OnePerAz").toLowerCase();
  const allocationIds = Array.isArray(natConfig.elasticIpAllocationIds)
    ? natConfig.elasticIpAllocationIds
    : [];
  const cidrBlock = typeof inputs.cidrBlock === "string" ? inputs.cidrBlock : "10.0.0.0/16";
  const endpointStrategy = String(inputs.vpcEndpointStrategy ?? "Legacy");
  const endpointSpecs = (Array.isArray(inputs.vpcEndpointSpecs) ? inputs.vpcEndpointSpecs : []).map(obj);
  // getVpcEndpointType: an omitted type is a gateway endpoint.
  const endpointType = (spec: Record<string, unknown>) =>
    String(spec.vpcEndpointType ?? "gateway").toLowerCase();
  const userTags = obj(inputs.tags);
  const sharedTags = { Name: name, ...userTags };

  const dnsForAuto =
    endpointStrategy === "Auto" &&
    endpointSpecs.some((s) => endpointType(s) === "interface" && s.privateDnsEnabled !== false);
  const vpcInputs: Record<string, unknown> = { ...pick(inputs, VPC_KEYS), cidrBlock, tags: sharedTags };
  if (dnsForAuto) {
    vpcInputs.enableDnsHostnames = inputs.enableDnsHostnames ?? true;
    vpcInputs.enableDnsSupport = inputs.enableDnsSupport ?? true;
  }

  const children: PlannedChild[] = [];
  const add = (child: PlannedChild): string => {
    children.push(child);
    return child.key;
  };
  const ref = (key: string, prop = "id") => new ChildRef(key, prop);
  const withRegion = (o: Record<string, unknown>) =>
    typeof inputs.region === "string" ? { region: inputs.region, ...o } : o;

  const vpc = add({ key: "vpc", type: AwsType.ec2.Vpc, name, inputs: vpcInputs, dependsOn: [] });
  const igw = add({
    key: "igw",
    type: AwsType.ec2.InternetGateway,
    name,
    parent: vpc,
    inputs: withRegion({ vpcId: ref(vpc), tags: sharedTags }),
    dependsOn: [vpc],
  });

  const planned = planSubnets({
    vpcName: name,
    cidrBlock,
    azNames,
    subnetSpecs: Array.isArray(inputs.subnetSpecs) ? (inputs.subnetSpecs as SubnetSpecInput[]) : undefined,
    subnetStrategy: typeof inputs.subnetStrategy === "string" ? inputs.subnetStrategy : undefined,
    nameTagStrategy:
      typeof inputs.subnetNameTagStrategy === "string" ? inputs.subnetNameTagStrategy : undefined,
    availabilityZoneCidrMask:
      typeof inputs.availabilityZoneCidrMask === "number" ? inputs.availabilityZoneCidrMask : undefined,
  });
  const subnets: (PlannedSubnet & { key: string })[] = [];
  const routeTables: string[] = [];
  const nats: string[] = [];
  for (const s of planned) {
    const key = `subnet:${s.resourceName}`;
    subnets.push({ ...s, key });
    add({
      key,
      type: AwsType.ec2.Subnet,
      name: s.resourceName,
      parent: vpc,
      inputs: withRegion({
        vpcId: ref(vpc),
        availabilityZone: s.azName,
        mapPublicIpOnLaunch: s.type === "Public",
        cidrBlock: s.cidrBlock,
        assignIpv6AddressOnCreation: inputs.assignGeneratedIpv6CidrBlock === true,
        tags: { ...sharedTags, ...(s.tags ?? {}), Name: s.nameTag, SubnetType: s.type },
      }),
      dependsOn: [vpc],
    });
    const rt = add({
      key: `rt:${s.resourceName}`,
      type: AwsType.ec2.RouteTable,
      name: s.resourceName,
      parent: key,
      inputs: withRegion({ vpcId: ref(vpc), tags: { ...sharedTags, Name: s.nameTag, SubnetType: s.type } }),
      dependsOn: [key],
    });
    routeTables.push(rt);
    add({
      key: `rta:${s.resourceName}`,
      type: AwsType.ec2.RouteTableAssociation,
      name: s.resourceName,
      parent: rt,
      inputs: withRegion({ routeTableId: ref(rt), subnetId: ref(key) }),
      dependsOn: [rt],
    });
    // shouldCreateNatGateway: Single -> the first public subnet; OnePerAz -> one per AZ.
    const wantsNat =
      s.type === "Public" &&
      ((natStrategy === "single" && nats.length < 1) ||
        (natStrategy === "oneperaz" && nats.length < s.azIndex + 1));
    if (wantsNat) {
      const natName = `${name}-${s.azIndex + 1}`;
      let allocationId: unknown = allocationIds[s.azIndex];
      if (allocationIds.length === 0) {
        const eip = add({
          key: `eip:${natName}`,
          type: AwsType.ec2.Eip,
          name: natName,
          parent: key,
          inputs: withRegion({ tags: { ...userTags, Name: natName } }),
          dependsOn: [key],
        });
        allocationId = ref(eip, "allocationId");
      }
      nats.push(
        add({
          key: `nat:${natName}`,
          type: AwsType.ec2.NatGateway,
          name: natName,
          parent: key,
          inputs: withRegion({ subnetId: ref(key), allocationId, tags: { ...userTags, Name: natName } }),
          dependsOn: [key],
        }),
      );
    }
    const target =
      s.type === "Public"
        ? { gatewayId: ref(igw) }
        : s.type === "Private" && natStrategy !== "none" && nats.length > 0
          ? {
              natGatewayId: ref(
                natStrategy === "single" ? nats[0] : nats[Math.min(s.azIndex, nats.length - 1)],
              ),
            }
          : undefined;
    if (target) {
      add({
        key: `route:${s.resourceName}`,
        type: AwsType.ec2.Route,
        name: s.resourceName,
        parent: rt,
        inputs: withRegion({ routeTableId: ref(rt), ...target, destinationCidrBlock: "0.0.0.0/0" }),
        dependsOn: [rt],
      });
    }
  }

  children.push(
    ...planEndpoints(endpointSpecs, {
      strategy: endpointStrategy,
      region: inputs.region,
      azNames,
      subnets,
      routeTables,
      sharedTags,
      vpc,
    }),
  );
  return { children, subnets, cidrBlock, azNames };
}

/**
 * The component's outputs (vpc.ts `VpcData`) from its children's ids and outputs: `idOf(key)`
 * and `stateOf(key)` answer for a child already created (unknown ids in preview).
 */
export function vpcOutputs(
  plan: VpcPlan,
  idOf: (key: string) => unknown,
  stateOf: (key: string) => Record<string, unknown>,
): Record<string, unknown> {
  const withId = (key: string) => ({ ...stateOf(key), id: idOf(key) });
  const ofKind = (prefix: string) => plan.children.filter((c) => c.key.startsWith(prefix)).map((c) => c.key);
  const subnetsOf = (t: string) => plan.subnets.filter((s) => s.type === t).map((s) => s.key);
  const specs = new Map<string, { type: string; name?: string; cidrMask: number }>();
  for (const s of plan.subnets.filter((x) => x.azIndex === 0)) {
    specs.set(s.resourceName, { type: s.type, cidrMask: Number(s.cidrBlock.split("/")[1]) });
  }
  return {
    vpcId: idOf("vpc"),
    vpc: withId("vpc"),
    subnets: plan.subnets.map((s) => withId(s.key)),
    publicSubnetIds: subnetsOf("Public").map(idOf),
    privateSubnetIds: subnetsOf("Private").map(idOf),
    isolatedSubnetIds: subnetsOf("Isolated").map(idOf),
    publicSubnets: subnetsOf("Public").map(withId),
    privateSubnets: subnetsOf("Private").map(withId),
    isolatedSubnets: subnetsOf("Isolated").map(withId),
    routeTables: ofKind("rt:").map(withId),
    routeTableAssociations: ofKind("rta:").map(withId),
    routes: ofKind("route:").map(withId),
    internetGateway: withId("igw"),
    natGateways: ofKind("nat:").map(withId),
    eips: ofKind("eip:").map(withId),
    vpcEndpoints: ofKind("vpce:").map(withId),
    subnetLayout: [...specs.values()],
  };
}
