import * as assert from "node:assert/strict";
import type { StackResource } from "../../../policypack/framework/types";
import { autoscalingAcceleratedFleetHardened as fleet } from "../../../policypack/policies/compute/autoscaling-accelerated-fleet-hardened";
import { ec2AcceleratedHostImdsHopLimit as hopLimit } from "../../../policypack/policies/compute/ec2-accelerated-host-imds-hop-limit";
import { ec2AcceleratedHostImdsv2Required as imdsv2 } from "../../../policypack/policies/compute/ec2-accelerated-host-imdsv2-required";
import { ec2AcceleratedHostNoPublicIp as publicIp } from "../../../policypack/policies/compute/ec2-accelerated-host-no-public-ip";
import { ec2AcceleratedHostNoSshKey as sshKey } from "../../../policypack/policies/compute/ec2-accelerated-host-no-ssh-key";
import { ec2AcceleratedHostVolumesEncrypted as volumes } from "../../../policypack/policies/compute/ec2-accelerated-host-volumes-encrypted";
import { ecrImageConsumersUseHardenedRepositories as consumers } from "../../../policypack/policies/compute/ecr-image-consumers-use-hardened-repositories";
import { ecrRepositoryEncryptedWithCmk as ecrCmk } from "../../../policypack/policies/compute/ecr-repository-encrypted-with-cmk";
import { ecrRepositoryScanOnPush as scanOnPush } from "../../../policypack/policies/compute/ecr-repository-scan-on-push";
import { ecrRepositoryTagsImmutable as immutable } from "../../../policypack/policies/compute/ecr-repository-tags-immutable";
import { COMPUTE_POLICIES } from "../../../policypack/policies/compute";
import { contextAt, resource, runThroughSdk, stackResource, UNKNOWN } from "../support";
import { remediated, remediation } from "../fixtures/remediation";

const INSTANCE = "aws:ec2/instance:Instance";
const TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
const GROUP = "aws:autoscaling/group:Group";
const REPO = "aws:ecr/repository:Repository";
const ctx = contextAt(1);
const ctx5 = contextAt(5);

/** A hardened GPU instance: every host control satisfied, with CMK-encrypted volumes. */
const HARDENED_INSTANCE = {
  instanceType: "p5.48xlarge",
  metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 },
  rootBlockDevice: { encrypted: true, kmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/k" },
  ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true, kmsKeyId: UNKNOWN }],
  subnetId: UNKNOWN,
};

/** A hardened launch template, as launch templates spell it (flags as strings). */
const HARDENED_TEMPLATE = {
  instanceType: "g5.12xlarge",
  metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 },
  networkInterfaces: [{ associatePublicIpAddress: "false", subnetId: UNKNOWN }],
  blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "true", kmsKeyId: UNKNOWN } }],
};

const host = (props: Record<string, unknown>, name = "gpu-host") => resource(INSTANCE, props, name);
const template = (props: Record<string, unknown>, name = "gpu-lt") => resource(TEMPLATE, props, name);
describe("compute policies", () => {
  it("are all listed in the domain index with unique names", () => {
    const names = COMPUTE_POLICIES.map((p) => p.name);
    assert.equal(new Set(names).size, 12);
    assert.ok(names.every((n) => /^(ec2|autoscaling|ecr)-[a-z0-9-]+$/.test(n)));
  });
});

