import { readTags } from "../../../framework/values";
import { TAG_KEYS, type DataClass } from "../../../vocabulary";

export const KNOWLEDGE_BASE: DataClass = "knowledge-base";

/** True when the resource is tagged as holding a knowledge base (`data-class=knowledge-base`). */
export function isKnowledgeBase(props: Record<string, any>): boolean {
  return readTags(props)[TAG_KEYS.dataClass] === KNOWLEDGE_BASE;
}
