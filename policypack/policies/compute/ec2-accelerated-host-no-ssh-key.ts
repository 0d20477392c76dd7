import type { ResourcePolicyDefinition, ResourceProps, ResourceUnderCheck } from "../../framework/types";
import { checkAcceleratedHost, HOST_TYPES } from "./lib/accelerated-hosts";
import { isReferenceSet } from "../../framework/references";
import { CONTROL_SCOPES } from "../../vocabulary";

/** The host's SSH-key finding. A key name that is unknown during preview is still a key. */
export function sshKeyFindings(props: ResourceProps): string[] {
  return isReferenceSet(() => props.keyName)
    ? [
        "The host is launched with an SSH key pair: remove keyName and use SSM Session Manager, which needs no open port and logs every session.",
      ]
    : [];
}

/** Pure check: a GPU or accelerator host is not launched with an SSH key pair. */
export function checkNoSshKey(resource: ResourceUnderCheck): string[] {
  return checkAcceleratedHost(resource, sshKeyFindings);
}

export const ec2AcceleratedHostNoSshKey: ResourcePolicyDefinition = {
  kind: "resource",
  name: "ec2-accelerated-host-no-ssh-key",
  description:
    "EC2 instances and launch templates on GPU or accelerator families are not launched with an SSH key pair.",
  rationale:
    "SSH keys to training hosts are copied between people and laptops, never expire and leave no per-person audit trail, yet open the machine that holds the model being trained. The scope model asks for SSM-only access on scope-5 training fleets; at lower scopes the choice is left to the team.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove `keyName` from the aws.ec2.Instance or aws.ec2.LaunchTemplate, attach an instance profile with the AmazonSSMManagedInstanceCore policy, and connect with `aws ssm start-session`.",
  minScope: CONTROL_SCOPES.acceleratedHostLockdown,
  services: ["ec2", "ssm"],
  resourceTypes: HOST_TYPES,
  mappings: {
    nistCsf: ["PR.AA-01", "PR.AA-05", "PR.PS-04"],
    owaspLlm: ["LLM04", "LLM02"],
    mitreAtlas: ["AML.M0005"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-access-chain", "csf.pr-platform-security", "matrix.scope-5"],
  },
  check: (resource) => checkNoSshKey(resource),
};