describe("ec2-accelerated-host-imdsv2-required", () => {
  it("passes a GPU instance and a GPU launch template that require IMDSv2", () => {
    assert.deepEqual(imdsv2.check(host(HARDENED_INSTANCE), ctx), []);
    assert.deepEqual(imdsv2.check(template(HARDENED_TEMPLATE), ctx), []);
  });

  it("fails a GPU instance that leaves httpTokens at AWS's default", () => {
    assert.deepEqual(imdsv2.check(host({ instanceType: "p4d.24xlarge" }), ctx), [
      'IMDSv2 is not required: set metadataOptions.httpTokens to "required" (left out, the host still answers IMDSv1 requests unless its AMI says otherwise).',
    ]);
  });

  it('fails httpTokens "optional" on every accelerator family (p, g, trn, inf, dl)', () => {
    for (const instanceType of [
      "p5.48xlarge",
      "g6e.xlarge",
      "trn1.32xlarge",
      "inf2.xlarge",
      "dl1.24xlarge",
    ]) {
      assert.equal(
        imdsv2.check(host({ instanceType, metadataOptions: { httpTokens: "optional" } }), ctx).length,
        1,
        instanceType,
      );
    }
  });

  it("fails a launch template that selects GPUs through instance requirements", () => {
    const lt = template({ instanceRequirements: { acceleratorTypes: ["gpu"], vcpuCount: { min: 4 } } });
    assert.equal(imdsv2.check(lt, ctx).length, 1);
  });

  it("ignores CPU hosts, and hosts with the metadata endpoint switched off", () => {
    assert.deepEqual(imdsv2.check(host({ instanceType: "m7i.large" }), ctx), []);
    assert.deepEqual(
      imdsv2.check(host({ instanceType: "p5.48xlarge", metadataOptions: { httpEndpoint: "disabled" } }), ctx),
      [],
    );
  });

  it("leaves an instance that omits metadataOptions but launches from a template to the template's check", () => {
    assert.deepEqual(
      imdsv2.check(host({ instanceType: "p5.48xlarge", launchTemplate: { id: UNKNOWN } }), ctx),
      [],
    );
  });

  it("decides from what is known: a compliant host passes even when its instance type is unknown", () => {
    assert.deepEqual(
      imdsv2.check(host({ instanceType: UNKNOWN, metadataOptions: { httpTokens: "required" } }), ctx),
      [],
    );
  });

  it("lets the SDK say it cannot decide when the type is unknown and IMDSv1 is allowed, or httpTokens is unknown", () => {
    assert.throws(() => imdsv2.check(host({ instanceType: UNKNOWN }), ctx), /can't be known during preview/);
    assert.throws(
      () =>
        imdsv2.check(host({ instanceType: "p5.48xlarge", metadataOptions: { httpTokens: UNKNOWN } }), ctx),
      /can't be known/,
    );
  });

  it("remediates by requiring tokens, keeping every other input (unknowns included)", () => {
    const fixed = remediated(
      imdsv2,
      host({ instanceType: "g5.xlarge", subnetId: UNKNOWN, metadataOptions: { httpPutResponseHopLimit: 1 } }),
      ctx,
    );
    assert.deepEqual(
      { ...fixed },
      {
        instanceType: "g5.xlarge",
        subnetId: UNKNOWN,
        metadataOptions: { httpPutResponseHopLimit: 1, httpTokens: "required" },
      },
    );
  });

  it("does not remediate compliant or CPU hosts, and cannot run on undecidable ones", () => {
    assert.equal(remediated(imdsv2, host(HARDENED_INSTANCE), ctx), undefined);
    assert.equal(remediated(imdsv2, host({ instanceType: "c7i.large" }), ctx), undefined);
    assert.equal(remediation(imdsv2, host({ instanceType: UNKNOWN }), ctx).kind, "unknown");
  });
});

describe("ec2-accelerated-host-imds-hop-limit", () => {
  it("passes a hop limit of 1", () => {
    assert.deepEqual(hopLimit.check(host(HARDENED_INSTANCE), ctx5), []);
    assert.deepEqual(hopLimit.check(template(HARDENED_TEMPLATE), ctx5), []);
  });

  it("fails a hop limit of 2 with the exact message", () => {
    const h = host({
      instanceType: "p5.48xlarge",
      metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 2 },
    });
    assert.deepEqual(hopLimit.check(h, ctx5), [
      "The metadata response hop limit is 2: set metadataOptions.httpPutResponseHopLimit to 1 so containers on the host cannot reach the host role's credentials.",
    ]);
  });

  it("fails an omitted hop limit, which AMIs requiring IMDSv2 set to 2", () => {
    assert.match(
      hopLimit.check(template({ instanceType: "trn1.32xlarge" }), ctx5)[0],
      /is not set \(AMIs that require IMDSv2/,
    );
  });

  it("applies from scope 5 only", () => {
    assert.equal(hopLimit.minScope, 5);
    const h = host({ instanceType: "g5.xlarge" }, "infer");
    assert.deepEqual(runThroughSdk(hopLimit, { resource: h, settings: { scope: 3 } }), []);
    assert.equal(runThroughSdk(hopLimit, { resource: h, settings: { scope: 5 } }).length, 1);
  });

  it("decides from what is known and lets an unknown hop limit reach the SDK", () => {
    assert.deepEqual(
      hopLimit.check(host({ instanceType: UNKNOWN, metadataOptions: { httpPutResponseHopLimit: 1 } }), ctx5),
      [],
    );
    assert.throws(
      () =>
        hopLimit.check(
          host({ instanceType: "p5.48xlarge", metadataOptions: { httpPutResponseHopLimit: UNKNOWN } }),
          ctx5,
        ),
      /can't be known/,
    );
  });
});

describe("ec2-accelerated-host-no-public-ip", () => {
  it("passes hosts without a public address", () => {
    assert.deepEqual(publicIp.check(host(HARDENED_INSTANCE), ctx), []);
    assert.deepEqual(
      publicIp.check(host({ ...HARDENED_INSTANCE, associatePublicIpAddress: false }), ctx),
      [],
    );
    assert.deepEqual(publicIp.check(template(HARDENED_TEMPLATE), ctx), []);
  });

  it("fails an instance that asks for a public IP", () => {
    assert.deepEqual(
      publicIp.check(host({ instanceType: "g5.xlarge", associatePublicIpAddress: true }), ctx),
      [
        "The instance gets a public IP address: remove associatePublicIpAddress (or set it to false) and reach the host through SSM Session Manager or a private network.",
      ],
    );
  });

  it("fails each launch-template interface that asks for one (the flag is a string there)", () => {
    const lt = template({
      instanceType: "p5.48xlarge",
      networkInterfaces: [{ associatePublicIpAddress: "false" }, { associatePublicIpAddress: "true" }],
    });
    assert.deepEqual(publicIp.check(lt, ctx), [
      'Network interface 1 of the launch template gets a public IP address: set networkInterfaces[1].associatePublicIpAddress to "false" and use private subnets.',
    ]);
  });

  it("decides from what is known: other unknown interface fields do not matter", () => {
    const lt = template({
      instanceType: "p5.48xlarge",
      networkInterfaces: [{ associatePublicIpAddress: "true", subnetId: UNKNOWN, securityGroups: [UNKNOWN] }],
    });
    assert.equal(publicIp.check(lt, ctx).length, 1);
    assert.throws(
      () => publicIp.check(host({ instanceType: "p5.48xlarge", associatePublicIpAddress: UNKNOWN }), ctx),
      /can't be known/,
    );
  });
});

describe("ec2-accelerated-host-volumes-encrypted", () => {
  it("passes CMK-encrypted volumes at scope 5, and encrypted volumes without a CMK below it", () => {
    assert.deepEqual(volumes.check(host(HARDENED_INSTANCE), ctx5), []);
    assert.deepEqual(volumes.check(template(HARDENED_TEMPLATE), ctx5), []);
    assert.deepEqual(
      volumes.check(host({ instanceType: "g5.xlarge", rootBlockDevice: { encrypted: true } }), contextAt(3)),
      [],
    );
  });

  it("fails an instance that leaves the root volume to the AMI", () => {
    assert.deepEqual(volumes.check(host({ instanceType: "g5.xlarge" }), ctx), [
      "The root volume's encryption is left to the AMI snapshot and the account's EBS default: declare rootBlockDevice with encrypted: true.",
    ]);
  });

  it("fails each unencrypted volume, naming its device", () => {
    const h = host({
      instanceType: "p5.48xlarge",
      rootBlockDevice: { encrypted: false },
      ebsBlockDevices: [{ deviceName: "/dev/sdf" }],
    });
    assert.deepEqual(volumes.check(h, ctx), [
      "The root volume is not encrypted: set rootBlockDevice.encrypted to true.",
      "EBS volume /dev/sdf is not encrypted: set ebsBlockDevices[0].encrypted to true.",
    ]);
  });

  it("requires a customer-managed key at scope 5", () => {
    const h = host({ instanceType: "p5.48xlarge", rootBlockDevice: { encrypted: true } });
    assert.deepEqual(volumes.check(h, ctx5), [
      "The root volume is encrypted with the AWS-managed key: set rootBlockDevice.kmsKeyId to a customer-managed key (required from scope 5).",
    ]);
  });

  it("fails a launch template without EBS mappings or with an unencrypted one, ignoring instance store", () => {
    assert.match(volumes.check(template({ instanceType: "p5.48xlarge" }), ctx)[0], /declares no EBS volume/);
    const lt = template({
      instanceType: "p5.48xlarge",
      blockDeviceMappings: [
        { deviceName: "/dev/sdb", virtualName: "ephemeral0" },
        { deviceName: "/dev/xvda", ebs: { encrypted: "false" } },
      ],
    });
    assert.deepEqual(volumes.check(lt, ctx), [
      "EBS volume /dev/xvda is not encrypted: set blockDeviceMappings[1].ebs.encrypted to true.",
    ]);
  });

  it("treats an unknown key ARN as a key, and lets an unknown encrypted flag reach the SDK", () => {
    assert.deepEqual(
      volumes.check(
        host({ instanceType: "p5.48xlarge", rootBlockDevice: { encrypted: true, kmsKeyId: UNKNOWN } }),
        ctx5,
      ),
      [],
    );
    assert.throws(
      () =>
        volumes.check(host({ instanceType: "p5.48xlarge", rootBlockDevice: { encrypted: UNKNOWN } }), ctx5),
      /can't be known/,
    );
  });
});

describe("ec2-accelerated-host-no-ssh-key", () => {
  it("passes a host without a key pair", () => {
    assert.deepEqual(sshKey.check(host(HARDENED_INSTANCE), ctx5), []);
  });

  it("fails a host with a key pair", () => {
    assert.deepEqual(sshKey.check(template({ instanceType: "p5.48xlarge", keyName: "ops" }), ctx5), [
      "The host is launched with an SSH key pair: remove keyName and use SSM Session Manager, which needs no open port and logs every session.",
    ]);
  });

  it("counts a key name that is unknown during preview as a key", () => {
    assert.equal(sshKey.check(host({ instanceType: "p5.48xlarge", keyName: UNKNOWN }), ctx5).length, 1);
  });
});

describe("autoscaling-accelerated-fleet-hardened", () => {
  // The template's volume key and subnet are computed from resources of the stack.
  const key = stackResource("aws:kms/key:Key", "volume-key", { arn: UNKNOWN });
  const subnet = stackResource("aws:ec2/subnet:Subnet", "private", { id: UNKNOWN });
  const lt = (props: Record<string, unknown>, name = "gpu-lt") =>
    stackResource(
      TEMPLATE,
      name,
      { id: UNKNOWN, name: `${name}-abc`, ...props },
      { blockDeviceMappings: [key], networkInterfaces: [subnet] },
    );
  const group = (
    props: Record<string, unknown>,
    dependsOn: Record<string, StackResource[]> = {},
    name = "gpu-fleet",
  ) => stackResource(GROUP, name, { maxSize: 4, minSize: 0, ...props }, dependsOn);

  it("passes a GPU fleet whose template is hardened", () => {
    const t = lt(HARDENED_TEMPLATE);
    assert.deepEqual(
      fleet.check([t, group({ launchTemplate: { id: UNKNOWN } }, { launchTemplate: [t] })], ctx5),
      [],
    );
  });

  it("fails a fleet that picks GPUs through overrides from a template that does not say so", () => {
    const t = lt({
      metadataOptions: { httpTokens: "optional" },
      blockDeviceMappings: HARDENED_TEMPLATE.blockDeviceMappings,
    });
    const g = group(
      {
        mixedInstancesPolicy: {
          launchTemplate: {
            launchTemplateSpecification: { launchTemplateId: UNKNOWN },
            overrides: [{ instanceType: "g5.2xlarge" }],
          },
        },
      },
      { mixedInstancesPolicy: [t] },
    );
    assert.deepEqual(fleet.check([t, g], ctx), [
      {
        urn: g.urn,
        message:
          'Auto Scaling group "gpu-fleet" launches accelerated instances (g5.2xlarge) from launch template "gpu-lt", which misses the GPU host baseline: IMDSv2 is not required: set metadataOptions.httpTokens to "required" (left out, the host still answers IMDSv1 requests unless its AMI says otherwise).',
      },
    ]);
  });

  it("links a template by its literal name and applies the scope-5 controls at scope 5 only", () => {
    const t = lt({ ...HARDENED_TEMPLATE, keyName: "ops" }, "named");
    const g = group({ launchTemplate: { name: "named-abc", version: "$Latest" } });
    assert.deepEqual(fleet.check([t, g], contextAt(4)), []);
    assert.match(fleet.check([t, g], ctx5)[0].message, /SSH key pair/);
  });

  it("ignores CPU fleets and groups whose template is outside the stack", () => {
    const t = lt({ instanceType: "m7i.large" });
    assert.deepEqual(
      fleet.check([t, group({ launchTemplate: { id: UNKNOWN } }, { launchTemplate: [t] })], ctx5),
      [],
    );
    assert.deepEqual(fleet.check([group({ launchTemplate: { id: "lt-0123" } })], ctx5), []);
  });

  it("leaves controls the program computes from other resources to the update run and reports the known ones", () => {
    const options = stackResource("aws:ssm/parameter:Parameter", "imds", { value: UNKNOWN });
    const t = stackResource(
      TEMPLATE,
      "gpu-lt",
      {
        id: UNKNOWN,
        instanceType: "p5.48xlarge",
        metadataOptions: UNKNOWN,
        keyName: "ops",
        blockDeviceMappings: HARDENED_TEMPLATE.blockDeviceMappings,
      },
      { metadataOptions: [options] },
    );
    const [violation] = fleet.check([options, t, group({}, { launchTemplate: [t] })], ctx5);
    assert.doesNotMatch(violation.message, /IMDSv2|hop limit/);
    assert.match(violation.message, /SSH key pair/);
  });

  it("treats a template's provider-computed metadataOptions as unset during preview", () => {
    const t = lt({ ...HARDENED_TEMPLATE, metadataOptions: UNKNOWN });
    const [violation] = fleet.check([t, group({}, { launchTemplate: [t] })], ctx5);
    assert.match(violation.message, /IMDSv2 is not required/);
    assert.match(violation.message, /hop limit is not set/);
  });

  it("finds a template named in mixedInstancesPolicy when the provider computes launchTemplate", () => {
    const t = lt({ ...HARDENED_TEMPLATE, keyName: "ops" }, "named");
    const g = group({
      launchTemplate: UNKNOWN,
      mixedInstancesPolicy: {
        launchTemplate: { launchTemplateSpecification: { launchTemplateName: "named-abc" } },
      },
    });
    assert.match(fleet.check([t, g], ctx5)[0].message, /SSH key pair/);
  });
});

describe("ecr-repository-scan-on-push", () => {
  const repo = (props: Record<string, unknown>, name = "trainer-images") => resource(REPO, props, name);

  it("passes a repository that scans on push", () => {
    assert.deepEqual(scanOnPush.check(repo({ imageScanningConfiguration: { scanOnPush: true } }), ctx), []);
  });

  it("fails a repository that leaves scanning off", () => {
    assert.deepEqual(scanOnPush.check(repo({}), ctx), [
      "Images are not scanned on push: set imageScanningConfiguration.scanOnPush to true (AWS's default is off).",
    ]);
    assert.equal(
      scanOnPush.check(repo({ imageScanningConfiguration: { scanOnPush: false } }), ctx).length,
      1,
    );
  });

  it("lets an unknown flag reach the SDK", () => {
    assert.throws(
      () => scanOnPush.check(repo({ imageScanningConfiguration: { scanOnPush: UNKNOWN } }), ctx),
      /can't be known/,
    );
  });

  it("remediates by turning scanning on and keeping the rest", () => {
    const fixed = remediated(
      scanOnPush,
      repo({ name: "r", encryptionConfigurations: [{ encryptionType: "KMS", kmsKey: UNKNOWN }] }),
      ctx,
    );
    assert.deepEqual(
      { ...fixed },
      {
        name: "r",
        encryptionConfigurations: [{ encryptionType: "KMS", kmsKey: UNKNOWN }],
        imageScanningConfiguration: { scanOnPush: true },
      },
    );
    assert.equal(
      remediated(scanOnPush, repo({ imageScanningConfiguration: { scanOnPush: true } }), ctx),
      undefined,
    );
  });
});

describe("ecr-repository-tags-immutable", () => {
  const repo = (props: Record<string, unknown>, name = "trainer-images") => resource(REPO, props, name);

  it("passes immutable tags", () => {
    assert.deepEqual(immutable.check(repo({ imageTagMutability: "IMMUTABLE" }), ctx), []);
  });

  it("fails tags left at AWS's default (MUTABLE)", () => {
    assert.deepEqual(immutable.check(repo({}), ctx), [
      'Image tags can be overwritten (imageTagMutability is not set (AWS\'s default is "MUTABLE")): set imageTagMutability to "IMMUTABLE".',
    ]);
  });

  it("fails explicit MUTABLE and the exclusion variants", () => {
    assert.match(immutable.check(repo({ imageTagMutability: "MUTABLE" }), ctx)[0], /is "MUTABLE"/);
    assert.match(
      immutable.check(repo({ imageTagMutability: "IMMUTABLE_WITH_EXCLUSION" }), ctx)[0],
      /exclusion/i,
    );
    assert.equal(immutable.check(repo({ imageTagMutability: "MUTABLE_WITH_EXCLUSION" }), ctx).length, 1);
  });

  it("lets an unknown setting reach the SDK", () => {
    assert.throws(() => immutable.check(repo({ imageTagMutability: UNKNOWN }), ctx), /can't be known/);
  });
});

describe("ecr-repository-encrypted-with-cmk", () => {
  const repo = (props: Record<string, unknown>, name = "trainer-images") => resource(REPO, props, name);

  it("passes KMS encryption with a key whose ARN is still unknown", () => {
    assert.deepEqual(
      ecrCmk.check(repo({ encryptionConfigurations: [{ encryptionType: "KMS", kmsKey: UNKNOWN }] }), ctx),
      [],
    );
  });

  it("fails the AES256 default", () => {
    assert.deepEqual(ecrCmk.check(repo({}), ctx), [
      'Images are encrypted with an AWS-owned key (AES256, AWS\'s default): set encryptionConfigurations to [{ encryptionType: "KMS", kmsKey: key.arn }].',
    ]);
    assert.equal(
      ecrCmk.check(repo({ encryptionConfigurations: [{ encryptionType: "AES256" }] }), ctx).length,
      1,
    );
  });

  it("fails KMS with the AWS-managed aws/ecr key", () => {
    assert.match(
      ecrCmk.check(repo({ encryptionConfigurations: [{ encryptionType: "KMS" }] }), ctx)[0],
      /AWS-managed aws\/ecr key/,
    );
  });

  it("lets an unknown encryption type reach the SDK", () => {
    assert.throws(
      () => ecrCmk.check(repo({ encryptionConfigurations: [{ encryptionType: UNKNOWN }] }), ctx),
      /can't be known/,
    );
  });
});

describe("ecr-image-consumers-use-hardened-repositories", () => {
  const HARDENED_REPO = { imageScanningConfiguration: { scanOnPush: true }, imageTagMutability: "IMMUTABLE" };
  const repo = (props: Record<string, unknown>, name = "trainer") =>
    stackResource(REPO, name, { name, repositoryUrl: UNKNOWN, ...props });
  const URL = "111122223333.dkr.ecr.us-east-1.amazonaws.com/trainer";

  it("passes a training job whose image comes from a hardened repository", () => {
    const r = repo(HARDENED_REPO);
    const job = stackResource(
      "aws:sagemaker/trainingJob:TrainingJob",
      "job",
      { algorithmSpecification: { trainingImage: UNKNOWN } },
      { algorithmSpecification: [r] },
    );
    assert.deepEqual(consumers.check([r, job], ctx), []);
  });

  it("fails a model whose image comes, by tag, from a mutable repository that does not scan", () => {
    const r = repo({});
    const model = stackResource("aws:sagemaker/model:Model", "llm", {
      primaryContainer: { image: `${URL}:v1` },
    });
    assert.deepEqual(consumers.check([r, model], ctx), [
      {
        urn: model.urn,
        message:
          'SageMaker model "llm" runs an image from ECR repository "trainer", which does not scan images on push and lets tags be overwritten while the image is referenced by tag: turn on imageScanningConfiguration.scanOnPush, and set imageTagMutability to "IMMUTABLE" or pin the image by digest (@sha256:...).',
      },
    ]);
  });

  it("accepts a mutable repository when the image is pinned by digest", () => {
    const r = repo({ imageScanningConfiguration: { scanOnPush: true } });
    const fn = stackResource("aws:lambda/function:Function", "embedder", {
      imageUri: `${URL}@sha256:${"a".repeat(64)}`,
    });
    assert.deepEqual(consumers.check([r, fn], ctx), []);
  });

  it("reads images from ECS container definitions and SageMaker image versions", () => {
    const r = repo({ imageTagMutability: "IMMUTABLE" });
    const task = stackResource("aws:ecs/taskDefinition:TaskDefinition", "task", {
      containerDefinitions: JSON.stringify([{ name: "app", image: `${URL}:1` }]),
    });
    const version = stackResource("aws:sagemaker/imageVersion:ImageVersion", "v", { baseImage: `${URL}:2` });
    const messages = consumers.check([r, task, version], ctx).map((v) => v.message);
    assert.equal(messages.length, 2);
    assert.ok(
      messages.every((m) => m.includes("does not scan images on push") && !m.includes("overwritten")),
    );
  });

  it("leaves tag mutability to the update run when the image is unknown, but still judges scanning", () => {
    const r = repo({ imageTagMutability: "MUTABLE", imageScanningConfiguration: { scanOnPush: true } });
    const job = stackResource(
      "aws:sagemaker/trainingJob:TrainingJob",
      "job",
      { algorithmSpecification: { trainingImage: UNKNOWN } },
      { algorithmSpecification: [r] },
    );
    assert.deepEqual(consumers.check([r, job], ctx), []);
    const unscanned = repo({});
    const job2 = stackResource(
      "aws:sagemaker/trainingJob:TrainingJob",
      "job2",
      { algorithmSpecification: UNKNOWN },
      { algorithmSpecification: [unscanned] },
    );
    assert.match(consumers.check([unscanned, job2], ctx)[0].message, /does not scan images on push:/);
  });

  it("ignores images from repositories outside the stack and public registries", () => {
    const model = stackResource("aws:sagemaker/model:Model", "m", {
      primaryContainer: {
        image: "763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-tgi-inference:2.1",
      },
    });
    const fn = stackResource("aws:lambda/function:Function", "f", {
      imageUri: "public.ecr.aws/lambda/python:3.12",
    });
    assert.deepEqual(consumers.check([repo({}), model, fn], ctx), []);
  });
});
