import { runSimulation, type Simulation } from "@cloud-copilot/iam-simulate";
import { strict as assert } from "assert";
import { ModelInvocationLogging, type ModelInvocationLoggingArgs } from "../../../components/bedrock";
import { itDeniesTheDangerousActions, roleOf, type SimulatedRole } from "../iam-simulation";
import { isUnknown, only, resourceErrorMessage, run, type Registered } from "../support";
import { type PolicyJson, policyJson, statementsOf, withSid } from "../policy-json";

const ACCOUNT = "123456789012";
const T = {
  component: "scopeguard:bedrock:ModelInvocationLogging",
  config: "aws:bedrockmodel/invocationLoggingConfiguration:InvocationLoggingConfiguration",
  logGroup: "aws:cloudwatch/logGroup:LogGroup",
  bucket: "aws:s3/bucket:Bucket",
  bucketPolicy: "aws:s3/bucketPolicy:BucketPolicy",
  role: "aws:iam/role:Role",
  rolePolicy: "aws:iam/rolePolicy:RolePolicy",
  key: "aws:kms/key:Key",
};

async function loggingOf(
  args: ModelInvocationLoggingArgs = {},
  mode: "preview" | "update" = "update",
): Promise<Registered[]> {
  const { resources, error } = await run(mode, () => new ModelInvocationLogging("invocations", args));
  assert.equal(error, undefined);
  return resources;
}

/** Runs with invalid args: asserts nothing but the component was registered, returns the message. */
async function rejection(args: ModelInvocationLoggingArgs, name = "invocations"): Promise<string> {
  const { resources, error } = await run("preview", () => new ModelInvocationLogging(name, args));
  assert.deepEqual(
    resources.map((r) => r.type),
    [T.component],
  );
  return resourceErrorMessage(error);
}

const byName = (resources: Registered[], type: string, name: string) =>
  resources.find((r) => r.type === type && r.name === name)!;

