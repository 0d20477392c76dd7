import * as assert from "node:assert/strict";
import { SEED_ITEMS } from "../../policypack/catalog/seed-items";
import { POLICIES } from "../../policypack/policies";
import { loadPolicyDomains, renderDocs } from "../../scripts/docs";
import { coverageDetail, renderCoverageDoc } from "../../scripts/docs/coverage-md";
import { cell, code, prose, table } from "../../scripts/docs/markdown";
import { domainOf, groupByDomain, renderPoliciesDoc, scopesLabel } from "../../scripts/docs/policies-md";
import { fakeItem, fakePolicy, fakeStackPolicy } from "../policypack/catalog/fixtures";

const domains = loadPolicyDomains();

describe("docs rendering", () => {
  describe("markdown helpers", () => {
    it("escapes pipes and flattens line breaks in table cells", () => {
      assert.equal(cell("a|b\nc"), "a\\|b c");
      assert.equal(table(["x", "y"], [["1", "a|b"]]), "| x | y |\n|---|---|\n| 1 | a\\|b |");
    });

    it("fences code that contains a backtick", () => {
      assert.equal(code("a`b"), "``a`b``");
      assert.equal(code("ab"), "`ab`");
    });
  });

  describe("policy domains", () => {
    it("places every policy of POLICIES in the folder it lives in", () => {
      const missing = POLICIES.filter((p) => !domains.has(p.name)).map((p) => p.name);
      assert.deepEqual(missing, []);
      assert.equal(domains.get("kms-key-rotation-enabled"), "kms");
      assert.equal(domains.get("scope-drift"), "governance");
    });

    it("falls back to the first service, then to other, for a policy outside any folder", () => {
      assert.equal(domainOf(fakePolicy({ services: ["bedrock", "kms"] }), new Map()), "bedrock");
      assert.equal(domainOf(fakeStackPolicy({ services: [] }), new Map()), "other");
    });

    it("groups by domain in name order whatever the input order", () => {
      const a = fakePolicy({ name: "b-policy", services: ["s3"] });
      const b = fakePolicy({ name: "a-policy", services: ["s3"] });
      const c = fakePolicy({ name: "c-policy", services: ["kms"] });
      assert.deepEqual(
        groupByDomain([a, b, c], new Map()).map(([d, list]) => [d, list.map((p) => p.name)]),
        [
          ["kms", ["c-policy"]],
          ["s3", ["a-policy", "b-policy"]],
        ],
      );
    });
  });

  describe("docs/policies.md", () => {
    const doc = renderPoliciesDoc(POLICIES, domains);

    it("has a heading (the link anchor) and a summary row for every policy", () => {
      for (const p of POLICIES) {
        assert.ok(doc.includes(`\n### ${p.name}\n`), `no section for ${p.name}`);
        assert.ok(doc.includes(`| [${p.name}](#${p.name}) |`), `no summary row for ${p.name}`);
      }
    });

    it("states the counts", () => {
      assert.match(doc, new RegExp(`The pack has ${POLICIES.length} polic`));
    });

    it("renders what, why, severity, level, kind, scopes, services, types, mappings and fix of a policy", () => {
      const p = fakePolicy({
        name: "demo-policy",
        minScope: 3,
        rationale: "Because.",
        remediationSteps: "Do it.",
        mappings: {
          nistCsf: ["PR.DS-01"],
          owaspLlm: ["LLM01"],
          mitreAtlas: ["AML.M0012"],
          seedItems: ["csf.pr-encryption"],
        },
      });
      const out = renderPoliciesDoc([p], new Map([["demo-policy", "s3"]]));
      for (const expected of [
        "### demo-policy\n\nChecks a fake thing.",
        "- **Severity:** medium",
        "- **Default level:** mandatory",
        "- **Kind:** resource",
        "- **Scopes:** 3+ (pre-trained model and above)",
        "- **Services:** s3",
        "- **Resource types:** `aws:s3/bucket:Bucket`",
        "PR.DS-01 (Data at rest protected)",
        "LLM01 (Prompt Injection)",
        "AML.M0012 (Encrypt Sensitive Information)",
        "- **CISA/NCSC stage:** Secure deployment",
        "[`csf.pr-encryption`](coverage.md#csf.pr-encryption)",
        "**Why:** Because.",
        "**How to fix:** Do it.",
        "## s3 (1 policy)",
      ]) {
        assert.ok(out.includes(expected), `missing: ${expected}`);
      }
    });

    it("labels scopes as the minimum and above", () => {
      assert.equal(scopesLabel(3), "3+");
    });
  });

  describe("docs/coverage.md", () => {
    const doc = renderCoverageDoc(SEED_ITEMS, POLICIES);

    it("lists every seed item with an anchor", () => {
      for (const item of SEED_ITEMS) {
        assert.ok(doc.includes(`<a id="${item.id}"></a>`), `no row for ${item.id}`);
      }
    });

    it("has a summary row per seed and a total", () => {
      for (const seed of ["000", "001", "002", "003", "004"]) {
        assert.match(doc, new RegExp(`\\n\\| ${seed} `));
      }
      assert.ok(doc.includes(`| **all seeds** | ${SEED_ITEMS.length} |`));
    });

    it("names the enforcing policies, the providing components, or the reason", () => {
      const enforcedAndProvisioned = coverageDetail({
        item: fakeItem({
          disposition: { kind: "provisioned", components: ["components/kms"], how: "Keys." },
        }),
        enforcedBy: ["a-policy"],
        status: "enforced-and-provisioned",
      });
      assert.equal(
        enforcedAndProvisioned,
        "Enforced by [a-policy](policies.md#a-policy). Provisioned by `components/kms`: Keys.",
      );
      assert.equal(
        coverageDetail({ item: fakeItem(), enforcedBy: [], status: "outside-iac" }),
        "It is fake.",
      );
    });
  });

  describe("determinism", () => {
    it("renders the same bytes twice, and whatever order the policies are listed in", () => {
      const once = renderDocs(POLICIES, domains, SEED_ITEMS);
      const reversed = renderDocs([...POLICIES].reverse(), domains, SEED_ITEMS);
      assert.deepEqual(renderDocs(POLICIES, domains, SEED_ITEMS), once);
      assert.deepEqual(reversed, once);
    });

    it("contains no timestamp", () => {
      for (const { content } of renderDocs(POLICIES, domains, SEED_ITEMS)) {
        assert.doesNotMatch(content, /\d{4}-\d{2}-\d{2}T\d{2}:/);
      }
    });
  });
});

describe("docs prose", () => {
  it("keeps angle-bracket placeholders visible outside code spans and leaves code alone", () => {
    assert.equal(prose("Set <name> or `<name>`"), "Set &lt;name> or `<name>`");
  });
});
