import type { PolicyDefinition, PolicyMetadata } from "../framework/types";
import { isComponentFolder } from "./components";
import { enforcersBySeedItem } from "./derive";
import {
  CISA_NCSC_STAGES,
  MITRE_ATLAS,
  MITRE_ATLAS_ID_PATTERN,
  NIST_CSF_ID_PATTERN,
  NIST_CSF_SUBCATEGORIES,
  OWASP_LLM_2025,
  OWASP_LLM_ID_PATTERN,
} from "./frameworks";
import { SEEDS, type SeedItem } from "./seed-items";

/**
 * Consistency checks of the catalog: the policies' metadata and mappings, the seed items and
 * their dispositions. Pure, so the tests, the docs generator and the CLI can all run them.
 */

/** One thing wrong with a policy or a seed item. */
export interface CatalogProblem {
  /** The policy name or seed item id the problem is about. */
  readonly subject: string;
  /** A stable rule id, so tests can group problems (`nist-required`, `item-id-unique`, …). */
  readonly rule: string;
  /** What is wrong and what to change. */
  readonly message: string;
}

/** kebab-case: lower-case letters and digits in words joined by single hyphens. */
export const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A seed item id: a seed prefix, a dot, a kebab-case name. */
export const SEED_ITEM_ID = /^(csf|blueprint|matrix|checklist|cisa)\.[a-z0-9]+(-[a-z0-9]+)*$/;

const SEVERITIES = ["low", "medium", "high", "critical"];
const LEVELS = ["advisory", "mandatory", "remediate"];

const has = (record: Readonly<Record<string, unknown>>, key: string) =>
  Object.prototype.hasOwnProperty.call(record, key);

const blank = (value: unknown) => typeof value !== "string" || value.trim() === "";

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) {
    (seen.has(v) ? dup : seen).add(v);
  }
  return [...dup].sort();
}

/** Problems with one policy's metadata; `seedIds` are the ids of the seed catalog. */
function problemsOfPolicy(
  policy: PolicyMetadata | PolicyDefinition,
  seedIds: ReadonlySet<string>,
): CatalogProblem[] {
  const out: CatalogProblem[] = [];
  const subject = typeof policy.name === "string" ? policy.name : String(policy.name);
  const add = (rule: string, message: string) => out.push({ subject, rule, message });

  if (typeof policy.name !== "string" || !KEBAB_CASE.test(policy.name)) {
    add("name-kebab-case", `name "${subject}" is not kebab-case (lower-case words joined by hyphens).`);
  }
  for (const field of ["description", "rationale", "remediationSteps"] as const) {
    if (blank(policy[field])) {
      add(
        "text-required",
        `${field} is empty; write it (it is shown with every violation and in docs/policies.md).`,
      );
    }
  }
  if (!SEVERITIES.includes(policy.severity)) {
    add("severity", `severity "${policy.severity}" is not one of ${SEVERITIES.join(", ")}.`);
  }
  if (!LEVELS.includes(policy.enforcementLevel)) {
    add(
      "enforcement-level",
      `enforcementLevel "${policy.enforcementLevel}" is not one of ${LEVELS.join(", ")}.`,
    );
  }
  if (!(Number.isInteger(policy.minScope) && policy.minScope >= 1 && policy.minScope <= 5)) {
    add("min-scope", `minScope ${String(policy.minScope)} is not a scope from 1 to 5.`);
  }
  // Stack-wide governance policies look at no particular service, so an empty list is allowed.
  for (const s of policy.services ?? []) {
    if (!/^[a-z0-9-]+$/.test(s)) {
      add("services", `service "${s}" must be lower case (for example "s3", "bedrock").`);
    }
  }
  if ("kind" in policy && policy.kind === "resource" && policy.resourceTypes.length === 0) {
    add("resource-types", "a resource policy must list the resource types it applies to.");
  }

  const m = policy.mappings ?? { nistCsf: [], owaspLlm: [], mitreAtlas: [], cisaNcsc: [], seedItems: [] };
  if (m.nistCsf.length === 0) {
    add(
      "nist-required",
      "mappings.nistCsf is empty; name at least one NIST CSF 2.0 subcategory (for example PR.DS-01).",
    );
  }
  for (const id of m.nistCsf) {
    if (!NIST_CSF_ID_PATTERN.test(id)) {
      add("nist-id", `"${id}" is not a NIST CSF 2.0 subcategory id (pattern ${NIST_CSF_ID_PATTERN.source}).`);
    } else if (!has(NIST_CSF_SUBCATEGORIES, id)) {
      add(
        "nist-id",
        `"${id}" is not a NIST CSF 2.0 subcategory (CSF 1.1 ids such as PR.AC-* were renumbered).`,
      );
    }
  }
  for (const id of m.owaspLlm) {
    if (!OWASP_LLM_ID_PATTERN.test(id) || !has(OWASP_LLM_2025, id)) {
      add("owasp-id", `"${id}" is not an OWASP Top 10 for LLM 2025 id (LLM01 to LLM10).`);
    }
  }
  for (const id of m.mitreAtlas) {
    if (!MITRE_ATLAS_ID_PATTERN.test(id)) {
      add("atlas-id", `"${id}" is not a MITRE ATLAS id (pattern ${MITRE_ATLAS_ID_PATTERN.source}).`);
    } else if (!has(MITRE_ATLAS, id)) {
      add(
        "atlas-id",
        `"${id}" is not in policypack/catalog/frameworks.ts; if it is a real ATLAS id, add it there with its title.`,
      );
    }
  }
  if (m.cisaNcsc.length === 0) {
    add(
      "cisa-required",
      "mappings.cisaNcsc is empty; name at least one CISA/NCSC stage (for example secure-deployment).",
    );
  }
  for (const stage of m.cisaNcsc) {
    if (!has(CISA_NCSC_STAGES, stage)) {
      add("cisa-stage", `"${stage}" is not a CISA/NCSC stage (${Object.keys(CISA_NCSC_STAGES).join(", ")}).`);
    }
  }
  if (m.seedItems.length === 0) {
    add(
      "seed-required",
      "mappings.seedItems is empty; name at least one seed item from policypack/catalog/seed-items.ts.",
    );
  }
  for (const id of m.seedItems) {
    if (!seedIds.has(id)) {
      add("seed-known", `seed item "${id}" does not exist in policypack/catalog/seed-items.ts.`);
    }
  }
  for (const [field, ids] of Object.entries(m) as [string, readonly string[]][]) {
    for (const id of duplicates(ids)) {
      add("mapping-duplicate", `mappings.${field} lists "${id}" more than once.`);
    }
  }
  return out;
}

