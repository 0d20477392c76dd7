import * as assert from "node:assert/strict";
import { KUBERNETES_POLICIES } from "../../../policypack/policies/kubernetes";
import { helmValuesNoPlaintextKeys as helm } from "../../../policypack/policies/kubernetes/helm-values-no-plaintext-keys";
import { karpenterGpuNodePoolBounded as nodePool } from "../../../policypack/policies/kubernetes/karpenter-gpu-node-pool-bounded";
import { karpenterNodeClassHardened as nodeClass } from "../../../policypack/policies/kubernetes/karpenter-node-class-hardened";
import {
  imageTag,
  kubernetesModelServerImagePinned as pinned,
} from "../../../policypack/policies/kubernetes/kubernetes-model-server-image-pinned";
import { kubernetesModelServerNotPublic as lbPublic } from "../../../policypack/policies/kubernetes/kubernetes-model-server-not-public";
import { kubernetesSecretNoPlaintextKeys as k8sSecret } from "../../../policypack/policies/kubernetes/kubernetes-secret-no-plaintext-keys";
import { KEY_ARN } from "../fixtures/values";
import { contextAt, resource, UNKNOWN } from "../support";

const SERVICE = "kubernetes:core/v1:Service";
const SECRET = "kubernetes:core/v1:Secret";
const DEPLOYMENT = "kubernetes:apps/v1:Deployment";
const POD = "kubernetes:core/v1:Pod";
const RELEASE = "kubernetes:helm.sh/v3:Release";
const NODE_POOL = "kubernetes:karpenter.sh/v1:NodePool";
const NODE_CLASS = "kubernetes:karpenter.k8s.aws/v1:EC2NodeClass";
const ctx = contextAt(3);
const at5 = contextAt(5);
const HF = `hf_${"Ab3".repeat(12)}`;

describe("kubernetes policies", () => {
  it("all carry complete metadata", () => {
    for (const p of KUBERNETES_POLICIES) {
      assert.ok(
        p.description && p.rationale && p.remediationSteps && p.mappings.seedItems.length > 0,
        p.name,
      );
    }
  });
});

