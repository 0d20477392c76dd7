import { KubernetesType } from "../../../policypack/vocabulary";
import { resourceSample, withOddProps, type DomainSamples } from "./sample";
import { KEY_ARN, UNKNOWN } from "./values";

// A fake token in Hugging Face's format, assembled at run time so no scanner mistakes it for a real one.
const HF = `hf_${"Ab3".repeat(12)}`;
const service = (spec: Record<string, unknown>, annotations: Record<string, unknown> = {}) => ({
  metadata: { name: "vllm", annotations },
  spec: { selector: { app: "vllm" }, ...spec },
});
const deployment = (image: string) => ({
  metadata: { name: "vllm" },
  spec: { template: { spec: { containers: [{ name: "server", image }] } } },
});
const CATEGORY = { key: "karpenter.k8s.aws/instance-category", operator: "In", values: ["g", "p"] };
const FAMILY = { key: "karpenter.k8s.aws/instance-family", operator: "In", values: ["g6e"] };
const nodePool = (requirements: unknown[], limits?: unknown) => ({
  spec: { template: { spec: { requirements } }, limits },
});
const nodeClass = (spec: Record<string, unknown>) => ({
  spec: { amiSelectorTerms: [{ alias: "al2023@latest" }], ...spec },
});

/** Props no Kubernetes policy may choke on, on top of the shared ones. */
const KUBERNETES_ODD_PROPS = [
  { metadata: { name: "vllm", annotations: 3 }, spec: "x" },
  { spec: { template: { spec: { containers: [null, 3, { image: 4 }] } } } },
  { data: { a: 3, b: "%%%" }, stringData: [1] },
  { values: [null, { a: [3] }] },
  { spec: { template: { spec: { requirements: [null, { key: 3 }] } }, limits: "x" } },
  { spec: { blockDeviceMappings: [null, { ebs: 3 }], metadataOptions: [] } },
];

/** Samples of the Kubernetes policies: model servers, secrets, Helm values and Karpenter capacity. */
export const KUBERNETES_SAMPLES: DomainSamples = withOddProps(
  {
    "kubernetes-model-server-not-public": resourceSample(
      KubernetesType.Service,
      service({ type: "LoadBalancer" }),
      service(
        { type: "LoadBalancer" },
        { "service.beta.kubernetes.io/aws-load-balancer-scheme": "internal" },
      ),
      `Service "subject" publishes a model server ("vllm") on an internet-facing load balancer open to every address, with no authentication in front: annotate it service.beta.kubernetes.io/aws-load-balancer-scheme: internal (or use type ClusterIP), and expose the model only through an ingress or API gateway that authenticates and rate-limits callers.`,
    ),
    "kubernetes-model-server-image-pinned": resourceSample(
      KubernetesType.Deployment,
      deployment("vllm/vllm-openai:latest"),
      deployment("vllm/vllm-openai:v0.6.3"),
      `Deployment "subject" runs model server container "server" from "vllm/vllm-openai:latest", a mutable latest tag: pin a version tag or, better, a digest (image@sha256:...), from a registry with immutable tags and scanning.`,
    ),
    "kubernetes-secret-no-plaintext-keys": resourceSample(
      KubernetesType.Secret,
      { stringData: { token: HF } },
      { stringData: { MODEL_ID: "meta-llama/Llama-3.1-8B", HF_TOKEN: UNKNOWN } },
      `Secret "subject" key stringData.token holds a Hugging Face token ("hf_A****") as a literal value: keep the value in AWS Secrets Manager and sync it into the cluster with the Secrets Store CSI driver or External Secrets, so it is never written into the program or its state.`,
    ),
    "helm-values-no-plaintext-keys": resourceSample(
      KubernetesType.HelmRelease,
      { chart: "vllm", values: { env: [{ name: "HF_TOKEN", value: HF }] } },
      {
        chart: "vllm",
        values: {
          env: [{ name: "HF_TOKEN", valueFrom: { secretKeyRef: { name: "hf", key: "token" } } }],
          existingSecret: "hf",
        },
      },
      'Helm value values.env[0].value of "subject" holds a Hugging Face token ("hf_A****") as a literal value: reference an existing Kubernetes Secret synced from Secrets Manager (most charts take existingSecret / secretKeyRef) instead of passing the value.',
    ),
    "karpenter-gpu-node-pool-bounded": resourceSample(
      KubernetesType.NodePool,
      nodePool([CATEGORY, FAMILY]),
      nodePool([CATEGORY, FAMILY], { cpu: "384", "nvidia.com/gpu": "16" }),
      'NodePool "subject" launches accelerated instances (instance-category g) with no limits: set spec.limits (cpu and nvidia.com/gpu) to the capacity you are ready to pay for.',
    ),
    "karpenter-node-class-hardened": resourceSample(
      KubernetesType.Ec2NodeClass,
      nodeClass({ metadataOptions: { httpTokens: "optional", httpPutResponseHopLimit: 1 } }),
      nodeClass({
        blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: true, kmsKeyID: KEY_ARN } }],
        metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 },
      }),
      `EC2NodeClass "subject" sets metadataOptions.httpTokens to "optional": set it to "required" (IMDSv2).`,
    ),
  },
  KUBERNETES_ODD_PROPS,
);
