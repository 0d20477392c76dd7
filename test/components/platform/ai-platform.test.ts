import { strict as assert } from "assert";
import * as awsx from "@pulumi/awsx";
import type { Output } from "@pulumi/pulumi";
import { TAG_KEYS, type Scope } from "../../../policypack/vocabulary";
import { NETWORK_TIER_TAG, NETWORK_TIERS } from "../../../components/network";
import {
  AiPlatform,
  componentsForScope,
  functionArnFromName,
  SESSION_MANAGER_ENDPOINTS,
  type AiPlatformArgs,
} from "../../../components/platform";
import { awsTypeShape, findAwsPackageDir } from "../../../preview/engine/mocks/aws-schema";
import { isUnknown, only, run, valueOf, type Registered } from "../support";
import { statementsOf, withSid, type Statement } from "../policy-json";
import { at } from "../../readers";

const MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0";
const HANDLER = "arn:aws:lambda:us-east-1:123456789012:function:support-bot-inference";
const ROTATION = "arn:aws:lambda:us-east-1:123456789012:function:rotate-openai-key";

const T = {
  platform: "scopeguard:platform:AiPlatform",
  vpc: "aws:ec2/vpc:Vpc",
  subnet: "aws:ec2/subnet:Subnet",
  igw: "aws:ec2/internetGateway:InternetGateway",
  nat: "aws:ec2/natGateway:NatGateway",
  endpoint: "aws:ec2/vpcEndpoint:VpcEndpoint",
  rolePolicy: "aws:iam/rolePolicy:RolePolicy",
  key: "aws:kms/key:Key",
  bucket: "aws:s3/bucket:Bucket",
  logGroup: "aws:cloudwatch/logGroup:LogGroup",
  collection: "aws:opensearch/serverlessCollection:ServerlessCollection",
  trail: "aws:cloudtrail/trail:Trail",
};

/** Arguments that build everything a scope has. */
function full(scope: Scope, extra: Partial<AiPlatformArgs> = {}): AiPlatformArgs {
  return {
    scope,
    owner: "ml-platform",
    system: "support-bot",
    models: scope >= 3 ? [MODEL] : undefined,
    providerSecrets: [{ provider: "openai", rotationLambdaArn: scope >= 2 ? ROTATION : undefined }],
    inferenceHandlerArn: scope >= 3 ? HANDLER : undefined,
    tags: { "cost-center": "cc-42" },
    ...extra,
  };
}

/** Builds of `full(scope)`, shared by the tests that only read them (each build takes a second or two). */
const builds = new Map<string, Promise<{ resources: Registered[]; platform: AiPlatform }>>();
function fullPlatform(scope: Scope, mode: "preview" | "update" = "preview") {
  const id = `${scope}/${mode}`;
  if (!builds.has(id)) builds.set(id, platform(full(scope), mode));
  return builds.get(id) as Promise<{ resources: Registered[]; platform: AiPlatform }>;
}

async function platform(
  args: AiPlatformArgs,
  mode: "preview" | "update" = "preview",
): Promise<{ resources: Registered[]; platform: AiPlatform }> {
  let built: AiPlatform | undefined;
  const { resources, error } = await run(mode, () => {
    built = new AiPlatform("support-bot", args);
  });
  assert.equal(error, undefined);
  return { resources, platform: built as AiPlatform };
}

const ofType = (resources: readonly Registered[], type: string) => resources.filter((r) => r.type === type);
const named = (resources: readonly Registered[], type: string, name: string) =>
  only(
    resources.filter((r) => r.name === name),
    type,
  );
const childComponents = (resources: readonly Registered[]) => {
  const root = only(resources, T.platform).urn;
  return resources
    .filter((r) => r.parent === root)
    .map((r) => `${r.type.replace(/^scopeguard:/, "")} ${r.name}`)
    .sort();
};
const interfaceServices = (resources: readonly Registered[]) =>
  ofType(resources, T.endpoint)
    .filter((e) => e.inputs.vpcEndpointType === "Interface")
    .map((e) => String(e.inputs.serviceName).replace("com.amazonaws.us-east-1.", ""))
    .sort();
/** A tag map, also from the `[{ key, value }]` list form Auto Scaling groups take. */
function tagMap(tags: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(tags)) return Object.fromEntries(tags.map((t) => [t.key, t.value]));
  return tags as Record<string, unknown> | undefined;
}
const statements = (policy: unknown): Statement[] => statementsOf(policy);

