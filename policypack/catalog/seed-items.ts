/**
 * Every checklist item of the five seed documents scopeguard is built from, as data, each with
 * what scopeguard does about it. Summaries are our own one-line paraphrases.
 *
 * Which policies enforce an item is not written here: it is derived from the policies that list
 * the item's id in `mappings.seedItems` (see `derive.ts`). A `provisioned` item may be enforced
 * too; an `enforced` item must be listed by at least one policy; an `outside-iac` item must not be
 * (the catalog tests check all three).
 */

import type { SeedItem } from "./seeds/define";
import { BLUEPRINT_ITEMS } from "./seeds/blueprint";
import { CHECKLIST_ITEMS } from "./seeds/checklist";
import { CISA_ITEMS } from "./seeds/cisa";
import { CSF_ITEMS } from "./seeds/csf";
import { MATRIX_ITEMS } from "./seeds/matrix";

export { SEEDS, type Disposition, type Seed, type SeedId, type SeedItem } from "./seeds/define";

/** Every seed item, seed by seed, in the order the seeds present them. */
export const SEED_ITEMS: readonly SeedItem[] = [
  ...CSF_ITEMS,
  ...BLUEPRINT_ITEMS,
  ...MATRIX_ITEMS,
  ...CHECKLIST_ITEMS,
  ...CISA_ITEMS,
];
