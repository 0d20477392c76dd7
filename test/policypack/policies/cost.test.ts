import * as assert from "node:assert/strict";
import type { StackResource } from "../../../policypack/framework/types";
import { COST_POLICIES } from "../../../policypack/policies/cost";
import { budgetsAiStackHasBudget as hasBudget } from "../../../policypack/policies/cost/budgets-ai-stack-has-budget";
import { snsAlertTopicEncrypted as topicEncrypted } from "../../../policypack/policies/cost/sns-alert-topic-encrypted";
import { budgetsBudgetHasNotifications as notifications } from "../../../policypack/policies/cost/budgets-budget-has-notifications";
import { contextAt, resource, stackResource, UNKNOWN } from "../support";
import { aiGuardrail, stackRoot } from "../fixtures/ai-stack";

const BUDGET = "aws:budgets/budget:Budget";
const TOPIC = "aws:sns/topic:Topic";
const ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
const ctx = contextAt(1);

const budget = (
  props: Record<string, unknown> = {},
  name = "monthly",
  dependsOn: Record<string, StackResource[]> = {},
) =>
  stackResource(
    BUDGET,
    name,
    { budgetType: "COST", timeUnit: "MONTHLY", limitAmount: "100", ...props },
    dependsOn,
  );
const notice = (subscribers: Record<string, unknown>) => ({
  comparisonOperator: "GREATER_THAN",
  notificationType: "FORECASTED",
  threshold: 100,
  thresholdType: "PERCENTAGE",
  ...subscribers,
});

describe("budgets-ai-stack-has-budget", () => {
  it("passes an AI stack with a budget", () => {
    assert.deepEqual(hasBudget.check([stackRoot(), aiGuardrail(), budget()], ctx), []);
  });

  it("fails an AI stack without a budget, on the stack resource", () => {
    const s = stackRoot();
    assert.deepEqual(hasBudget.check([s, aiGuardrail()], ctx), [
      {
        urn: s.urn,
        message:
          'The stack holds AI resources ("gr", aws:bedrock/guardrail:Guardrail) but no aws.budgets.Budget: add a COST budget with a limit and notifications, or exempt the stack if an account budget already covers it.',
      },
    ]);
  });

  it("counts a resource tagged ai-system, or a GPU training host, as AI", () => {
    assert.equal(
      hasBudget.check([stackResource("aws:s3/bucket:Bucket", "b", { tags: { "ai-system": "chat" } })], ctx)
        .length,
      1,
    );
    assert.equal(
      hasBudget.check([stackResource("aws:ec2/instance:Instance", "h", { instanceType: "p5.48xlarge" })], ctx)
        .length,
      1,
    );
  });

  it("is silent for a stack without AI resources", () => {
    assert.deepEqual(
      hasBudget.check(
        [stackRoot(), stackResource("aws:s3/bucket:Bucket", "b", { tags: { team: "web" } })],
        ctx,
      ),
      [],
    );
  });

  it("decides from the tag's presence when its value, or tagsAll, is unknown during preview", () => {
    const unknownValue = stackResource("aws:s3/bucket:Bucket", "b", {
      tags: { "ai-system": UNKNOWN },
      tagsAll: UNKNOWN,
    });
    assert.equal(hasBudget.check([unknownValue], ctx).length, 1);
    assert.deepEqual(
      hasBudget.check(
        [stackResource("aws:s3/bucket:Bucket", "b", { tags: { team: "web" }, tagsAll: UNKNOWN })],
        ctx,
      ),
      [],
    );
  });
});

