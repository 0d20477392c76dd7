import { strict as assert } from "assert";
import { AiPlatform, aiPlatformArgsError, type AiPlatformArgs } from "../../../components/platform";
import { resourceErrorMessage, run } from "../support";

const MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0";
const ROTATION = "arn:aws:lambda:us-east-1:123456789012:function:rotate-openai-key";

/**
 * Invalid arguments: a ResourceError that names the argument and says what to change, thrown
 * before any child exists (only the platform itself is registered).
 */
async function rejection(args: AiPlatformArgs, name = "support-bot"): Promise<string> {
  const { resources, error } = await run("preview", () => new AiPlatform(name, args));
  assert.deepEqual(
    resources.map((r) => r.type),
    ["scopeguard:platform:AiPlatform"],
  );
  const message = resourceErrorMessage(error);
  assert.ok(message.startsWith(`AiPlatform "${name}": `), message);
  return message;
}

/** The same check, without a Pulumi runtime. */
const problem = (args: AiPlatformArgs, name = "support-bot") => aiPlatformArgsError(name, args);

describe("AiPlatform arguments", () => {
  describe("scope", () => {
    for (const scope of [0, 6, 2.5, "3"] as unknown[]) {
      it(`rejects scope ${JSON.stringify(scope)}`, async () => {
        const shown = typeof scope === "string" ? `"${scope}"` : String(scope);
        assert.equal(
          await rejection({ scope } as unknown as AiPlatformArgs),
          `AiPlatform "support-bot": scope ${shown} is not a scope; set it to one of 1, 2, 3, 4, 5 (1 consumer app, 2 enterprise app, 3 pre-trained model, 4 fine-tuned model, 5 self-trained model).`,
        );
      });
    }

    it("requires a scope", async () => {
      assert.equal(
        await rejection({} as AiPlatformArgs),
        'AiPlatform "support-bot": scope is required; set it to one of 1, 2, 3, 4, 5 (1 consumer app, 2 enterprise app, 3 pre-trained model, 4 fine-tuned model, 5 self-trained model).',
      );
    });

    it("rejects a call without arguments", () => {
      assert.match(problem(undefined as unknown as AiPlatformArgs) ?? "", /arguments are required/);
    });
  });

  it("rejects a name that cannot prefix buckets and the vector collection", async () => {
    assert.equal(
      await rejection({ scope: 1 }, "Support_Bot"),
      'AiPlatform "Support_Bot": the name "Support_Bot" prefixes the platform\'s buckets, keys, trail and vector collection, so it must be 2 to 24 lowercase letters, digits or hyphens, starting with a letter; rename the platform.',
    );
    assert.match(problem({ scope: 1 }, "a-very-long-platform-name-x") ?? "", /2 to 24/);
  });

  describe("models", () => {
    it("requires at least one model from scope 3", async () => {
      assert.equal(
        await rejection({ scope: 3, models: [] }),
        'AiPlatform "support-bot": models is empty: at scope 3 (pre-trained model) the workload may invoke only named models, so list at least one Bedrock model id, such as "anthropic.claude-3-5-sonnet-20240620-v1:0".',
      );
      assert.match(problem({ scope: 4 }) ?? "", /models is empty/);
    });

    it("rejects an invalid model id, naming it", async () => {
      assert.equal(
        await rejection({ scope: 3, models: ["claude v3"] }),
        'AiPlatform "support-bot": models contains "claude v3", which is not a Bedrock model id such as "anthropic.claude-3-5-sonnet-20240620-v1:0" or an inference profile id such as "us.amazon.nova-pro-v1:0".',
      );
    });

    it("rejects a model wildcard", async () => {
      assert.equal(
        await rejection({ scope: 3, models: ["anthropic.*"] }),
        'AiPlatform "support-bot": models contains "anthropic.*"; name each model by its id or ARN, a wildcard would grant every model it matches.',
      );
    });

    it("rejects a model named twice", () => {
      assert.match(problem({ scope: 3, models: [MODEL, MODEL] }) ?? "", /names a model twice/);
    });

    it("rejects models below scope 3, where the AI runs at a vendor", async () => {
      assert.equal(
        await rejection({ scope: 2, models: [MODEL] }),
        'AiPlatform "support-bot": models is used from scope 3 (pre-trained model), where the platform invokes foundation models through Bedrock; at scope 2 (enterprise app) the AI runs at a vendor, so remove models or set scope: 3.',
      );
    });

    it("rejects an invalid embedding model", () => {
      assert.match(
        problem({ scope: 3, models: [MODEL], embeddingModel: "titan embeddings" }) ?? "",
        /embeddingModel contains "titan embeddings"/,
      );
    });
  });

  describe("network", () => {
    it("rejects internet egress at scope 5, where the network is the training network", async () => {
      assert.equal(
        await rejection({ scope: 5, models: [MODEL], internetEgress: true }),
        'AiPlatform "support-bot": internetEgress: true is not allowed at scope 5 (self-trained model): the platform network is the training network, which has no internet route (no internet gateway, no NAT); remove internetEgress and reach AWS APIs through VPC endpoints (additionalInterfaceEndpoints).',
      );
    });

    it("rejects a CIDR block that is not one", async () => {
      assert.equal(
        await rejection({ scope: 2, cidrBlock: "10.0.0.1/16" }),
        'AiPlatform "support-bot": cidrBlock "10.0.0.1/16" is not an IPv4 CIDR block whose address is its network address (such as "10.0.0.0/16").',
      );
      assert.match(problem({ scope: 2, cidrBlock: "10.0.0.0/33" }) ?? "", /cidrBlock "10.0.0.0\/33"/);
    });

    it("rejects a CIDR block too small for the subnets", () => {
      assert.match(
        problem({ scope: 2, cidrBlock: "10.0.0.0/28", availabilityZoneCount: 2 }) ?? "",
        /is too small for 2 availability zones/,
      );
    });

    it("rejects network arguments at scope 1, which has no network", async () => {
      assert.equal(
        await rejection({ scope: 1, cidrBlock: "10.0.0.0/16" }),
        'AiPlatform "support-bot": cidrBlock configures the platform network, which comes with scope 2; remove it or raise the scope.',
      );
    });

    it("rejects an existing VPC at scope 5, whose isolation the platform cannot guarantee", async () => {
      assert.equal(
        await rejection({
          scope: 5,
          models: [MODEL],
          existingVpc: { vpcId: "vpc-0abc", privateSubnetIds: ["subnet-0a", "subnet-0b"] },
        }),
        'AiPlatform "support-bot": existingVpc is not allowed at scope 5 (self-trained model): the platform network is the training network, which must have no internet route, and the platform can guarantee that only for a VPC it creates; remove existingVpc (and peer or share the training VPC the platform creates where other networks need it).',
      );
    });

    it("rejects VPC settings together with an existing VPC", () => {
      assert.match(
        problem({
          scope: 3,
          models: [MODEL],
          cidrBlock: "10.0.0.0/16",
          existingVpc: { vpcId: "vpc-0abc", privateSubnetIds: ["subnet-0a", "subnet-0b"] },
        }) ?? "",
        /cidrBlock configures a VPC the platform creates; with existingVpc, configure the VPC where it is defined/,
      );
    });
  });

  describe("provider secrets", () => {
    it("requires a rotation Lambda from scope 2 (the secret's own rule, checked up front)", async () => {
      assert.equal(
        await rejection({ scope: 2, providerSecrets: [{ provider: "openai" }] }),
        'AiPlatform "support-bot": rotationLambdaArn is required at scope 2 (enterprise app): provider keys of scope 2 and above rotate automatically; give the ARN of a rotation Lambda that creates a new key with the provider and stores it (a reminder instead of rotation is only accepted at scope 1).',
      );
    });

    it("accepts a reminder instead of rotation at scope 1", () => {
      assert.equal(problem({ scope: 1, providerSecrets: [{ provider: "openai" }] }), undefined);
    });

    it("rejects a provider named twice, or a name that cannot name a secret", () => {
      const twice = [
        { provider: "openai", rotationLambdaArn: ROTATION },
        { provider: "openai", rotationLambdaArn: ROTATION },
      ];
      assert.match(problem({ scope: 2, providerSecrets: twice }) ?? "", /names the provider "openai" twice/);
      assert.match(
        problem({ scope: 1, providerSecrets: [{ provider: "Open AI" }] }) ?? "",
        /providerSecrets\[0\]\.provider "Open AI" must be 1 to 31 lowercase/,
      );
    });
  });

  describe("arguments of a higher scope", () => {
    const cases: [string, AiPlatformArgs, RegExp][] = [
      [
        "inferenceHandlerArn at scope 2",
        { scope: 2, inferenceHandlerArn: "arn:aws:lambda:us-east-1:123456789012:function:chat" },
        /inferenceHandlerArn is used from scope 3/,
      ],
      ["guardrail at scope 2", { scope: 2, guardrail: {} }, /guardrail is used from scope 3/],
      ["vectorStore options at scope 2", { scope: 2, vectorStore: {} }, /vectorStore is used from scope 3/],
      [
        "trainingData at scope 3",
        { scope: 3, models: [MODEL], trainingData: {} },
        /trainingData is used from scope 4/,
      ],
      ["gpuFleet at scope 4", { scope: 4, models: [MODEL], gpuFleet: {} }, /gpuFleet is used from scope 5/],
      ["backups at scope 4", { scope: 4, models: [MODEL], backups: {} }, /backups is used from scope 5/],
      [
        "eksGpuCapacity at scope 4",
        { scope: 4, models: [MODEL], eksGpuCapacity: { clusterName: "ai" } },
        /eksGpuCapacity is used from scope 5/,
      ],
    ];
    for (const [what, args, message] of cases) {
      it(`rejects ${what}`, () => {
        assert.match(problem(args) ?? "", message);
      });
    }
  });

  describe("the children's own rules, checked before any child exists", () => {
    it("rejects a guardrail filter weaker than the scope allows", async () => {
      assert.equal(
        await rejection({ scope: 3, models: [MODEL], guardrail: { promptAttackStrength: "LOW" } }),
        'AiPlatform "support-bot": promptAttackStrength "LOW" is below HIGH, the minimum at scope 3 (pre-trained model); raise it to HIGH or above, or set allowWeakerPromptAttackFilter: true to accept a weaker filter.',
      );
    });

    it("rejects unlocked model artifacts at scope 4", async () => {
      assert.equal(
        await rejection({ scope: 4, models: [MODEL], modelArtifacts: { objectLockDays: 0 } }),
        'AiPlatform "support-bot": objectLockDays: 0 is not allowed for dataClass "model-artifacts" at scope 4 (fine-tuned model): from scope 4 model artifacts are locked in governance mode, so a swapped artifact cannot replace a signed one; remove objectLockDays, or set it to the days an artifact must stay unchanged.',
      );
    });

    it("rejects a GPU fleet of general-purpose hosts", async () => {
      assert.equal(
        await rejection({ scope: 5, models: [MODEL], gpuFleet: { instanceType: "m5.large" } }),
        'AiPlatform "support-bot": instanceType "m5.large" is not a GPU or accelerator instance type; use one of the families p, g, gr, trn, inf, dl (such as "g6.xlarge", "p5.48xlarge" or "trn1.32xlarge"), or build a general-purpose host without this component.',
      );
    });

    it("rejects EKS GPU capacity above the spend cap", async () => {
      assert.equal(
        await rejection({ scope: 5, models: [MODEL], eksGpuCapacity: { clusterName: "ai", maxSize: 20 } }),
        'AiPlatform "support-bot": maxSize 20 is above the GPU spend cap of 8 nodes per group; lower it, or add another GpuNodeGroup once the extra capacity is approved.',
      );
    });

    it("rejects prompt logs kept longer than the vocabulary allows", () => {
      assert.match(problem({ scope: 1, promptLogRetentionInDays: 3653 }) ?? "", /retention/i);
    });

    it("rejects a wildcard key administrator", () => {
      assert.match(
        problem({ scope: 1, keyAdmins: ["arn:aws:iam::123456789012:role/*"] }) ?? "",
        /keyAdmins contains/,
      );
    });

    it("rejects an unknown signing key spec", () => {
      assert.match(
        problem({ scope: 4, models: [MODEL], artifactSigningKeySpec: "HMAC_256" as never }) ?? "",
        /keySpec "HMAC_256" is not a signing key spec/,
      );
    });
  });

  it("accepts the secure defaults at every scope", () => {
    assert.deepEqual(
      [1, 2, 3, 4, 5].map((scope) =>
        problem({ scope, models: scope >= 3 ? [MODEL] : undefined } as AiPlatformArgs),
      ),
      [undefined, undefined, undefined, undefined, undefined],
    );
  });
});
