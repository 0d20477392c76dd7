import { strict as assert } from "assert";
import { MAX_PROMPT_LOG_RETENTION_DAYS, MIN_AUDIT_LOG_RETENTION_DAYS } from "../../../policypack/vocabulary";
import {
  CLOUDWATCH_RETENTION_DAYS,
  LOG_GROUP_RETENTION,
  logRetentionError,
  logRetentionFor,
} from "../../../components/logging";

describe("log group retention", () => {
  it("defaults audit logs to the vocabulary's minimum and prompt logs to 90 days", () => {
    assert.deepEqual(
      [logRetentionFor("audit-logs"), logRetentionFor("prompt-logs")],
      [MIN_AUDIT_LOG_RETENTION_DAYS, 90],
    );
  });

  it("keeps every default within the class's limits and among CloudWatch's values", () => {
    for (const limits of Object.values(LOG_GROUP_RETENTION)) {
      assert.ok(limits.default >= limits.min && limits.default <= limits.max);
      assert.ok(CLOUDWATCH_RETENTION_DAYS.includes(limits.default));
    }
  });

  it("accepts the prompt-log maximum", () => {
    assert.equal(logRetentionError("prompt-logs", MAX_PROMPT_LOG_RETENTION_DAYS), undefined);
  });

  it("rejects prompt logs kept longer than the maximum", () => {
    assert.equal(
      logRetentionError("prompt-logs", 731),
      "retentionInDays 731 is not allowed for prompt-logs: prompt logs are kept at most 400 days, and CloudWatch Logs accepts only 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400 in that range; leave it unset for 90.",
    );
  });

  it("rejects audit logs kept shorter than the minimum", () => {
    assert.equal(
      logRetentionError("audit-logs", 180),
      "retentionInDays 180 is not allowed for audit-logs: audit logs are kept at least 365 days, and CloudWatch Logs accepts only 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 in that range; leave it unset for 365.",
    );
  });

  it("rejects a period CloudWatch Logs does not accept", () => {
    assert.equal(
      logRetentionError("audit-logs", 500),
      "retentionInDays 500 is not allowed for audit-logs: audit logs are kept at least 365 days, and CloudWatch Logs accepts only 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 in that range; leave it unset for 365.",
    );
  });

  it("rejects 0, which CloudWatch reads as never expire", () => {
    assert.equal(
      logRetentionError("prompt-logs", 0),
      "retentionInDays 0 is not allowed for prompt-logs: prompt logs are kept at most 400 days, and CloudWatch Logs accepts only 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400 in that range; leave it unset for 90.",
    );
  });
});
