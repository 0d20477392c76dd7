/**
 * The VPC endpoints of `awsx.ec2.Vpc` (vpc.ts, the `endpointSpecs` loop): one `VpcEndpoint` per
 * spec, named by its service name, child of the VPC. With `vpcEndpointStrategy: "Auto"`, an
 * interface endpoint without subnets gets one subnet per AZ (private first, then isolated, then
 * public; `selectVpcEndpointSubnetIds`), private DNS, and a `${service}-sg` security group with an
 * HTTPS ingress rule from the VPC CIDR; a gateway endpoint without route tables gets every route
 * table. An omitted `vpcEndpointType` is a gateway endpoint (`tryGetVpcEndpointType`).
 */
import { ChildRef, obj, pick, type PlannedChild } from "./awsx-plan";
import { AwsType } from "../../../policypack/vocabulary";

/** What the endpoints depend on in the rest of the plan. */
export interface EndpointContext {
  /** `vpcEndpointStrategy`, "Legacy" by default. */
  readonly strategy: string;
  /** The Vpc's `region` argument. */
  readonly region: unknown;
  readonly azNames: readonly string[];
  readonly subnets: readonly { readonly key: string; readonly azName: string; readonly type: string }[];
  /** Keys of the route tables. */
  readonly routeTables: readonly string[];
  readonly sharedTags: Record<string, unknown>;
  /** Key of the VPC. */
  readonly vpc: string;
}

/** VpcEndpoint args taken from a spec (vpc.ts passes these through). */
const ENDPOINT_KEYS = [
  "autoAccept",
  "dnsOptions",
  "ipAddressType",
  "policy",
  "privateDnsEnabled",
  "resourceConfigurationArn",
  "routeTableIds",
  "securityGroupIds",
  "serviceName",
  "serviceNetworkArn",
  "serviceRegion",
  "subnetConfigurations",
  "subnetIds",
  "vpcEndpointType",
];

/** The endpoints (and Auto security groups) of `specs`, in creation order. */
export function planEndpoints(specs: readonly Record<string, unknown>[], c: EndpointContext): PlannedChild[] {
  const children: PlannedChild[] = [];
  const add = (child: PlannedChild): string => {
    children.push(child);
    return child.key;
  };
  const ref = (key: string, prop = "id") => new ChildRef(key, prop);
  for (const spec of specs) {
    const service = String(spec.serviceName ?? "endpoint");
    const type = String(spec.vpcEndpointType ?? "gateway").toLowerCase();
    const autoInterface = c.strategy === "Auto" && type === "interface";
    const autoGateway = c.strategy === "Auto" && type === "gateway";
    const epRegion = typeof spec.region === "string" ? spec.region : c.region;
    const extra: Record<string, unknown> = {};
    if (autoInterface && spec.subnetIds === undefined && spec.subnetConfigurations === undefined) {
      // selectVpcEndpointSubnetIds: one subnet per AZ, private first, then isolated, then public.
      extra.subnetIds = c.azNames.flatMap((az) => {
        const pickOne = ["Private", "Isolated", "Public"]
          .map((t) => c.subnets.find((x) => x.azName === az && x.type === t))
          .find((x) => x !== undefined);
        return pickOne ? [ref(pickOne.key)] : [];
      });
    }
    if (autoInterface && spec.privateDnsEnabled === undefined) extra.privateDnsEnabled = true;
    if (autoInterface && spec.securityGroupIds === undefined) {
      const sg = add({
        key: `sg:${service}`,
        type: AwsType.ec2.SecurityGroup,
        name: `${service}-sg`,
        parent: c.vpc,
        inputs: {
          ...(epRegion ? { region: epRegion } : {}),
          vpcId: ref(c.vpc),
          tags: { ...c.sharedTags, ...obj(spec.tags) },
        },
        dependsOn: [c.vpc],
      });
      add({
        key: `sgr:${service}`,
        type: AwsType.ec2.SecurityGroupRule,
        name: `${service}-ingress`,
        parent: c.vpc,
        inputs: {
          ...(epRegion ? { region: epRegion } : {}),
          type: "ingress",
          securityGroupId: ref(sg),
          protocol: "tcp",
          fromPort: 443,
          toPort: 443,
          cidrBlocks: [ref(c.vpc, "cidrBlock")],
        },
        dependsOn: [sg],
      });
      extra.securityGroupIds = [ref(sg)];
    }
    if (autoGateway && spec.routeTableIds === undefined)
      extra.routeTableIds = c.routeTables.map((k) => ref(k));
    add({
      key: `vpce:${service}`,
      type: AwsType.ec2.VpcEndpoint,
      name: service,
      parent: c.vpc,
      inputs: {
        ...pick(spec, ENDPOINT_KEYS),
        ...extra,
        ...(epRegion ? { region: epRegion } : {}),
        tags: { ...c.sharedTags, ...obj(spec.tags) },
        vpcId: ref(c.vpc),
      },
      dependsOn: [c.vpc],
    });
  }
  return children;
}
