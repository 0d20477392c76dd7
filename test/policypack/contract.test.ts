import * as assert from "node:assert/strict";
import * as fc from "fast-check";
import { takeAllAppliedExemptions } from "../../policypack/framework/exemptions";
import { publishSettings } from "../../policypack/framework/settings";
import type { PolicyDefinition } from "../../policypack/framework/types";
import { isUnknownValueError } from "../../policypack/framework/unknowns";
import { POLICIES } from "../../policypack/policies";
import { SCOPE_STACK_TAG, SCOPES, type Scope } from "../../policypack/vocabulary";
import {
  declaredStackType,
  recordingReads,
  remediateResource,
  validateResource,
  validateStack,
  type Reported,
} from "./contract-harness";
import { malformedProps, malformedStack, shapedProps } from "./contract-props";
import { SAMPLES } from "./samples";
import { MALFORMED_PROPS, urnOf } from "./support";
import type { PolicySample, Props, ResourceSample, SampleResource, StackSample } from "./samples/sample";

/**
 * The contract every policy of the pack keeps, checked through the same SDK wrapper the pack uses
 * (type filter, scope gate, exemptions, fail-closed guard): it never throws on malformed props, it
 * reports its failing sample with the expected message and nothing on its passing sample, an
 * exemption hides its finding and is recorded, and it runs from its minimum scope and not below.
 */

/** Fixed, so a failure is reproducible; fast-check prints the counterexample with it. */
const SEED = 20_261_205;
const RUNS = 100;
const EXEMPTION = { reason: "accepted for the contract test", expires: "2999-12-31" };

/** One run of a policy on its sample at `scope` (or at the implied scope), with extra settings. */
function run(
  def: PolicyDefinition,
  sample: PolicySample,
  which: "failing" | "passing",
  scope: Scope | undefined,
  extra: Readonly<Record<string, unknown>> = {},
  declareBy: "pack-config" | "stack-tag" = "pack-config",
): Reported[] {
  const undeclared = scope === undefined || (sample.kind === "stack" && sample.undeclaredScope !== undefined);
  const byConfig = !undeclared && declareBy === "pack-config" ? { scope } : {};
  const stackTags: Record<string, string> =
    !undeclared && declareBy === "stack-tag" ? { [SCOPE_STACK_TAG]: String(scope) } : {};
  if (sample.kind === "resource") {
    return validateResource(def, sample.type, sample[which], {
      settings: { ...extra, ...byConfig },
      stackTags,
    });
  }
  const own = (which === "failing" ? sample.failingSettings : sample.passingSettings) ?? {};
  return validateStack(def, sample[which], { settings: { ...own, ...extra, ...byConfig }, stackTags });
}

/** The URN the failing sample's finding is reported on, if it names a resource. */
function subjectUrn(sample: PolicySample): string | undefined {
  if (sample.kind === "resource") {
    return urnOf(sample.type, "subject");
  }
  const subject = sample.failing.find((resource) => resource.name === sample.subject);
  return subject === undefined ? undefined : urnOf(subject.type, subject.name);
}

/** Fails when the adapter turned an exception of the check into a "could not evaluate" finding. */
function assertEvaluated(def: PolicyDefinition, produce: () => unknown, input: unknown): void {
  let reported: unknown;
  try {
    reported = produce();
  } catch (e) {
    if (isUnknownValueError(e)) {
      return; // The SDK's documented outcome: the policy cannot run during preview.
    }
    throw new Error(`${def.name} threw ${String(e)} on ${JSON.stringify(input)}`, { cause: e });
  }
  const broken = (Array.isArray(reported) ? (reported as Reported[]) : []).filter((v) =>
    v.message.startsWith(`${def.name} could not evaluate`),
  );
  assert.deepEqual(broken, [], `${def.name} broke on ${JSON.stringify(input)}`);
}

/** Runs `exercise` for the reads it makes; what it returns or throws is judged by the properties. */
function quietly(exercise: () => unknown): void {
  try {
    exercise();
  } catch {
    // Recorded reads up to the throw are what is wanted here.
  }
}

/**
 * The property names a policy reads: from its samples, then from props built of those names (a
 * check may read more once an earlier read finds something), so malformed props reach them all.
 */
