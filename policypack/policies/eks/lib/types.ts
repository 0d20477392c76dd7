import type { ControlMappings } from "../../../framework/types";
import { AwsType, EksType } from "../../../vocabulary";

/** Type tokens of the EKS resources the pack reads: @pulumi/aws 7 resources and @pulumi/eks 4 components. */
export const CLUSTER_TYPE = AwsType.eks.Cluster;
export const NODE_GROUP_TYPE = AwsType.eks.NodeGroup;
export const EKS_CLUSTER_COMPONENT_TYPE = EksType.Cluster;
export const EKS_MANAGED_NODE_GROUP_TYPE = EksType.ManagedNodeGroup;
export const EKS_NODE_GROUP_V2_TYPE = EksType.NodeGroupV2;
export const EKS_NODE_GROUP_TYPE = EksType.NodeGroup;

/** Both ways a program declares a cluster: the AWS resource, or the eks package's component (judged on its inputs). */
export const CLUSTER_TYPES = [CLUSTER_TYPE, EKS_CLUSTER_COMPONENT_TYPE] as const;

/** Every way a program declares worker nodes; the eks Cluster component brings a default node group. */
export const NODE_GROUP_TYPES = [
  NODE_GROUP_TYPE,
  EKS_MANAGED_NODE_GROUP_TYPE,
  EKS_NODE_GROUP_V2_TYPE,
  EKS_NODE_GROUP_TYPE,
  EKS_CLUSTER_COMPONENT_TYPE,
] as const;

/** Mappings shared by the control-plane policies. */
export const CONTROL_PLANE_MAPPINGS: ControlMappings = {
  nistCsf: ["PR.PS-01", "PR.IR-01"],
  owaspLlm: ["LLM03"],
  mitreAtlas: ["AML.T0049", "AML.M0005"],
  cisaNcsc: ["secure-deployment"],
  seedItems: ["csf.pr-platform-security", "cisa.deploy-secure-infrastructure", "cisa.deploy-secure-defaults"],
};

/** Mappings shared by the GPU node policies. */
export const GPU_NODE_MAPPINGS: ControlMappings = {
  nistCsf: ["PR.PS-01", "PR.AA-05", "PR.DS-01", "PR.IR-01"],
  owaspLlm: ["LLM02", "LLM03"],
  mitreAtlas: ["AML.M0005", "AML.T0035"],
  cisaNcsc: ["secure-deployment"],
  seedItems: [
    "csf.pr-platform-security",
    "cisa.deploy-secure-infrastructure",
    "checklist.supply-isolated-self-hosted",
    "matrix.scope-5",
  ],
};

/** Mappings shared by the GPU spend caps: unbounded accelerator capacity is a denial-of-wallet risk. */
export const GPU_SPEND_MAPPINGS: ControlMappings = {
  nistCsf: ["PR.IR-04", "GV.RM-03"],
  owaspLlm: ["LLM10"],
  mitreAtlas: ["AML.T0034", "AML.T0029"],
  cisaNcsc: ["secure-operation"],
  seedItems: ["checklist.ops-budget-alerts", "checklist.ops-rate-limiting", "csf.pr-resilience"],
};
