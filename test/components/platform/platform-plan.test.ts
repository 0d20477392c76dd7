import { strict as assert } from "assert";
import type { Scope } from "../../../policypack/vocabulary";
import {
  AiPlatform,
  checkAiPlatformArgs,
  componentsForScope,
  planPlatform,
  type AiPlatformArgs,
  type PlatformPlan,
  type PlatformWiring,
} from "../../../components/platform";
import { childrenError, PLACEHOLDER_WIRING } from "../../../components/platform/child-validation";
import { resourceErrorMessage, run } from "../support";

const MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0";
const HANDLER = "arn:aws:lambda:us-east-1:123456789012:function:support-bot-inference";
const ROTATION = "arn:aws:lambda:us-east-1:123456789012:function:rotate-openai-key";
const SIGNER = "arn:aws:iam::123456789012:role/release-pipeline";

/** Distinct wiring values, so a test can see which sibling output lands in which argument. */
const WIRING: PlatformWiring = {
  promptLogGroupName: "wired-prompt-logs",
  knowledgeBaseSourceArn: "arn:aws:bedrock:eu-west-1:123456789012:knowledge-base/*",
  knowledgeBaseRoleArn: "arn:aws:iam::123456789012:role/wired-kb",
  network: { vpcId: "vpc-0wired", subnetIds: ["subnet-0a", "subnet-0b"], s3PrefixListId: "pl-0wired" },
  accessLogBucketName: "wired-access-logs",
  trainingDataBucketName: "wired-training-data",
  modelArtifactBucketName: "wired-model-artifacts",
  studioRoleArn: "arn:aws:iam::123456789012:role/wired-studio",
  workloadRoleArn: "arn:aws:iam::123456789012:role/wired-workload",
};

/** Arguments that build everything a scope has. */
function full(scope: Scope, extra: Partial<AiPlatformArgs> = {}): AiPlatformArgs {
  return {
    scope,
    models: scope >= 3 ? [MODEL] : undefined,
    providerSecrets: [{ provider: "openai", rotationLambdaArn: scope >= 2 ? ROTATION : undefined }],
    inferenceHandlerArn: scope >= 3 ? HANDLER : undefined,
    ...extra,
  };
}

const plan = (args: AiPlatformArgs, wiring = WIRING) => planPlatform("support-bot", args, wiring);

/** Every planned child, in creation order. */
function children(p: PlatformPlan) {
  const { baseline: b, workload: w, bedrock: r, vectorStore: v, modelData: m, training: t } = p;
  const all = [
    ...b.providerSecrets,
    ...[b.trail, b.promptLogs, b.costGuard, w?.workloadRole, w?.network],
    ...[r?.invocationLogging, r?.guardrail, r?.inferenceApi, v?.knowledgeBaseRole, v?.vectorStore],
    ...[m?.accessLogBucket, m?.trainingDataBucket, m?.modelArtifactBucket, m?.sagemakerDomain],
    ...[m?.signingKey, t?.gpuFleet, t?.eksGpuNodeGroup, t?.imageRegistry, t?.backups],
  ];
  return all.filter((c) => c !== undefined);
}
const childNames = (p: PlatformPlan) => children(p).map((c) => c.name);

