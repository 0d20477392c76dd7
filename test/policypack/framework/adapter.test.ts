import * as assert from "node:assert/strict";
import * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import type { StackValidationPolicy } from "@pulumi/policy";
import { toSdkPolicy } from "../../../policypack/framework/adapter";
import { publishSettings } from "../../../policypack/framework/settings";
import type { StackPolicyDefinition } from "../../../policypack/framework/types";
import { POLICIES } from "../../../policypack/policies";
import { stackResource, UNKNOWN } from "../support";

// The google-protobuf copy that @pulumi/pulumi's messages are built with.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Struct } = require(
  require.resolve("google-protobuf/google/protobuf/struct_pb", {
    paths: [require.resolve("@pulumi/pulumi")],
  }),
);
// The SDK's AnalyzeStack handler; internal, but it is what decides whether a stack policy runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeAnalyzeStackRpcFun } = require("@pulumi/policy/server");

const GATED = POLICIES.filter(
  (p): p is StackPolicyDefinition => p.kind === "stack" && p.requiresResourceType !== undefined,
);

function analyzerResource(type: string, name: string): analyzerproto.AnalyzerResource {
  const r = new analyzerproto.AnalyzerResource();
  r.setUrn(`urn:pulumi:dev::proj::${type}::${name}`);
  r.setType(type);
  r.setName(name);
  r.setProperties(Struct.fromJavaScript({}));
  r.setOptions(new analyzerproto.AnalyzerResourceOptions());
  return r;
}

/** Runs one stack policy through the SDK's AnalyzeStack; says whether the SDK called it. */
async function analyzeStack(def: StackPolicyDefinition, types: readonly string[]): Promise<boolean> {
  const sdk = toSdkPolicy(def) as StackValidationPolicy;
  let called = false;
  const validateStack = sdk.validateStack;
  const spy = Object.assign((...args: Parameters<typeof validateStack>) => {
    called = true;
    return validateStack(...args);
  }, validateStack);
  const fn = makeAnalyzeStackRpcFun("scopeguard", "0.1.0", "advisory", [{ ...sdk, validateStack: spy }]);
  const request = new analyzerproto.AnalyzeStackRequest();
  request.setResourcesList(types.map((t, i) => analyzerResource(t, `r${i}`)));
  await new Promise<void>((resolve, reject) =>
    fn({ request }, (err: unknown) => (err ? reject(err) : resolve())),
  );
  return called;
}

describe("stack policies gated on a resource type", () => {
  before(() => publishSettings({ scope: 5 }));
  after(() => publishSettings({}));

  it("are the policies that look only at stacks holding that type", () => {
    assert.deepEqual(GATED.map((p) => p.name).sort(), [
      "apigateway-stage-rate-limited",
      "apigatewayv2-route-requires-authorization",
      "autoscaling-accelerated-fleet-hardened",
      "ec2-host-subnet-no-public-ip",
      "ec2-training-subnet-no-internet-route",
      "ec2-vpc-default-security-group-managed",
      "ec2-vpc-endpoint-policy-restricted",
      "ecr-image-consumers-use-hardened-repositories",
      "eks-gpu-node-group-launch-template-hardened",
      "opensearch-serverless-collection-protected",
      "opensearch-serverless-encryption-policy-uses-cmk",
      "secretsmanager-ai-key-rotation",
      "sns-alert-topic-encrypted",
      "stack-outputs-no-plaintext-secrets",
    ]);
  });

  it("are skipped by the SDK, before it deserializes the stack, when no resource has the type", async () => {
    for (const def of GATED) {
      assert.equal(await analyzeStack(def, ["aws:s3/bucket:Bucket"]), false, def.name);
      assert.equal(
        await analyzeStack(def, ["aws:s3/bucket:Bucket", def.requiresResourceType!]),
        true,
        def.name,
      );
    }
  });

  it("report nothing on a stack without the type, however non-compliant the rest is", () => {
    // Every resource kind the gated checks read, in a shape that violates where it can.
    const everything = [
      stackResource("aws:ec2/vpc:Vpc", "vpc", { id: UNKNOWN }),
      stackResource("aws:ec2/subnet:Subnet", "sn", {
        id: "subnet-1",
        mapPublicIpOnLaunch: true,
        tags: { "ai-network-tier": "training" },
      }),
      stackResource("aws:ec2/instance:Instance", "gpu", {
        instanceType: "p5.48xlarge",
        subnetId: "subnet-1",
      }),
      stackResource("aws:ec2/vpcEndpoint:VpcEndpoint", "vpce", {
        serviceName: "com.amazonaws.us-east-1.bedrock-runtime",
      }),
      stackResource("aws:secretsmanager/secret:Secret", "openai-key", { tags: { "ai-provider": "openai" } }),
      stackResource("aws:apigatewayv2/route:Route", "route", { routeKey: "POST /chat" }),
      stackResource("aws:apigateway/stage:Stage", "stage", { stageName: "prod", restApi: "abc" }),
      stackResource("aws:sns/topic:Topic", "topic", { name: "alerts" }),
      stackResource("aws:cloudwatch/metricAlarm:MetricAlarm", "alarm", {
        alarmActions: ["arn:aws:sns:us-east-1:1:alerts"],
      }),
      stackResource("aws:opensearch/serverlessCollection:ServerlessCollection", "col", { name: "col" }),
      stackResource("aws:opensearch/serverlessSecurityPolicy:ServerlessSecurityPolicy", "enc", {
        type: "encryption",
        policy: JSON.stringify({ Rules: [], AWSOwnedKey: true }),
      }),
      stackResource("aws:ec2/launchTemplate:LaunchTemplate", "lt", {
        name: "lt",
        instanceType: "p5.48xlarge",
      }),
      stackResource("aws:autoscaling/group:Group", "asg", { launchTemplate: { name: "lt" } }),
      stackResource("aws:eks/nodeGroup:NodeGroup", "gpu-nodes", {
        instanceTypes: ["p5.48xlarge"],
        launchTemplate: { name: "lt" },
      }),
      stackResource("pulumi:pulumi:Stack", "proj-dev", { adminPassword: "CHANGEME" }),
      stackResource("aws:ecr/repository:Repository", "repo", { name: "repo" }),
      stackResource("aws:lambda/function:Function", "fn", {
        imageUri: "111122223333.dkr.ecr.us-east-1.amazonaws.com/repo:latest",
      }),
    ];
    const context = {
      scope: 5 as const,
      scopeSource: "pack-config" as const,
      stackTags: new Map(),
      exemptions: [],
    };
    for (const def of GATED) {
      assert.ok(def.check(everything, context).length > 0, `${def.name} finds nothing even with its type`);
      const without = everything.filter((r) => r.type !== def.requiresResourceType);
      assert.deepEqual(def.check(without, context), [], def.name);
    }
  });
});
