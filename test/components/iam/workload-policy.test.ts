import { runSimulation } from "@cloud-copilot/iam-simulate";
import { strict as assert } from "assert";
import { NO_SOURCE_CONTEXT_PRINCIPALS } from "../../../policypack/vocabulary";
import {
  ALL_GRANT_ACTIONS,
  buildTrustPolicy,
  buildWorkloadPolicyDocument,
  NO_GRANTS,
  type WorkloadPolicyInput,
} from "../../../components/iam";
import { ACCOUNT, decide as decideFor, type SimulatedRole } from "../iam-simulation";

const ROLE = `arn:aws:iam::${ACCOUNT}:role/workload`;
const CLAUDE = "anthropic.claude-3-5-sonnet-20240620-v1:0";
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const OTHER_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/ffffffff-12ab-34cd-56ef-1234567890ab`;
const model = (id: string, region = "us-east-1") => `arn:aws:bedrock:${region}::foundation-model/${id}`;

const INPUT: WorkloadPolicyInput = {
  ...NO_GRANTS,
  partition: "aws",
  region: "us-east-1",
  accountId: ACCOUNT,
  invokeModels: [CLAUDE, "us.amazon.nova-pro-v1:0"],
  readBuckets: ["training-data"],
  writeBuckets: ["model-artifacts"],
  useKeys: [KEY],
  writeLogGroups: ["/ai/app"],
};

/** The decision for the role, whose only policy is the workload document (no resource policy but a delegating key policy). */
function decide(
  action: string,
  resource: string,
  context: Record<string, string> = {},
  input = INPUT,
): Promise<string> {
  const role: SimulatedRole = {
    arn: ROLE,
    name: "workload",
    inlinePolicies: [{ name: "workload", policy: buildWorkloadPolicyDocument(input) }],
    managedPolicyArns: [],
  };
  return decideFor(role, action, resource, context);
}

describe("AiWorkloadRole policy (simulated with iam-simulate)", () => {
  it("allows invoking a named model", async () => {
    assert.equal(await decide("bedrock:InvokeModel", model(CLAUDE)), "Allowed");
  });

  it("allows streaming a named model", async () => {
    assert.equal(await decide("bedrock:InvokeModelWithResponseStream", model(CLAUDE)), "Allowed");
  });

  it("denies invoking a model it was not given", async () => {
    assert.equal(
      await decide("bedrock:InvokeModel", model("meta.llama3-70b-instruct-v1:0")),
      "ImplicitlyDenied",
    );
  });

  it("denies a named model in another region unless invoked through its inference profile", async () => {
    assert.equal(await decide("bedrock:InvokeModel", model(CLAUDE, "us-west-2")), "ImplicitlyDenied");
  });

  it("allows a cross-region profile's model in another region only through that profile", async () => {
    const profile = `arn:aws:bedrock:us-east-1:${ACCOUNT}:inference-profile/us.amazon.nova-pro-v1:0`;
    assert.equal(await decide("bedrock:InvokeModel", profile), "Allowed");
    assert.equal(
      await decide("bedrock:InvokeModel", model("amazon.nova-pro-v1:0", "us-west-2"), {
        "bedrock:InferenceProfileArn": profile,
      }),
      "Allowed",
    );
    assert.equal(
      await decide("bedrock:InvokeModel", model("amazon.nova-pro-v1:0", "us-west-2")),
      "ImplicitlyDenied",
    );
  });

  it("allows reading objects of a named read bucket and listing it", async () => {
    assert.equal(await decide("s3:GetObject", "arn:aws:s3:::training-data/set/1.jsonl"), "Allowed");
    assert.equal(await decide("s3:ListBucket", "arn:aws:s3:::training-data"), "Allowed");
  });

  it("denies reading a bucket it was not given", async () => {
    assert.equal(
      await decide("s3:GetObject", "arn:aws:s3:::prompt-logs/2025/01/01.json"),
      "ImplicitlyDenied",
    );
  });

  it("allows writing objects to a named write bucket", async () => {
    assert.equal(await decide("s3:PutObject", "arn:aws:s3:::model-artifacts/model.tar.gz"), "Allowed");
  });

  it("denies reading a bucket it may only write", async () => {
    assert.equal(
      await decide("s3:GetObject", "arn:aws:s3:::model-artifacts/model.tar.gz"),
      "ImplicitlyDenied",
    );
  });

  it("denies deleting objects and buckets", async () => {
    assert.equal(
      await decide("s3:DeleteObject", "arn:aws:s3:::model-artifacts/model.tar.gz"),
      "ImplicitlyDenied",
    );
    assert.equal(await decide("s3:DeleteBucket", "arn:aws:s3:::training-data"), "ImplicitlyDenied");
  });

  it("allows encrypting and decrypting with a named key", async () => {
    assert.equal(await decide("kms:Decrypt", KEY), "Allowed");
    assert.equal(await decide("kms:GenerateDataKey", KEY), "Allowed");
  });

  it("denies decrypting with a key it was not given", async () => {
    assert.equal(await decide("kms:Decrypt", OTHER_KEY), "ImplicitlyDenied");
  });

  it("denies kms:ScheduleKeyDeletion on its own key", async () => {
    assert.equal(await decide("kms:ScheduleKeyDeletion", KEY), "ImplicitlyDenied");
  });

  it("denies iam:CreateUser and other IAM actions", async () => {
    assert.equal(await decide("iam:CreateUser", `arn:aws:iam::${ACCOUNT}:user/backdoor`), "ImplicitlyDenied");
    assert.equal(await decide("iam:AttachRolePolicy", ROLE), "ImplicitlyDenied");
    assert.equal(await decide("iam:PassRole", ROLE), "ImplicitlyDenied");
  });

  it("allows writing log events to a named log group only", async () => {
    assert.equal(
      await decide("logs:PutLogEvents", `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/ai/app:log-stream:s1`),
      "Allowed",
    );
    assert.equal(
      await decide("logs:PutLogEvents", `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/other:log-stream:s1`),
      "ImplicitlyDenied",
    );
  });

  it("allows nothing at all with no grants", async () => {
    const none = { ...INPUT, ...NO_GRANTS };
    assert.deepEqual(buildWorkloadPolicyDocument(none).Statement, []);
    assert.equal(await decide("bedrock:InvokeModel", model(CLAUDE), {}, none), "ImplicitlyDenied");
  });

  it("uses no wildcard action", () => {
    assert.deepEqual(
      ALL_GRANT_ACTIONS.filter((a) => a.includes("*")),
      [],
    );
    const actions = buildWorkloadPolicyDocument(INPUT).Statement.flatMap((s) => s.Action);
    assert.deepEqual(
      actions.filter((a) => a.includes("*")),
      [],
    );
  });

  it('never grants on Resource "*"', () => {
    const resources = buildWorkloadPolicyDocument(INPUT).Statement.flatMap((s) => s.Resource);
    assert.equal(resources.includes("*"), false);
  });

  it("grants objects on <bucket>/* and listing on the bucket", () => {
    const byId = Object.fromEntries(
      buildWorkloadPolicyDocument(INPUT).Statement.map((s) => [s.Sid, s.Resource]),
    );
    assert.deepEqual(byId.ListNamedBuckets, ["arn:aws:s3:::training-data", "arn:aws:s3:::model-artifacts"]);
    assert.deepEqual(byId.ReadNamedBucketObjects, ["arn:aws:s3:::training-data/*"]);
    assert.deepEqual(byId.WriteNamedBucketObjects, ["arn:aws:s3:::model-artifacts/*"]);
  });
});

describe("AiWorkloadRole trust policy (simulated with iam-simulate)", () => {
  async function assume(
    service: string,
    context: Record<string, string>,
    sourceArn?: string,
    trusted = "bedrock.amazonaws.com",
  ): Promise<string> {
    const result = await runSimulation(
      {
        request: {
          principal: service,
          action: "sts:AssumeRole",
          resource: { resource: ROLE, accountId: ACCOUNT },
          contextVariables: context,
        },
        identityPolicies: [],
        serviceControlPolicies: [],
        resourceControlPolicies: [],
        resourcePolicy: buildTrustPolicy({
          service: trusted,
          accountId: ACCOUNT,
          sourceArn,
        }),
      },
      {},
    );
    if (result.resultType === "error") throw new Error(JSON.stringify(result.errors));
    return result.overallResult;
  }

  it("lets the trusted service assume the role for this account", async () => {
    assert.equal(await assume("bedrock.amazonaws.com", { "aws:SourceAccount": ACCOUNT }), "Allowed");
  });

  it("denies the trusted service acting for another account", async () => {
    assert.equal(
      await assume("bedrock.amazonaws.com", { "aws:SourceAccount": "999999999999" }),
      "ImplicitlyDenied",
    );
  });

  it("lets Lambda, which sends no source account, assume a role trusted by it without a condition", async () => {
    assert.equal(
      buildTrustPolicy({ service: "lambda.amazonaws.com", accountId: ACCOUNT }).Statement[0].Condition,
      undefined,
    );
    assert.equal(await assume("lambda.amazonaws.com", {}, undefined, "lambda.amazonaws.com"), "Allowed");
  });

  it("leaves the trust of every service the policy pack knows sends no source context unconditioned", () => {
    const conditioned = NO_SOURCE_CONTEXT_PRINCIPALS.filter(
      (service) => buildTrustPolicy({ service, accountId: ACCOUNT }).Statement[0].Condition !== undefined,
    );
    assert.deepEqual(conditioned, []);
  });

  it("denies another service", async () => {
    assert.equal(await assume("lambda.amazonaws.com", { "aws:SourceAccount": ACCOUNT }), "ImplicitlyDenied");
  });

  it("denies a request for another resource when sourceArn is given", async () => {
    const jobs = `arn:aws:bedrock:us-east-1:${ACCOUNT}:model-customization-job/*`;
    assert.equal(
      await assume(
        "bedrock.amazonaws.com",
        {
          "aws:SourceAccount": ACCOUNT,
          "aws:SourceArn": `arn:aws:bedrock:us-east-1:${ACCOUNT}:model-customization-job/abc`,
        },
        jobs,
      ),
      "Allowed",
    );
    assert.equal(
      await assume(
        "bedrock.amazonaws.com",
        { "aws:SourceAccount": ACCOUNT, "aws:SourceArn": `arn:aws:bedrock:us-east-1:${ACCOUNT}:agent/abc` },
        jobs,
      ),
      "ImplicitlyDenied",
    );
  });
});
