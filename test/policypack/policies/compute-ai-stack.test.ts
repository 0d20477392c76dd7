import * as assert from "node:assert/strict";
import type { StackResource } from "../../../policypack/framework/types";
import { ec2AiStackImdsv2Required as aiImdsv2 } from "../../../policypack/policies/compute/ec2-ai-stack-imdsv2-required";
import { ec2HostSubnetNoPublicIp as subnetIp } from "../../../policypack/policies/compute/ec2-host-subnet-no-public-ip";
import { contextAt, stackResource, UNKNOWN } from "../support";
import { aiGuardrail } from "../fixtures/ai-stack";

const INSTANCE = "aws:ec2/instance:Instance";
const TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
const GROUP = "aws:autoscaling/group:Group";
const SUBNET = "aws:ec2/subnet:Subnet";
const ctx = contextAt(1);
const IMDSV2 = { httpTokens: "required", httpPutResponseHopLimit: 1 };

const IMDS_MESSAGE =
  'IMDSv2 is not required: set metadataOptions.httpTokens to "required" (left out, the host still answers IMDSv1 requests unless its AMI says otherwise).';

describe("ec2-ai-stack-imdsv2-required", () => {
  const host = (props: Record<string, unknown>, name = "worker") =>
    stackResource(INSTANCE, name, { instanceType: "m7i.large", ...props });

  it("passes an AI stack whose instances and templates require IMDSv2 or switch the endpoint off", () => {
    const resources = [
      aiGuardrail(),
      host({ metadataOptions: IMDSV2 }),
      host({ metadataOptions: { httpEndpoint: "disabled" } }, "offline"),
      stackResource(TEMPLATE, "lt", { instanceType: "c7i.large", metadataOptions: IMDSV2 }),
    ];
    assert.deepEqual(aiImdsv2.check(resources, ctx), []);
  });

  it("fails a general-purpose instance that leaves IMDSv1 on in an AI stack, naming the AI resource", () => {
    const worker = host({});
    assert.deepEqual(aiImdsv2.check([aiGuardrail(), worker], ctx), [
      {
        urn: worker.urn,
        message: `"worker" runs in a stack with AI resources ("gr", aws:bedrock/guardrail:Guardrail): ${IMDS_MESSAGE}`,
      },
    ]);
  });

  it('fails a launch template with httpTokens "optional"', () => {
    const lt = stackResource(TEMPLATE, "lt", {
      instanceType: "c7i.large",
      metadataOptions: { httpTokens: "optional" },
    });
    assert.equal(aiImdsv2.check([aiGuardrail(), lt], ctx).length, 1);
  });

  it("leaves stacks without AI resources, and GPU hosts (judged by their own policy), alone", () => {
    assert.deepEqual(aiImdsv2.check([host({})], ctx), []);
    assert.deepEqual(aiImdsv2.check([aiGuardrail(), host({ instanceType: "g5.xlarge" })], ctx), []);
  });

  it("passes an instance that inherits its metadata options from a launch template", () => {
    const lt = stackResource(TEMPLATE, "lt", { metadataOptions: IMDSV2 });
    const worker = stackResource(
      INSTANCE,
      "worker",
      { launchTemplate: { id: UNKNOWN } },
      { launchTemplate: [lt] },
    );
    assert.deepEqual(aiImdsv2.check([aiGuardrail(), lt, worker], ctx), []);
  });

  it("judges metadata options the provider computes during preview as left out", () => {
    assert.equal(aiImdsv2.check([aiGuardrail(), host({ metadataOptions: UNKNOWN })], ctx).length, 1);
  });

  it("cannot decide when the program computes the options from another resource during preview", () => {
    const source = stackResource("aws:ssm/parameter:Parameter", "p", {});
    const worker = stackResource(
      INSTANCE,
      "worker",
      { instanceType: "m7i.large", metadataOptions: { httpTokens: UNKNOWN } },
      { metadataOptions: [source] },
    );
    assert.throws(
      () => aiImdsv2.check([aiGuardrail(), source, worker], ctx),
      /can't be known during preview/,
    );
  });
});

