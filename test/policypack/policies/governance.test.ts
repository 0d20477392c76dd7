import * as assert from "node:assert/strict";
import {
  checkExemptionsNotExpired,
  exemptionNotExpired,
} from "../../../policypack/policies/governance/exemption-not-expired";
import { scopeDrift } from "../../../policypack/policies/governance/scope-drift";
import { stackDeclaresScope } from "../../../policypack/policies/governance/stack-declares-scope";
import { contextAt, MALFORMED_PROPS, runThroughSdk, stackResource, UNKNOWN } from "../support";
import { aiGuardrail } from "../fixtures/ai-stack";

const customModel = () =>
  stackResource("aws:bedrock/customModel:CustomModel", "tuned", { baseModelIdentifier: "x" });

describe("stack-declares-scope", () => {
  it("is silent when the pack config declares the scope", () => {
    assert.deepEqual(stackDeclaresScope.check([], contextAt(3)), []);
  });

  it("is silent when the stack tag declares the scope", () => {
    const ctx = contextAt(2, { scopeSource: "stack-tag", stackTags: new Map([["ai-scope", "2"]]) });
    assert.deepEqual(stackDeclaresScope.check([], ctx), []);
  });

  it("gives one advisory naming the implied scope and both ways to declare it", () => {
    const ctx = contextAt(3, { scopeSource: "implied" });
    assert.deepEqual(stackDeclaresScope.check([aiGuardrail()], ctx), [
      {
        message:
          'The stack declares no scope, so it is checked at scope 3 (pre-trained model), the highest its resources imply; declare it with `pulumi stack tag set ai-scope <1-5>` or in the pack config as {"scopeguard-settings": {"scope": <1-5>}}.',
      },
    ]);
  });

  it("reports a stack tag that is not a scope", () => {
    const ctx = contextAt(1, { scopeSource: "implied", stackTags: new Map([["ai-scope", "seven"]]) });
    assert.match(
      stackDeclaresScope.check([], ctx)[0].message,
      /^The stack tag ai-scope is "seven", which is not a scope from 1 to 5/,
    );
  });

  it("is reported once per stack through the SDK wrapper", () => {
    assert.equal(runThroughSdk(stackDeclaresScope, { resources: [aiGuardrail(), customModel()] }).length, 1);
  });
});

describe("scope-drift", () => {
  it("passes resources within the declared scope", () => {
    assert.deepEqual(scopeDrift.check([aiGuardrail()], contextAt(3)), []);
  });

  it("flags a custom model in a scope-3 stack", () => {
    const model = customModel();
    assert.deepEqual(scopeDrift.check([aiGuardrail(), model], contextAt(3)), [
      {
        urn: model.urn,
        message:
          '"tuned" (aws:bedrock/customModel:CustomModel) implies scope 4 (fine-tuned model), but the stack declares scope 3 (pre-trained model): raise the declared scope so its controls apply, or remove the resource.',
      },
    ]);
  });

  it("flags a GPU training host in a scope-4 stack", () => {
    const host = stackResource("aws:ec2/instance:Instance", "trainer", { instanceType: "p5.48xlarge" });
    assert.equal(scopeDrift.check([host], contextAt(4)).length, 1);
  });

  it("does not treat an inference GPU (g5) as a training host", () => {
    const host = stackResource("aws:ec2/instance:Instance", "infer", { instanceType: "g5.xlarge" });
    assert.deepEqual(scopeDrift.check([host], contextAt(1)), []);
  });

  it("cannot drift when no scope is declared", () => {
    assert.deepEqual(scopeDrift.check([customModel()], contextAt(4, { scopeSource: "implied" })), []);
  });

  it("ignores an instance type that is unknown during preview", () => {
    const host = stackResource("aws:ec2/instance:Instance", "h", { instanceType: UNKNOWN });
    assert.deepEqual(scopeDrift.check([host], contextAt(1)), []);
  });

  it("never throws on malformed props", () => {
    for (const props of MALFORMED_PROPS) {
      assert.doesNotThrow(() =>
        scopeDrift.check([stackResource("aws:ec2/instance:Instance", "h", props)], contextAt(1)),
      );
    }
  });

  it("uses the stack tag when the pack config declares nothing", () => {
    const reported = runThroughSdk(scopeDrift, {
      resources: [customModel()],
      stackTags: { "ai-scope": "3" },
    });
    assert.equal(reported.length, 1);
  });

  it("lets the pack config override the stack tag", () => {
    const reported = runThroughSdk(scopeDrift, {
      resources: [customModel()],
      stackTags: { "ai-scope": "3" },
      settings: { scope: 4 },
    });
    assert.deepEqual(reported, []);
  });
});

describe("exemption-not-expired", () => {
  const exemption = (expires: string) => ({
    policy: "s3-bucket-tls-only",
    resource: "b",
    reason: "r",
    expires,
  });

  it("passes exemptions that end today or later", () => {
    const ctx = contextAt(1, { exemptions: [exemption("2026-11-22"), exemption("2027-01-01")] });
    assert.deepEqual(checkExemptionsNotExpired(ctx, "2026-11-22"), []);
  });

  it("reports an expired exemption by its index", () => {
    const ctx = contextAt(1, { exemptions: [exemption("2030-01-01"), exemption("2026-11-21")] });
    assert.deepEqual(checkExemptionsNotExpired(ctx, "2026-11-22"), [
      {
        message:
          "Exemption scopeguard-settings.exemptions[1] (s3-bucket-tls-only on b) expired on 2026-11-21; it no longer applies: fix the resource, or renew the exemption with a new reason and date.",
      },
    ]);
  });

  it("reads the exemptions from the settings policy's config through the SDK wrapper", () => {
    const settings = { exemptions: [exemption("2001-01-01")] };
    assert.equal(runThroughSdk(exemptionNotExpired, { resources: [], settings }).length, 1);
  });
});
