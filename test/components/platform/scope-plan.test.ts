import { strict as assert } from "assert";
import * as fc from "fast-check";
import { bedrockGuardrailBlocksPromptAttacks } from "../../../policypack/policies/bedrock/bedrock-guardrail-blocks-prompt-attacks";
import { CONTROL_SCOPES, SCOPES, type Scope } from "../../../policypack/vocabulary";
import {
  BUILDING_BLOCK_IDS,
  BUILDING_BLOCKS,
  componentsAddedAt,
  componentsForScope,
  scopeBuilds,
} from "../../../components/platform";

const scope = fc.constantFrom<Scope>(...SCOPES);

describe("componentsForScope", () => {
  it("is monotonic: a higher scope never builds less", () => {
    fc.assert(
      fc.property(scope, scope, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const built = componentsForScope(high);
        return componentsForScope(low).every((block) => built.includes(block));
      }),
    );
  });

  it("is cumulative: each scope is the one below plus what it adds, in table order", () => {
    fc.assert(
      fc.property(scope, (s) => {
        const below = s === 1 ? [] : componentsForScope((s - 1) as Scope);
        const expected = BUILDING_BLOCKS.map((b) => b.id).filter(
          (id) => below.includes(id) || componentsAddedAt(s).includes(id),
        );
        assert.deepEqual(componentsForScope(s), expected);
      }),
    );
  });

  it("agrees with scopeBuilds for every block and scope", () => {
    fc.assert(
      fc.property(scope, fc.constantFrom(...BUILDING_BLOCK_IDS), (s, block) => {
        assert.equal(scopeBuilds(s, block), componentsForScope(s).includes(block));
      }),
    );
  });

  it("builds the scope-1 controls of the scoping matrix at scope 1", () => {
    assert.deepEqual(componentsForScope(1), [
      "provider-secrets",
      "audit-trail",
      "prompt-log-store",
      "budget-alerts",
    ]);
  });

  it("adds least-privilege access and limited egress at scope 2", () => {
    assert.deepEqual(componentsAddedAt(2), ["workload-role", "private-network"]);
  });

  it("adds the model controls at scope 3", () => {
    assert.deepEqual(componentsAddedAt(3), [
      "model-endpoints",
      "invocation-logging",
      "guardrail",
      "model-invoke-permissions",
      "inference-api",
      "vector-store",
    ]);
  });

  it("adds the model-data stores, SageMaker and signing at scope 4", () => {
    assert.deepEqual(componentsAddedAt(4), [
      "training-data-store",
      "model-artifact-store",
      "access-log-store",
      "trail-data-events",
      "sagemaker-domain",
      "artifact-signing-key",
    ]);
  });

  it("adds the training network, GPU hosts, images and backups at scope 5", () => {
    assert.deepEqual(componentsAddedAt(5), [
      "isolated-training-network",
      "gpu-fleet",
      "image-registry",
      "backups",
    ]);
  });

  it("builds everything at scope 5, and names each block once", () => {
    assert.deepEqual(componentsForScope(5), [...BUILDING_BLOCK_IDS]);
    assert.equal(new Set(BUILDING_BLOCKS.map((b) => b.id)).size, BUILDING_BLOCKS.length);
  });
});

describe("BUILDING_BLOCKS", () => {
  it("starts each block where the control it provides starts", () => {
    assert.deepEqual(
      BUILDING_BLOCKS.filter((b) => b.minScope !== CONTROL_SCOPES[b.control]).map((b) => b.id),
      [],
    );
  });

  it("builds the guardrail from the scope the guardrail policies apply, both read from one entry", () => {
    const guardrail = BUILDING_BLOCKS.find((b) => b.id === "guardrail");
    assert.equal(guardrail?.control, "guardrails");
    assert.equal(bedrockGuardrailBlocksPromptAttacks.minScope, CONTROL_SCOPES.guardrails);
  });
});
