import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { stringItems } from "../../framework/values";
import { CLUSTER_TYPES } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** The control-plane log types every AI cluster sends to CloudWatch: who called the API, and as whom. */
export const REQUIRED_CLUSTER_LOG_TYPES = ["audit", "authenticator"] as const;

/** Pure check: the control plane sends its audit and authenticator logs to CloudWatch Logs. */
export function checkClusterAuditLogging(resource: ResourceUnderCheck): string[] {
  // Both kinds of cluster spell it `enabledClusterLogTypes`; an unknown list lets the SDK say so.
  const enabled = stringItems(resource.props.enabledClusterLogTypes);
  const missing = REQUIRED_CLUSTER_LOG_TYPES.filter((type) => !enabled.includes(type));
  return missing.length === 0
    ? []
    : [
        `Cluster "${resource.name}" does not log ${missing.map((t) => `"${t}"`).join(" and ")} from its control plane: add ${missing.join(", ")} to enabledClusterLogTypes.`,
      ];
}

export const eksClusterAuditLogging: ResourcePolicyDefinition = {
  kind: "resource",
  name: "eks-cluster-audit-logging",
  description: "EKS clusters send their control-plane audit and authenticator logs to CloudWatch Logs.",
  rationale:
    "The Kubernetes audit log is the only record of who read a Secret holding a model token, exec'd into a model server or scheduled a pod onto a GPU node; without it an incident on the cluster cannot be reconstructed.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `enabledClusterLogTypes: ["api", "audit", "authenticator"]` on aws.eks.Cluster or eks.Cluster, and give the `/aws/eks/<cluster>/cluster` log group a retention period and a KMS key.',
  minScope: CONTROL_SCOPES.auditTrail,
  services: ["eks", "logs"],
  resourceTypes: CLUSTER_TYPES,
  mappings: {
    nistCsf: ["DE.CM-01", "PR.PS-04"],
    owaspLlm: [],
    mitreAtlas: ["AML.M0005"],
    cisaNcsc: ["secure-operation"],
    seedItems: ["checklist.data-audit-trail", "csf.pr-logging", "checklist.mon-logging"],
  },
  check: (resource) => checkClusterAuditLogging(resource),
};