/** Every problem with the policies' metadata, policies in list order. */
export function policyProblems(
  policies: readonly (PolicyMetadata | PolicyDefinition)[],
  items: readonly SeedItem[],
): CatalogProblem[] {
  const seedIds = new Set(items.map((i) => i.id));
  const out = policies.flatMap((p) => problemsOfPolicy(p, seedIds));
  for (const name of duplicates(policies.map((p) => p.name))) {
    out.push({ subject: name, rule: "name-unique", message: `more than one policy is named "${name}".` });
  }
  return out;
}

/** Every problem with the seed items and their dispositions, judged against the policies. */
export function seedItemProblems(
  items: readonly SeedItem[],
  policies: readonly (PolicyMetadata | PolicyDefinition)[],
): CatalogProblem[] {
  const out: CatalogProblem[] = [];
  const enforcers = enforcersBySeedItem(policies);
  for (const id of duplicates(items.map((i) => i.id))) {
    out.push({
      subject: id,
      rule: "item-id-unique",
      message: `seed item id "${id}" is used more than once.`,
    });
  }
  for (const item of items) {
    const add = (rule: string, message: string) => out.push({ subject: item.id, rule, message });
    const seed = SEEDS[item.seed];
    if (seed === undefined) {
      add("item-seed", `seed "${item.seed}" is not one of ${Object.keys(SEEDS).join(", ")}.`);
    } else {
      if (!SEED_ITEM_ID.test(item.id) || !item.id.startsWith(`${seed.prefix}.`)) {
        add("item-id-format", `id must be "${seed.prefix}." followed by a kebab-case name.`);
      }
      if (item.seedTitle !== seed.title) {
        add("item-seed", `seedTitle must be "${seed.title}".`);
      }
    }
    if (blank(item.section)) {
      add("item-text", "section is empty.");
    }
    if (blank(item.summary) || item.summary.includes("\n")) {
      add("item-text", "summary must be one non-empty line.");
    }
    const enforcedBy = enforcers.get(item.id) ?? [];
    const d = item.disposition;
    switch (d.kind) {
      case "enforced":
        if (enforcedBy.length === 0) {
          add(
            "enforced-by-policy",
            "marked enforced, but no policy lists it in mappings.seedItems; add it to a policy, or mark it provisioned or outside-iac.",
          );
        }
        if (d.note !== undefined && blank(d.note)) {
          add("enforced-note", "note is empty; say what the policies leave unchecked, or drop the note.");
        }
        break;
      case "provisioned":
        if (d.components.length === 0) {
          add("provisioned-components", "marked provisioned but names no component.");
        }
        for (const c of d.components) {
          if (!isComponentFolder(c)) {
            add(
              "provisioned-components",
              `"${c}" is not a component folder listed in policypack/catalog/components.ts.`,
            );
          }
        }
        for (const c of duplicates(d.components)) {
          add("provisioned-components", `names "${c}" more than once.`);
        }
        if (blank(d.how)) {
          add("provisioned-how", "marked provisioned but does not say how the components provide it.");
        }
        break;
      case "outside-iac":
        if (blank(d.why)) {
          add("outside-why", "marked outside-iac but does not say why it cannot be infrastructure.");
        }
        if (enforcedBy.length > 0) {
          add(
            "outside-but-enforced",
            `marked outside-iac, yet enforced by ${enforcedBy.join(", ")}; change its disposition (or the policies' mappings).`,
          );
        }
        break;
      default:
        add("disposition", `unknown disposition kind "${(d as { kind: unknown }).kind}".`);
    }
  }
  return out;
}
