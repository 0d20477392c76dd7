import { readTags } from "../../../framework/values";
import { TAG_KEYS, type DataClass } from "../../../vocabulary";
import type { ResourceProps } from "../../../framework/types";

export const KNOWLEDGE_BASE: DataClass = "knowledge-base";

/** True when the resource is tagged as holding a knowledge base (`data-class=knowledge-base`). */
export function isKnowledgeBase(props: ResourceProps): boolean {
  return readTags(props)[TAG_KEYS.dataClass] === KNOWLEDGE_BASE;
}