describe("AiPlatform", () => {
  describe("composition by scope", () => {
    const scope1 = [
      "cost:AiCostGuard support-bot-costs",
      "logging:AuditTrail support-bot-trail",
      "logging:EncryptedLogGroup support-bot-prompt-logs",
      "secrets:AiProviderSecret support-bot-openai-api-key",
    ];
    const scope2 = [
      ...scope1,
      "aws:iam/rolePolicy:RolePolicy support-bot-workload-secrets",
      "iam:AiWorkloadRole support-bot-workload",
      "network:AiNetwork support-bot-net",
    ];
    const scope3 = [
      ...scope2,
      "api:InferenceApi support-bot-api",
      "aws:iam/rolePolicy:RolePolicy support-bot-kb-collection",
      "aws:iam/rolePolicy:RolePolicy support-bot-workload-guardrail",
      "bedrock:Guardrail support-bot-guardrail",
      "bedrock:ModelInvocationLogging support-bot-invocations",
      "iam:AiWorkloadRole support-bot-kb",
      "vectorstore:VectorCollection support-bot-vectors",
    ];
    const scope4 = [
      ...scope3,
      "platform:ArtifactSigningKey support-bot-artifact-signing",
      "sagemaker:SageMakerDomain support-bot-studio",
      "storage:AiDataBucket support-bot-access-logs",
      "storage:AiDataBucket support-bot-model-artifacts",
      "storage:AiDataBucket support-bot-training-data",
    ];
    const scope5 = [
      ...scope4,
      "compute:GpuFleet support-bot-gpu",
      "images:ModelImageRepository support-bot-images",
      "platform:ModelDataBackups support-bot-backups",
    ];
    const expected: Record<Scope, string[]> = { 1: scope1, 2: scope2, 3: scope3, 4: scope4, 5: scope5 };

    for (const scope of [1, 2, 3, 4, 5] as const) {
      it(`builds the building blocks of scope ${scope}, and reports them in components`, async () => {
        const { resources, platform: p } = await fullPlatform(scope);
        assert.deepEqual(childComponents(resources), [...expected[scope]].sort());
        assert.deepEqual(p.components, componentsForScope(scope));
        assert.deepEqual(p.skipped, {});
      });
    }

    it("skips the inference API without a handler, and says how to build it", async () => {
      const { resources, platform: p } = await platform(full(3, { inferenceHandlerArn: undefined }));
      assert.equal(ofType(resources, "scopeguard:api:InferenceApi").length, 0);
      assert.match(p.skipped["inference-api"] ?? "", /inferenceHandlerArn/);
      assert.ok(!p.components.includes("inference-api"));
      assert.equal(p.apiUrl, undefined);
    });

    it("skips the vector store with vectorStore: false", async () => {
      const { resources, platform: p } = await platform(full(3, { vectorStore: false }));
      assert.equal(ofType(resources, T.collection).length, 0);
      assert.deepEqual(Object.keys(p.skipped), ["vector-store"]);
    });

    it("leaves invocation logging to another stack with invocationLogging: false", async () => {
      const { resources, platform: p } = await platform(full(3, { invocationLogging: false }));
      assert.equal(ofType(resources, "scopeguard:bedrock:ModelInvocationLogging").length, 0);
      assert.match(p.skipped["invocation-logging"] ?? "", /exempt this stack/);
    });

    it("records no provider secret when there is none to keep", async () => {
      const { resources, platform: p } = await platform({ scope: 1 });
      assert.equal(ofType(resources, "aws:secretsmanager/secret:Secret").length, 0);
      assert.ok(p.skipped["provider-secrets"] !== undefined);
    });
  });

  describe("network", () => {
    it("limits egress at scope 2: no internet gateway, NAT or public subnet, AWS APIs through endpoints", async () => {
      const { resources } = await fullPlatform(2);
      assert.deepEqual(
        [
          ofType(resources, T.igw).length,
          ofType(resources, T.nat).length,
          ofType(resources, T.subnet).length,
        ],
        [0, 0, 2],
      );
      assert.deepEqual(interfaceServices(resources), ["kms", "logs", "secretsmanager", "sts"]);
    });

    it("adds private endpoints to the Bedrock APIs at scope 3", async () => {
      const { resources } = await fullPlatform(3);
      assert.ok(interfaceServices(resources).includes("bedrock-runtime"));
      assert.ok(interfaceServices(resources).includes("bedrock"));
    });

    it("makes the network the isolated training network at scope 5, reachable through Session Manager", async () => {
      const { resources } = await fullPlatform(5);
      assert.deepEqual([ofType(resources, T.igw).length, ofType(resources, T.nat).length], [0, 0]);
      const tiers = ofType(resources, T.subnet).map((s) => s.inputs.tags[NETWORK_TIER_TAG]);
      assert.deepEqual(tiers, [NETWORK_TIERS.training, NETWORK_TIERS.training]);
      const services = interfaceServices(resources);
      for (const s of ["ecr.api", "ecr.dkr", "sagemaker.api", ...SESSION_MANAGER_ENDPOINTS]) {
        assert.ok(services.includes(s), `${s} endpoint`);
      }
    });

    it("uses the given CIDR block and AZ count", async () => {
      const { resources } = await platform(full(3, { cidrBlock: "10.40.0.0/16", availabilityZoneCount: 3 }));
      assert.equal(only(resources, T.vpc).inputs.cidrBlock, "10.40.0.0/16");
      assert.equal(ofType(resources, T.subnet).length, 3);
    });

    it("allows internet egress at scope 3 only when asked", async () => {
      const { resources } = await platform(full(3, { internetEgress: true }));
      assert.equal(ofType(resources, T.igw).length, 1);
    });

    it("adds endpoints and flow logs to an existing awsx VPC instead of creating one", async () => {
      const { resources, error } = await run("update", () => {
        const vpc = new awsx.ec2.Vpc("shared", { cidrBlock: "10.64.0.0/16" });
        return new AiPlatform(
          "support-bot",
          full(3, {
            existingVpc: {
              vpcId: vpc.vpcId,
              privateSubnetIds: vpc.privateSubnetIds,
              vpcCidrBlock: "10.64.0.0/16",
            },
          }),
        );
      });
      assert.equal(error, undefined);
      assert.equal(ofType(resources, T.vpc).length, 0);
      assert.equal(ofType(resources, "aws:ec2/flowLog:FlowLog").length, 1);
      const endpoint = ofType(resources, T.endpoint).find((e) => e.inputs.vpcEndpointType === "Interface");
      assert.ok((endpoint?.inputs.subnetIds as string[]).every((s) => s.startsWith("subnet-")));
    });
  });

  describe("permissions", () => {
    it("lets the workload invoke exactly the named models", async () => {
      const { resources } = await platform(full(3, { models: [MODEL, "us.amazon.nova-pro-v1:0"] }));
      const models = named(resources, T.rolePolicy, "support-bot-workload-models").inputs.policy;
      const invoke = withSid(statements(models), "InvokeNamedModels");
      assert.deepEqual(invoke.Resource, [
        `arn:aws:bedrock:us-east-1::foundation-model/${MODEL}`,
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0",
      ]);
    });

    it("gives no model permission below scope 3", async () => {
      const { resources } = await fullPlatform(2);
      assert.equal(resources.filter((r) => r.name === "support-bot-workload-models").length, 0);
    });

    it("lets the workload read its provider keys by name, known during preview", async () => {
      const { resources } = await fullPlatform(2);
      const policy = named(resources, T.rolePolicy, "support-bot-workload-secrets").inputs.policy;
      assert.ok(!isUnknown(policy));
      const [statement] = statements(policy);
      assert.deepEqual(statement.Action, ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]);
      assert.match(
        statement.Resource[0],
        /^arn:aws:secretsmanager:us-east-1:123456789012:secret:support-bot-openai-api-key-[0-9a-f]{7}-\?{6}$/,
      );
    });

    it("lets the workload apply its guardrail, and only it", async () => {
      const { resources, platform: p } = await fullPlatform(3, "update");
      const [statement] = statements(
        named(resources, T.rolePolicy, "support-bot-workload-guardrail").inputs.policy,
      );
      assert.deepEqual(statement.Action, ["bedrock:ApplyGuardrail"]);
      assert.deepEqual(statement.Resource, [await valueOf(p.guardrail!.guardrailArn)]);
    });

    it("lets the knowledge-base role reach its collection, and Bedrock assume it for this account only", async () => {
      const { resources } = await fullPlatform(3, "update");
      const [statement] = statements(
        named(resources, T.rolePolicy, "support-bot-kb-collection").inputs.policy,
      );
      assert.deepEqual(statement.Action, ["aoss:APIAccessAll"]);
      assert.match(statement.Resource[0], /^arn:aws:aoss:us-east-1:123456789012:collection\//);
      const trust = JSON.parse(
        named(resources, "aws:iam/role:Role", "support-bot-kb").inputs.assumeRolePolicy,
      );
      assert.equal(trust.Statement[0].Principal.Service, "bedrock.amazonaws.com");
      assert.equal(
        trust.Statement[0].Condition.ArnLike["aws:SourceArn"],
        "arn:aws:bedrock:us-east-1:123456789012:knowledge-base/*",
      );
    });
  });

  describe("scope 4 and 5 stores and keys", () => {
    it("keeps training data versioned and locks model artifacts, both with access logs", async () => {
      const { resources } = await fullPlatform(4);
      const tagged = (dataClass: string) =>
        ofType(resources, T.bucket).filter((b) => b.inputs.tags[TAG_KEYS.dataClass] === dataClass);
      assert.equal(tagged("training-data").length, 1);
      assert.equal(tagged("model-artifacts")[0].inputs.objectLockEnabled, true);
      const logged = ofType(resources, "aws:s3/bucketLogging:BucketLogging").map((l) => l.name);
      assert.deepEqual(logged.sort(), ["support-bot-model-artifacts", "support-bot-training-data"]);
    });

    it("records S3 data events in the trail from scope 4", async () => {
      const { resources } = await fullPlatform(4);
      const selectors = only(resources, T.trail).inputs.advancedEventSelectors;
      assert.ok(JSON.stringify(selectors).includes("AWS::S3::Object"));
    });

    it("creates an asymmetric signing key that the Studio role signs with and the workload verifies with", async () => {
      const { resources } = await fullPlatform(4);
      const key = named(resources, T.key, "support-bot-artifact-signing").inputs;
      assert.deepEqual(
        [key.keyUsage, key.customerMasterKeySpec, key.enableKeyRotation],
        ["SIGN_VERIFY", "ECC_NIST_P256", false],
      );
      assert.ok(!isUnknown(key.policy), "the key policy is known during preview");
      const bySid = Object.fromEntries(statements(key.policy).map((s) => [s.Sid, s]));
      assert.match(
        String(at(bySid.ArtifactSigning.Principal.AWS, 0)),
        /:role\/support-bot-studio-execution-/,
      );
      assert.match(String(at(bySid.ArtifactVerification.Principal.AWS, 0)), /:role\/support-bot-workload-/);
      assert.ok(bySid.ArtifactSigning.Action.includes("kms:Sign"));
      assert.ok(!bySid.ArtifactVerification.Action.includes("kms:Sign"));
    });

    it("runs SageMaker Studio in the platform VPC only", async () => {
      const { resources } = await fullPlatform(4, "update");
      const domain = only(resources, "aws:sagemaker/domain:Domain").inputs;
      assert.equal(domain.appNetworkAccessType, "VpcOnly");
      assert.equal(domain.subnetIds.length, 2);
    });

    it("launches hardened GPU hosts, keeps images in a scanned immutable registry, and backs up model data at scope 5", async () => {
      const { resources, platform: p } = await fullPlatform(5);
      const template = only(resources, "aws:ec2/launchTemplate:LaunchTemplate").inputs;
      assert.deepEqual(
        [
          template.instanceType,
          template.metadataOptions.httpTokens,
          template.metadataOptions.httpPutResponseHopLimit,
        ],
        ["p5.48xlarge", "required", 1],
      );
      assert.equal(template.keyName, undefined);
      const repository = only(resources, "aws:ecr/repository:Repository").inputs;
      assert.equal(repository.imageTagMutability, "IMMUTABLE");
      assert.equal(ofType(resources, "aws:backup/selection:Selection").length, 1);
      assert.ok(p.imageRepositoryUrl !== undefined && p.backupVaultName !== undefined);
    });
  });

  describe("EKS GPU capacity", () => {
    it("adds a GpuNodeGroup on the named cluster in the platform's private subnets at scope 5", async () => {
      const { resources, platform: p } = await platform(
        full(5, { eksGpuCapacity: { clusterName: "ai-cluster" } }),
        "update",
      );
      assert.ok(childComponents(resources).includes("compute:GpuNodeGroup support-bot-gpu-eks"));
      const group = only(resources, "aws:eks/nodeGroup:NodeGroup").inputs;
      const subnets = ofType(resources, T.subnet);
      assert.equal(group.clusterName, "ai-cluster");
      // The training network has private subnets only: the nodes run in every one of them.
      assert.ok(subnets.every((subnet) => subnet.inputs.mapPublicIpOnLaunch !== true));
      assert.equal(group.subnetIds.length, subnets.length);
      assert.ok(p.eksGpuNodeGroup !== undefined);
    });
  });

  describe("tags", () => {
    const dir = findAwsPackageDir([__dirname]);
    const taggable = (type: string) => awsTypeShape(dir, type)?.inputs.has("tags") === true;

    for (const scope of [1, 2, 3, 4, 5] as const) {
      it(`labels every taggable resource at scope ${scope} with the scope, system and owner`, async () => {
        const { resources } = await fullPlatform(scope);
        const wrong = resources
          .filter((r) => r.custom && taggable(r.type))
          .map((r) => ({ r, tags: tagMap(r.inputs.tags) }))
          .filter(
            ({ tags }) =>
              tags === undefined ||
              isUnknown(tags) ||
              tags[TAG_KEYS.scope] !== String(scope) ||
              tags[TAG_KEYS.system] !== "support-bot" ||
              tags[TAG_KEYS.owner] !== "ml-platform" ||
              tags["cost-center"] !== "cc-42",
          )
          .map(({ r, tags }) => `${r.type} ${r.name}: ${JSON.stringify(tags)}`);
        assert.deepEqual(wrong, []);
      });
    }

    it("labels every data store and log group with its data class", async () => {
      const { resources } = await fullPlatform(5);
      const unlabelled = [...ofType(resources, T.bucket), ...ofType(resources, T.logGroup)]
        .filter((r) => typeof r.inputs.tags[TAG_KEYS.dataClass] !== "string")
        .map((r) => r.name);
      assert.deepEqual(unlabelled, []);
    });
  });

  describe("outputs", () => {
    it("gives a team what it needs next at scope 3", async () => {
      const { platform: p } = await fullPlatform(3, "update");
      const defined = <T>(o: Output<T> | undefined): Promise<T> => valueOf(o as Output<T>);
      assert.match(await defined(p.apiUrl), /^https:\/\/.+\/v1\/invoke$/);
      assert.match(
        await defined(p.workloadRoleArn),
        /^arn:aws:iam::123456789012:role\/support-bot-workload-/,
      );
      assert.match(await defined(p.vpcId), /^vpc-/);
      assert.equal((await defined(p.privateSubnetIds)).length, 2);
      assert.ok((await defined(p.guardrailId)) !== undefined);
      assert.ok((await defined(p.guardrailVersion)) !== undefined);
      assert.match(await valueOf(p.providerSecretArns.openai), /^arn:aws:secretsmanager:/);
      assert.match(await valueOf(p.trailArn), /:trail\/support-bot-trail$/);
    });

    it("gives a team the stores' names and key ARNs at scope 4", async () => {
      const { platform: p } = await fullPlatform(4, "update");
      const defined = <T>(o: Output<T> | undefined): Promise<T> => valueOf(o as Output<T>);
      const key = /^arn:aws:kms:us-east-1:123456789012:key\//;
      assert.match(await valueOf(p.promptLogKeyArn), key);
      assert.match(await defined(p.trainingDataKeyArn), key);
      assert.match(await defined(p.modelArtifactKeyArn), key);
      assert.match(await defined(p.signingKeyArn), key);
      assert.match(await defined(p.trainingDataBucketName), /^support-bot-training-data-/);
      assert.match(await defined(p.sagemakerExecutionRoleArn), /^arn:aws:iam::123456789012:role\//);
    });

    it("builds a function's ARN from its name, known during preview", async () => {
      let arn: Output<string> | undefined;
      await run("preview", () => (arn = functionArnFromName("chat")));
      assert.equal(
        await valueOf(arn as Output<string>),
        "arn:aws:lambda:us-east-1:123456789012:function:chat",
      );
    });
  });
});
