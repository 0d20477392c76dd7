import * as aws from "@pulumi/aws";
import { AiWorkloadRole } from "../iam";
import { roleArnFromName, VectorCollection } from "../vectorstore";
import {
  knowledgeBaseSourceArn,
  planKnowledgeBaseRole,
  planVectorCollection,
  vectorStoreOptions,
} from "./plan-bedrock";
import type { PlatformContext } from "./platform-context";
import { COLLECTION_ACCESS_ACTIONS, namedResourcesPolicy } from "./role-grants";

/** The vector store of scope 3 and the role Bedrock knowledge bases use with it. */
export interface VectorStorePieces {
  readonly knowledgeBaseRole: AiWorkloadRole;
  readonly vectorStore: VectorCollection;
}

/**
 * Scope 3: the encrypted private vector store, reachable by Bedrock knowledge bases through their
 * role (and by the VPC endpoints given), never from the public internet. Undefined with
 * `vectorStore: false`.
 */
export function buildVectorStore(ctx: PlatformContext): VectorStorePieces | undefined {
  const store = vectorStoreOptions(ctx.args);
  if (store === undefined) return undefined;
  const knowledgeBaseRole = ctx.create(
    AiWorkloadRole,
    planKnowledgeBaseRole(ctx, { knowledgeBaseSourceArn: ctx.grants.apply(knowledgeBaseSourceArn) }),
  );
  const vectorStore = ctx.create(
    VectorCollection,
    // From the role's name, known during preview, so the access policy is checkable then.
    planVectorCollection(ctx, store, {
      knowledgeBaseRoleArn: roleArnFromName(knowledgeBaseRole.roleName, ctx.parent),
    }),
  );
  new aws.iam.RolePolicy(
    ctx.n.knowledgeBaseCollection,
    {
      role: knowledgeBaseRole.roleName,
      policy: namedResourcesPolicy("UseVectorCollection", COLLECTION_ACCESS_ACTIONS, [
        vectorStore.collectionArn,
      ]),
    },
    ctx.parent,
  );
  return { knowledgeBaseRole, vectorStore };
}
