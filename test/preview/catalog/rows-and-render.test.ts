import * as assert from "node:assert/strict";
import { POLICIES } from "../../../policypack/policies";
import {
  listPolicies,
  renderPolicyJson,
  renderPolicyTable,
  runPoliciesQuery,
  toPolicyRow,
} from "../../../preview/catalog";
import { fakePolicy, fakeStackPolicy } from "../../policypack/catalog/fixtures";

const policies = [
  fakePolicy({ name: "medium-one", severity: "medium", minScope: 1, services: ["s3"] }),
  fakePolicy({ name: "critical-one", severity: "critical", minScope: 4, services: ["kms"] }),
  fakeStackPolicy({ name: "a-medium-stack", severity: "medium", services: [] }),
];

describe("scopeguard policies: listing", () => {
  it("lists the real pack's policies by default, all of them without filters", () => {
    assert.equal(listPolicies().length, POLICIES.length);
  });

  it("orders rows most severe first, then by name", () => {
    assert.deepEqual(
      listPolicies({}, policies).map((r) => r.name),
      ["critical-one", "a-medium-stack", "medium-one"],
    );
  });

  it("keeps only policies in force at the scope", () => {
    assert.deepEqual(
      listPolicies({ scope: 3 }, policies).map((r) => r.name),
      ["a-medium-stack", "medium-one"],
    );
  });

  it("every real policy in force at scope 1 has minimum scope 1", () => {
    assert.ok(listPolicies({ scope: 1 }).every((r) => r.minScope === 1));
  });

  it("turns a policy into a plain row with its mappings and docs link", () => {
    const row = toPolicyRow(policies[1]);
    assert.equal(row.scopes, "4+");
    assert.deepEqual(row.resourceTypes, ["aws:s3/bucket:Bucket"]);
    assert.deepEqual(row.nistCsf, ["PR.DS-01"]);
    assert.match(row.url, /docs\/policies\.md#critical-one$/);
    assert.deepEqual(toPolicyRow(policies[2]).resourceTypes, []);
  });
});

describe("scopeguard policies: rendering", () => {
  const rows = listPolicies({}, policies);

  it("renders an aligned text table with a header and a count", () => {
    const text = renderPolicyTable(rows, { total: 5 });
    const lines = text.trimEnd().split("\n");
    assert.match(lines[0], /^POLICY +SEVERITY +LEVEL +SCOPES +SERVICES +FRAMEWORKS$/);
    assert.match(lines[1], /^critical-one +critical +mandatory +4\+ +kms +PR\.DS-01$/);
    assert.match(lines[2], /^a-medium-stack +medium +mandatory +1\+ +- +PR\.DS-01$/);
    assert.equal(lines[1].indexOf("critical "), lines[0].indexOf("SEVERITY"));
    assert.equal(lines.at(-1), "3 of 5 policies");
    assert.ok(text.endsWith("\n"));
  });

  it("says so when nothing matches", () => {
    assert.equal(
      renderPolicyTable([], { total: 3 }),
      "No policy matches the filters (the pack has 3 policies).\n",
    );
  });

  it("renders JSON with the filters, the count and the rows", () => {
    const parsed = JSON.parse(renderPolicyJson(rows, { scope: 5 }));
    assert.deepEqual(parsed.filters, { scope: 5 });
    assert.equal(parsed.count, 3);
    assert.equal(parsed.policies[0].name, "critical-one");
  });

  it("runs the whole query: validation errors, or the rendered output", () => {
    assert.deepEqual(runPoliciesQuery({ severity: "bad" }, policies), {
      ok: false,
      errors: ['--severity must be one of low, medium, high, critical (got "bad")'],
    });
    const json = runPoliciesQuery({ scope: "3", format: "json" }, policies);
    assert.ok(json.ok);
    assert.equal(JSON.parse(json.output).count, 2);
    const text = runPoliciesQuery({ severity: "critical" }, policies);
    assert.ok(text.ok && text.output.endsWith("1 of 3 policies\n"));
  });
});
