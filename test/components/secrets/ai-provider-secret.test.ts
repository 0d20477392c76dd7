import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import { AI_PROVIDER_TAG, MAX_AI_KEY_ROTATION_DAYS } from "../../../policypack/vocabulary";
import { AiProviderSecret, type AiProviderSecretArgs } from "../../../components/secrets";
import { only, resourceErrorMessage, run, type Registered } from "../support";
import { statementsOf, withSid } from "../policy-json";
import { illTyped } from "../../readers";

const SECRET = "aws:secretsmanager/secret:Secret";
const ROTATION = "aws:secretsmanager/secretRotation:SecretRotation";
const VERSION = "aws:secretsmanager/secretVersion:SecretVersion";
const RULE = "aws:cloudwatch/eventRule:EventRule";
const TARGET = "aws:cloudwatch/eventTarget:EventTarget";
const TOPIC = "aws:sns/topic:Topic";
const KEY = "aws:kms/key:Key";
const LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:rotate-openai-key";

async function secret(
  args: AiProviderSecretArgs = {},
  mode: "preview" | "update" = "preview",
): Promise<Registered[]> {
  const { resources, error } = await run(mode, () => new AiProviderSecret("openai", args));
  assert.equal(error, undefined);
  return resources;
}

async function rejection(args: AiProviderSecretArgs): Promise<string> {
  const { resources, error } = await run("preview", () => new AiProviderSecret("openai", args));
  assert.deepEqual(
    resources.map((r) => r.type),
    ["scopeguard:secrets:AiProviderSecret"],
  );
  return resourceErrorMessage(error);
}

const ofType = (resources: Registered[], type: string) => resources.filter((r) => r.type === type);