describe("ModelInvocationLogging", () => {
  it("delivers prompt and completion text, and no image, embedding or video data by default", async () => {
    const config = only(await loggingOf(), T.config).inputs.loggingConfig;
    assert.deepEqual(
      [
        config.textDataDeliveryEnabled,
        config.imageDataDeliveryEnabled,
        config.embeddingDataDeliveryEnabled,
        config.videoDataDeliveryEnabled,
      ],
      [true, false, false, false],
    );
  });

  it("delivers image and embedding data when asked", async () => {
    const config = only(await loggingOf({ imageDataDelivery: true, embeddingDataDelivery: true }), T.config)
      .inputs.loggingConfig;
    assert.deepEqual([config.imageDataDeliveryEnabled, config.embeddingDataDeliveryEnabled], [true, true]);
  });

  it("delivers to its log group through its role, and large payloads to its bucket under the prefix", async () => {
    const resources = await loggingOf();
    const cloudwatch = only(resources, T.config).inputs.loggingConfig.cloudwatchConfig;
    assert.deepEqual(cloudwatch, {
      logGroupName: only(resources, T.logGroup).state.name,
      roleArn: only(resources, T.role).state.arn,
      largeDataDeliveryS3Config: {
        bucketName: only(resources, T.bucket).state.bucket,
        keyPrefix: "bedrock-invocations",
      },
    });
  });

  it("keeps prompts 90 days in a CMK-encrypted log group tagged prompt-logs", async () => {
    const resources = await loggingOf();
    const group = only(resources, T.logGroup).inputs;
    assert.equal(group.retentionInDays, 90);
    assert.equal(group.tags["data-class"], "prompt-logs");
    assert.equal(group.kmsKeyId, byName(resources, T.key, "invocations-logs-key").state.arn);
  });

  it("passes a retention within the prompt-log bound through", async () => {
    assert.equal(only(await loggingOf({ retentionInDays: 30 }), T.logGroup).inputs.retentionInDays, 30);
  });

  it("keeps large payloads in a prompt-logs bucket encrypted with its own key", async () => {
    const resources = await loggingOf({ payloadRetentionDays: 30 });
    assert.equal(only(resources, T.bucket).inputs.tags["data-class"], "prompt-logs");
    const sse = resources.find((r) => r.type.endsWith("BucketServerSideEncryptionConfiguration"))!.inputs;
    assert.equal(
      sse.rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyId,
      byName(resources, T.key, "invocations-payloads-key").state.arn,
    );
    const lifecycle = resources.find((r) => r.type.endsWith("BucketLifecycleConfiguration"))!.inputs;
    assert.equal(lifecycle.rules[0].expiration.days, 30);
  });

  it("lets Bedrock of this account and region write payloads under the prefix, in one bucket policy", async () => {
    const resources = await loggingOf();
    const bucket = only(resources, T.bucket).state.bucket;
    const statements = statementsOf(only(resources, T.bucketPolicy).inputs.policy);
    assert.deepEqual(
      statements.map((s) => s.Sid),
      ["DenyInsecureTransport", "DenyObjectsNotEncryptedWithKms", "BedrockWritesInvocationPayloads"],
    );
    assert.deepEqual(statements[2], {
      Sid: "BedrockWritesInvocationPayloads",
      Effect: "Allow",
      Principal: { Service: "bedrock.amazonaws.com" },
      Action: "s3:PutObject",
      Resource: `arn:aws:s3:::${bucket}/bedrock-invocations/*`,
      Condition: {
        StringEquals: { "aws:SourceAccount": ACCOUNT },
        ArnLike: { "aws:SourceArn": `arn:aws:bedrock:us-east-1:${ACCOUNT}:*` },
      },
    });
  });

  it("lets Bedrock use the payload key only for this account and region", async () => {
    const key = byName(await loggingOf(), T.key, "invocations-payloads-key").inputs;
    const grant = withSid(statementsOf(key.policy), "ServiceUse0");
    assert.deepEqual(grant?.Principal, { Service: "bedrock.amazonaws.com" });
    assert.deepEqual(grant.Condition, {
      StringEquals: { "aws:SourceAccount": ACCOUNT },
      ArnLike: { "aws:SourceArn": `arn:aws:bedrock:us-east-1:${ACCOUNT}:*` },
    });
  });

  it("lets only Bedrock of this account and region assume the delivery role", async () => {
    const trust = JSON.parse(only(await loggingOf(), T.role).inputs.assumeRolePolicy);
    assert.deepEqual(trust.Statement, [
      {
        Sid: "TrustedServiceForThisAccount",
        Effect: "Allow",
        Principal: { Service: "bedrock.amazonaws.com" },
        Action: "sts:AssumeRole",
        Condition: {
          StringEquals: { "aws:SourceAccount": ACCOUNT },
          ArnLike: { "aws:SourceArn": `arn:aws:bedrock:us-east-1:${ACCOUNT}:*` },
        },
      },
    ]);
  });

  describe("the delivery role, simulated", () => {
    let policy: PolicyJson;
    let group: string;
    let roleArn: string;
    before(async () => {
      const resources = await loggingOf();
      policy = policyJson(only(resources, T.rolePolicy).inputs.policy);
      group = only(resources, T.logGroup).state.name;
      roleArn = only(resources, T.role).state.arn;
    });

    async function decide(action: string, resource: string): Promise<string> {
      const simulation: Simulation = {
        request: {
          principal: roleArn,
          action,
          resource: { resource, accountId: ACCOUNT },
          contextVariables: {},
        },
        identityPolicies: [{ name: "logs", policy }],
        serviceControlPolicies: [],
        resourceControlPolicies: [],
      };
      const result = await runSimulation(simulation, {});
      if (result.resultType === "error") throw new Error(JSON.stringify(result.errors));
      return result.overallResult;
    }
    const groupArn = (name: string) => `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:${name}`;
    const stream = (name: string) => `${groupArn(name)}:log-stream:aws/bedrock/modelinvocations`;

    it("can create streams in and write events to its log group", async () => {
      assert.equal(await decide("logs:CreateLogStream", stream(group)), "Allowed");
      assert.equal(await decide("logs:PutLogEvents", stream(group)), "Allowed");
    });

    it("cannot write to any other log group", async () => {
      assert.equal(await decide("logs:PutLogEvents", stream("audit-trail-events")), "ImplicitlyDenied");
      assert.equal(await decide("logs:CreateLogStream", stream(`${group}-other`)), "ImplicitlyDenied");
    });

    it("cannot delete or reconfigure its log group, or read it", async () => {
      for (const action of ["logs:DeleteLogGroup", "logs:PutRetentionPolicy", "logs:DisassociateKmsKey"]) {
        assert.equal(await decide(action, groupArn(group)), "ImplicitlyDenied", action);
      }
      assert.equal(await decide("logs:GetLogEvents", stream(group)), "ImplicitlyDenied");
    });

    it("cannot write objects or use keys", async () => {
      assert.equal(await decide("s3:PutObject", "arn:aws:s3:::any-bucket/key"), "ImplicitlyDenied");
      assert.equal(
        await decide(
          "kms:Decrypt",
          `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
        ),
        "ImplicitlyDenied",
      );
    });

    describe("and the dangerous actions", () => {
      let role: SimulatedRole;
      let bucket: string;
      before(async () => {
        const resources = await loggingOf();
        role = roleOf(resources, "invocations-delivery");
        bucket = only(resources, T.bucket).state.bucket;
      });
      itDeniesTheDangerousActions(
        () => role,
        () => ({ ownBucket: bucket }),
      );
    });
  });

  it("labels its resources scope 3 by default", async () => {
    const resources = await loggingOf();
    assert.deepEqual(
      [only(resources, T.logGroup), only(resources, T.bucket), only(resources, T.role)].map(
        (r) => r.inputs.tags["ai-scope"],
      ),
      ["3", "3", "3"],
    );
  });

  it("parents its direct children to the component", async () => {
    const resources = await loggingOf();
    const component = only(resources, T.component);
    assert.deepEqual(
      resources
        .filter((r) => r.parent === component.urn)
        .map((r) => r.type)
        .sort(),
      [
        "scopeguard:iam:AiWorkloadRole",
        "scopeguard:kms:Key",
        "scopeguard:logging:EncryptedLogGroup",
        "scopeguard:storage:AiDataBucket",
        T.config,
      ].sort(),
    );
  });

  it("is preview-safe: the destinations, text delivery and every policy are known during preview", async () => {
    const resources = await loggingOf({}, "preview");
    const config = only(resources, T.config).inputs.loggingConfig;
    assert.equal(config.textDataDeliveryEnabled, true);
    assert.equal(config.cloudwatchConfig.logGroupName, only(resources, T.logGroup).state.name);
    assert.equal(
      config.cloudwatchConfig.largeDataDeliveryS3Config.bucketName,
      only(resources, T.bucket).state.bucket,
    );
    for (const [type, key] of [
      [T.bucketPolicy, "policy"],
      [T.role, "assumeRolePolicy"],
      [T.rolePolicy, "policy"],
    ]) {
      assert.equal(isUnknown(only(resources, type).inputs[key]), false, type);
    }
  });

  it("rejects a retention above the prompt-log bound", async () => {
    assert.equal(
      await rejection({ retentionInDays: 731 }),
      'ModelInvocationLogging "invocations": retentionInDays 731 is not allowed for prompt-logs: prompt logs are kept at most 400 days, and CloudWatch Logs accepts only 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400 in that range; leave it unset for 90.',
    );
  });

  it("rejects a payload retention outside 1 to 400 days", async () => {
    assert.equal(
      await rejection({ payloadRetentionDays: 0 }),
      'ModelInvocationLogging "invocations": payloadRetentionDays must be a whole number of days from 1 to 400 for prompt logs (got 0); leave it unset for 90.',
    );
  });

  it("rejects a payload key prefix with a wildcard", async () => {
    assert.equal(
      await rejection({ payloadKeyPrefix: "logs/*" }),
      'ModelInvocationLogging "invocations": payloadKeyPrefix "logs/*" must be up to 200 letters, digits, ".", "_", "-" in "/"-separated segments, without leading or trailing "/" or wildcards; leave it unset for "bedrock-invocations".',
    );
  });

  it("rejects a name that cannot prefix the payload bucket", async () => {
    assert.equal(
      await rejection({}, "Invocations"),
      'ModelInvocationLogging "Invocations": the name "Invocations-payloads" prefixes the S3 bucket name, so it must be 1 to 55 lowercase letters, digits or hyphens, starting with a letter or digit; rename the component.',
    );
  });

  it("rejects a wildcard key administrator", async () => {
    assert.equal(
      await rejection({ keyAdmins: ["arn:aws:iam::123456789012:role/*"] }),
      'ModelInvocationLogging "invocations": keyAdmins contains "arn:aws:iam::123456789012:role/*"; name each principal by its ARN, a wildcard would grant the key to anyone.',
    );
  });
});
