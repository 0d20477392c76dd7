import * as assert from "node:assert/strict";
import { acceleratedCapacityOf } from "../../../policypack/framework/accelerated-capacity";
import { impliedScopeOf, impliedStackScope } from "../../../policypack/framework/implied-scope";
import { asSeenByPolicy, MALFORMED_PROPS, UNKNOWN } from "../support";

const NODE_POOL = "kubernetes:karpenter.sh/v1:NodePool";

/** A Karpenter NodePool's inputs with the given requirements. */
function nodePool(requirements: unknown[]): Record<string, unknown> {
  return {
    apiVersion: "karpenter.sh/v1",
    kind: "NodePool",
    spec: { template: { spec: { requirements } }, limits: { cpu: "1000" } },
  };
}

describe("framework/accelerated-capacity", () => {
  it("reads EC2 instances, spot requests and launch templates by instance type", () => {
    assert.deepEqual(acceleratedCapacityOf("aws:ec2/instance:Instance", { instanceType: "g5.xlarge" }), {
      evidence: "g5.xlarge",
      training: false,
    });
    assert.deepEqual(
      acceleratedCapacityOf("aws:ec2/spotInstanceRequest:SpotInstanceRequest", {
        instanceType: "p4d.24xlarge",
      }),
      { evidence: "p4d.24xlarge", training: true },
    );
    assert.deepEqual(
      acceleratedCapacityOf("aws:ec2/launchTemplate:LaunchTemplate", {
        instanceRequirements: { acceleratorTypes: ["gpu"] },
      }),
      { evidence: "acceleratorTypes gpu", training: false },
    );
  });

  it("reads spot fleets, EC2 fleets and Auto Scaling groups by their overrides", () => {
    assert.equal(
      acceleratedCapacityOf("aws:ec2/spotFleetRequest:SpotFleetRequest", {
        launchSpecifications: [{ instanceType: "m5.large" }, { instanceType: "trn1.32xlarge" }],
      })?.evidence,
      "trn1.32xlarge",
    );
    assert.equal(
      acceleratedCapacityOf("aws:ec2/fleet:Fleet", {
        launchTemplateConfigs: [{ overrides: [{ instanceType: "inf2.xlarge" }] }],
      })?.evidence,
      "inf2.xlarge",
    );
    assert.equal(
      acceleratedCapacityOf("aws:autoscaling/group:Group", {
        mixedInstancesPolicy: { launchTemplate: { overrides: [{ instanceType: "p5.48xlarge" }] } },
      })?.evidence,
      "p5.48xlarge",
    );
  });

  it("prefers a training type when a node group mixes families", () => {
    assert.deepEqual(
      acceleratedCapacityOf("aws:eks/nodeGroup:NodeGroup", { instanceTypes: ["g5.48xlarge", "p5.48xlarge"] }),
      { evidence: "p5.48xlarge", training: true },
    );
  });

  it("reads the inputs of the eks package's node groups and cluster", () => {
    assert.equal(
      acceleratedCapacityOf("eks:index:ManagedNodeGroup", { instanceTypes: ["p5.48xlarge"] })?.evidence,
      "p5.48xlarge",
    );
    assert.equal(
      acceleratedCapacityOf("eks:index:NodeGroupV2", { instanceType: "g6e.12xlarge" })?.evidence,
      "g6e.12xlarge",
    );
    assert.equal(
      acceleratedCapacityOf("eks:index:Cluster", { nodeGroupOptions: { instanceType: "g5.2xlarge" } })
        ?.evidence,
      "g5.2xlarge",
    );
    assert.equal(
      acceleratedCapacityOf("eks:index:Cluster", { instanceType: "g5.2xlarge", skipDefaultNodeGroup: true }),
      undefined,
    );
  });

  it("reads a node group's accelerator AMI type or the eks package's gpu flag, as the GPU node policies do", () => {
    assert.deepEqual(
      acceleratedCapacityOf("aws:eks/nodeGroup:NodeGroup", {
        instanceTypes: ["m7i.large"],
        amiType: "AL2023_x86_64_NVIDIA",
      }),
      { evidence: "amiType AL2023_x86_64_NVIDIA", training: false },
    );
    assert.deepEqual(acceleratedCapacityOf("eks:index:Cluster", { gpu: true }), {
      evidence: "gpu: true",
      training: false,
    });
    assert.equal(
      acceleratedCapacityOf("eks:index:Cluster", { gpu: true, skipDefaultNodeGroup: true }),
      undefined,
    );
  });

  it("reads a Karpenter NodePool that allows GPU families, categories or GPU counts", () => {
    assert.deepEqual(
      acceleratedCapacityOf(
        NODE_POOL,
        nodePool([{ key: "karpenter.k8s.aws/instance-family", operator: "In", values: ["g6e", "p5"] }]),
      ),
      { evidence: "karpenter.k8s.aws/instance-family In p5", training: true },
    );
    assert.deepEqual(
      acceleratedCapacityOf(
        NODE_POOL,
        nodePool([{ key: "karpenter.k8s.aws/instance-category", operator: "In", values: ["c", "g"] }]),
      ),
      { evidence: "karpenter.k8s.aws/instance-category In g", training: false },
    );
    assert.deepEqual(
      acceleratedCapacityOf(
        "kubernetes:karpenter.sh/v1beta1:NodePool",
        nodePool([{ key: "karpenter.k8s.aws/instance-gpu-count", operator: "Gt", values: ["0"] }]),
      ),
      { evidence: "karpenter.k8s.aws/instance-gpu-count Gt 0", training: false },
    );
  });

  it("does not read a NodePool that excludes GPUs or only allows general-purpose families", () => {
    for (const requirement of [
      { key: "karpenter.k8s.aws/instance-category", operator: "In", values: ["c", "m", "r"] },
      { key: "karpenter.k8s.aws/instance-category", operator: "NotIn", values: ["g", "p"] },
      { key: "karpenter.k8s.aws/instance-gpu-count", operator: "DoesNotExist" },
    ]) {
      assert.equal(
        acceleratedCapacityOf(NODE_POOL, nodePool([requirement])),
        undefined,
        JSON.stringify(requirement),
      );
    }
  });

  it("finds nothing on general-purpose types, other resource types and unknown instance types", () => {
    assert.equal(
      acceleratedCapacityOf("aws:ec2/instance:Instance", { instanceType: "m7i.large" }),
      undefined,
    );
    assert.equal(acceleratedCapacityOf("aws:s3/bucket:Bucket", { instanceType: "p5.48xlarge" }), undefined);
    assert.equal(
      acceleratedCapacityOf("aws:eks/nodeGroup:NodeGroup", asSeenByPolicy({ instanceTypes: UNKNOWN })),
      undefined,
    );
  });

  it("never throws on malformed props", () => {
    const types = [
      "aws:ec2/instance:Instance",
      "aws:ec2/launchTemplate:LaunchTemplate",
      "aws:ec2/spotFleetRequest:SpotFleetRequest",
      "aws:ec2/fleet:Fleet",
      "aws:autoscaling/group:Group",
      "aws:eks/nodeGroup:NodeGroup",
      "eks:index:Cluster",
      NODE_POOL,
    ];
    const odd = [
      ...MALFORMED_PROPS,
      { spec: { template: { spec: { requirements: [null, 4, { key: 5 }] } } } },
      { launchTemplateConfigs: [null, { overrides: "x" }], nodeGroupOptions: 3, instanceTypes: "p5" },
    ];
    for (const type of types) {
      for (const props of odd) {
        assert.doesNotThrow(
          () => acceleratedCapacityOf(type, asSeenByPolicy(props)),
          `${type} ${JSON.stringify(props)}`,
        );
      }
    }
    assert.equal(acceleratedCapacityOf("aws:ec2/instance:Instance", undefined), undefined);
  });
});

