import * as assert from "node:assert/strict";
import {
  checkExemptionsNotExpired,
  exemptionNotExpired,
} from "../../../policypack/policies/governance/exemption-not-expired";
import { scopeDrift } from "../../../policypack/policies/governance/scope-drift";
import { stackDeclaresScope } from "../../../policypack/policies/governance/stack-declares-scope";
import { aiResourceHasRequiredTags } from "../../../policypack/policies/governance/ai-resource-has-required-tags";
import { contextAt, MALFORMED_PROPS, resource, runThroughSdk, stackResource, UNKNOWN } from "../support";
import { aiGuardrail, stackRoot } from "../fixtures/ai-stack";
import type { Exemption } from "../../../policypack/framework/settings";

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

  it("reports on the stack's root resource when the stack has one", () => {
    const root = stackRoot();
    const [finding] = stackDeclaresScope.check(
      [root, aiGuardrail()],
      contextAt(3, { scopeSource: "implied" }),
    );
    assert.equal(finding.urn, root.urn);
  });

  it("is silent through the SDK wrapper when the stack tag declares a scope", () => {
    assert.deepEqual(
      runThroughSdk(stackDeclaresScope, { resources: [aiGuardrail()], stackTags: { "ai-scope": "3" } }),
      [],
    );
  });

  it("judges a stack whose resources hold unknown values at the scope the known ones imply", () => {
    const host = stackResource("aws:ec2/instance:Instance", "h", { instanceType: UNKNOWN });
    assert.match(
      stackDeclaresScope.check([host, aiGuardrail()], contextAt(3, { scopeSource: "implied" }))[0].message,
      /checked at scope 3 \(pre-trained model\)/,
    );
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

  it("reads an inference GPU (g5) as a self-hosted pre-trained model, not a training host", () => {
    const host = stackResource("aws:ec2/instance:Instance", "infer", { instanceType: "g5.xlarge" });
    assert.deepEqual(scopeDrift.check([host], contextAt(3)), []);
    assert.equal(scopeDrift.check([host], contextAt(2)).length, 1);
  });

  it("cannot drift when no scope is declared", () => {
    assert.deepEqual(scopeDrift.check([customModel()], contextAt(4, { scopeSource: "implied" })), []);
  });

  it("ignores an instance type that is unknown during preview", () => {
    const host = stackResource("aws:ec2/instance:Instance", "h", { instanceType: UNKNOWN });
    assert.deepEqual(scopeDrift.check([host], contextAt(1)), []);
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

  it("ignores the resources of the stack, known, unknown or malformed: it reads only the pack config", () => {
    const ctx = contextAt(1, { exemptions: [exemption("2026-11-21")] });
    const odd = [
      stackResource("aws:s3/bucket:Bucket", "b", { bucket: UNKNOWN }),
      ...MALFORMED_PROPS.map((props, i) => stackResource("aws:s3/bucket:Bucket", `m${i}`, props)),
    ];
    assert.equal(exemptionNotExpired.check(odd, ctx).length, 1);
  });

  it("never throws on exemptions with odd fields", () => {
    // Deliberately not exemptions: the check must survive whatever a hand-edited config holds.
    const odd = [
      { policy: 5, resource: null, reason: "", expires: "not a date" },
      {},
    ] as unknown as Exemption[];
    assert.doesNotThrow(() => checkExemptionsNotExpired(contextAt(1, { exemptions: odd }), "2026-11-22"));
  });

  it("cannot itself be exempted: an expired exemption stays reported", () => {
    const settings = {
      exemptions: [
        exemption("2001-01-01"),
        { policy: exemptionNotExpired.name, resource: "*", reason: "r", expires: "2999-01-01" },
      ],
    };
    assert.equal(runThroughSdk(exemptionNotExpired, { resources: [stackRoot()], settings }).length, 1);
  });

  it("reads the exemptions from the settings policy's config through the SDK wrapper", () => {
    const settings = { exemptions: [exemption("2001-01-01")] };
    assert.equal(runThroughSdk(exemptionNotExpired, { resources: [], settings }).length, 1);
  });
});

describe("ai-resource-has-required-tags", () => {
  const GUARDRAIL = "aws:bedrock/guardrail:Guardrail";
  const KNOWLEDGE_BASE = "aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase";
  const TAGS = { "ai-scope": "3", "ai-system": "support-bot", owner: "ml-platform" };
  const check = (type: string, props: Record<string, unknown>) =>
    aiResourceHasRequiredTags.check(resource(type, props), contextAt(3));

  it("passes a guardrail with ai-scope, ai-system and owner", () => {
    assert.deepEqual(check(GUARDRAIL, { tags: TAGS }), []);
  });

  it("passes a knowledge base that also carries a data class", () => {
    assert.deepEqual(check(KNOWLEDGE_BASE, { tags: { ...TAGS, "data-class": "knowledge-base" } }), []);
  });

  it("fails an AI resource with no tags, naming every missing one", () => {
    assert.deepEqual(check(GUARDRAIL, {}), [
      "The AI resource has no ai-scope, ai-system, owner tags: tag it with ai-scope, ai-system, owner so the asset inventory lists it and the data controls find it.",
    ]);
  });

  it("fails a data-holding resource without a data-class tag", () => {
    assert.deepEqual(check(KNOWLEDGE_BASE, { tags: TAGS }), [
      "The AI resource has no data-class tag: tag it with ai-scope, ai-system, owner, data-class so the asset inventory lists it and the data controls find it.",
    ]);
  });

  it("fails an empty tag value as missing", () => {
    assert.match(
      check(GUARDRAIL, { tags: { ...TAGS, owner: " " } })[0],
      /^The AI resource has no owner tag:/,
    );
  });

  it("fails an ai-scope tag that is not a scope", () => {
    assert.deepEqual(check(GUARDRAIL, { tags: { ...TAGS, "ai-scope": "high" } }), [
      'The ai-scope tag is "high", which is not a scope from 1 to 5.',
    ]);
  });

  it("fails a data-class tag that is not a data class", () => {
    assert.deepEqual(check(KNOWLEDGE_BASE, { tags: { ...TAGS, "data-class": "secret" } }), [
      'The data-class tag is "secret", which is not one of training-data, model-artifacts, prompt-logs, audit-logs, knowledge-base.',
    ]);
  });

  it("counts a tag whose value is unknown during preview as present, and leaves its value unchecked", () => {
    const tags = { "ai-scope": UNKNOWN, "ai-system": UNKNOWN, owner: "team", "data-class": UNKNOWN };
    assert.deepEqual(check(KNOWLEDGE_BASE, { tags }), []);
  });

  it("still reports a known missing tag beside unknown values", () => {
    assert.match(
      check(GUARDRAIL, { tags: { "ai-scope": UNKNOWN, "ai-system": UNKNOWN } })[0],
      /no owner tag/,
    );
  });

  it("counts tags the provider's default tags add, reading tagsAll when present", () => {
    assert.deepEqual(check(GUARDRAIL, { tags: { owner: "ml-platform" }, tagsAll: TAGS }), []);
  });

  it("reads tagsAll, not tags, when both are present", () => {
    assert.match(
      check(GUARDRAIL, { tags: TAGS, tagsAll: { owner: "ml-platform" } })[0],
      /no ai-scope, ai-system tags/,
    );
  });

  it("lets a tags map that is unknown as a whole reach the SDK", () => {
    assert.throws(() => check(GUARDRAIL, { tags: UNKNOWN }), /can't be known/);
  });

  it("applies to the taggable AI resources only", () => {
    assert.ok(
      aiResourceHasRequiredTags.resourceTypes.includes(
        "aws:sagemaker/mlflowTrackingServer:MlflowTrackingServer",
      ),
    );
    assert.ok(
      !aiResourceHasRequiredTags.resourceTypes.includes("aws:bedrock/agentDataSource:AgentDataSource"),
    );
    assert.deepEqual(
      runThroughSdk(aiResourceHasRequiredTags, { resource: resource("aws:s3/bucket:Bucket", {}) }),
      [],
    );
  });
});
