/** The types of the seed catalog, the seeds themselves, and helpers the seed files share. */

/** The seed documents, by their number in `/work/shared/seeds/`. */
export type SeedId = "000" | "001" | "002" | "003" | "004";

/** A seed document: its title and the prefix of its item ids. */
export interface Seed {
  readonly id: SeedId;
  readonly title: string;
  /** Item ids of this seed start with `<prefix>.`. */
  readonly prefix: string;
  /** What the document is, in a sentence. */
  readonly about: string;
}

/** What scopeguard does about a seed item. */
export type Disposition =
  /**
   * Checked by the policy pack: the policies listing the item's id are derived, not listed here.
   * `note` says what part of the item the policies cannot check, when some part is left.
   */
  | { readonly kind: "enforced"; readonly note?: string }
  /** Provided by scopeguard components (named by folder); policies may enforce it as well. */
  | {
      readonly kind: "provisioned";
      readonly components: readonly string[];
      /** How the components provide it, and what part (if any) stays with the user. */
      readonly how: string;
    }
  /** Not expressible as infrastructure: an organisational, human or application-level activity. */
  | { readonly kind: "outside-iac"; readonly why: string };

/** One checklist item of a seed. */
export interface SeedItem {
  /** `<seed prefix>.<kebab-case name>`, for example `csf.pr-encryption`. Policies reference it. */
  readonly id: string;
  readonly seed: SeedId;
  readonly seedTitle: string;
  /** The part of the seed the item sits in, as the seed groups it. */
  readonly section: string;
  /** The item in one line, in our words. */
  readonly summary: string;
  readonly disposition: Disposition;
}

/** The five seeds, in order. */
export const SEEDS: Readonly<Record<SeedId, Seed>> = {
  "000": {
    id: "000",
    title: "ScaleSec checklist for securely integrating generative AI (NIST CSF 2.0 aligned)",
    prefix: "csf",
    about: "A checklist of goals for AI adoption, arranged by the six NIST CSF 2.0 functions.",
  },
  "001": {
    id: "001",
    title: "GenAI security program blueprint",
    prefix: "blueprint",
    about:
      "A 90-day playbook for standing up a GenAI security program: phases, the policy document, processes and procedures.",
  },
  "002": {
    id: "002",
    title: "Generative AI Security Scoping Matrix",
    prefix: "matrix",
    about:
      "A model that sorts AI workloads into five scopes by how much of the model and data the business owns.",
  },
  "003": {
    id: "003",
    title: "AI security checklist",
    prefix: "checklist",
    about: "A short practitioner checklist in six areas, from credentials to rollback.",
  },
  "004": {
    id: "004",
    title: "CISA/NCSC Guidelines for Secure AI System Development (summary)",
    prefix: "cisa",
    about: "A summary of the joint guidelines, organised by the four stages of the AI system life cycle.",
  },
};

/** Disposition helpers for the seed files. */
export const enforced = (note?: string): Disposition =>
  note === undefined ? { kind: "enforced" } : { kind: "enforced", note };
export const provisioned = (components: readonly string[], how: string): Disposition => ({
  kind: "provisioned",
  components,
  how,
});
export const outside = (why: string): Disposition => ({ kind: "outside-iac", why });

/** Builds the items of one seed from `[name, section, summary, disposition]` rows. */
export function itemsOf(
  seed: SeedId,
  rows: readonly (readonly [name: string, section: string, summary: string, disposition: Disposition])[],
): SeedItem[] {
  const { prefix, title } = SEEDS[seed];
  return rows.map(([name, section, summary, disposition]) => ({
    id: `${prefix}.${name}`,
    seed,
    seedTitle: title,
    section,
    summary,
    disposition,
  }));
}
