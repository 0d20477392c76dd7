import * as aws from "@pulumi/aws";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { AiPlatform } from "../../components/platform";

// Serving and fine-tuning a self-trained model on EKS. AiPlatform builds the scope 5 platform: the
// isolated training network (no internet route; AWS APIs, EKS included, through private endpoints),
// model-data stores, the image registry and backups; with `eksGpuCapacity` it adds a GpuNodeGroup
// on the cluster below: GPU nodes from a hardened launch template (IMDSv2, hop limit 1, root volume
// under a customer-managed key), in private subnets, capped at four nodes and tainted so only GPU
// pods land there.
const CLUSTER_NAME = "serving";
const OWNER = "ml-platform";
const platform = new AiPlatform("serving-lm", {
  scope: 5,
  models: ["amazon.titan-embed-text-v2:0"],
  owner: OWNER,
  cidrBlock: "10.50.0.0/16",
  additionalInterfaceEndpoints: ["eks", "eks-auth", "sts", "ec2", "elasticloadbalancing"],
  vectorStore: false,
  budget: { monthlyLimitUsd: 60000, subscriberEmails: ["ml-platform@example.com"] },
  eksGpuCapacity: { clusterName: CLUSTER_NAME, instanceTypes: ["g6e.12xlarge"], maxSize: 4 },
});

// The cluster: API endpoint reachable only from inside the VPC, Kubernetes Secrets envelope-encrypted
// with a customer-managed key, control-plane audit and authenticator logs kept.
const secretsKey = new aws.kms.Key("serving-eks-secrets", {
  description: "scopeguard: envelope encryption of the serving cluster's Kubernetes Secrets",
  enableKeyRotation: true,
});
const cluster = new aws.eks.Cluster(CLUSTER_NAME, {
  name: CLUSTER_NAME,
  roleArn: "arn:aws:iam::123456789012:role/eks-cluster-serving",
  vpcConfig: {
    subnetIds: platform.privateSubnetIds as pulumi.Output<string[]>,
    endpointPrivateAccess: true,
    endpointPublicAccess: false,
  },
  encryptionConfig: { provider: { keyArn: secretsKey.arn }, resources: ["secrets"] },
  enabledClusterLogTypes: ["api", "audit", "authenticator"],
});

const kubeconfig = pulumi.jsonStringify({
  apiVersion: "v1",
  kind: "Config",
  clusters: [
    {
      name: CLUSTER_NAME,
      cluster: { server: cluster.endpoint, "certificate-authority-data": cluster.certificateAuthority.data },
    },
  ],
  contexts: [{ name: CLUSTER_NAME, context: { cluster: CLUSTER_NAME, user: "aws" } }],
  "current-context": CLUSTER_NAME,
  users: [
    {
      name: "aws",
      user: {
        exec: {
          apiVersion: "client.authentication.k8s.io/v1beta1",
          command: "aws",
          args: ["eks", "get-token", "--cluster-name", cluster.name],
        },
      },
    },
  ],
});
const inCluster = { provider: new k8s.Provider(CLUSTER_NAME, { kubeconfig }) };

// Burst capacity through Karpenter: only the approved family, at most 16 GPUs in all, on nodes whose
// class keeps Karpenter's hardened metadata options and encrypts volumes under the platform's key.
const volumesKey = platform.eksGpuNodeGroup!.keyArn;
new k8s.apiextensions.CustomResource(
  "gpu-burst-class",
  {
    apiVersion: "karpenter.k8s.aws/v1",
    kind: "EC2NodeClass",
    metadata: { name: "gpu-burst" },
    spec: {
      amiSelectorTerms: [{ alias: "al2023@latest" }],
      role: "eks-gpu-burst-nodes",
      subnetSelectorTerms: [{ tags: { "karpenter.sh/discovery": CLUSTER_NAME } }],
      securityGroupSelectorTerms: [{ tags: { "karpenter.sh/discovery": CLUSTER_NAME } }],
      metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 },
      blockDeviceMappings: [
        {
          deviceName: "/dev/xvda",
          ebs: { volumeSize: "200Gi", volumeType: "gp3", encrypted: true, kmsKeyID: volumesKey },
        },
      ],
    },
  },
  inCluster,
);
new k8s.apiextensions.CustomResource(
  "gpu-burst",
  {
    apiVersion: "karpenter.sh/v1",
    kind: "NodePool",
    metadata: { name: "gpu-burst" },
    spec: {
      template: {
        spec: {
          nodeClassRef: { group: "karpenter.k8s.aws", kind: "EC2NodeClass", name: "gpu-burst" },
          requirements: [
            { key: "karpenter.k8s.aws/instance-family", operator: "In", values: ["g6e"] },
            { key: "karpenter.sh/capacity-type", operator: "In", values: ["on-demand"] },
          ],
          taints: [{ key: "nvidia.com/gpu", value: "true", effect: "NoSchedule" }],
        },
      },
      limits: { cpu: "192", "nvidia.com/gpu": "16" },
    },
  },
  inCluster,
);

// The model server: a pinned vLLM image, on the GPU nodes only, reachable inside the VPC only.
// Callers come through the platform's authenticated front door, never straight to the pods.
const labels = { app: "vllm" };
new k8s.apps.v1.Deployment(
  "vllm",
  {
    metadata: { name: "vllm", labels },
    spec: {
      replicas: 1,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          nodeSelector: { "scopeguard.io/accelerator": "gpu" },
          tolerations: [{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }],
          containers: [
            {
              name: "server",
              image: platform.imageRegistry!.imageUri("vllm-openai-v0.6.3"),
              args: ["--model", "/models/serving-lm"],
              resources: { limits: { "nvidia.com/gpu": "4" } },
            },
          ],
        },
      },
    },
  },
  inCluster,
);
new k8s.core.v1.Service(
  "vllm",
  {
    metadata: {
      name: "vllm",
      labels,
      annotations: { "service.beta.kubernetes.io/aws-load-balancer-scheme": "internal" },
    },
    spec: { type: "LoadBalancer", selector: labels, ports: [{ port: 80, targetPort: 8000 }] },
  },
  inCluster,
);

export const vpcId = platform.vpcId;
export const clusterName = cluster.name;
export const gpuNodeGroup = platform.eksGpuNodeGroup!.nodeGroupName;
export const imageRepositoryUrl = platform.imageRepositoryUrl;
export const modelArtifactBucket = platform.modelArtifactBucketName;