describe("kubernetes-model-server-not-public", () => {
  const service = (spec: Record<string, unknown>, annotations: Record<string, unknown> = {}, name = "vllm") =>
    resource(SERVICE, { metadata: { name, annotations }, spec: { selector: { app: name }, ...spec } }, name);
  const SCHEME = "service.beta.kubernetes.io/aws-load-balancer-scheme";

  it("passes internal, restricted and ClusterIP model servers, and public services that are not model servers", () => {
    assert.deepEqual(lbPublic.check(service({ type: "LoadBalancer" }, { [SCHEME]: "internal" }), ctx), []);
    assert.deepEqual(
      lbPublic.check(
        service(
          { type: "LoadBalancer" },
          { "service.beta.kubernetes.io/aws-load-balancer-internal": "true" },
        ),
        ctx,
      ),
      [],
    );
    assert.deepEqual(
      lbPublic.check(service({ type: "LoadBalancer", loadBalancerSourceRanges: ["10.0.0.0/8"] }), ctx),
      [],
    );
    assert.deepEqual(
      lbPublic.check(service({ type: "LoadBalancer", loadBalancerClass: "service.k8s.aws/nlb" }), ctx),
      [],
    );
    assert.deepEqual(lbPublic.check(service({ type: "ClusterIP" }), ctx), []);
    assert.deepEqual(lbPublic.check(service({ type: "LoadBalancer" }, {}, "frontend"), ctx), []);
  });

  it("fails an internet-facing model server open to everyone", () => {
    assert.deepEqual(lbPublic.check(service({ type: "LoadBalancer" }), ctx), [
      `Service "vllm" publishes a model server ("vllm") on an internet-facing load balancer open to every address, with no authentication in front: annotate it ${SCHEME}: internal (or use type ClusterIP), and expose the model only through an ingress or API gateway that authenticates and rate-limits callers.`,
    ]);
    assert.equal(
      lbPublic.check(
        service(
          { type: "LoadBalancer", loadBalancerClass: "service.k8s.aws/nlb" },
          { [SCHEME]: "internet-facing" },
        ),
        ctx,
      ).length,
      1,
    );
    assert.equal(
      lbPublic.check(service({ type: "LoadBalancer", loadBalancerSourceRanges: ["0.0.0.0/0"] }), ctx).length,
      1,
    );
  });

  it("recognises a model server by its selector or labels", () => {
    const svc = resource(
      SERVICE,
      {
        metadata: { name: "api", labels: { component: "text-generation-inference" } },
        spec: { type: "LoadBalancer" },
      },
      "api",
    );
    assert.equal(lbPublic.check(svc, ctx).length, 1);
  });

  it("lets the SDK say so when the type or the ranges are unknown", () => {
    assert.throws(() => lbPublic.check(service({ type: UNKNOWN }), ctx), /can't be known/);
    assert.throws(
      () => lbPublic.check(service({ type: "LoadBalancer", loadBalancerSourceRanges: UNKNOWN }), ctx),
      /can't be known/,
    );
  });
});

describe("kubernetes-model-server-image-pinned", () => {
  const deployment = (containers: unknown[], name = "vllm") =>
    resource(DEPLOYMENT, { metadata: { name }, spec: { template: { spec: { containers } } } }, name);

  it("reads tags and digests, registry ports included", () => {
    assert.deepEqual(imageTag("registry:5000/vllm/vllm-openai"), { tag: undefined, digest: false });
    assert.deepEqual(imageTag("vllm/vllm-openai:v0.6.3"), { tag: "v0.6.3", digest: false });
    assert.deepEqual(imageTag("vllm/vllm-openai@sha256:abc").digest, true);
  });

  it("passes pinned model-server images and unpinned images of other workloads", () => {
    assert.deepEqual(
      pinned.check(deployment([{ name: "server", image: "vllm/vllm-openai:v0.6.3" }]), ctx),
      [],
    );
    assert.deepEqual(
      pinned.check(deployment([{ name: "server", image: "ghcr.io/x/y@sha256:0123" }]), ctx),
      [],
    );
    assert.deepEqual(pinned.check(deployment([{ name: "web", image: "nginx" }], "frontend"), ctx), []);
    assert.deepEqual(pinned.check(deployment([{ name: "server", image: UNKNOWN }]), ctx), []);
  });

  it("fails latest and untagged model-server images, by image, name or GPU request", () => {
    assert.deepEqual(
      pinned.check(deployment([{ name: "server", image: "vllm/vllm-openai:latest" }], "chat"), ctx),
      [
        `Deployment "chat" runs model server container "server" from "vllm/vllm-openai:latest", a mutable latest tag: pin a version tag or, better, a digest (image@sha256:...), from a registry with immutable tags and scanning.`,
      ],
    );
    assert.match(
      pinned.check(deployment([{ name: "app", image: "my/app" }]), ctx)[0],
      /which has no tag \(it means latest\)/,
    );
    const gpuPod = resource(
      POD,
      { spec: { containers: [{ image: "my/app", resources: { limits: { "nvidia.com/gpu": 1 } } }] } },
      "job",
    );
    assert.equal(pinned.check(gpuPod, ctx).length, 1);
  });
});

describe("kubernetes-secret-no-plaintext-keys", () => {
  it("passes ordinary configuration and unknown values", () => {
    assert.deepEqual(
      k8sSecret.check(
        resource(SECRET, { stringData: { MODEL_ID: "meta-llama/Llama-3.1-8B", HF_TOKEN: UNKNOWN } }),
        ctx,
      ),
      [],
    );
    assert.deepEqual(k8sSecret.check(resource(SECRET, { stringData: UNKNOWN, data: UNKNOWN }), ctx), []);
  });

  it("fails a token in stringData and a password in base64 data", () => {
    const found = k8sSecret.check(
      resource(
        SECRET,
        { stringData: { token: HF }, data: { DB_PASSWORD: Buffer.from("CHANGEME").toString("base64") } },
        "hf",
      ),
      ctx,
    );
    assert.deepEqual(found, [
      `Secret "hf" key stringData.token holds a Hugging Face token ("hf_A****") as a literal value: keep the value in AWS Secrets Manager and sync it into the cluster with the Secrets Store CSI driver or External Secrets, so it is never written into the program or its state.`,
      `Secret "hf" key data.DB_PASSWORD holds a placeholder default ("****") as a literal value: keep the value in AWS Secrets Manager and sync it into the cluster with the Secrets Store CSI driver or External Secrets, so it is never written into the program or its state.`,
    ]);
  });
});

describe("helm-values-no-plaintext-keys", () => {
  it("passes values that reference existing secrets", () => {
    const values = {
      env: [{ name: "HF_TOKEN", valueFrom: { secretKeyRef: { name: "hf", key: "token" } } }],
      existingSecret: "hf",
    };
    assert.deepEqual(helm.check(resource(RELEASE, { chart: "vllm", values }), ctx), []);
    assert.deepEqual(helm.check(resource(RELEASE, { values: UNKNOWN }), ctx), []);
  });

  it("fails a token and a placeholder password in nested values", () => {
    const values = { env: [{ name: "HF_TOKEN", value: HF }], auth: { adminPassword: "changeme" } };
    assert.deepEqual(
      helm.check(resource(RELEASE, { values }, "vllm"), ctx).map((m) => m.split(":")[0]),
      [
        `Helm value values.env[0].value of "vllm" holds a Hugging Face token ("hf_A****") as a literal value`,
        `Helm value values.auth.adminPassword of "vllm" holds a placeholder default ("****") as a literal value`,
      ],
    );
  });
});

describe("karpenter-gpu-node-pool-bounded", () => {
  const pool = (requirements: unknown[], limits?: unknown) =>
    resource(NODE_POOL, { spec: { template: { spec: { requirements } }, limits } }, "gpu");
  const CATEGORY = { key: "karpenter.k8s.aws/instance-category", operator: "In", values: ["g", "p"] };
  const FAMILY = { key: "karpenter.k8s.aws/instance-family", operator: "In", values: ["g6e"] };

  it("passes a GPU pool with named families and limits, and CPU pools", () => {
    assert.deepEqual(
      nodePool.check(pool([CATEGORY, FAMILY], { cpu: "384", "nvidia.com/gpu": "16" }), ctx),
      [],
    );
    assert.deepEqual(
      nodePool.check(
        pool([{ key: "karpenter.k8s.aws/instance-category", operator: "In", values: ["m", "c"] }]),
        ctx,
      ),
      [],
    );
  });

  it("fails a pool of any g/p family with no limits", () => {
    assert.deepEqual(nodePool.check(pool([CATEGORY]), ctx), [
      `NodePool "gpu" launches accelerated instances (instance-category g) of any family: add a requirement on karpenter.k8s.aws/instance-family (or node.kubernetes.io/instance-type) with operator In and the families you approved, for example ["g6e", "p5"].`,
      `NodePool "gpu" launches accelerated instances (instance-category g) with no limits: set spec.limits (cpu and nvidia.com/gpu) to the capacity you are ready to pay for.`,
    ]);
  });

  it("recognises GPU pools by family, instance type or GPU labels", () => {
    assert.equal(
      nodePool.check(
        pool([{ key: "node.kubernetes.io/instance-type", operator: "In", values: ["p5.48xlarge"] }]),
        ctx,
      ).length,
      1,
    );
    assert.equal(
      nodePool.check(
        pool([{ key: "karpenter.k8s.aws/instance-gpu-count", operator: "Gt", values: ["0"] }], {
          memory: "1Ti",
        }),
        ctx,
      ).length,
      2,
    );
  });

  it("lets the SDK say so when the spec is unknown", () => {
    assert.throws(() => nodePool.check(resource(NODE_POOL, { spec: UNKNOWN }), ctx), /can't be known/);
    assert.deepEqual(nodePool.check(pool([CATEGORY, FAMILY], { cpu: UNKNOWN }), ctx), []);
  });
});

describe("karpenter-node-class-hardened", () => {
  const cls = (spec: Record<string, unknown>) =>
    resource(NODE_CLASS, { spec: { amiSelectorTerms: [{ alias: "al2023@latest" }], ...spec } }, "gpu");
  const CMK_DEVICE = [{ deviceName: "/dev/xvda", ebs: { encrypted: true, kmsKeyID: KEY_ARN } }];

  it("passes Karpenter's defaults below scope 5 and a CMK volume at scope 5", () => {
    assert.deepEqual(nodeClass.check(cls({}), ctx), []);
    assert.deepEqual(
      nodeClass.check(
        cls({
          blockDeviceMappings: CMK_DEVICE,
          metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 },
        }),
        at5,
      ),
      [],
    );
  });

  it("fails weakened metadata options, unencrypted volumes and public addresses", () => {
    const found = nodeClass.check(
      cls({
        metadataOptions: { httpTokens: "optional", httpPutResponseHopLimit: 2 },
        blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: false } }],
        associatePublicIPAddress: true,
      }),
      ctx,
    );
    assert.deepEqual(found, [
      `EC2NodeClass "gpu" sets metadataOptions.httpTokens to "optional": set it to "required" (IMDSv2).`,
      `EC2NodeClass "gpu" sets metadataOptions.httpPutResponseHopLimit to 2: set it to 1 so pods cannot reach the node role.`,
      `EC2NodeClass "gpu" block device 0 is not encrypted: set blockDeviceMappings[0].ebs.encrypted to true.`,
      `EC2NodeClass "gpu" gives nodes public IP addresses: remove associatePublicIPAddress and select private subnets.`,
    ]);
  });

  it("accepts a key computed from another resource, unknown in preview", () => {
    const device = [{ deviceName: "/dev/xvda", ebs: { encrypted: true, kmsKeyID: UNKNOWN } }];
    assert.deepEqual(nodeClass.check(cls({ blockDeviceMappings: device }), at5), []);
  });

  it("requires a customer-managed key at scope 5", () => {
    assert.match(nodeClass.check(cls({}), at5)[0], /leaves its volumes to Karpenter's defaults/);
  });

  it("lets the SDK say so when the only deciding value is unknown", () => {
    assert.throws(
      () => nodeClass.check(cls({ metadataOptions: { httpTokens: UNKNOWN } }), ctx),
      /can't be known/,
    );
  });
});
