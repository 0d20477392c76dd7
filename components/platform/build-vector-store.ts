import * as aws from "@pulumi/aws";
import { AiWorkloadRole } from "../iam";
import { roleArnFromName, VectorCollection } from "../vectorstore";
import { DEFAULT_EMBEDDING_MODEL } from "./platform-defaults";
import type { PlatformContext } from "./platform-context";
import type { VectorStoreOptions } from "./platform-options";
import { COLLECTION_ACCESS_ACTIONS, namedResourcesPolicy } from "./role-grants";

/** Bedrock, which assumes the knowledge-base role to embed documents and query the vector store. */
const BEDROCK_SERVICE = "bedrock.amazonaws.com";

/** The vector store of scope 3 and the role Bedrock knowledge bases use with it. */
export interface VectorStorePieces {
  readonly knowledgeBaseRole: AiWorkloadRole;
  readonly vectorStore: VectorCollection;
}

/**
 * Scope 3: the encrypted private vector store, reachable by Bedrock knowledge bases through their
 * role (and by the VPC endpoints given), never from the public internet. Undefined, and recorded in
 * `skipped`, with `vectorStore: false`.
 */
export function buildVectorStore(ctx: PlatformContext): VectorStorePieces | undefined {
  const { name, args, n, parent, labels, keyAdmins } = ctx;
  if (args.vectorStore === false) {
    ctx.skipped["vector-store"] = "vectorStore: false";
    return undefined;
  }
  const store: VectorStoreOptions = typeof args.vectorStore === "object" ? args.vectorStore : {};
  const knowledgeBaseRole = new AiWorkloadRole(
    n.knowledgeBase,
    {
      ...labels,
      trustedService: BEDROCK_SERVICE,
      sourceArn: ctx.grants.apply(
        (c) => `arn:${c.partition}:bedrock:${c.region}:${c.accountId}:knowledge-base/*`,
      ),
      invokeModels: [args.embeddingModel ?? DEFAULT_EMBEDDING_MODEL],
      description: `scopeguard: Bedrock knowledge bases of ${name} embed documents and use the vector store`,
    },
    parent,
  );
  const vectorStore = new VectorCollection(
    n.vectors,
    {
      ...labels,
      // From the role's name, known during preview, so the access policy is checkable then.
      principals: [roleArnFromName(knowledgeBaseRole.roleName, parent)],
      // Bedrock knowledge bases, and the VPC endpoints given; never the public internet.
      allowBedrock: true,
      vpcEndpointIds: store.vpcEndpointIds,
      kmsKeyArn: store.kmsKeyArn,
      keyAdmins: store.kmsKeyArn === undefined ? keyAdmins : undefined,
      standbyReplicas: store.standbyReplicas,
    },
    parent,
  );
  new aws.iam.RolePolicy(
    n.knowledgeBaseCollection,
    {
      role: knowledgeBaseRole.roleName,
      policy: namedResourcesPolicy("UseVectorCollection", COLLECTION_ACCESS_ACTIONS, [
        vectorStore.collectionArn,
      ]),
    },
    parent,
  );
  return { knowledgeBaseRole, vectorStore };
}
