import assert from "node:assert/strict";
import { assetKind, buildInventory, tagValue } from "../../../preview/report/inventory";
import {
  bucket,
  collection,
  guardrail,
  key,
  resource,
  resources,
  role,
  stack,
  store,
  UNKNOWN,
} from "./fixtures";

describe("report/inventory", () => {
  it("groups AI-relevant resources by kind, in a fixed kind order", () => {
    assert.deepEqual(
      buildInventory(resources).map((g) => [g.kind, g.assets.map((a) => a.name)]),
      [
        ["guardrail", ["chat-guardrail"]],
        ["vector-store", ["kb"]],
        ["data-store", ["prompt-logs"]],
        ["key", ["data-key"]],
        ["logging", ["invocation-logging"]],
      ],
    );
  });

  it("reads ai-system and data-class from the tags input", () => {
    const [asset] = buildInventory([bucket])[0].assets;
    assert.deepEqual(asset, {
      urn: bucket.urn,
      type: "aws:s3/bucket:Bucket",
      name: "prompt-logs",
      aiSystem: "support-bot",
      dataClass: "prompt-logs",
    });
  });

  it("reads tags through a secret", () => {
    assert.equal(tagValue(collection, "data-class"), "knowledge-base");
  });

  it("ignores tags that are unknown during preview", () => {
    assert.equal(tagValue(role, "ai-system"), undefined);
    const unknownValue = resource("aws:s3/bucket:Bucket", "b", {
      inputs: { tags: { "data-class": UNKNOWN } },
    });
    assert.equal(assetKind(unknownValue), undefined);
  });

  it("classifies Bedrock, SageMaker and OpenSearch types", () => {
    const kind = (type: string) => assetKind(resource(type, "x"));
    assert.equal(kind("aws:bedrock/customModel:CustomModel"), "model");
    assert.equal(kind("aws:bedrock/guardrailVersion:GuardrailVersion"), "guardrail");
    assert.equal(kind("aws:bedrock/agentAgent:AgentAgent"), "agent");
    assert.equal(kind("aws:bedrock/agentcoreAgentRuntime:AgentcoreAgentRuntime"), "agent");
    assert.equal(kind("aws:sagemaker/endpoint:Endpoint"), "model");
    assert.equal(kind("aws:sagemaker/notebookInstance:NotebookInstance"), "ml-platform");
    assert.equal(kind("aws:opensearch/domain:Domain"), "vector-store");
    assert.equal(kind("aws:cloudtrail/trail:Trail"), "logging");
    assert.equal(kind("aws:ec2/vpc:Vpc"), undefined);
  });

  it("classifies Elasticsearch domains and S3 Vectors as vector stores", () => {
    const kind = (type: string) => assetKind(resource(type, "x"));
    assert.equal(kind("aws:elasticsearch/domain:Domain"), "vector-store");
    assert.equal(kind("aws:s3/vectorsIndex:VectorsIndex"), "vector-store");
  });

  it("lists GPU capacity: instances, node groups, the eks components' inputs and Karpenter NodePools", () => {
    const gpu = [
      resource("aws:ec2/instance:Instance", "llm-host", { inputs: { instanceType: "g5.2xlarge" } }),
      resource("aws:eks/nodeGroup:NodeGroup", "gpu-nodes", { inputs: { instanceTypes: ["p5.48xlarge"] } }),
      resource("eks:index:ManagedNodeGroup", "managed-gpu", {
        custom: false,
        inputs: { instanceTypes: ["p4d.24xlarge"] },
      }),
      resource("kubernetes:karpenter.sh/v1:NodePool", "gpu-pool", {
        inputs: {
          spec: {
            template: {
              spec: {
                requirements: [{ key: "karpenter.k8s.aws/instance-category", operator: "In", values: ["g"] }],
              },
            },
          },
        },
      }),
      resource("aws:ec2/instance:Instance", "bastion", { inputs: { instanceType: "t3.micro" } }),
      resource("aws:ec2/instance:Instance", "unknown-type", { inputs: { instanceType: UNKNOWN } }),
    ];
    assert.deepEqual(
      buildInventory(gpu).map((g) => [g.kind, g.title, g.assets.map((a) => a.name)]),
      [
        [
          "accelerated-compute",
          "GPU and accelerator capacity",
          ["llm-host", "gpu-nodes", "managed-gpu", "gpu-pool"],
        ],
      ],
    );
  });

  it("leaves out components and the Stack", () => {
    assert.equal(assetKind(store), undefined);
    assert.equal(assetKind(stack), undefined);
  });

  it("lists a key and a guardrail without tags", () => {
    const plain = buildInventory([
      { ...key, inputs: {} },
      { ...guardrail, inputs: {} },
    ]);
    assert.deepEqual(
      plain.map((g) => g.assets[0]),
      [
        { urn: guardrail.urn, type: guardrail.type, name: guardrail.name },
        { urn: key.urn, type: key.type, name: key.name },
      ],
    );
  });
});
