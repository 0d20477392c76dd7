import assert from "node:assert/strict";
import fc from "fast-check";
import { compareDiagnostics, displayType, plural, sortDiagnostics } from "../../../preview/report/display";
import { diagnostic, key, publicAccess, role, stack } from "./fixtures";

describe("report/display", () => {
  describe("displayType", () => {
    it("drops a module file part that repeats the type name", () => {
      assert.equal(displayType("aws:s3/bucketV2:BucketV2"), "aws:s3:BucketV2");
    });

    it("keeps a module file part that differs from the type name", () => {
      assert.equal(displayType("aws:s3/bucket:BucketPolicy"), "aws:s3/bucket:BucketPolicy");
    });

    it("keeps tokens without a file part", () => {
      assert.equal(displayType("scopeguard:storage:SecureBucket"), "scopeguard:storage:SecureBucket");
    });

    it("keeps the Stack and provider types", () => {
      assert.equal(displayType("pulumi:pulumi:Stack"), "pulumi:pulumi:Stack");
      assert.equal(displayType("pulumi:providers:aws"), "pulumi:providers:aws");
    });

    it("keeps malformed tokens", () => {
      assert.equal(displayType("not-a-token"), "not-a-token");
    });
  });

  describe("plural", () => {
    it("uses the singular for one", () => {
      assert.equal(plural(1, "resource"), "1 resource");
    });

    it("uses the plural otherwise", () => {
      assert.equal(plural(0, "resource"), "0 resources");
      assert.equal(plural(3, "policy", "policies"), "3 policies");
    });
  });

  describe("sortDiagnostics (Pulumi >= 3.203 order)", () => {
    it("puts mandatory before advisory although 'advisory' sorts first alphabetically", () => {
      const sorted = sortDiagnostics([
        diagnostic("required-ai-tags", key, { enforcementLevel: "advisory", severity: "critical" }),
        diagnostic("kms-key-rotation-enabled", key, { enforcementLevel: "mandatory", severity: "low" }),
      ]);
      assert.deepEqual(
        sorted.map((d) => d.enforcementLevel),
        ["mandatory", "advisory"],
      );
    });

    it("puts remediate first and disabled last", () => {
      const levels = sortDiagnostics(
        (["disabled", "advisory", "remediate", "mandatory"] as const).map((enforcementLevel) =>
          diagnostic("kms-key-rotation-enabled", key, { enforcementLevel }),
        ),
      ).map((d) => d.enforcementLevel);
      assert.deepEqual(levels, ["remediate", "mandatory", "advisory", "disabled"]);
    });

    it("orders by severity within a level, unspecified last", () => {
      const severities = sortDiagnostics(
        ([undefined, "low", "critical", "medium", "high"] as const).map((severity) =>
          diagnostic("kms-key-rotation-enabled", key, { enforcementLevel: "mandatory", severity }),
        ),
      ).map((d) => d.severity);
      assert.deepEqual(severities, ["critical", "high", "medium", "low", undefined]);
    });

    it("orders by policy name within a severity", () => {
      const names = sortDiagnostics([
        diagnostic("s3-block-public-access", key, { severity: "high" }),
        diagnostic("kms-key-rotation-enabled", key, { severity: "high" }),
      ]).map((d) => d.policyName);
      assert.deepEqual(names, ["kms-key-rotation-enabled", "s3-block-public-access"]);
    });

    it("orders by URN within a policy", () => {
      const urns = sortDiagnostics([
        diagnostic("required-ai-tags", role),
        diagnostic("required-ai-tags", stack),
        diagnostic("required-ai-tags", publicAccess),
      ]).map((d) => d.urn);
      assert.deepEqual(urns, [...urns].sort());
    });

    it("does not change its input", () => {
      const input = [diagnostic("required-ai-tags", role), diagnostic("kms-key-rotation-enabled", key)];
      const copy = [...input];
      sortDiagnostics(input);
      assert.deepEqual(input, copy);
    });

    it("is a consistent total order (antisymmetric, transitive)", () => {
      const arbDiagnostic = fc
        .record({
          enforcementLevel: fc.constantFrom("advisory", "mandatory", "remediate", "disabled" as const),
          severity: fc.constantFrom(undefined, "low", "medium", "high", "critical" as const),
          policyName: fc.constantFrom("a", "b", "kms", "s3"),
          urn: fc.constantFrom(key.urn, role.urn, stack.urn),
        })
        .map((fields) => diagnostic("kms-key-rotation-enabled", key, fields));
      fc.assert(
        fc.property(arbDiagnostic, arbDiagnostic, arbDiagnostic, (a, b, c) => {
          assert.ok(Math.sign(compareDiagnostics(a, b)) === -Math.sign(compareDiagnostics(b, a)));
          if (compareDiagnostics(a, b) <= 0 && compareDiagnostics(b, c) <= 0) {
            assert.ok(compareDiagnostics(a, c) <= 0);
          }
        }),
      );
    });
  });
});
