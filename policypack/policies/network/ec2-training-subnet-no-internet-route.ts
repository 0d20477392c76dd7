import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { readOutput } from "../../framework/outputs";
import { isReferenceSet } from "../../framework/references";
import { dependenciesOf } from "../../framework/target-index";
import { tryRead } from "../../framework/unknowns";
import { field, knownItems, knownString, readTags } from "../../framework/values";
import { CONTROL_SCOPES, NETWORK_TIER_TAG, NETWORK_TIERS, TAG_KEYS } from "../../vocabulary";
import {
  DEFAULT_ROUTE_TABLE_TYPE,
  EGRESS_ONLY_GATEWAY_TYPE,
  INTERNET_GATEWAY_TYPE,
  MAIN_ROUTE_TABLE_ASSOCIATION_TYPE,
  NAT_GATEWAY_TYPE,
  ROUTE_TABLE_ASSOCIATION_TYPE,
  ROUTE_TABLE_TYPE,
  ROUTE_TYPE,
  SUBNET_TYPE,
  VPC_TYPE,
} from "./lib/types";

/**
 * The rule: a subnet is a training subnet when it is tagged `ai-network-tier=training` or
 * `data-class=training-data`. Its route table (the one explicitly associated, else its VPC's main
 * table) must have no route to an internet gateway, a NAT gateway or an egress-only internet gateway,
 * whatever the destination. A training subnet whose route table is outside the stack cannot be
 * verified and is reported. Routes through a transit gateway or a peering connection are out of
 * reach of a single stack and are not followed.
 */
export function isTrainingSubnet(subnet: StackResource): boolean {
  const tags = readTags(subnet.props);
  return tags[NETWORK_TIER_TAG] === NETWORK_TIERS.training || tags[TAG_KEYS.dataClass] === "training-data";
}

const GATEWAY_NAMES: Readonly<Record<string, string>> = {
  [INTERNET_GATEWAY_TYPE]: "an internet gateway",
  [NAT_GATEWAY_TYPE]: "a NAT gateway",
  [EGRESS_ONLY_GATEWAY_TYPE]: "an egress-only internet gateway",
};

/** Where a table's routes lead: an internet gateway name, nothing, or unknown until the update. */
type Exit = { readonly to: string } | "none" | "unknown";

/** Judges one route given as an object (inline) or a Route resource's props, with the gateways its fields depend on. */
function judgeRoute(route: unknown, gatewaysDependedOn: readonly StackResource[]): Exit {
  const gateway = gatewaysDependedOn.find((d) => GATEWAY_NAMES[d.type] !== undefined);
  if (gateway) {
    return { to: GATEWAY_NAMES[gateway.type] };
  }
  // A gateway id unknown during preview is still a gateway.
  if (isReferenceSet(() => field(route, "natGatewayId"), "string")) {
    return { to: GATEWAY_NAMES[NAT_GATEWAY_TYPE] };
  }
  if (isReferenceSet(() => field(route, "egressOnlyGatewayId"), "string")) {
    return { to: GATEWAY_NAMES[EGRESS_ONLY_GATEWAY_TYPE] };
  }
  const id = tryRead(() => field(route, "gatewayId"));
  if (!id.known) {
    // A gateway computed from a resource outside this list (a VPN gateway) or from another stack.
    return gatewaysDependedOn.length > 0 ? "none" : "unknown";
  }
  return typeof id.value === "string" && id.value.startsWith("igw-")
    ? { to: GATEWAY_NAMES[INTERNET_GATEWAY_TYPE] }
    : "none";
}

function worst(exits: readonly Exit[]): Exit {
  return exits.find((e) => typeof e === "object") ?? (exits.includes("unknown") ? "unknown" : "none");
}

interface Table {
  readonly name: string;
  readonly exits: Exit[];
}

/** Indexes the stack's routing: tables by key, the main table of each VPC, subnets' explicit tables. */
class Routing {
  readonly tables = new Map<string, Table>();
  private readonly mainOf = new Map<string, string>();
  private readonly tableById = new Map<string, string>();
  private readonly subnetById = new Map<string, string>();
  readonly tableOfSubnet = new Map<string, string>();

  constructor(resources: readonly StackResource[]) {
    for (const r of resources) {
      if (r.type === ROUTE_TABLE_TYPE || r.type === DEFAULT_ROUTE_TABLE_TYPE) {
        // Unknown with no dependency: the program set no inline routes and the provider fills them in.
        const inline = readOutput(r, "routes");
        const routes = inline.known ? knownItems(() => inline.value) : [];
        const gateways = dependenciesOf(r, "routes");
        const exits = routes.map((route) => judgeRoute(route, gateways));
        this.tables.set(r.urn, { name: r.name, exits: inline.known ? exits : [...exits, "unknown"] });
        this.index(this.tableById, r, "id");
        if (r.type === DEFAULT_ROUTE_TABLE_TYPE) {
          dependenciesOf(r, "defaultRouteTableId")
            .filter((d) => d.type === VPC_TYPE)
            .forEach((vpc) => this.mainOf.set(`main:${vpc.urn}`, r.urn));
        }
      } else if (r.type === SUBNET_TYPE) {
        this.index(this.subnetById, r, "id");
      }
    }
    for (const r of resources) {
      if (r.type === MAIN_ROUTE_TABLE_ASSOCIATION_TYPE) {
        const table = this.tableKey(r, "routeTableId");
        dependenciesOf(r, "vpcId")
          .filter((d) => d.type === VPC_TYPE)
          .forEach((vpc) => table !== undefined && this.mainOf.set(`main:${vpc.urn}`, table));
      }
    }
    for (const r of resources) {
      if (r.type === ROUTE_TYPE) {
        const key = this.canonical(this.tableKey(r, "routeTableId"));
        if (key !== undefined) {
          const gateways = ["gatewayId", "natGatewayId", "egressOnlyGatewayId"].flatMap((p) =>
            dependenciesOf(r, p),
          );
          this.table(key).exits.push(judgeRoute(r.props, gateways));
        }
      } else if (r.type === ROUTE_TABLE_ASSOCIATION_TYPE) {
        const subnet =
          dependenciesOf(r, "subnetId").find((d) => d.type === SUBNET_TYPE)?.urn ??
          this.subnetById.get(literal(r, "subnetId") ?? "");
        const table = this.canonical(this.tableKey(r, "routeTableId"));
        if (subnet !== undefined && table !== undefined) {
          this.tableOfSubnet.set(subnet, table);
        }
      }
    }
  }

