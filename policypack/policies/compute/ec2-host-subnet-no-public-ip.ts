import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { isAiResource } from "../../framework/ai-stack";
import { programOutputs } from "../../framework/outputs";
import { knownStrings, TargetIndex } from "../../framework/target-index";
import { readOr } from "../../framework/unknowns";
import { asList, field, isTrue } from "../../framework/values";
import { SUBNET_TYPE } from "../network/lib/types";
import {
  accelerationOf,
  AUTOSCALING_GROUP_TYPE,
  INSTANCE_TYPE,
  LAUNCH_TEMPLATE_TYPE,
} from "./lib/accelerated-hosts";
import { acceleratedOverride, templatesOf } from "./autoscaling-accelerated-fleet-hardened";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Instances, Auto Scaling groups, and launch templates that name their subnet in a network interface. */
const HOST_TYPES: ReadonlySet<string> = new Set([
  INSTANCE_TYPE,
  AUTOSCALING_GROUP_TYPE,
  LAUNCH_TEMPLATE_TYPE,
]);

/** An explicit "no public address" on the host, which wins over the subnet's default. */
function refusesPublicIp(host: StackResource, templates: readonly StackResource[]): boolean {
  const outputs = programOutputs(host);
  if (host.type === INSTANCE_TYPE) {
    return readOr(() => outputs.associatePublicIpAddress === false, false);
  }
  return templates.some((t) =>
    readOr(
      () =>
        asList(programOutputs(t).networkInterfaces).some((ni) => {
          const value = field(ni, "associatePublicIpAddress");
          return value === false || value === "false";
        }),
      false,
    ),
  );
}

/** The subnets a host launches into, as Pulumi recorded them or by literal id; a template's are those of its network interfaces. */
function subnetsOf(
  host: StackResource,
  subnets: TargetIndex,
  templates: readonly StackResource[],
): StackResource[] {
  const viaTemplates = templates.flatMap((t) => [
    ...subnets.byDependency(t, "networkInterfaces"),
    ...readOr(
      () => asList(programOutputs(t).networkInterfaces).map((ni) => subnets.byValue(field(ni, "subnetId"))),
      [],
    ),
  ]);
  if (host.type === LAUNCH_TEMPLATE_TYPE) {
    return [...new Set(viaTemplates.filter((s): s is StackResource => s !== undefined))];
  }
  const property = host.type === INSTANCE_TYPE ? "subnetId" : "vpcZoneIdentifiers";
  const literal = readOr(() => asList(programOutputs(host)[property]).map((v) => subnets.byValue(v)), []);
  const found = [...subnets.byDependency(host, property), ...literal, ...viaTemplates];
  return [...new Set(found.filter((s): s is StackResource => s !== undefined))];
}

/** The accelerated instance type a host (an instance, or a group through its templates) runs, if known. */
function acceleratedTypeOf(host: StackResource, templates: readonly StackResource[]): string | undefined {
  const sources =
    host.type === INSTANCE_TYPE
      ? [accelerationOf(programOutputs(host), "instance")]
      : templates.map((t) => accelerationOf(programOutputs(t), "launch-template"));
  for (const acceleration of sources) {
    if (acceleration.state === "yes") {
      return acceleration.instanceType;
    }
  }
  return host.type === AUTOSCALING_GROUP_TYPE ? acceleratedOverride(host) : undefined;
}

/** Why a host is judged: it runs accelerated instances, or the stack holds AI resources. */
function reasonFor(
  host: StackResource,
  templates: readonly StackResource[],
  ai: StackResource | undefined,
): string | undefined {
  const accelerated = acceleratedTypeOf(host, templates);
  if (accelerated !== undefined) {
    return `runs ${accelerated} instances`;
  }
  return ai === undefined ? undefined : `runs in a stack with AI resources ("${ai.name}", ${ai.type})`;
}

/**
 * Pure check over the stack: GPU hosts, and every host of a stack with AI resources, do not land
 * in a subnet that hands out public IP addresses (`mapPublicIpOnLaunch`), unless the host itself
 * refuses one. The host policies judge the address a host asks for; this one judges the address
 * its subnet gives it.
 */
export function checkHostSubnets(resources: readonly StackResource[]): StackViolation[] {
  const subnets = new TargetIndex(resources, [SUBNET_TYPE], (r) => knownStrings(r, ["id"]));
  const launchTemplates = new TargetIndex(resources, [LAUNCH_TEMPLATE_TYPE], (r) =>
    knownStrings(r, ["id", "name"]),
  );
  const ai = resources.find(isAiResource);
  const violations: StackViolation[] = [];
  for (const host of resources) {
    if (!HOST_TYPES.has(host.type)) {
      continue;
    }
    const templates =
      host.type === LAUNCH_TEMPLATE_TYPE
        ? [host]
        : host.type === AUTOSCALING_GROUP_TYPE
          ? templatesOf(host, launchTemplates)
          : launchTemplates.byDependency(host, "launchTemplate");
    const reason = reasonFor(host, templates, ai);
    if (reason === undefined || refusesPublicIp(host, templates)) {
      continue;
    }
    for (const subnet of subnetsOf(host, subnets, templates)) {
      if (isTrue(readOr(() => programOutputs(subnet).mapPublicIpOnLaunch, false))) {
        violations.push({
          urn: host.urn,
          message: `"${host.name}" ${reason} and launches into subnet "${subnet.name}", which gives every instance a public IP address (mapPublicIpOnLaunch: true): launch it into a private subnet, or refuse the address on the host (associatePublicIpAddress: false).`,
        });
      }
    }
  }
  return violations;
}

export const ec2HostSubnetNoPublicIp: StackPolicyDefinition = {
  kind: "stack",
  requiresResourceType: SUBNET_TYPE,
  name: "ec2-host-subnet-no-public-ip",
  description:
    "GPU hosts and fleets, and every instance, launch template or Auto Scaling group of a stack with AI resources, do not launch into a subnet that assigns public IP addresses.",
  rationale:
    "Many stacks never ask for a public address on the instance and still get one: the subnet they launch into has mapPublicIpOnLaunch, as the default VPC's subnets and many VPC templates' public subnets do. A model server or notebook on such a host is reachable from the internet and weights have a direct way out. The host policies cannot see this; the subnet and the host have to be read together.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Launch the aws.ec2.Instance (subnetId) or aws.autoscaling.Group (vpcZoneIdentifiers) into private subnets (mapPublicIpOnLaunch false, egress through a NAT gateway or VPC endpoints), or set `associatePublicIpAddress: false` on the instance (`networkInterfaces[].associatePublicIpAddress: "false"` in the launch template); publish inference through a load balancer or API.',
  minScope: CONTROL_SCOPES.acceleratedHostBaseline,
  services: ["ec2", "vpc", "autoscaling"],
  mappings: {
    nistCsf: ["PR.IR-01", "PR.AA-05"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0019", "AML.T0025"],
    cisaNcsc: ["secure-deployment"],
    seedItems: [
      "cisa.deploy-secure-infrastructure",
      "checklist.supply-isolated-self-hosted",
      "csf.pr-platform-security",
    ],
  },
  check: (resources) => checkHostSubnets(resources),
};