describe("planPlatform", () => {
  describe("which children each scope plans", () => {
    const scope2 = [
      "support-bot-openai-api-key",
      "support-bot-trail",
      "support-bot-prompt-logs",
      "support-bot-costs",
      "support-bot-workload",
      "support-bot-net",
    ];
    const scope4 = [
      ...scope2,
      "support-bot-invocations",
      "support-bot-guardrail",
      "support-bot-api",
      "support-bot-kb",
      "support-bot-vectors",
      "support-bot-access-logs",
      "support-bot-training-data",
      "support-bot-model-artifacts",
      "support-bot-studio",
      "support-bot-artifact-signing",
    ];

    it("plans the baseline, the workload role and the network at scope 2, nothing of scope 3", () => {
      const p = plan(full(2));
      assert.deepEqual(childNames(p), scope2);
      assert.equal(p.bedrock, undefined);
      assert.equal(p.vectorStore, undefined);
    });

    it("adds Bedrock, the vector store and the model-data stores at scope 4, no training hosts", () => {
      const p = plan(full(4));
      assert.deepEqual(childNames(p), scope4);
      assert.equal(p.training, undefined);
    });

    it("adds the GPU fleet, the image registry and backups at scope 5", () => {
      assert.deepEqual(childNames(plan(full(5))), [
        ...scope4,
        "support-bot-gpu",
        "support-bot-images",
        "support-bot-backups",
      ]);
    });

    it("plans the EKS node group only when eksGpuCapacity is given", () => {
      const p = plan(full(5, { eksGpuCapacity: { clusterName: "ai", subnetIds: ["subnet-0e"] } }));
      assert.equal(p.training?.eksGpuNodeGroup?.name, "support-bot-gpu-eks");
      assert.deepEqual(p.training?.eksGpuNodeGroup?.args.subnetIds, ["subnet-0e"]);
    });
  });

  describe("what is skipped", () => {
    it("reports every block of the scope as built when nothing is switched off", () => {
      const p = plan(full(5));
      assert.deepEqual(p.skipped, {});
      assert.deepEqual(p.components, componentsForScope(5));
    });

    it("leaves out switched-off children, and says why", () => {
      const p = plan(
        full(5, {
          providerSecrets: [],
          invocationLogging: false,
          inferenceHandlerArn: undefined,
          vectorStore: false,
          backups: false,
        }),
      );
      assert.deepEqual(Object.keys(p.skipped), [
        "provider-secrets",
        "invocation-logging",
        "inference-api",
        "vector-store",
        "backups",
      ]);
      assert.equal(p.skipped["vector-store"], "vectorStore: false");
      assert.deepEqual(
        [p.bedrock?.invocationLogging, p.bedrock?.inferenceApi, p.vectorStore, p.training?.backups],
        [undefined, undefined, undefined, undefined],
      );
      assert.ok(!p.components.includes("backups"));
    });
  });

  describe("the arguments each child gets", () => {
    it("labels every child with the platform's scope, system, owner and tags", () => {
      const p = plan(full(5, { system: "support-bot", owner: "ml-platform", tags: { cc: "42" } }));
      for (const child of children(p)) {
        const { scope, system, owner, tags } = child.args;
        assert.deepEqual(
          { scope, system, owner, tags },
          {
            scope: 5,
            system: "support-bot",
            owner: "ml-platform",
            tags: { cc: "42" },
          },
          child.name,
        );
      }
    });

    it("lets the workload role write the prompt log group and invoke the named models", () => {
      const role = plan(full(3)).workload?.workloadRole.args;
      assert.deepEqual(role?.writeLogGroups, ["wired-prompt-logs"]);
      assert.deepEqual(role?.invokeModels, [MODEL]);
      assert.equal(role?.trustedService, "lambda.amazonaws.com");
    });

    it("gives the vector collection the knowledge-base role as its one principal", () => {
      const p = plan(full(3));
      assert.equal(p.vectorStore?.knowledgeBaseRole.args.sourceArn, WIRING.knowledgeBaseSourceArn);
      assert.deepEqual(p.vectorStore?.vectorStore.args.principals, [WIRING.knowledgeBaseRoleArn]);
    });

    it("places Studio and the GPU hosts in the network, reading training data and writing artifacts", () => {
      const p = plan(full(5));
      const placement = {
        vpcId: "vpc-0wired",
        subnetIds: ["subnet-0a", "subnet-0b"],
        vpcCidrBlock: "10.0.0.0/16",
        egressPrefixListIds: ["pl-0wired"],
        readBuckets: ["wired-training-data"],
        writeBuckets: ["wired-model-artifacts"],
      };
      for (const args of [p.modelData?.sagemakerDomain.args, p.training?.gpuFleet.args]) {
        const { vpcId, subnetIds, vpcCidrBlock, egressPrefixListIds, readBuckets, writeBuckets } = args ?? {};
        assert.deepEqual(
          { vpcId, subnetIds, vpcCidrBlock, egressPrefixListIds, readBuckets, writeBuckets },
          placement,
        );
      }
    });

    it("lets the pipeline sign artifacts and the workload verify them", () => {
      const key = plan(full(4, { artifactSigners: [SIGNER] })).modelData?.signingKey.args;
      assert.deepEqual(key?.signers, [WIRING.studioRoleArn, SIGNER]);
      assert.deepEqual(key?.verifiers, [WIRING.workloadRoleArn]);
    });

    it("logs access to the model-data buckets and backs both up", () => {
      const p = plan(full(5));
      assert.deepEqual(p.modelData?.trainingDataBucket.args.accessLogs, {
        targetBucket: "wired-access-logs",
      });
      assert.deepEqual(p.training?.backups?.args.bucketNames, [
        "wired-training-data",
        "wired-model-artifacts",
      ]);
    });
  });

  describe("purity", () => {
    it("registers no resource", async () => {
      const { resources, error } = await run("preview", () => plan(full(5)));
      assert.equal(error, undefined);
      assert.deepEqual(resources, []);
    });

    it("neither changes the arguments nor depends on an earlier call", () => {
      const args = full(5, { gpuFleet: { instanceType: "g6.xlarge" }, backups: { retentionDays: 10 } });
      const before = JSON.stringify(args);
      assert.deepEqual(plan(args), plan(args));
      assert.equal(JSON.stringify(args), before);
    });
  });
});