function namesRead(def: PolicyDefinition, sample: PolicySample): string[] {
  const names = new Set<string>();
  const runRecording = (props: Props[], scope: Scope) => {
    for (const p of props) {
      if (sample.kind === "resource") {
        const settings = { settings: { scope } };
        quietly(() => validateResource(def, sample.type, recordingReads(p, names), settings));
        quietly(() => remediateResource(def, sample.type, recordingReads(p, names), settings));
      }
    }
  };
  const runStackRecording = (stack: readonly SampleResource[], scope: Scope) => {
    const recorded = stack.map((resource) => ({ ...resource, props: recordingReads(resource.props, names) }));
    const declared = sample.kind === "stack" && sample.undeclaredScope !== undefined ? {} : { scope };
    quietly(() =>
      validateStack(def, recorded, {
        settings: { ...(sample.kind === "stack" ? sample.failingSettings : {}), ...declared },
      }),
    );
  };
  for (const scope of [def.minScope, 5] as const) {
    if (sample.kind === "resource") {
      runRecording([sample.failing, sample.passing], scope);
    } else {
      runStackRecording(sample.failing, scope);
      runStackRecording(sample.passing, scope);
    }
  }
  const explored = fc.sample(shapedProps([...names]), { seed: SEED, numRuns: 40 });
  if (sample.kind === "resource") {
    runRecording(explored, 5);
  } else {
    for (const props of explored) {
      runStackRecording(
        sample.failing.map((resource) => ({ ...resource, props })),
        5,
      );
    }
  }
  return [...names];
}

/** Odd props for a sample: the shared malformed set and the sample's own, alone and over each sample. */
function oddVariants(odd: readonly Props[], over: readonly Props[]): Props[] {
  return odd.flatMap((props) => [props, ...over.map((base) => ({ ...base, ...props }))]);
}

function neverThrowsOnResource(def: PolicyDefinition, sample: ResourceSample): void {
  const types = def.kind === "resource" ? def.resourceTypes : [sample.type];
  const odd = [...MALFORMED_PROPS, ...(sample.oddProps ?? [])];
  for (const type of types) {
    for (const props of oddVariants(odd, [sample.failing, sample.passing])) {
      const settings = { settings: { scope: 5 } };
      assertEvaluated(def, () => validateResource(def, type, props, settings), props);
      assertEvaluated(def, () => remediateResource(def, type, props, settings), props);
    }
  }
  fc.assert(
    fc.property(
      fc.constantFrom(...types),
      malformedProps([sample.failing, sample.passing], namesRead(def, sample)),
      fc.integer({ min: def.minScope, max: 5 }),
      (type, props, scope) => {
        const settings = { settings: { scope } };
        assertEvaluated(def, () => validateResource(def, type, props, settings), props);
        assertEvaluated(def, () => remediateResource(def, type, props, settings), props);
      },
    ),
    { seed: SEED, numRuns: RUNS },
  );
}

function neverThrowsOnStack(def: PolicyDefinition, sample: StackSample): void {
  const odd = [...MALFORMED_PROPS, ...(sample.oddProps ?? [])];
  const stacks = [sample.failing, sample.passing].map((stack) => [...stack, ...(sample.oddResources ?? [])]);
  const settingsAt = (scope: Scope) => ({
    ...sample.failingSettings,
    ...(sample.undeclaredScope === undefined ? { scope } : {}),
  });
  for (const stack of stacks) {
    // Every resource at once gets the odd props, then each in turn over its own props.
    const variants = odd.map((props) => stack.map((r) => ({ ...r, props })));
    for (const [i, resource] of stack.entries()) {
      for (const props of odd) {
        variants.push(stack.map((r, j) => (i === j ? { ...r, props: { ...resource.props, ...props } } : r)));
      }
    }
    for (const variant of variants) {
      assertEvaluated(def, () => validateStack(def, variant, { settings: settingsAt(5) }), variant);
    }
  }
  const names = namesRead(def, { ...sample, failing: stacks[0], passing: stacks[1] });
  fc.assert(
    fc.property(
      fc.oneof(...stacks.map((stack) => malformedStack(stack, names))),
      fc.integer({ min: def.minScope, max: 5 }),
      (stack: SampleResource[], scope) => {
        assertEvaluated(
          def,
          () => validateStack(def, stack, { settings: settingsAt(scope as Scope) }),
          stack,
        );
      },
    ),
    { seed: SEED, numRuns: RUNS },
  );
}