  /**
   * The table a subnet uses: its explicit association, else its VPC's main table when the VPC is in
   * the stack. Undefined when that table lives outside the stack (known only by a literal id).
   */
  tableFor(subnet: StackResource): Table | undefined {
    const vpc = dependenciesOf(subnet, "vpcId").find((d) => d.type === VPC_TYPE);
    const key =
      this.tableOfSubnet.get(subnet.urn) ??
      (vpc === undefined ? undefined : this.canonical(`main:${vpc.urn}`));
    return key === undefined || key.startsWith("id:") ? undefined : this.table(key);
  }

  private table(key: string): Table {
    let table = this.tables.get(key);
    if (table === undefined) {
      table = { name: "the VPC's main route table", exits: [] };
      this.tables.set(key, table);
    }
    return table;
  }

  private canonical(key: string | undefined): string | undefined {
    return key === undefined ? undefined : (this.mainOf.get(key) ?? key);
  }

  /** A route table reference: a table resource, a VPC (its main or default table id), or a literal id. */
  private tableKey(r: StackResource, property: string): string | undefined {
    for (const d of dependenciesOf(r, property)) {
      if (this.tables.has(d.urn)) {
        return d.urn;
      }
      if (d.type === VPC_TYPE) {
        return `main:${d.urn}`;
      }
    }
    const id = literal(r, property);
    return id === undefined ? undefined : (this.tableById.get(id) ?? `id:${id}`);
  }

  private index(map: Map<string, string>, r: StackResource, property: string): void {
    const id = literal(r, property);
    if (id !== undefined) {
      map.set(id, r.urn);
    }
  }
}

function literal(r: StackResource, property: string): string | undefined {
  return knownString(() => r.props[property]);
}

/** Pure check over the stack: no training subnet has a route to the internet. */
export function checkTrainingSubnetsIsolated(resources: readonly StackResource[]): StackViolation[] {
  const subnets = resources.filter((r) => r.type === SUBNET_TYPE && isTrainingSubnet(r));
  if (subnets.length === 0) {
    return [];
  }
  const routing = new Routing(resources);
  const violations: StackViolation[] = [];
  for (const subnet of subnets) {
    const table = routing.tableFor(subnet);
    if (table === undefined) {
      violations.push({
        urn: subnet.urn,
        message: `Training subnet "${subnet.name}" uses a route table that is not in this stack, so its isolation cannot be verified: associate it with an aws.ec2.RouteTable of this stack that has no internet routes.`,
      });
      continue;
    }
    const exit = worst(table.exits);
    if (typeof exit === "object") {
      violations.push({
        urn: subnet.urn,
        message: `Training subnet "${subnet.name}" routes to the internet through ${exit.to} (${table.name.startsWith("the ") ? table.name : `route table "${table.name}"`}): give it a route table with no internet, NAT or egress-only gateway routes, and reach AWS services through VPC endpoints.`,
      });
    }
  }
  return violations;
}

export const ec2TrainingSubnetNoInternetRoute: StackPolicyDefinition = {
  kind: "stack",
  requiresResourceType: SUBNET_TYPE,
  name: "ec2-training-subnet-no-internet-route",
  description: `Subnets tagged ${NETWORK_TIER_TAG}=${NETWORK_TIERS.training} or ${TAG_KEYS.dataClass}=training-data have no route to an internet, NAT or egress-only internet gateway.`,
  rationale:
    "A training network holds the data and the weights being produced; with no path to the internet, a poisoned dependency or a compromised job cannot send them out or pull in a payload, and every AWS call goes through VPC endpoints whose policies can be restricted.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: `Tag training subnets ${NETWORK_TIER_TAG}=${NETWORK_TIERS.training}, associate them (aws.ec2.RouteTableAssociation) with an aws.ec2.RouteTable that has no route with gatewayId of an internet gateway, natGatewayId or egressOnlyGatewayId, and add interface/gateway VPC endpoints (S3, ECR, CloudWatch Logs, SageMaker, STS) for what the jobs need.`,
  minScope: CONTROL_SCOPES.isolatedTrainingNetwork,
  services: ["ec2"],
  mappings: {
    nistCsf: ["PR.IR-01"],
    owaspLlm: ["LLM03", "LLM04"],
    mitreAtlas: ["AML.T0025", "AML.M0005"],
    cisaNcsc: ["secure-deployment"],
    seedItems: [
      "matrix.scope-5",
      "checklist.supply-isolated-self-hosted",
      "cisa.deploy-secure-infrastructure",
      "cisa.deploy-protect-model",
    ],
  },
  check: (resources) => checkTrainingSubnetsIsolated(resources),
};