describe("AiPlatform validation on the plan", () => {
  it("runs each child's own validator on the planned arguments", () => {
    const p = plan(full(5, { backups: { retentionDays: 0 } }), PLACEHOLDER_WIRING);
    assert.equal(
      childrenError(p),
      "retentionDays must be a whole number of days from 1 to 3650 (got 0); leave it unset for 35.",
    );
  });

  it("accepts the stand-in wiring at every scope", () => {
    for (const scope of [1, 2, 3, 4, 5] as const) {
      assert.equal(childrenError(plan(full(scope), PLACEHOLDER_WIRING)), undefined, `scope ${scope}`);
    }
  });

  it("returns the plan when the arguments are valid, the problem otherwise", () => {
    assert.deepEqual(checkAiPlatformArgs("support-bot", full(4)).plan?.components, componentsForScope(4));
    assert.deepEqual(checkAiPlatformArgs("support-bot", full(5, { backups: { schedule: "daily" } })), {
      problem: 'schedule "daily" is not an AWS Backup cron expression such as "cron(0 5 * * ? *)".',
    });
  });

  it("rejects an invalid child argument before any resource but the platform is registered", async () => {
    const { resources, error } = await run("preview", () => {
      new AiPlatform("support-bot", full(5, { backups: { schedule: "daily" } }));
    });
    assert.deepEqual(
      resources.map((r) => r.type),
      ["scopeguard:platform:AiPlatform"],
    );
    assert.equal(
      resourceErrorMessage(error),
      'AiPlatform "support-bot": schedule "daily" is not an AWS Backup cron expression such as "cron(0 5 * * ? *)".',
    );
  });

  it("creates exactly the planned children, under their planned names", async () => {
    const args = full(5, { eksGpuCapacity: { clusterName: "ai" } });
    const { resources, error } = await run("preview", () => new AiPlatform("support-bot", args));
    assert.equal(error, undefined);
    const root = resources.find((r) => r.type === "scopeguard:platform:AiPlatform")?.urn;
    const created = resources.filter((r) => r.parent === root && !r.custom).map((r) => r.name);
    assert.deepEqual(created, childNames(plan(args)));
  });
});