describe("ec2-host-subnet-no-public-ip", () => {
  const subnet = (mapPublicIpOnLaunch: unknown, name = "public-a") =>
    stackResource(SUBNET, name, {
      vpcId: UNKNOWN,
      cidrBlock: "10.0.0.0/24",
      mapPublicIpOnLaunch,
      id: UNKNOWN,
    });
  const gpuIn = (s: StackResource, props: Record<string, unknown> = {}, name = "llm-host") =>
    stackResource(
      INSTANCE,
      name,
      { instanceType: "g5.2xlarge", subnetId: UNKNOWN, ...props },
      { subnetId: [s] },
    );

  it("passes a GPU host in a private subnet, and one that refuses the subnet's public address", () => {
    const priv = subnet(false, "private-a");
    const pub = subnet(true);
    assert.deepEqual(subnetIp.check([priv, gpuIn(priv)], ctx), []);
    assert.deepEqual(subnetIp.check([pub, gpuIn(pub, { associatePublicIpAddress: false })], ctx), []);
  });

  it("fails a GPU host in a subnet with mapPublicIpOnLaunch, in any stack", () => {
    const pub = subnet(true);
    const host = gpuIn(pub);
    assert.deepEqual(subnetIp.check([pub, host], ctx), [
      {
        urn: host.urn,
        message:
          '"llm-host" runs g5.2xlarge instances and launches into subnet "public-a", which gives every instance a public IP address (mapPublicIpOnLaunch: true): launch it into a private subnet, or refuse the address on the host (associatePublicIpAddress: false).',
      },
    ]);
  });

  it("finds the subnet by its literal id", () => {
    const pub = stackResource(SUBNET, "public-a", { id: "subnet-0abc", mapPublicIpOnLaunch: true });
    const host = stackResource(INSTANCE, "llm-host", {
      instanceType: "p5.48xlarge",
      subnetId: "subnet-0abc",
    });
    assert.equal(subnetIp.check([pub, host], ctx).length, 1);
  });

  it("fails any instance of an AI stack in such a subnet, and leaves it alone outside one", () => {
    const pub = subnet(true);
    const web = stackResource(
      INSTANCE,
      "web",
      { instanceType: "t3.small", subnetId: UNKNOWN },
      { subnetId: [pub] },
    );
    assert.deepEqual(subnetIp.check([pub, web], ctx), []);
    assert.match(
      subnetIp.check([aiGuardrail(), pub, web], ctx)[0].message,
      /^"web" runs in a stack with AI resources \("gr"/,
    );
  });

  it("fails an Auto Scaling group of GPU instances whose template does not refuse the address", () => {
    const pub = subnet(true);
    const lt = stackResource(TEMPLATE, "gpu-lt", { instanceType: "p5.48xlarge", metadataOptions: IMDSV2 });
    const group = stackResource(
      GROUP,
      "gpu-fleet",
      { vpcZoneIdentifiers: [UNKNOWN], launchTemplate: { id: UNKNOWN } },
      { vpcZoneIdentifiers: [pub], launchTemplate: [lt] },
    );
    assert.match(
      subnetIp.check([pub, lt, group], ctx)[0].message,
      /^"gpu-fleet" runs p5\.48xlarge instances/,
    );
    const refusing = stackResource(TEMPLATE, "gpu-lt", {
      instanceType: "p5.48xlarge",
      networkInterfaces: [{ associatePublicIpAddress: "false" }],
    });
    const group2 = stackResource(
      GROUP,
      "gpu-fleet",
      { vpcZoneIdentifiers: [UNKNOWN], launchTemplate: { id: UNKNOWN } },
      { vpcZoneIdentifiers: [pub], launchTemplate: [refusing] },
    );
    assert.deepEqual(subnetIp.check([pub, refusing, group2], ctx), []);
  });

  it("fails a GPU launch template whose network interface names a public subnet", () => {
    const pub = subnet(true);
    const lt = stackResource(
      TEMPLATE,
      "gpu-lt",
      { instanceType: "g6e.12xlarge", networkInterfaces: [{ subnetId: UNKNOWN, deviceIndex: 0 }] },
      { networkInterfaces: [pub] },
    );
    assert.match(
      subnetIp.check([pub, lt], ctx)[0].message,
      /^"gpu-lt" runs g6e\.12xlarge instances and launches into subnet "public-a"/,
    );
  });

  it("reads a mapPublicIpOnLaunch the provider computes during preview as its default (off)", () => {
    const s = subnet(UNKNOWN);
    assert.deepEqual(subnetIp.check([s, gpuIn(s)], ctx), []);
  });
});
