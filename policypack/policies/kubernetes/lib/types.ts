/**
 * Type tokens of the Kubernetes resources the pack reads, as @pulumi/kubernetes 4 registers them.
 * A `CustomResource` registers `kubernetes:<apiVersion>:<kind>`, so Karpenter's NodePool is
 * `kubernetes:karpenter.sh/v1:NodePool`.
 */
export const SERVICE_TYPE = "kubernetes:core/v1:Service";
export const SECRET_TYPE = "kubernetes:core/v1:Secret";
export const POD_TYPE = "kubernetes:core/v1:Pod";
export const DEPLOYMENT_TYPE = "kubernetes:apps/v1:Deployment";
export const STATEFUL_SET_TYPE = "kubernetes:apps/v1:StatefulSet";
export const DAEMON_SET_TYPE = "kubernetes:apps/v1:DaemonSet";
export const REPLICA_SET_TYPE = "kubernetes:apps/v1:ReplicaSet";
export const JOB_TYPE = "kubernetes:batch/v1:Job";
export const CRON_JOB_TYPE = "kubernetes:batch/v1:CronJob";
export const HELM_RELEASE_TYPE = "kubernetes:helm.sh/v3:Release";
export const HELM_CHART_V4_TYPE = "kubernetes:helm.sh/v4:Chart";
export const NODE_POOL_TYPES = [
  "kubernetes:karpenter.sh/v1:NodePool",
  "kubernetes:karpenter.sh/v1beta1:NodePool",
] as const;
export const NODE_CLASS_TYPES = [
  "kubernetes:karpenter.k8s.aws/v1:EC2NodeClass",
  "kubernetes:karpenter.k8s.aws/v1beta1:EC2NodeClass",
] as const;

/** Workloads that run containers, and where each keeps its pod spec. */
export const WORKLOAD_POD_SPEC_PATHS: Readonly<Record<string, readonly string[]>> = {
  [POD_TYPE]: ["spec"],
  [DEPLOYMENT_TYPE]: ["spec", "template", "spec"],
  [STATEFUL_SET_TYPE]: ["spec", "template", "spec"],
  [DAEMON_SET_TYPE]: ["spec", "template", "spec"],
  [REPLICA_SET_TYPE]: ["spec", "template", "spec"],
  [JOB_TYPE]: ["spec", "template", "spec"],
  [CRON_JOB_TYPE]: ["spec", "jobTemplate", "spec", "template", "spec"],
};

export const WORKLOAD_TYPES = Object.keys(WORKLOAD_POD_SPEC_PATHS);