describe("budgets-budget-has-notifications", () => {
  const subject = (props: Record<string, unknown>) =>
    resource(BUDGET, { budgetType: "COST", timeUnit: "MONTHLY", ...props });

  it("passes a budget that e-mails someone, or notifies a topic whose ARN is unknown", () => {
    assert.deepEqual(
      notifications.check(
        subject({ notifications: [notice({ subscriberEmailAddresses: ["finops@example.com"] })] }),
        ctx,
      ),
      [],
    );
    assert.deepEqual(
      notifications.check(subject({ notifications: [notice({ subscriberSnsTopicArns: [UNKNOWN] })] }), ctx),
      [],
    );
  });

  it("fails a budget with no notifications", () => {
    assert.deepEqual(notifications.check(subject({}), ctx), [
      "The budget notifies nobody: add notifications (for example ACTUAL at 80% and FORECASTED at 100%) with subscriberEmailAddresses or subscriberSnsTopicArns.",
    ]);
    assert.equal(notifications.check(subject({ notifications: [] }), ctx).length, 1);
  });

  it("fails notifications without subscribers", () => {
    assert.deepEqual(
      notifications.check(subject({ notifications: [notice({ subscriberEmailAddresses: [] })] }), ctx),
      [
        "None of the budget's notifications has a subscriber: set subscriberEmailAddresses or subscriberSnsTopicArns.",
      ],
    );
  });

  it("lets an unknown notification list reach the SDK: the decision depends on it", () => {
    assert.throws(
      () => notifications.check(subject({ notifications: UNKNOWN }), ctx),
      /can't be known during preview/,
    );
  });
});

describe("sns-alert-topic-encrypted", () => {
  const topic = (name: string, props: Record<string, unknown> = {}) =>
    stackResource(TOPIC, name, { name: `${name}-7f3e2d1`, arn: UNKNOWN, ...props });

  it("passes an alert topic with a customer-managed key (ARN unknown during preview)", () => {
    const t = topic("alerts", { kmsMasterKeyId: UNKNOWN });
    const b = budget({ notifications: [notice({ subscriberSnsTopicArns: [UNKNOWN] })] }, "monthly", {
      notifications: [t],
    });
    assert.deepEqual(topicEncrypted.check([t, b], ctx), []);
  });

  it("fails an unencrypted topic a budget notifies through a property dependency", () => {
    const t = topic("alerts");
    const b = budget({ notifications: [notice({ subscriberSnsTopicArns: [UNKNOWN] })] }, "monthly", {
      notifications: [t],
    });
    assert.deepEqual(topicEncrypted.check([t, b], ctx), [
      {
        urn: t.urn,
        message:
          'SNS topic "alerts" receives budget or alarm alerts but is not encrypted: set kmsMasterKeyId to a customer-managed KMS key whose policy allows budgets.amazonaws.com and cloudwatch.amazonaws.com to use it.',
      },
    ]);
  });

  it("fails a topic on the AWS-managed SNS key, which budgets cannot publish to", () => {
    const t = topic("alerts", { kmsMasterKeyId: "alias/aws/sns" });
    const alarm = stackResource(ALARM, "errors", { alarmActions: [UNKNOWN] }, { alarmActions: [t] });
    assert.match(
      topicEncrypted.check([t, alarm], ctx)[0].message,
      /uses the AWS-managed key alias\/aws\/sns/,
    );
  });

  it("links a literal topic ARN by the topic's name", () => {
    const t = topic("alerts");
    const alarm = stackResource(ALARM, "errors", {
      okActions: ["arn:aws:sns:us-east-1:123456789012:alerts-7f3e2d1"],
    });
    assert.equal(topicEncrypted.check([t, alarm], ctx).length, 1);
  });

  it("ignores topics nobody alerts through", () => {
    assert.deepEqual(
      topicEncrypted.check(
        [topic("events"), budget({ notifications: [notice({ subscriberEmailAddresses: ["a@b.c"] })] })],
        ctx,
      ),
      [],
    );
  });
});

describe("cost policy metadata", () => {
  it("every policy is in the domain index once, with complete mappings", () => {
    const names = COST_POLICIES.map((p) => p.name);
    assert.equal(new Set(names).size, names.length);
    for (const p of COST_POLICIES) {
      assert.ok(
        p.mappings.nistCsf.length > 0 && p.mappings.cisaNcsc.length > 0 && p.mappings.seedItems.length > 0,
        p.name,
      );
    }
  });
});
