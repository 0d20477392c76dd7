import type { ResourcePolicyDefinition, ResourceProps, ResourceUnderCheck } from "../../framework/types";
import { asList, field, isTrue } from "../../framework/values";
import { checkAcceleratedHost, HOST_TYPES, type HostKind } from "./lib/accelerated-hosts";
import { CONTROL_SCOPES } from "../../vocabulary";

/** The host's public-address findings, whatever its instance type. Reads the deciding values directly. */
export function publicIpFindings(props: ResourceProps, kind: HostKind): string[] {
  if (kind === "instance") {
    return isTrue(props.associatePublicIpAddress)
      ? [
          "The instance gets a public IP address: remove associatePublicIpAddress (or set it to false) and reach the host through SSM Session Manager or a private network.",
        ]
      : [];
  }
  const interfaces = asList(props.networkInterfaces);
  const publicOnes = interfaces
    .map((ni, i) => ({ ni, i }))
    .filter(({ ni }) => isTrue(field(ni, "associatePublicIpAddress")));
  return publicOnes.map(
    ({ i }) =>
      `Network interface ${i} of the launch template gets a public IP address: set networkInterfaces[${i}].associatePublicIpAddress to "false" and use private subnets.`,
  );
}

/** Pure check: a GPU or accelerator host is not given a public IP address. */
export function checkNoPublicIp(resource: ResourceUnderCheck): string[] {
  return checkAcceleratedHost(resource, publicIpFindings);
}

export const ec2AcceleratedHostNoPublicIp: ResourcePolicyDefinition = {
  kind: "resource",
  name: "ec2-accelerated-host-no-public-ip",
  description:
    "EC2 instances and launch templates on GPU or accelerator families do not request a public IP address.",
  rationale:
    "A GPU host with a public address exposes its model server, notebook or SSH daemon to the internet and gives stolen weights a direct way out. Applies from scope 1: no AI workload needs an accelerated host with a public address; the address a subnet assigns by default is checked with the network policies.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Remove `associatePublicIpAddress: true` from the aws.ec2.Instance (or set it to false), or set `networkInterfaces[].associatePublicIpAddress: "false"` in the aws.ec2.LaunchTemplate; launch into private subnets and publish inference through a load balancer or API.',
  minScope: CONTROL_SCOPES.acceleratedHostBaseline,
  services: ["ec2"],
  resourceTypes: HOST_TYPES,
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
  check: (resource) => checkNoPublicIp(resource),
};
