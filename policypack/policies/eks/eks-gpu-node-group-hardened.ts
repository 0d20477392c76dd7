import { collectFindings } from "../../framework/decidable";
import { isReferenceSet } from "../../framework/references";
import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { isTrue } from "../../framework/values";
import { checkGpuNodeGroup, takesInstanceTypeList } from "./lib/gpu-node-groups";
import { GPU_NODE_MAPPINGS, NODE_GROUP_TYPES } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/**
 * Managed node groups (the AWS resource and the eks component): without a launch template of
 * their own they run on EKS's default one, whose metadata options the stack cannot set (hop limit
 * 2, and IMDSv1 left on by Amazon Linux 2 images) and whose root volume is encrypted only when the
 * account default says so.
 */
function managedFindings(resource: ResourceUnderCheck, label: string): string[] {
  const props = resource.props;
  return collectFindings(
    () =>
      isReferenceSet(() => props.launchTemplate)
        ? []
        : [
            `GPU node group "${resource.name}" (${label}) runs on EKS's default launch template: give it a launch template with httpTokens "required", httpPutResponseHopLimit 1 and encrypted EBS volumes (the GpuNodeGroup component builds one).`,
          ],
    () =>
      isReferenceSet(() => props.remoteAccess)
        ? [
            `GPU node group "${resource.name}" (${label}) allows SSH through remoteAccess: remove it and use SSM Session Manager.`,
          ]
        : [],
  );
}

/**
 * Self-managed node groups (eks NodeGroupV2, NodeGroup, and the eks Cluster's default group): the
 * component builds the launch template itself, always with a metadata hop limit of 2, so only
 * volumes, public addresses and SSH keys are the program's to set.
 */
function selfManagedFindings(resource: ResourceUnderCheck, label: string): string[] {
  const props = resource.props;
  const name = `GPU node group "${resource.name}" (${label})`;
  return collectFindings(
    () => [
      `${name} is self-managed by the eks package, whose launch template sets an instance metadata hop limit of 2 (every pod can reach the node role): use a managed node group with a launch template that sets httpPutResponseHopLimit 1.`,
    ],
    () =>
      isTrue(props.nodeRootVolumeEncrypted) || isTrue(props.encryptRootBlockDevice)
        ? []
        : [`${name} does not encrypt its root volume: set nodeRootVolumeEncrypted to true.`],
    () =>
      isTrue(props.nodeAssociatePublicIpAddress)
        ? [
            `${name} gives its nodes public IP addresses: set nodeAssociatePublicIpAddress to false and place the nodes in private subnets.`,
          ]
        : [],
    () =>
      isReferenceSet(() => props.nodePublicKey, "string") || isReferenceSet(() => props.keyName, "string")
        ? [`${name} installs an SSH key: remove nodePublicKey/keyName and use SSM Session Manager.`]
        : [],
  );
}

/** Pure check: GPU worker nodes run from a hardened launch template, with no SSH and no public address. */
export function checkGpuNodeGroupHardened(resource: ResourceUnderCheck): string[] {
  return checkGpuNodeGroup(resource.type, resource.props, (label) =>
    takesInstanceTypeList(resource.type)
      ? managedFindings(resource, label)
      : selfManagedFindings(resource, label),
  );
}

export const eksGpuNodeGroupHardened: ResourcePolicyDefinition = {
  kind: "resource",
  name: "eks-gpu-node-group-hardened",
  description:
    "EKS node groups of GPU or accelerator instances run from a launch template the stack hardens (IMDSv2, hop limit 1, encrypted root volume), with no SSH access and no public addresses.",
  rationale:
    "On Kubernetes every container is one network hop from the node's metadata service: with a hop limit of 2 any pod on a GPU node can take the node role, which pulls images and often reads model artifacts. The default EKS launch template and the eks package's self-managed groups do not let the stack set that, nor guarantee encrypted volumes that hold cached weights.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Use aws.eks.NodeGroup or eks.ManagedNodeGroup with `launchTemplate: { id: lt.id, version: lt.latestVersion.apply(String) }`, where the launch template sets `metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 }` and encrypted EBS volumes with a KMS key; drop `remoteAccess`; place the group in private subnets (scopeguard\'s GpuNodeGroup component does all of this).',
  minScope: CONTROL_SCOPES.acceleratedHostBaseline,
  services: ["eks", "ec2"],
  resourceTypes: NODE_GROUP_TYPES,
  mappings: GPU_NODE_MAPPINGS,
  check: (resource) => checkGpuNodeGroupHardened(resource),
};
