import { KubernetesType } from "../../../vocabulary";
/**
 * Type tokens of the Kubernetes resources the pack reads, as @pulumi/kubernetes 4 registers them.
 * A `CustomResource` registers `kubernetes:<apiVersion>:<kind>`, so Karpenter's NodePool is
 * `kubernetes:karpenter.sh/v1:NodePool`.
 */
export const SERVICE_TYPE = KubernetesType.Service;
export const SECRET_TYPE = KubernetesType.Secret;
export const POD_TYPE = KubernetesType.Pod;
export const DEPLOYMENT_TYPE = KubernetesType.Deployment;
export const STATEFUL_SET_TYPE = KubernetesType.StatefulSet;
export const DAEMON_SET_TYPE = KubernetesType.DaemonSet;
export const REPLICA_SET_TYPE = KubernetesType.ReplicaSet;
export const JOB_TYPE = KubernetesType.Job;
export const CRON_JOB_TYPE = KubernetesType.CronJob;
export const HELM_RELEASE_TYPE = KubernetesType.HelmRelease;
export const HELM_CHART_V4_TYPE = KubernetesType.HelmChart;
export const NODE_POOL_TYPES = [KubernetesType.NodePool, KubernetesType.NodePoolV1beta1] as const;
export const NODE_CLASS_TYPES = [KubernetesType.Ec2NodeClass, KubernetesType.Ec2NodeClassV1beta1] as const;

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
