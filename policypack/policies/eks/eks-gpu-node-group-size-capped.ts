import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { tryRead } from "../../framework/unknowns";
import { CONTROL_SCOPES, MAX_GPU_NODES_PER_GROUP } from "../../vocabulary";
import { checkGpuNodeGroup, maxNodes, takesInstanceTypeList } from "./lib/gpu-node-groups";
import { GPU_SPEND_MAPPINGS, NODE_GROUP_TYPE, NODE_GROUP_TYPES } from "./lib/types";

/** Pure check: a GPU node group cannot scale past the cap. */
export function checkGpuNodeGroupSize(resource: ResourceUnderCheck): string[] {
  return checkGpuNodeGroup(resource.type, resource.props, (label) => {
    const read = () => maxNodes(resource.type, resource.props);
    const max = tryRead(read);
    // The eks components default to two nodes; the AWS resource requires the setting.
    const value = max.known ? (max.value ?? (resource.type === NODE_GROUP_TYPE ? undefined : 2)) : read();
    const setting = takesInstanceTypeList(resource.type) ? "scalingConfig.maxSize" : "maxSize";
    if (typeof value !== "number") {
      return [
        `GPU node group "${resource.name}" (${label}) has no numeric ${setting}: set it to at most ${MAX_GPU_NODES_PER_GROUP}.`,
      ];
    }
    return value > MAX_GPU_NODES_PER_GROUP
      ? [
          `GPU node group "${resource.name}" (${label}) can scale to ${value} nodes: lower ${setting} to at most ${MAX_GPU_NODES_PER_GROUP}, and add another group deliberately when more capacity is approved.`,
        ]
      : [];
  });
}

export const eksGpuNodeGroupSizeCapped: ResourcePolicyDefinition = {
  kind: "resource",
  name: "eks-gpu-node-group-size-capped",
  description: `EKS node groups of GPU or accelerator instances cannot scale past ${MAX_GPU_NODES_PER_GROUP} nodes.`,
  rationale:
    "A GPU node costs tens of dollars an hour; a node group whose maximum is in the hundreds turns a runaway job, a scheduling loop or an attacker's crypto-miner into a bill nobody approved (denial of wallet). A small cap per group makes every large expansion a reviewed change.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps: `Set \`scalingConfig.maxSize\` (aws.eks.NodeGroup, eks.ManagedNodeGroup) or \`maxSize\` (eks.NodeGroupV2, eks.Cluster) to at most ${MAX_GPU_NODES_PER_GROUP}, and keep a budget with alerts on the stack.`,
  minScope: CONTROL_SCOPES.costGuardrails,
  services: ["eks", "ec2"],
  resourceTypes: NODE_GROUP_TYPES,
  mappings: GPU_SPEND_MAPPINGS,
  check: (resource) => checkGpuNodeGroupSize(resource),
};
