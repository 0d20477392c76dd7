import * as assert from "node:assert/strict";
import {
  enforcersBySeedItem,
  seedItemCoverage,
  statusOf,
  summarizeCoverage,
} from "../../../policypack/catalog/derive";
import { SEED_ITEMS } from "../../../policypack/catalog/seed-items";
import { POLICIES } from "../../../policypack/policies";
import { fakeItem, fakePolicy } from "./fixtures";

describe("catalog derivation", () => {
  it("finds the enforcing policies of an item from the policies' seedItems, sorted and without repeats", () => {
    const map = enforcersBySeedItem([
      fakePolicy({ name: "zeta", mappings: { seedItems: ["csf.a", "csf.b"] } }),
      fakePolicy({ name: "alpha", mappings: { seedItems: ["csf.a"] } }),
      fakePolicy({ name: "alpha", mappings: { seedItems: ["csf.a"] } }),
    ]);
    assert.deepEqual(map.get("csf.a"), ["alpha", "zeta"]);
    assert.deepEqual(map.get("csf.b"), ["zeta"]);
    assert.equal(map.get("csf.c"), undefined);
  });

  it("combines the disposition with derived enforcement", () => {
    const prov = fakeItem({ disposition: { kind: "provisioned", components: ["components/kms"], how: "x" } });
    assert.equal(statusOf(prov, ["p"]), "enforced-and-provisioned");
    assert.equal(statusOf(prov, []), "provisioned");
    assert.equal(statusOf(fakeItem({ disposition: { kind: "enforced" } }), ["p"]), "enforced");
    assert.equal(statusOf(fakeItem({ disposition: { kind: "enforced" } }), []), "uncovered");
    assert.equal(statusOf(fakeItem(), []), "outside-iac");
  });

  it("counts items per seed by status", () => {
    const coverage = seedItemCoverage(
      [
        fakeItem({ id: "csf.a" }),
        fakeItem({ id: "csf.b", disposition: { kind: "enforced" } }),
        fakeItem({ id: "checklist.c", seed: "003", disposition: { kind: "enforced" } }),
      ],
      [fakePolicy({ mappings: { seedItems: ["csf.b"] } })],
    );
    const summary = summarizeCoverage(coverage);
    assert.deepEqual(
      summary.map((s) => [
        s.seed,
        s.total,
        s.byStatus["outside-iac"],
        s.byStatus.enforced,
        s.byStatus.uncovered,
      ]),
      [
        ["000", 2, 1, 1, 0],
        ["003", 1, 0, 0, 1],
      ],
    );
  });

  it("accounts for every seed item of the real catalog exactly once", () => {
    const summary = summarizeCoverage(seedItemCoverage(SEED_ITEMS, POLICIES));
    assert.equal(
      summary.reduce((n, s) => n + s.total, 0),
      SEED_ITEMS.length,
    );
    assert.deepEqual(
      summary.map((s) => s.seed),
      ["000", "001", "002", "003", "004"],
    );
  });
});
