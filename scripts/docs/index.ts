import * as path from "path";
import { SEED_ITEMS, type SeedItem } from "../../policypack/catalog/seed-items";
import { POLICIES } from "../../policypack/policies";
import type { PolicyDefinition } from "../../policypack/framework/types";
import { renderCoverageDoc } from "./coverage-md";
import { loadPolicyDomains } from "./domains";
import { renderPoliciesDoc } from "./policies-md";

export { renderCoverageDoc } from "./coverage-md";
export { renderPoliciesDoc } from "./policies-md";
export { loadPolicyDomains } from "./domains";
export { DOCS_COMMAND } from "./markdown";

/** Where the generated docs live. */
export const DOCS_DIR = path.resolve(__dirname, "../../docs");

/** One generated file: its path relative to the repository root, and its content. */
export interface GeneratedDoc {
  readonly file: string;
  readonly content: string;
}

/** Renders every generated doc from the given catalog. Pure. */
export function renderDocs(
  policies: readonly PolicyDefinition[],
  domains: ReadonlyMap<string, string>,
  items: readonly SeedItem[],
): GeneratedDoc[] {
  return [
    { file: "docs/policies.md", content: renderPoliciesDoc(policies, domains) },
    { file: "docs/coverage.md", content: renderCoverageDoc(items, policies) },
  ];
}

/** Renders every generated doc from the repository's current policies and seed catalog. */
export function renderCurrentDocs(): GeneratedDoc[] {
  return renderDocs(POLICIES, loadPolicyDomains(), SEED_ITEMS);
}
