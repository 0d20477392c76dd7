import { strict as assert } from "assert";
import fc from "fast-check";
import { chooseLifecycleRules, retentionError, RETENTION } from "../../../components/storage";
import {
  DATA_CLASSES,
  MAX_PROMPT_LOG_RETENTION_DAYS,
  MIN_AUDIT_LOG_RETENTION_DAYS,
  VERSIONED_DATA_CLASSES,
} from "../../../policypack/vocabulary";

describe("lifecycle chooser", () => {
  it("expires prompt logs after 90 days by default and replaced copies after one day", () => {
    const [rule] = chooseLifecycleRules("prompt-logs");
    assert.equal(rule.expiration?.days, 90);
    assert.equal(rule.noncurrentVersionExpiration?.noncurrentDays, 1);
  });

  it("keeps audit logs seven years, archived to Glacier Instant Retrieval after 90 days", () => {
    const [rule] = chooseLifecycleRules("audit-logs");
    assert.equal(rule.expiration?.days, 2555);
    assert.deepEqual(rule.transitions, [{ days: 90, storageClass: "GLACIER_IR" }]);
    assert.equal(rule.noncurrentVersionExpiration?.noncurrentDays, 2555);
  });

  for (const dataClass of ["training-data", "model-artifacts", "knowledge-base"] as const) {
    it(`never expires current ${dataClass} objects and keeps old versions 90 days`, () => {
      const [rule] = chooseLifecycleRules(dataClass);
      assert.equal(rule.expiration, undefined);
      assert.equal(rule.noncurrentVersionExpiration?.noncurrentDays, 90);
    });
  }

  it("aborts incomplete multipart uploads after 7 days for every class", () => {
    for (const dataClass of DATA_CLASSES) {
      assert.equal(
        chooseLifecycleRules(dataClass)[0].abortIncompleteMultipartUpload.daysAfterInitiation,
        7,
        dataClass,
      );
    }
  });

  it("rejects prompt-log retention above the vocabulary's maximum", () => {
    assert.equal(
      retentionError("prompt-logs", { retentionDays: MAX_PROMPT_LOG_RETENTION_DAYS + 1 }),
      "retentionDays must be a whole number of days from 1 to 400 for prompt-logs (got 401); leave it unset for 90.",
    );
  });

  it("rejects audit-log retention below the vocabulary's minimum", () => {
    assert.equal(
      retentionError("audit-logs", { retentionDays: 30 }),
      "retentionDays must be a whole number of days from 365 to 3650 for audit-logs (got 30); leave it unset for 2555.",
    );
  });

  it("rejects retentionDays for a class whose current objects never expire", () => {
    assert.equal(
      retentionError("training-data", { retentionDays: 30 }),
      'retentionDays applies only to the prompt-logs and audit-logs data classes; remove it for dataClass "training-data" (use noncurrentVersionRetentionDays to bound old versions).',
    );
  });

  it("rejects noncurrentVersionRetentionDays for log classes", () => {
    assert.equal(
      retentionError("prompt-logs", { noncurrentVersionRetentionDays: 30 }),
      'noncurrentVersionRetentionDays applies only to the training-data, model-artifacts and knowledge-base data classes; remove it for dataClass "prompt-logs" (use retentionDays).',
    );
  });

  it("rejects a version retention shorter than 30 days", () => {
    assert.equal(
      retentionError("model-artifacts", { noncurrentVersionRetentionDays: 7 }),
      "noncurrentVersionRetentionDays must be a whole number of days from 30 to 730 (got 7); leave it unset for 90.",
    );
  });

  it("property: every accepted argument yields rules within the vocabulary's bounds", () => {
    const args = fc.record(
      {
        retentionDays: fc.oneof(fc.integer({ min: -10, max: 4000 }), fc.double({ noNaN: false })),
        noncurrentVersionRetentionDays: fc.integer({ min: -10, max: 1000 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.constantFrom(...DATA_CLASSES), args, (dataClass, retention) => {
        if (retentionError(dataClass, retention) !== undefined) {
          return;
        }
        const rules = chooseLifecycleRules(dataClass, retention);
        assert.equal(rules.length, 1);
        const [rule] = rules;
        assert.ok(rule.abortIncompleteMultipartUpload.daysAfterInitiation > 0);
        if (dataClass === "prompt-logs") {
          assert.ok(rule.expiration !== undefined && rule.expiration.days <= MAX_PROMPT_LOG_RETENTION_DAYS);
          assert.ok(rule.expiration.days >= 1);
        } else if (dataClass === "audit-logs") {
          assert.ok(rule.expiration !== undefined && rule.expiration.days >= MIN_AUDIT_LOG_RETENTION_DAYS);
          assert.ok(rule.transitions![0].days < rule.expiration.days);
        } else {
          assert.equal(rule.expiration, undefined);
          const kept = rule.noncurrentVersionExpiration!.noncurrentDays;
          assert.ok(kept >= RETENTION.versions.min && kept <= RETENTION.versions.max);
        }
        if (VERSIONED_DATA_CLASSES.includes(dataClass)) {
          assert.notEqual(rule.noncurrentVersionExpiration, undefined);
        }
      }),
    );
  });

  it("property: a retention outside the bounds is always rejected with a message naming the argument", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ max: 0 }),
          fc.integer({ min: MAX_PROMPT_LOG_RETENTION_DAYS + 1 }),
          fc.double({ min: 1.1, max: 399.9, noInteger: true }),
        ),
        (days) => {
          assert.match(
            retentionError("prompt-logs", { retentionDays: days }) ?? "",
            /^retentionDays must be/,
          );
        },
      ),
    );
  });
});