describe("policy contract", () => {
  // The runs publish pack settings process-wide, as the settings policy does; leave none behind.
  after(() => {
    publishSettings({});
    takeAllAppliedExemptions();
  });

  it("has samples for every policy of the pack, and for no other", () => {
    const names = POLICIES.map((p) => p.name);
    assert.deepEqual(
      names.filter((n) => SAMPLES[n] === undefined),
      [],
      "add samples for these policies to test/policypack/samples/<domain>.ts",
    );
    assert.deepEqual(
      Object.keys(SAMPLES).filter((n) => !names.includes(n)),
      [],
    );
  });

  for (const def of POLICIES) {
    const sample = SAMPLES[def.name];
    if (sample === undefined) {
      continue;
    }
    const scopesFromMin = SCOPES.filter((s) => s >= def.minScope);

    describe(def.name, () => {
      beforeEach(() => takeAllAppliedExemptions());

      it("has samples of its own kind and type", () => {
        assert.equal(sample.kind, def.kind);
        if (def.kind === "resource" && sample.kind === "resource") {
          assert.ok(
            def.resourceTypes.includes(sample.type),
            `${sample.type} is not one of the policy's types`,
          );
        }
        const required = def.kind === "stack" ? declaredStackType(def) : undefined;
        if (sample.kind === "stack" && required !== undefined) {
          // The SDK skips the policy for a stack without this type, so the sample must hold one.
          assert.ok(
            sample.failing.some((r) => r.type === required),
            `the failing stack has no ${required}`,
          );
        }
      });

      it("never throws on malformed props, wrong types, nulls or unknown values", () => {
        if (sample.kind === "resource") {
          neverThrowsOnResource(def, sample);
        } else {
          neverThrowsOnStack(def, sample);
        }
      });

      it("reports the failing sample with its message, on its subject, at every scope it applies at", () => {
        for (const scope of scopesFromMin) {
          const reported = run(def, sample, "failing", scope);
          if (sample.reportedAt !== undefined && !sample.reportedAt.includes(scope)) {
            assert.deepEqual(reported, [], `at scope ${scope}`);
            continue;
          }
          assert.ok(reported.length > 0, `nothing reported at scope ${scope}`);
          if (scope === def.minScope) {
            // Above the minimum scope a message may say more (what that scope requires).
            assert.equal(reported[0].message, sample.message);
          }
          assert.equal(reported[0].urn, sample.kind === "stack" ? subjectUrn(sample) : undefined);
        }
      });

      it("reports nothing on the passing sample at every scope it applies at", () => {
        for (const scope of scopesFromMin) {
          assert.deepEqual(run(def, sample, "passing", scope), [], `at scope ${scope}`);
        }
      });

      it("honours an exemption for the failing resource, by URN or by name pattern, and records it", () => {
        const urn = subjectUrn(sample);
        const own = sample.kind === "stack" ? sample.failingSettings : undefined;
        const name = urn === undefined ? "*" : `${urn.split("::").pop()?.slice(0, 3)}*`;
        for (const selector of [urn ?? "*", name]) {
          const exemptions = [
            ...((own?.exemptions as unknown[] | undefined) ?? []),
            { policy: def.name, resource: selector, ...EXEMPTION },
          ];
          const reported = run(def, sample, "failing", def.minScope, { exemptions });
          if (sample.kind === "stack" && sample.notExemptible !== undefined) {
            assert.ok(reported.length > 0, sample.notExemptible);
            continue;
          }
          assert.deepEqual(reported, [], `exempted by ${selector}`);
          const recorded = takeAllAppliedExemptions().filter((e) => e.policy === def.name);
          assert.equal(recorded[0]?.message, sample.message, "the exemption was not recorded");
          for (const entry of recorded) {
            assert.deepEqual(
              { urn: entry.urn, resource: entry.exemption.resource },
              { urn, resource: selector },
            );
          }
        }
      });

      it("still reports when the exemption has expired, or selects another resource or policy", () => {
        const urn = subjectUrn(sample);
        const own = sample.kind === "stack" ? sample.failingSettings : undefined;
        const misses = [
          { policy: def.name, resource: urn ?? "*", reason: "r", expires: "2001-01-01" },
          { policy: def.name, resource: "urn:pulumi:dev::proj::aws:s3/bucket:Bucket::other", ...EXEMPTION },
          { policy: def.name, resource: "other-*", ...EXEMPTION },
          { policy: "another-policy", resource: urn ?? "*", ...EXEMPTION },
        ];
        for (const miss of misses) {
          const exemptions = [...((own?.exemptions as unknown[] | undefined) ?? []), miss];
          const reported = run(def, sample, "failing", def.minScope, { exemptions });
          assert.equal(reported[0]?.message, sample.message, JSON.stringify(miss));
        }
        assert.deepEqual(
          takeAllAppliedExemptions().filter((e) => e.policy === def.name),
          [],
        );
      });

      it("does not run below its minimum scope, and runs at it", () => {
        if (sample.kind === "stack" && sample.undeclaredScope !== undefined) {
          assert.equal(def.minScope, 1, sample.undeclaredScope);
          assert.ok(run(def, sample, "failing", undefined).length > 0);
          return;
        }
        for (const declareBy of ["pack-config", "stack-tag"] as const) {
          for (const scope of SCOPES.filter((s) => s < def.minScope)) {
            assert.deepEqual(
              run(def, sample, "failing", scope, {}, declareBy),
              [],
              `at scope ${scope} (${declareBy})`,
            );
          }
          const atMin = run(def, sample, "failing", def.minScope, {}, declareBy);
          assert.ok(atMin.length > 0, `at scope ${def.minScope} (${declareBy})`);
        }
      });
    });
  }
});
