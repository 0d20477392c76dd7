import * as assert from "node:assert/strict";
import type { ResourceValidationArgs, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { scopeguardPolicies, selectPolicies, type ScopeguardPolicyOptions } from "../../policypack/compose";
import { takeAllAppliedExemptions } from "../../policypack/framework/exemptions";
import { publishSettings } from "../../policypack/framework/settings";
import { buildPolicies } from "../../policypack/pack";
import { POLICIES } from "../../policypack/policies";
import { fakePolicy } from "./catalog/fixtures";
import { at } from "../readers";

// A small catalog whose policies differ in every way the options select on.
const CATALOG = [
  fakePolicy({
    name: "a-s3-low",
    minScope: 1,
    severity: "low",
    services: ["s3"],
    mappings: { nistCsf: ["PR.DS-01"], owaspLlm: [], mitreAtlas: [], cisaNcsc: ["secure-deployment"] },
  }),
  fakePolicy({
    name: "b-bedrock-high",
    minScope: 3,
    severity: "high",
    services: ["bedrock"],
    enforcementLevel: "advisory",
    mappings: {
      nistCsf: ["PR.AA-05"],
      owaspLlm: ["LLM01"],
      mitreAtlas: ["AML.M0020"],
      cisaNcsc: ["secure-design"],
    },
  }),
  fakePolicy({
    name: "c-kms-critical",
    minScope: 5,
    severity: "critical",
    services: ["kms", "s3"],
    mappings: { nistCsf: ["PR.DS-02"], owaspLlm: ["LLM02"], mitreAtlas: [], cisaNcsc: ["secure-operation"] },
  }),
];

const select = (options: ScopeguardPolicyOptions) => selectPolicies(options, CATALOG).map((p) => p.name);
const compose = (options: ScopeguardPolicyOptions) => scopeguardPolicies(options, CATALOG);
const levels = (options: ScopeguardPolicyOptions) =>
  Object.fromEntries(compose(options).map((p) => [p.name, p.enforcementLevel]));

describe("scopeguardPolicies: selection", () => {
  it("takes every policy, in catalog order, when given no option", () => {
    assert.deepEqual(select({}), ["a-s3-low", "b-bedrock-high", "c-kms-critical"]);
  });

  it("puts the settings policy first and the exemption report last, whatever is selected", () => {
    const names = compose({ names: ["c-kms-critical"] }).map((p) => p.name);
    assert.deepEqual(names, ["scopeguard-settings", "c-kms-critical", "exemption-applied"]);
  });

  it("by scope: the policies whose minimum scope is at most it", () => {
    assert.deepEqual(select({ scope: 3 }), ["a-s3-low", "b-bedrock-high"]);
  });

  it("by framework: any of the ids, case-insensitive, a category matching its subcategories", () => {
    assert.deepEqual(select({ frameworks: ["llm01", "PR.DS"] }), [
      "a-s3-low",
      "b-bedrock-high",
      "c-kms-critical",
    ]);
    assert.deepEqual(select({ frameworks: ["PR.DS"] }), ["a-s3-low", "c-kms-critical"]);
    assert.deepEqual(select({ frameworks: ["aml.m0020"] }), ["b-bedrock-high"]);
    assert.deepEqual(select({ frameworks: ["Secure-Operation"] }), ["c-kms-critical"]);
  });

  it("by service: any of the services", () => {
    assert.deepEqual(select({ services: ["s3"] }), ["a-s3-low", "c-kms-critical"]);
    assert.deepEqual(select({ services: ["bedrock", "kms"] }), ["b-bedrock-high", "c-kms-critical"]);
  });

  it("by severity: any of the severities", () => {
    assert.deepEqual(select({ severities: ["low", "critical"] }), ["a-s3-low", "c-kms-critical"]);
  });

  it("by name: only the names given", () => {
    assert.deepEqual(select({ names: ["b-bedrock-high"] }), ["b-bedrock-high"]);
  });

  it("combines filters: every one must hold", () => {
    assert.deepEqual(select({ scope: 3, services: ["s3"] }), ["a-s3-low"]);
  });

  it("include adds a policy the filters drop", () => {
    assert.deepEqual(select({ scope: 1, include: ["c-kms-critical"] }), ["a-s3-low", "c-kms-critical"]);
  });

  it("exclude removes a policy, even one included", () => {
    assert.deepEqual(select({ exclude: ["a-s3-low"] }), ["b-bedrock-high", "c-kms-critical"]);
    assert.deepEqual(select({ include: ["a-s3-low"], exclude: ["a-s3-low"] }), [
      "b-bedrock-high",
      "c-kms-critical",
    ]);
  });

  it("the default pack is the composition with no option: every policy of the catalog", () => {
    const names = buildPolicies().map((p) => p.name);
    assert.deepEqual(names, ["scopeguard-settings", ...POLICIES.map((p) => p.name), "exemption-applied"]);
  });
});

describe("scopeguardPolicies: enforcement", () => {
  it("keeps the shipped levels when not overridden", () => {
    assert.deepEqual(levels({}), {
      "scopeguard-settings": "remediate",
      "a-s3-low": "mandatory",
      "b-bedrock-high": "advisory",
      "c-kms-critical": "mandatory",
      "exemption-applied": "advisory",
    });
  });

  it("all: sets every selected scopeguard policy, not the settings policy or the report", () => {
    assert.deepEqual(levels({ enforcement: { all: "disabled" } }), {
      "scopeguard-settings": "remediate",
      "a-s3-low": "disabled",
      "b-bedrock-high": "disabled",
      "c-kms-critical": "disabled",
      "exemption-applied": "advisory",
    });
  });

  it("bySeverity wins over all", () => {
    const result = levels({ enforcement: { all: "advisory", bySeverity: { critical: "mandatory" } } });
    assert.equal(result["a-s3-low"], "advisory");
    assert.equal(result["c-kms-critical"], "mandatory");
  });

  it("byName wins over bySeverity and all", () => {
    const result = levels({
      enforcement: {
        all: "advisory",
        bySeverity: { critical: "mandatory" },
        byName: { "c-kms-critical": "disabled" },
      },
    });
    assert.equal(result["a-s3-low"], "advisory");
    assert.equal(result["c-kms-critical"], "disabled");
  });
});

/** An organisation policy that reports every resource it sees. */
const ownPolicy: ResourceValidationPolicy = {
  name: "acme-everything",
  description: "Reports everything.",
  enforcementLevel: "mandatory",
  validateResource: (args, report) => report(`acme: ${args.name}`),
};

/** What the SDK hands a resource policy: a bucket named `name` with no props or options. */
function resourceArgs(name: string): ResourceValidationArgs {
  return {
    type: "aws:s3/bucket:Bucket",
    name,
    urn: `urn:pulumi:dev::p::aws:s3/bucket:Bucket::${name}`,
    props: {},
    opts: {
      protect: false,
      ignoreChanges: [],
      aliases: [],
      customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
      additionalSecretOutputs: [],
    },
    stackTags: new Map(),
    getConfig: <T extends object>() => ({}) as T,
    isType: () => false,
    asType: () => undefined,
    notApplicable: () => undefined as never,
  };
}

describe("scopeguardPolicies: own policies", () => {
  after(() => publishSettings({}));

  it("runs them after scopeguard's, before the exemption report", () => {
    const names = compose({ names: ["a-s3-low"], policies: [ownPolicy] }).map((p) => p.name);
    assert.deepEqual(names, ["scopeguard-settings", "a-s3-low", "acme-everything", "exemption-applied"]);
  });

  it("lets the settings config exempt the selected policies and the own ones, no others", () => {
    const settings = compose({ names: ["a-s3-low"], policies: [ownPolicy] })[0];
    assert.deepEqual(
      at(settings.configSchema, "properties", "exemptions", "items", "properties", "policy", "enum"),
      ["a-s3-low", "acme-everything"],
    );
  });

  it("applies exemptions to them: the violation is held back and shown by the exemption report", () => {
    takeAllAppliedExemptions();
    publishSettings({
      exemptions: [
        { policy: "acme-everything", resource: "legacy-*", reason: "Old.", expires: "2099-01-01" },
      ],
    });
    const policies = compose({ names: [], policies: [ownPolicy] });
    const own = policies.find((p) => p.name === "acme-everything") as ResourceValidationPolicy;
    const reported: string[] = [];
    for (const name of ["legacy-logs", "fresh-logs"]) {
      for (const validate of [own.validateResource].flat()) {
        void validate!(resourceArgs(name), (m) => reported.push(m));
      }
    }
    assert.deepEqual(reported, ["acme: fresh-logs"]);
    const report = policies[policies.length - 1] as StackValidationPolicy;
    const shown: string[] = [];
    const stack = {
      resources: [],
      stackTags: new Map(),
      getConfig: <T extends object>() => ({}) as T,
      notApplicable: () => undefined as never,
    };
    void report.validateStack(stack, (m) => shown.push(m));
    assert.deepEqual(shown, ["Exempted from acme-everything until 2099-01-01 (Old.): acme: legacy-logs"]);
  });
});

describe("scopeguardPolicies: invalid options throw an Error naming the value", () => {
  const cases: [string, unknown, string][] = [
    [
      "an unknown option",
      { scopes: 3 },
      "unknown option scopes; the options are scope, frameworks, services, severities, names, include, exclude, enforcement, policies",
    ],
    ["a scope out of range", { scope: 6 }, "scope must be an integer from 1 to 5 (got 6)"],
    [
      "a framework id of no known shape",
      { frameworks: ["OWASP-1"] },
      'frameworks: "OWASP-1" is not a framework id; use a NIST CSF 2.0 id',
    ],
    [
      "a framework id no policy maps to",
      { frameworks: ["LLM09"] },
      'frameworks: no scopeguard policy maps to "LLM09"',
    ],
    [
      "an unknown service",
      { services: ["lambda"] },
      'services: "lambda" is not a service any scopeguard policy looks at; use bedrock, kms, s3',
    ],
    [
      "an unknown severity",
      { severities: ["severe"] },
      'severities: "severe" is not a severity; use low, medium, high, critical',
    ],
    [
      "an unknown name to keep",
      { names: ["nope"] },
      'names: "nope" is not a scopeguard policy name (`scopeguard policies` lists them)',
    ],
    [
      "an unknown name to include",
      { include: ["nope"] },
      'include: "nope" is not a scopeguard policy name (`scopeguard policies` lists them)',
    ],
    [
      "an unknown name to exclude",
      { exclude: ["nope"] },
      'exclude: "nope" is not a scopeguard policy name (`scopeguard policies` lists them)',
    ],
    [
      "an unknown level",
      { enforcement: { all: "block" } },
      'enforcement.all must be one of advisory, mandatory, remediate, disabled (got "block")',
    ],
    [
      "an unknown severity to override",
      { enforcement: { bySeverity: { severe: "advisory" } } },
      'enforcement.bySeverity has "severe", which is not a severity; use low, medium, high, critical',
    ],
    [
      "an unknown level by severity",
      { enforcement: { bySeverity: { low: "off" } } },
      'enforcement.bySeverity.low must be one of advisory, mandatory, remediate, disabled (got "off")',
    ],
    [
      "an unknown name to override",
      { enforcement: { byName: { nope: "advisory" } } },
      'enforcement.byName: "nope" is not a scopeguard policy name (`scopeguard policies` lists them)',
    ],
    [
      "an unknown enforcement key",
      { enforcement: { severity: {} } },
      "unknown option enforcement.severity; the options are all, bySeverity, byName",
    ],
    [
      "an own policy named like a scopeguard one",
      { policies: [{ ...ownPolicy, name: "a-s3-low" }] },
      'policies: "a-s3-low" is the name of a scopeguard policy; give your policy another name',
    ],
    [
      "an own policy named like the settings",
      { policies: [{ ...ownPolicy, name: "scopeguard-settings" }] },
      'policies: "scopeguard-settings" is the name of a scopeguard policy; give your policy another name',
    ],
    [
      "two own policies of one name",
      { policies: [ownPolicy, ownPolicy] },
      'policies: "acme-everything" is given twice; policy names must be unique',
    ],
  ];
  for (const [what, options, message] of cases) {
    it(what, () => {
      assert.throws(
        () => compose(options as ScopeguardPolicyOptions),
        (e: unknown) => e instanceof Error && e.message.startsWith(`scopeguardPolicies: ${message}`),
      );
    });
  }
});
