import * as aws from "@pulumi/aws";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";

// A GPU inference platform on EKS, written the way such programs often are. Each numbered resource
// breaks one scopeguard EKS or Kubernetes control and is otherwise compliant, so the expected
// violations (README.md) map onto resources. The stack declares scope 5 (it trains and serves its
// own model), where every control below applies.

const key = new aws.kms.Key("eks-key", {
  description: "EKS secrets and node volumes",
  enableKeyRotation: true,
});
// An existing cluster role, node role and private subnets, by ARN and id.
const CLUSTER_ROLE = "arn:aws:iam::123456789012:role/eks-cluster";
const NODE_ROLE = "arn:aws:iam::123456789012:role/eks-gpu-nodes";
const PRIVATE_SUBNETS = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"];

// 1. eks-cluster-endpoint-not-public: the API endpoint is open to the internet (the default CIDR).
const cluster = new aws.eks.Cluster("public-endpoint-cluster", {
  roleArn: CLUSTER_ROLE,
  vpcConfig: { subnetIds: PRIVATE_SUBNETS, endpointPrivateAccess: true, endpointPublicAccess: true },
  encryptionConfig: { provider: { keyArn: key.arn }, resources: ["secrets"] },
  enabledClusterLogTypes: ["api", "audit", "authenticator"],
});

// A hardened template for the GPU nodes: IMDSv2 with hop limit 1, root volume under the key.
const nodeTemplate = new aws.ec2.LaunchTemplate("gpu-node-template", {
  metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 },
  blockDeviceMappings: [
    { deviceName: "/dev/xvda", ebs: { encrypted: "true", kmsKeyId: key.arn, volumeSize: 200 } },
  ],
});
const fromTemplate = { id: nodeTemplate.id, version: nodeTemplate.latestVersion.apply(String) };

// 2. eks-gpu-node-group-size-capped: p4d, p5 and g5 nodes that can scale to 64 (denial of wallet).
new aws.eks.NodeGroup("unbounded-gpu-nodes", {
  clusterName: cluster.name,
  nodeRoleArn: NODE_ROLE,
  subnetIds: PRIVATE_SUBNETS,
  instanceTypes: ["p4d.24xlarge", "p5.48xlarge", "g5.48xlarge"],
  amiType: "AL2023_x86_64_NVIDIA",
  scalingConfig: { minSize: 0, desiredSize: 1, maxSize: 64 },
  launchTemplate: fromTemplate,
  taints: [{ key: "nvidia.com/gpu", value: "true", effect: "NO_SCHEDULE" }],
});

// 3. eks-gpu-node-group-hardened: GPU nodes on EKS's default launch template (hop limit 2, IMDSv1
// left on by older images, volume encryption left to the account default).
new aws.eks.NodeGroup("default-template-gpu-nodes", {
  clusterName: cluster.name,
  nodeRoleArn: NODE_ROLE,
  subnetIds: PRIVATE_SUBNETS,
  instanceTypes: ["g5.xlarge"],
  amiType: "AL2023_x86_64_NVIDIA",
  scalingConfig: { minSize: 0, desiredSize: 1, maxSize: 2 },
});

// The workloads run on the cluster through its own kubeconfig.
const kubeconfig = pulumi.jsonStringify({
  apiVersion: "v1",
  kind: "Config",
  clusters: [
    {
      name: "gpu",
      cluster: { server: cluster.endpoint, "certificate-authority-data": cluster.certificateAuthority.data },
    },
  ],
  contexts: [{ name: "gpu", context: { cluster: "gpu", user: "aws" } }],
  "current-context": "gpu",
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
const provider = new k8s.Provider("gpu-cluster", { kubeconfig });
const inCluster = { provider };

// 4. karpenter-gpu-node-pool-bounded: any g or p family, spot or on-demand, and no limits.
new k8s.apiextensions.CustomResource(
  "any-gpu-family",
  {
    apiVersion: "karpenter.sh/v1",
    kind: "NodePool",
    metadata: { name: "gpu" },
    spec: {
      template: {
        spec: {
          nodeClassRef: { group: "karpenter.k8s.aws", kind: "EC2NodeClass", name: "gpu" },
          requirements: [
            { key: "karpenter.k8s.aws/instance-category", operator: "In", values: ["g", "p"] },
            { key: "karpenter.sh/capacity-type", operator: "In", values: ["spot", "on-demand"] },
          ],
          taints: [{ key: "nvidia.com/gpu", value: "true", effect: "NoSchedule" }],
        },
      },
    },
  },
  inCluster,
);

// 5. kubernetes-model-server-image-pinned: the model server runs the mutable `latest` tag.
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
          tolerations: [{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }],
          containers: [
            {
              name: "server",
              image: "vllm/vllm-openai:latest",
              args: ["--model", "meta-llama/Llama-3.1-8B-Instruct"],
              envFrom: [{ secretRef: { name: "hf-token" } }],
              resources: { limits: { "nvidia.com/gpu": "1" } },
            },
          ],
        },
      },
    },
  },
  inCluster,
);

// 6. kubernetes-model-server-not-public: an internet-facing load balancer, open to all, no auth.
new k8s.core.v1.Service(
  "vllm-public",
  {
    metadata: { name: "vllm", labels },
    spec: { type: "LoadBalancer", selector: labels, ports: [{ port: 80, targetPort: 8000 }] },
  },
  inCluster,
);

// 7. kubernetes-secret-no-plaintext-keys: a Hugging Face token written into the program (a fake one,
// assembled at run time so no scanner mistakes it for a real token).
new k8s.core.v1.Secret(
  "hf-token",
  { metadata: { name: "hf-token" }, stringData: { HF_TOKEN: `hf_${"Xq7".repeat(12)}` } },
  inCluster,
);

// 8. helm-values-no-plaintext-keys: the gateway in front of the model gets its admin password as a value.
new k8s.helm.v3.Release(
  "model-gateway",
  {
    chart: "oci://ghcr.io/example/charts/llm-gateway",
    version: "1.4.2",
    values: { service: { type: "ClusterIP" }, auth: { adminPassword: "CHANGEME" } },
  },
  inCluster,
);
