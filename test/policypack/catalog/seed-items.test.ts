import * as assert from "node:assert/strict";
import { COMPONENT_FOLDERS } from "../../../policypack/catalog/components";
import { SEED_ITEMS, SEEDS, type SeedId } from "../../../policypack/catalog/seed-items";
import { seedItemProblems, SEED_ITEM_ID, type CatalogProblem } from "../../../policypack/catalog/validate";
import { POLICIES } from "../../../policypack/policies";
import { fakeItem, fakePolicy } from "./fixtures";

const problems = seedItemProblems(SEED_ITEMS, POLICIES);

function lines(rules: readonly string[], list: readonly CatalogProblem[] = problems): string[] {
  return list.filter((p) => rules.includes(p.rule)).map((p) => `${p.subject}: ${p.message}`);
}

/** The ids other engineers' policies were told to use; they must never disappear or be renamed. */
// prettier-ignore
const AGREED_IDS: Readonly<Record<string, readonly string[]>> = {
  csf: [
    "gv-goals", "gv-compliance", "gv-risk", "gv-supply-chain", "gv-accountability", "gv-policy", "gv-data-inputs",
    "gv-oversight", "id-inventory", "id-provenance", "id-data-legitimacy", "id-threat-matrix", "id-reassess",
    "id-change-impact", "id-tuning-granularity", "id-plugins", "pr-least-privilege", "pr-trusted-patterns",
    "pr-access-chain", "pr-mfa", "pr-human-in-loop", "pr-llm-untrusted", "pr-iam-audits", "pr-training", "pr-ethics",
    "pr-data-protection", "pr-encryption", "pr-no-sensitive-training", "pr-io-validation", "pr-output-accuracy",
    "pr-data-lifecycle", "pr-lifecycle-automation", "pr-platform-security", "pr-logging", "pr-resilience",
    "de-monitoring", "de-provider-monitoring", "de-siem", "rs-plan", "rs-tabletop", "rs-analysis", "rs-communication",
    "rs-containment", "rs-escalation", "rc-integrity", "rc-communication",
  ],
  checklist: [
    "auth-secrets-manager", "auth-endpoints-authenticated", "auth-rbac", "auth-key-rotation", "data-pii-masking",
    "data-audit-trail", "data-retention", "data-provider-review", "guard-output-validation", "guard-content-filtering",
    "guard-fallback", "guard-prompt-injection", "mon-logging", "mon-anomaly-alerts", "mon-incident-plan",
    "mon-drift-review", "supply-pinned-libraries", "supply-model-evaluation", "supply-isolated-self-hosted",
    "supply-dependency-scanning", "ops-rate-limiting", "ops-budget-alerts", "ops-staging", "ops-rollback",
  ],
  cisa: [
    "design-awareness", "design-threat-model", "design-security-first", "design-model-selection", "dev-supply-chain",
    "dev-asset-protection", "dev-documentation", "dev-technical-debt", "deploy-secure-infrastructure",
    "deploy-protect-model", "deploy-incident-management", "deploy-responsible-release", "deploy-secure-defaults",
    "ops-monitor-behaviour", "ops-monitor-inputs", "ops-secure-updates", "ops-lessons-learned",
  ],
  blueprint: [
    "access-mfa-rbac", "access-monitoring", "data-governance", "model-signing", "anomaly-detection", "alerting",
    "vuln-scanning", "asset-inventory", "mlops-security-gates", "patch-management",
  ],
  matrix: ["determine-scope", "scope-1", "scope-2", "scope-3", "scope-4", "scope-5"],
};

