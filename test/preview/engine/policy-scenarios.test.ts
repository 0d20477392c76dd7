/**
 * pulumi-policy's integration scenarios that need no cloud (tests/integration in pulumi/pulumi-policy),
 * through the offline engine. Where a pack asserts what the engine sends (it throws otherwise), the
 * published expectation is that the run succeeds with no violation; where it reports violations, the
 * published expectation is the text `pulumi up` prints for each (see {@link printed}) and whether the
 * update goes on (advisory only) or stops after its preview (any mandatory). One pack start per
 * scenario, or per step where the pack itself depends on the step. The programs run in the test
 * process (runProgramInProcess records what a child run would; see in-process.test.ts).
 */
import { strict as assert } from "assert";
import * as path from "path";
import {
  analyzeRun,
  ConfigError,
  PolicyPackProcess,
  runProgramInProcess,
  UNKNOWN,
} from "../../../preview/engine";
import type { AnalysisResult, ProgramRun, RunMode } from "../../../preview/engine";
import { violationLine } from "../../../preview/report/text";

const ROOT = path.resolve(__dirname, "../../fixtures/engine/policy-scenarios");

/**
 * Runs the scenario's program in each mode (of each stack given, with its config; by default the
 * program's own stack) and analyzes every run with one start of its pack, given the first's config.
 */
async function scenario(
  name: string,
  modes: readonly RunMode[],
  stacks: readonly (string | undefined)[] = [undefined],
): Promise<AnalysisResult[]> {
  const programDir = path.join(ROOT, name, "program");
  const runs = stacks.flatMap((stack) =>
    modes.map((mode) => runProgramInProcess({ programDir, mode, ...(stack === undefined ? {} : { stack }) })),
  );
  const pack = await PolicyPackProcess.start(path.join(ROOT, name, "policy-pack"), {
    organization: "organization",
    project: name,
    stack: "dev",
    // The pack's isDryRun() is the first mode's; the scenarios that read it run in one mode.
    dryRun: modes[0] === "preview",
    config: (await runs[0]).config ?? {},
  });
  try {
    const results: AnalysisResult[] = [];
    for (const run of runs) results.push(await analyzeRun(await run, pack));
    return results;
  } finally {
    await pack.close();
  }
}

const verdicts = (results: AnalysisResult[]) =>
  results.map(
    (r) => `${r.run.mode}: ${r.diagnostics.map((d) => `${d.policyName} ${d.resourceName}`).join(", ")}`,
  );

/**
 * Each violation as `pulumi up` prints it: `[level]  policy  (type: name)`, the policy's
 * description, the message. The published expectations are substrings of this text; a violation
 * about no resource in particular is shown against the Stack, which the published line leaves out.
 */
const printed = (r: AnalysisResult) =>
  r.diagnostics.map((d) => [violationLine(d), d.description, d.message].join("\n"));

