import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import { serviceGrantStatement } from "../../../components/bedrock";
import { renderStatement } from "../../../components/common";
import {
  amiLookupFor,
  buildWorkloadRules,
  parseAcceleratedType,
  TRAINING_FAMILIES,
} from "../../../components/compute";
import { impliedScopeOf } from "../../../policypack/framework/implied-scope";
import { isAcceleratedInstanceType } from "../../../policypack/vocabulary";
import { valueOf } from "../support";

/** Instance types across the families, and types the pack and the component must both refuse. */
const TYPES = [
  "p4d.24xlarge",
  "p5.48xlarge",
  "p5en.48xlarge",
  "p6e-gb200.36xlarge",
  "g4dn.xlarge",
  "g5.2xlarge",
  "g5g.xlarge",
  "g6e.12xlarge",
  "gr6.4xlarge",
  "trn1.32xlarge",
  "trn2.48xlarge",
  "inf2.xlarge",
  "dl1.24xlarge",
  "dl2q.24xlarge",
  "m5.large",
  "c7g.xlarge",
  "t3.micro",
  "ml.g5.xlarge",
  "",
];

describe("accelerated instance families", () => {
  it("are exactly the families the policy pack hardens", () => {
    for (const type of TYPES) {
      assert.equal(parseAcceleratedType(type) !== undefined, isAcceleratedInstanceType(type), type);
    }
  });

  it("name as training families exactly those the pack reads as scope 5", () => {
    for (const type of TYPES.filter((t) => parseAcceleratedType(t) !== undefined)) {
      const family = parseAcceleratedType(type)!.family;
      assert.equal(
        TRAINING_FAMILIES.includes(family),
        impliedScopeOf("aws:ec2/launchTemplate:LaunchTemplate", { instanceType: type }) === 5,
        type,
      );
    }
  });

  it("read Graviton and Grace hosts as arm64", () => {
    assert.deepEqual(
      ["g5g.xlarge", "p6e-gb200.36xlarge", "g6e.xlarge"].map((t) => parseAcceleratedType(t)!.architecture),
      ["arm64", "arm64", "x86_64"],
    );
  });

  it("look up the NVIDIA base Deep Learning AMI for GPUs and the Neuron AMI for Trainium and Inferentia", () => {
    assert.deepEqual(
      ["p5.48xlarge", "g5g.xlarge", "inf2.xlarge"].map((t) => amiLookupFor(parseAcceleratedType(t)!)),
      [
        {
          namePattern: "Deep Learning Base OSS Nvidia Driver GPU AMI (Amazon Linux 2023) *",
          architecture: "x86_64",
        },
        {
          namePattern: "Deep Learning ARM64 Base OSS Nvidia Driver GPU AMI (Amazon Linux 2023) *",
          architecture: "arm64",
        },
        { namePattern: "Deep Learning AMI Neuron (Amazon Linux 2023) *", architecture: "x86_64" },
      ],
    );
  });

  it("look up no AMI for dl hosts", () => {
    assert.equal(amiLookupFor(parseAcceleratedType("dl1.24xlarge")!), undefined);
  });
});

describe("workload security group rules", () => {
  it("allow no ingress and HTTPS egress to the VPC's block only", () => {
    assert.deepEqual(buildWorkloadRules({ vpcCidr: "10.1.0.0/16" }), {
      ingress: [],
      egress: [
        {
          protocol: "tcp",
          fromPort: 443,
          toPort: 443,
          cidrBlocks: ["10.1.0.0/16"],
          description: "HTTPS to the AWS API endpoints in the VPC",
        },
      ],
    });
  });
});

describe("service key grant statement", () => {
  it("names every service endpoint through which grants may be created", async () => {
    const statement = await valueOf(
      pulumi.output(
        serviceGrantStatement("123456789012", [
          "sagemaker.us-east-1.amazonaws.com",
          "s3.us-east-1.amazonaws.com",
        ]),
      ),
    );
    assert.deepEqual(renderStatement(statement, "*", true).Condition, {
      StringEquals: {
        "kms:CallerAccount": "123456789012",
        "kms:ViaService": ["sagemaker.us-east-1.amazonaws.com", "s3.us-east-1.amazonaws.com"],
      },
      Bool: { "kms:GrantIsForAWSResource": "true" },
    });
  });
});