describe("framework/implied-scope", () => {
  it("reads training capacity as scope 5 and other accelerated capacity as scope 3", () => {
    assert.equal(impliedScopeOf("eks:index:ManagedNodeGroup", { instanceTypes: ["p5.48xlarge"] }), 5);
    assert.equal(impliedScopeOf("aws:ec2/instance:Instance", { instanceType: "g5.xlarge" }), 3);
    assert.equal(impliedScopeOf("aws:ec2/instance:Instance", { instanceType: "m7i.large" }), 1);
  });

  it("reads search domains and S3 Vectors as scope 3, SageMaker endpoints as scope 4", () => {
    assert.equal(impliedScopeOf("aws:opensearch/domain:Domain", {}), 3);
    assert.equal(impliedScopeOf("aws:elasticsearch/domain:Domain", {}), 3);
    assert.equal(impliedScopeOf("aws:s3/vectorsVectorBucket:VectorsVectorBucket", {}), 3);
    assert.equal(impliedScopeOf("aws:sagemaker/endpoint:Endpoint", {}), 4);
  });

  it("names the first resource that implies the stack's scope", () => {
    const pool = {
      type: NODE_POOL,
      urn: "urn:pool",
      props: nodePool([{ key: "karpenter.k8s.aws/instance-category", operator: "In", values: ["p"] }]),
    };
    const domain = { type: "aws:opensearch/domain:Domain", urn: "urn:domain", props: {} };
    assert.deepEqual(impliedStackScope([domain, pool]), { scope: 5, urn: "urn:pool" });
  });
});