describe("AiProviderSecret", () => {
  it("encrypts the secret with a customer-managed key used through Secrets Manager only", async () => {
    const resources = await secret({ rotationLambdaArn: LAMBDA }, "update");
    assert.match(only(resources, SECRET).inputs.kmsKeyId, /^arn:aws:kms:us-east-1:123456789012:key\//);
    const via = withSid(statementsOf(only(resources, KEY).inputs.policy), "AccountUseThroughServices");
    assert.deepEqual(via.Condition.StringEquals["kms:ViaService"], [
      "secretsmanager.us-east-1.amazonaws.com",
    ]);
  });

  it("tags the secret with its provider, as the policy pack reads it", async () => {
    assert.equal(only(await secret({ provider: "openai" }), SECRET).inputs.tags[AI_PROVIDER_TAG], "openai");
  });

  it("keeps a deleted secret recoverable for 30 days by default", async () => {
    assert.equal(only(await secret(), SECRET).inputs.recoveryWindowInDays, 30);
  });

  it("rotates every 30 days with the given Lambda, not at creation", async () => {
    const rotation = only(await secret({ rotationLambdaArn: LAMBDA }), ROTATION).inputs;
    assert.deepEqual(
      [rotation.rotationLambdaArn, rotation.rotationRules, rotation.rotateImmediately],
      [LAMBDA, { automaticallyAfterDays: 30 }, false],
    );
  });

  it("has no reminder when a rotation Lambda is given", async () => {
    const resources = await secret({ rotationLambdaArn: LAMBDA });
    assert.deepEqual(
      [RULE, TOPIC].map((t) => ofType(resources, t).length),
      [0, 0],
    );
  });

  it("at scope 1 without a Lambda, schedules a rotation reminder to an encrypted topic on the same cadence", async () => {
    const resources = await secret({ rotationDays: 14 }, "update");
    assert.equal(ofType(resources, ROTATION).length, 0);
    assert.equal(only(resources, RULE).inputs.scheduleExpression, "rate(14 days)");
    assert.match(only(resources, TOPIC).inputs.kmsMasterKeyId, /^arn:aws:kms:/);
    assert.match(
      only(resources, TARGET).inputs.arn,
      /^arn:aws:sns:us-east-1:123456789012:openai-reminder-[0-9a-f]{7}$/,
    );
  });

  it("lets only this reminder rule publish to the reminder topic", async () => {
    const resources = await secret();
    const statement = JSON.parse(only(resources, "aws:sns/topicPolicy:TopicPolicy").inputs.policy)
      .Statement[0];
    assert.equal(statement.Principal.Service, "events.amazonaws.com");
    assert.match(
      statement.Condition.ArnLike["aws:SourceArn"],
      /^arn:aws:events:us-east-1:123456789012:rule\/openai-reminder-[0-9a-f]{7}$/,
    );
  });

  it("sends the reminder to a given topic and creates none", async () => {
    const topic = "arn:aws:sns:us-east-1:123456789012:security-reminders";
    const resources = await secret({ reminderTopicArn: topic });
    assert.equal(ofType(resources, TOPIC).length, 0);
    assert.equal(only(resources, TARGET).inputs.arn, topic);
  });

  it("stores a value given as a secret Output, as a secret", async () => {
    const { resources } = await run(
      "update",
      () => new AiProviderSecret("openai", { secretValue: pulumi.secret("sk-test") }),
    );
    // The mocks receive a secret as Pulumi's wrapped value (signature key plus value), never as a bare string.
    const value = only(resources, VERSION).inputs.secretString;
    assert.deepEqual([typeof value, value.value], ["object", "sk-test"]);
  });

  it("creates no version when no value is given", async () => {
    assert.equal(ofType(await secret(), VERSION).length, 0);
  });

  it("requires a rotation Lambda at scope 2", async () => {
    assert.equal(
      await rejection({ scope: 2 }),
      'AiProviderSecret "openai": rotationLambdaArn is required at scope 2 (enterprise app): provider keys of scope 2 and above rotate automatically; give the ARN of a rotation Lambda that creates a new key with the provider and stores it (a reminder instead of rotation is only accepted at scope 1).',
    );
  });

  it("rejects a plain-string value", async () => {
    assert.equal(
      await rejection({ secretValue: illTyped("sk-live-123") }),
      'AiProviderSecret "openai": secretValue must be a secret Output (pulumi.secret(...) or config.requireSecret(...)), never a plain string, which would sit in the program and its state in clear; leave it unset to set the value out of band.',
    );
  });

  it("rejects a recovery window shorter than 7 days", async () => {
    assert.equal(
      await rejection({ recoveryWindowInDays: 0 }),
      'AiProviderSecret "openai": recoveryWindowInDays must be a whole number of days from 7 to 30 (got 0), so a deleted key can be restored; leave it unset for 30.',
    );
  });

  it("accepts the longest rotation period the policy pack accepts, and rejects one day more", async () => {
    const resources = await secret(
      { rotationLambdaArn: LAMBDA, rotationDays: MAX_AI_KEY_ROTATION_DAYS },
      "update",
    );
    assert.equal(
      only(resources, ROTATION).inputs.rotationRules.automaticallyAfterDays,
      MAX_AI_KEY_ROTATION_DAYS,
    );
    assert.match(
      await rejection({ rotationLambdaArn: LAMBDA, rotationDays: MAX_AI_KEY_ROTATION_DAYS + 1 }),
      /rotationDays must be a whole number of days from 1 to 90 \(got 91\)/,
    );
  });

  it("rejects a rotation period over 90 days", async () => {
    assert.equal(
      await rejection({ rotationLambdaArn: LAMBDA, rotationDays: 120 }),
      'AiProviderSecret "openai": rotationDays must be a whole number of days from 1 to 90 (got 120); leave it unset for 30.',
    );
  });

  it("rejects a provider name that cannot be a tag value", async () => {
    assert.equal(
      await rejection({ provider: "Open AI!" }),
      'AiProviderSecret "openai": provider "Open AI!" must be 1 to 64 letters, digits, ".", "_" or "-", such as "openai"; it becomes the ai-provider tag.',
    );
  });

  it("rejects a reminder topic together with a rotation Lambda", async () => {
    assert.equal(
      await rejection({
        rotationLambdaArn: LAMBDA,
        reminderTopicArn: "arn:aws:sns:us-east-1:123456789012:t",
      }),
      'AiProviderSecret "openai": reminderTopicArn is only used without rotationLambdaArn (the reminder replaces automatic rotation); remove one of them.',
    );
  });
});
