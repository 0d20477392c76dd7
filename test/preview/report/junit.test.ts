import assert from "node:assert/strict";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { renderJunit } from "../../../preview/report/junit";
import { diagnostic, failing, key, pack, passing } from "./fixtures";
import { jenkinsSchemaErrors, surefireSchemaErrors } from "./junit-schemas";

interface Case {
  "@_classname": string;
  "@_name": string;
  failure?: { "@_message": string; "@_type": string; "#text": string };
  skipped?: unknown;
  "system-out"?: string;
}
interface Suite {
  "@_name": string;
  "@_tests": string;
  "@_failures": string;
  "@_skipped": string;
  properties: { property: { "@_name": string; "@_value": string }[] };
  testcase: Case[];
}
interface Parsed {
  testsuites: {
    "@_tests": string;
    "@_failures": string;
    "@_errors": string;
    testsuite: Suite[];
  };
}

function parse(xml: string): Parsed {
  assert.equal(XMLValidator.validate(xml), true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    htmlEntities: true,
    isArray: (name) => name === "testsuite" || name === "testcase" || name === "property",
  });
  return parser.parse(xml) as Parsed;
}

function suite(parsed: Parsed, name: string): Suite {
  const found = parsed.testsuites.testsuite.find((s) => s["@_name"] === name);
  assert.ok(found, `no testsuite ${name}`);
  return found;
}

const atScope3 = { declaredScope: { scope: 3, source: "pack-config" } as const };

const reports = {
  failing: renderJunit(failing, atScope3),
  passing: renderJunit(passing, atScope3),
  "disabled by the config": renderJunit(passing, { packConfig: { "kms-key-rotation-enabled": "disabled" } }),
};

describe("report/junit", () => {
  for (const [name, xml] of Object.entries(reports)) {
    it(`validates against Jenkins' junit-10.xsd: ${name}`, async () => {
      assert.deepEqual(await jenkinsSchemaErrors(xml), []);
    });

    it(`validates suite by suite against Maven Surefire's schema: ${name}`, async () => {
      assert.deepEqual(await surefireSchemaErrors(xml), []);
    });
  }

  it("fails the schema checks for what CI servers reject: properties in a test case, skipped on testsuites", async () => {
    const invalid = reports.failing
      .replace('<testsuites name="', '<testsuites skipped="0" name="')
      .replace(/(<testcase [^>]*>)/, '$1<properties><property name="a" value="b"/></properties>');
    assert.notDeepEqual(await jenkinsSchemaErrors(invalid), []);
    assert.notDeepEqual(await surefireSchemaErrors(invalid), []);
  });

  it("puts the policy's level and severity in the suite's properties", () => {
    const s = suite(parse(reports.failing), "kms-key-rotation-enabled");
    assert.deepEqual(
      s.properties.property.map((p) => [p["@_name"], p["@_value"]]),
      [
        ["enforcementLevel", "mandatory"],
        ["severity", "high"],
      ],
    );
  });

  it("is well-formed XML with one testsuite per policy, in pack order", () => {
    const parsed = parse(renderJunit(failing, atScope3));
    assert.deepEqual(
      parsed.testsuites.testsuite.map((s) => s["@_name"]),
      pack.policies.map((p) => p.name),
    );
  });

  it("counts one failure per mandatory (policy, resource) result", () => {
    const totals = parse(renderJunit(failing, atScope3)).testsuites;
    assert.equal(totals["@_failures"], "2");
    assert.equal(totals["@_errors"], "0");
  });

  it("writes a mandatory violation as a failure carrying the message, level, description and URN", () => {
    const testCase = suite(parse(renderJunit(failing)), "kms-key-rotation-enabled").testcase[0];
    assert.equal(testCase["@_classname"], "kms-key-rotation-enabled");
    assert.equal(testCase["@_name"], "aws:kms:Key: data-key");
    assert.equal(testCase.failure!["@_message"], "enableKeyRotation is false; set enableKeyRotation: true.");
    assert.equal(testCase.failure!["@_type"], "mandatory");
    assert.equal(
      testCase.failure!["#text"],
      "[mandatory] [severity: high]  kms-key-rotation-enabled\nChecks kms key rotation enabled.\n" +
        `enableKeyRotation is false; set enableKeyRotation: true.\nurn: ${key.urn}`,
    );
  });

  it("writes an advisory violation as a passing test case with the violation in system-out", () => {
    const cases = suite(parse(renderJunit(failing)), "required-ai-tags").testcase;
    assert.equal(cases.length, 2);
    for (const c of cases) {
      assert.equal(c.failure, undefined);
      assert.equal(c.skipped, undefined);
      assert.match(c["system-out"]!, /^\[advisory\]/);
    }
  });

  it("merges several violations of one policy on one resource into one test case", () => {
    const twice = {
      ...failing,
      diagnostics: [
        diagnostic("kms-key-rotation-enabled", key, { message: "first" }),
        diagnostic("kms-key-rotation-enabled", key, { message: "second" }),
      ],
    };
    const cases = suite(parse(renderJunit(twice)), "kms-key-rotation-enabled").testcase;
    assert.equal(cases.length, 1);
    assert.equal(cases[0].failure!["@_message"], "first\nsecond");
  });

  it("gives a policy without results one passing 'no violations' test case", () => {
    const cases = suite(parse(renderJunit(passing)), "kms-key-rotation-enabled").testcase;
    assert.deepEqual(cases, [
      { "@_name": "no violations", "@_classname": "kms-key-rotation-enabled", "@_time": "0" },
    ]);
  });

  it("skips a policy that does not apply at the declared scope", () => {
    const s = suite(parse(renderJunit(passing, atScope3)), "sagemaker-training-in-vpc");
    assert.equal(s["@_skipped"], "1");
    assert.equal(s.testcase[0]["@_name"], "not applicable at scope 3");
  });

  it("skips a policy the pack config disables", () => {
    const s = suite(
      parse(renderJunit(passing, { packConfig: { "kms-key-rotation-enabled": "disabled" } })),
      "kms-key-rotation-enabled",
    );
    assert.equal(s["@_skipped"], "1");
    assert.equal(s.testcase[0]["@_name"], "disabled");
  });

  it("records an applied remediation as a passing test case", () => {
    const c = suite(parse(renderJunit(failing)), "s3-versioning-for-training-data").testcase[0];
    assert.equal(c["@_name"], "aws:s3:BucketVersioning: prompt-logs (remediated)");
    assert.equal(c.failure, undefined);
    assert.match(c["system-out"]!, /changed: versioningConfiguration/);
  });

  it("stays well-formed when messages hold XML metacharacters and a CDATA terminator", () => {
    const nasty = {
      ...failing,
      diagnostics: [diagnostic("kms-key-rotation-enabled", key, { message: 'a <b> & "c" ]]> d\u0007' })],
    };
    const c = suite(parse(renderJunit(nasty)), "kms-key-rotation-enabled").testcase[0];
    assert.match(c.failure!["#text"], /a <b> & "c" \]\]> d/);
  });
});