describe("seed catalog", () => {
  const ids = new Set(SEED_ITEMS.map((i) => i.id));

  it("has every agreed id", () => {
    const missing = Object.entries(AGREED_IDS).flatMap(([prefix, names]) =>
      names.map((n) => `${prefix}.${n}`).filter((id) => !ids.has(id)),
    );
    assert.deepEqual(missing, []);
  });

  it("has items for every seed, with the seed's prefix and title", () => {
    for (const seed of Object.keys(SEEDS) as SeedId[]) {
      const own = SEED_ITEMS.filter((i) => i.seed === seed);
      assert.ok(own.length > 0, `seed ${seed} has no items`);
    }
    assert.deepEqual(lines(["item-seed", "item-id-format"]), []);
  });

  it("has the item counts of the seeds (46 CSF, 24 checklist, 17 CISA items)", () => {
    const countOf = (seed: SeedId) => SEED_ITEMS.filter((i) => i.seed === seed).length;
    assert.equal(countOf("000"), 46);
    assert.equal(countOf("003"), 24);
    assert.equal(countOf("004"), 17);
  });

  it("uses each item id once", () => {
    assert.deepEqual(lines(["item-id-unique"]), []);
    assert.equal(ids.size, SEED_ITEMS.length);
  });

  it("gives every item a section and a one-line summary", () => {
    assert.deepEqual(lines(["item-text"]), []);
  });

  it("covers every item: enforced by a policy, provisioned by named components, or outside IaC with a reason", () => {
    assert.deepEqual(
      lines([
        "enforced-by-policy",
        "enforced-note",
        "provisioned-components",
        "provisioned-how",
        "outside-why",
        "disposition",
      ]),
      [],
    );
  });

  it("does not call an item outside IaC while a policy enforces it", () => {
    assert.deepEqual(lines(["outside-but-enforced"]), []);
  });

  it("names only component folders from components.ts", () => {
    for (const item of SEED_ITEMS) {
      if (item.disposition.kind === "provisioned") {
        for (const c of item.disposition.components) {
          assert.ok(c in COMPONENT_FOLDERS, `${item.id}: ${c}`);
        }
      }
    }
  });

  it("has no problem of any other kind", () => {
    assert.deepEqual(
      problems.map((p) => `${p.subject} [${p.rule}]: ${p.message}`),
      [],
    );
  });
});

describe("seedItemProblems (the validator itself)", () => {
  const rulesOf = (items: Parameters<typeof seedItemProblems>[0], policies = [fakePolicy()]) =>
    seedItemProblems(items, policies).map((p) => p.rule);

  it("accepts an outside-IaC item with a reason, a provisioned item with components and an enforced item", () => {
    assert.deepEqual(
      rulesOf([
        fakeItem(),
        fakeItem({
          id: "csf.other",
          disposition: { kind: "provisioned", components: ["components/storage"], how: "It stores things." },
        }),
        fakeItem({ id: "csf.pr-encryption", disposition: { kind: "enforced" } }),
      ]),
      [],
    );
  });

  it("rejects an outside-IaC item with no reason", () => {
    assert.deepEqual(rulesOf([fakeItem({ disposition: { kind: "outside-iac", why: " " } })]), [
      "outside-why",
    ]);
  });

  it("rejects a provisioned item with no component, an unknown component, or no explanation", () => {
    assert.deepEqual(
      rulesOf([fakeItem({ disposition: { kind: "provisioned", components: [], how: "x" } })]),
      ["provisioned-components"],
    );
    assert.deepEqual(
      rulesOf([
        fakeItem({ disposition: { kind: "provisioned", components: ["components/nope"], how: "x" } }),
      ]),
      ["provisioned-components"],
    );
    assert.deepEqual(
      rulesOf([fakeItem({ disposition: { kind: "provisioned", components: ["components/kms"], how: "" } })]),
      ["provisioned-how"],
    );
  });

  it("rejects an item marked enforced that no policy lists", () => {
    assert.deepEqual(rulesOf([fakeItem({ disposition: { kind: "enforced" } })]), ["enforced-by-policy"]);
  });

  it("rejects an item marked outside IaC that a policy enforces", () => {
    assert.deepEqual(rulesOf([fakeItem({ id: "csf.pr-encryption" })]), ["outside-but-enforced"]);
  });

  it("rejects duplicate ids, ids without their seed's prefix, and multi-line summaries", () => {
    assert.deepEqual(rulesOf([fakeItem(), fakeItem()]), ["item-id-unique"]);
    assert.deepEqual(rulesOf([fakeItem({ id: "cisa.fake-item" })]), ["item-id-format"]);
    assert.deepEqual(rulesOf([fakeItem({ summary: "two\nlines" })]), ["item-text"]);
  });

  it("accepts only prefixed kebab-case ids", () => {
    assert.ok(SEED_ITEM_ID.test("csf.pr-encryption"));
    assert.ok(SEED_ITEM_ID.test("matrix.scope-1"));
    assert.ok(!SEED_ITEM_ID.test("csf.PR-encryption"));
    assert.ok(!SEED_ITEM_ID.test("other.item"));
  });
});