describe("pulumi-policy integration scenarios, offline", function () {
  this.timeout(300000);

  it("parent_dependencies: parents, dependencies and property dependencies as the engine sends them", async () => {
    assert.deepEqual(verdicts(await scenario("parent_dependencies", ["preview", "update"])), [
      "preview: ",
      "update: ",
    ]);
  });

  it("provider: default, dynamic and explicit providers described with their props", async () => {
    assert.deepEqual(verdicts(await scenario("provider", ["preview", "update"])), ["preview: ", "update: "]);
  });

  it("deserialize: a plain secret and asset objects in Remediate, Analyze and AnalyzeStack", async () => {
    assert.deepEqual(verdicts(await scenario("deserialize", ["preview", "update"])), [
      "preview: ",
      "update: ",
    ]);
  });

  it("runtime_data: the pack sees the program's dry-run flag, project, stack and config", async () => {
    const saved = { ...process.env };
    process.env.PULUMI_TEST_PROJECT = "runtime_data";
    process.env.PULUMI_TEST_STACK = "dev";
    try {
      assert.deepEqual(verdicts(await scenario("runtime_data", ["preview"])), ["preview: "]);
    } finally {
      for (const k of ["PULUMI_TEST_PROJECT", "PULUMI_TEST_STACK"]) {
        if (saved[k] === undefined) delete process.env[k];
        else process.env[k] = saved[k];
      }
    }
  });

  it("resource_options: every option as the engine sends it (step 1; step 2 only unprotects before a destroy)", async () => {
    assert.deepEqual(verdicts(await scenario("resource_options", ["preview", "update"])), [
      "preview: ",
      "update: ",
    ]);
  });

  it("unknown_values: reading an unknown input is an advisory 'can't run' in preview, nothing in update", async () => {
    const [preview, update] = await scenario("unknown_values", ["preview", "update"]);
    const cantRun = (policy: string) =>
      `can't run policy '${policy}' from policy pack 'unknown-values-policy@v0.0.1' during preview: ` +
      "string value at .prefix can't be known during preview";
    const description = "Accessing unknown values during preview results in a violation.";
    assert.deepEqual(printed(preview), [
      "[advisory]  unknown-values-resource-validation  (random:index:RandomPet: pet)\n" +
        `${description}\n${cantRun("unknown-values-resource-validation")}`,
      "[advisory]  unknown-values-stack-validation  (pulumi:pulumi:Stack: unknown_values-dev)\n" +
        `${description}\n${cantRun("unknown-values-stack-validation")}`,
    ]);
    // Advisory only: `pulumi up` goes on to the update, where the prefix is known and read.
    assert.equal(preview.hasMandatory, false);
    const pet = (run: ProgramRun) => run.resources.find((r) => r.name === "pet")?.inputs.prefix;
    assert.equal(pet(preview.run), UNKNOWN);
    assert.equal(typeof pet(update.run), "string");
    assert.notEqual(pet(update.run), UNKNOWN);
    assert.deepEqual(printed(update), []);
  });

  it("validate_resource: step 1 alone, steps 2-11 in one program, each violation against its resource", async () => {
    // The steps' resources have distinct names and Analyze judges each resource alone, so one
    // program with every step's resources gets, per resource, what that step gets. A mandatory
    // violation stops `pulumi up` after its preview; the update, were it run, reports the same.
    const [preview, update, ...step1] = await scenario(
      "validate_resource",
      ["preview", "update"],
      ["dev", "step1"],
    );
    // Step 1 creates nothing: only the Stack is analyzed, with no violation.
    assert.deepEqual(verdicts(step1), ["preview: ", "update: "]);
    assert.deepEqual(
      step1.map((r) => r.run.resources.map((x) => x.type)),
      [["pulumi:pulumi:Stack"], ["pulumi:pulumi:Stack"]],
    );
    const results = [preview, update];
    const dynamic = (name: string, policy: string, description: string, value: number) =>
      `[mandatory]  ${policy}  (pulumi-nodejs:dynamic:Resource: ${name})\n${description}\n` +
      `'state' must not have the value ${value}.`;
    const expected = [
      dynamic("a", "dynamic-no-state-with-value-1", "Prohibits setting state to 1 on dynamic resources.", 1),
      dynamic("b", "dynamic-no-state-with-value-2", "Prohibits setting state to 2 on dynamic resources.", 2),
      dynamic(
        "c",
        "dynamic-no-state-with-value-3-or-4",
        "Prohibits setting state to 3 or 4 on dynamic resources.",
        3,
      ),
      dynamic(
        "d",
        "dynamic-no-state-with-value-3-or-4",
        "Prohibits setting state to 3 or 4 on dynamic resources.",
        4,
      ),
      "[mandatory]  randomuuid-no-keepers  (random:index:RandomUuid: r1)\n" +
        "Prohibits creating a RandomUuid without any 'keepers'.\nRandomUuid must not have an empty 'keepers'.",
      // The URN the policy names ("some-urn") is ignored for a resource policy.
      dynamic("e", "dynamic-no-state-with-value-5", "Prohibits setting state to 5 on dynamic resources.", 5),
    ];
    for (const r of results) {
      // Sorted: dynamic resources finish registering after random ones, whatever the source order.
      assert.deepEqual(printed(r).sort(), expected.sort(), r.run.mode);
      assert.equal(r.hasMandatory, true);
      // Step 11's 5 MiB string reached the pack whole (its policy throws otherwise).
      assert.equal(
        (r.run.resources.find((x) => x.name === "large-resource")?.inputs.longString as string).length,
        5 * 1024 * 1024,
      );
    }
  });

  it("validate_stack: step 1 alone, steps 2-10 in one program, each violation against the Stack or the URN it names", async () => {
    // Each stack policy reports per resource it matches, and every step trips a policy of its own
    // with resources of its own, so one program with every step's resources gets the union of
    // what the steps get. Steps 8 and 9 (type helpers, filtering by type) throw on a mismatch.
    const [preview, update, ...step1] = await scenario(
      "validate_stack",
      ["preview", "update"],
      ["dev", "step1"],
    );
    // Step 1 creates nothing: the stack policies see the Stack alone and report nothing.
    assert.deepEqual(verdicts(step1), ["preview: ", "update: "]);
    const results = [preview, update];
    const onStack = (policy: string, description: string, message: string) =>
      `[mandatory]  ${policy}  (pulumi:pulumi:Stack: validate_stack-dev)\n${description}\n${message}`;
    const expected = [
      onStack(
        "dynamic-no-state-with-value-1",
        "Prohibits setting state to 1 on dynamic resources.",
        "'state' must not have the value 1.",
      ),
      onStack(
        "dynamic-no-state-with-value-2",
        "Prohibits setting state to 2 on dynamic resources.",
        "'state' must not have the value 2.",
      ),
      "[mandatory]  dynamic-no-state-with-value-3  (pulumi-nodejs:dynamic:Resource: c)\n" +
        "Prohibits setting state to 3 on dynamic resources.\n'state' must not have the value 3.",
      onStack(
        "randomuuid-no-keepers",
        "Prohibits creating a RandomUuid without any 'keepers'.",
        "RandomUuid must not have an empty 'keepers'.",
      ),
      onStack(
        "no-randomstrings",
        "Prohibits RandomString resources.",
        "RandomString resources are not allowed.",
      ),
      // Step 10: a stack policy at level "remediate" is reported as mandatory.
      onStack(
        "dynamic-no-foo-with-value-bar",
        "Prohibits setting foo to 'bar' on dynamic resources.",
        "'foo' must not have the value 'bar'.",
      ),
    ];
    for (const r of results) assert.deepEqual(printed(r), expected, r.run.mode);
  });

  it("enforcementlevel: steps 1-16, the pack's and the policies' levels combined (one pack start each)", async () => {
    // The program does not depend on the step: it runs once per mode. The pack names itself and
    // sets its levels from the step, so each step starts it (a JavaScript pack: no type-check).
    const programDir = path.join(ROOT, "enforcementlevel", "program");
    const runs = await Promise.all(
      (["preview", "update"] as const).map((mode) => runProgramInProcess({ programDir, mode })),
    );
    // Published per step (pack level x policy level, each advisory, disabled, mandatory or unset):
    // the level both violations are printed with, or none.
    const published = [
      "advisory", // advisory x advisory
      undefined, // advisory x disabled
      "mandatory", // advisory x mandatory
      "advisory", // advisory x unset
      "advisory", // disabled x advisory
      undefined, // disabled x disabled
      "mandatory", // disabled x mandatory
      undefined, // disabled x unset
      "advisory", // mandatory x advisory
      undefined, // mandatory x disabled
      "mandatory", // mandatory x mandatory
      "mandatory", // mandatory x unset
      "advisory", // unset x advisory
      undefined, // unset x disabled
      "mandatory", // unset x mandatory
      "advisory", // unset x unset
    ];
    /** Step n: start its pack, analyze both runs, say what `pulumi up` would print and do. */
    const step = async (n: number): Promise<string[]> => {
      const config = { "enforcementlevel:scenario": String(n) };
      const pack = await PolicyPackProcess.start(path.join(ROOT, "enforcementlevel", "policy-pack"), {
        organization: "organization",
        project: "enforcementlevel",
        stack: "dev",
        dryRun: true,
        config,
      });
      try {
        const lines: string[] = [];
        for (const run of runs) {
          const r = await analyzeRun({ ...run, config }, pack);
          lines.push(`${n} ${run.mode}: ${printed(r).join("\n")} (${r.hasMandatory ? "stops" : "goes on"})`);
        }
        return lines;
      } finally {
        await pack.close();
      }
    };
    const got: string[] = [];
    for (let n = 1; n <= published.length; n += 2)
      got.push(...(await Promise.all([step(n), step(n + 1)])).flat());
    const want = published.flatMap((level, i) =>
      (["preview", "update"] as const).map((mode) => {
        // The resource policy judges every resource: the Stack and the default provider too.
        const onResource = (resource: string) =>
          `[${level}]  validate-resource  (${resource})\n` +
          "Always reports a resource violation.\nvalidate-resource-violation-message";
        const text =
          level === undefined
            ? ""
            : [
                onResource("pulumi:pulumi:Stack: enforcementlevel-dev"),
                onResource("pulumi:providers:random: default_4_0_0"),
                onResource("random:index:RandomString: str"),
                `[${level}]  validate-stack  (pulumi:pulumi:Stack: enforcementlevel-dev)\n` +
                  "Always reports a stack violation.\nvalidate-stack-violation-message",
              ].join("\n");
        return `${i + 1} ${mode}: ${text} (${level === "mandatory" ? "stops" : "goes on"})`;
      }),
    );
    assert.deepEqual(got, want);
  });

  describe("config: steps 1-25 (one pack start each; the program runs once per mode)", () => {
    const both = (c: Record<string, unknown>) => ({ "resource-validation": c, "stack-validation": c });
    /** The --policy-pack-config file of each step that has one, as published. */
    const files: Record<number, Record<string, unknown>> = {
      1: both({ foo: "bar" }),
      4: both({ foo: "overridden" }),
      12: both({ foo: 1 }),
      13: both({ foo: "blah" }),
      14: both({ foo: "blah" }),
      15: both({ foo: "this is too long", bar: 3.14 }),
      16: both({ foo: 42 }),
      17: both({ foo: 3.14 }),
      18: both({ foo: 42 }),
      19: both({ foo: true }),
      20: both({ foo: false }),
      21: both({ foo: { bar: "baz" } }),
      22: both({ foo: ["a", "b", "c"] }),
      23: both({ foo: null }),
      25: both({ foo: "overridden" }),
    };
    /** Each step's verdicts in preview and update, or the error that stopped it. */
    const outcomes = new Map<number, string[] | Error>();

    before(async () => {
      // The program does not depend on the step; the pack reads it (`config:scenario`) as it loads.
      const programDir = path.join(ROOT, "config", "program");
      const runs = await Promise.all(
        (["preview", "update"] as const).map((mode) => runProgramInProcess({ programDir, mode })),
      );
      const step = async (n: number): Promise<void> => {
        const config = { "config:scenario": String(n) };
        const pack = await PolicyPackProcess.start(path.join(ROOT, "config", "policy-pack"), {
          organization: "organization",
          project: "config",
          stack: "dev",
          dryRun: true,
          config,
        });
        try {
          const results: AnalysisResult[] = [];
          for (const run of runs)
            results.push(await analyzeRun({ ...run, config }, pack, { packConfig: files[n] }));
          outcomes.set(n, verdicts(results));
        } catch (e) {
          outcomes.set(n, e as Error);
        } finally {
          await pack.close();
        }
      };
      for (let n = 1; n <= 25; n += 2) await Promise.all(n < 25 ? [step(n), step(n + 1)] : [step(n)]);
    });

    const passes: Record<number, string> = {
      1: "getConfig() returns the value from the config file",
      2: "getConfig() returns the schema's string default",
      3: "getConfig() returns the schema's number default",
      4: "a config file value overrides the schema default",
      5: "a required property with a default is satisfied by it",
      16: "a whole number from the config file",
      17: "a fractional number from the config file",
      18: "an integer from the config file",
      19: "true from the config file",
      20: "false from the config file",
      21: "an object from the config file",
      22: "an array from the config file",
      23: "null from the config file",
      24: "the pack's initial config",
      25: "a config file value overrides the pack's initial config",
    };
    for (const [n, what] of Object.entries(passes)) {
      it(`${n}: ${what}`, () => {
        // Each policy checks getConfig() in Remediate, Analyze or AnalyzeStack and throws otherwise.
        assert.deepEqual(outcomes.get(Number(n)), ["preview: ", "update: "]);
      });
    }

    // Pulumi prints "error: validating policy config: config-policy 0.0.1  <policy>: <problem>" with
    // gojsonschema's wording of the problem (quoted in each test); the offline engine fails the same
    // way before any analysis, with one line per policy and problem, in its own words (and the value).
    const fails: [number, string, string, string][] = [
      [6, "a required property left unset", "foo is required", "foo is required"],
      [
        7,
        "a default of the wrong type",
        "foo: Invalid type. Expected: string, given: integer",
        "foo must be string (got 1)",
      ],
      [
        8,
        "a default longer than maxLength",
        "foo: String length must be less than or equal to 3",
        'foo must NOT have more than 3 characters (got "this value is too long")',
      ],
      [
        9,
        "a default shorter than minLength",
        "foo: String length must be greater than or equal to 50",
        'foo must NOT have fewer than 50 characters (got "this value is too short")',
      ],
      [
        10,
        "a default outside the enum",
        'foo: foo must be one of the following: "bar", "baz"',
        'foo must be one of "bar", "baz" (got "blah")',
      ],
      [
        11,
        "a default other than the const",
        'foo: foo does not match: "bar"',
        'foo must be "bar" (got "blah")',
      ],
      [
        12,
        "a value of the wrong type",
        "foo: Invalid type. Expected: string, given: integer",
        "foo must be string (got 1)",
      ],
      [
        13,
        "a value outside the enum",
        'foo: foo must be one of the following: "bar", "baz"',
        'foo must be one of "bar", "baz" (got "blah")',
      ],
      [
        14,
        "a value other than the const",
        'foo: foo does not match: "bar"',
        'foo must be "bar" (got "blah")',
      ],
    ];
    for (const [n, what, published, offline] of fails) {
      it(`${n}: ${what} fails before analysis, naming the policy and the key (Pulumi: "${published}")`, () => {
        const outcome = outcomes.get(n);
        assert.ok(outcome instanceof ConfigError, String(outcome));
        assert.equal(
          outcome.message,
          `pack config: "resource-validation": ${offline}\npack config: "stack-validation": ${offline}`,
        );
      });
    }

    it("15: two problems in each policy are all reported, sorted (Pulumi: bar's type, then foo's length)", () => {
      // Pulumi: "bar: Invalid type. Expected: integer, given: number" and
      // "foo: String length must be less than or equal to 3", for each policy.
      const outcome = outcomes.get(15);
      assert.ok(outcome instanceof ConfigError, String(outcome));
      const problems = [
        "bar must be integer (got 3.14)",
        'foo must NOT have more than 3 characters (got "this is too long")',
      ];
      assert.equal(
        outcome.message,
        ["resource-validation", "stack-validation"]
          .flatMap((policy) => problems.map((p) => `pack config: "${policy}": ${p}`))
          .join("\n"),
      );
    });
  });
});
