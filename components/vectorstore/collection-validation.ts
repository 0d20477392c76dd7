import type { Scope } from "../../policypack/vocabulary";
import { show, tagArgsError } from "../common";
import { ownKeyArgsError } from "../kms";
import type { VectorCollectionArgs } from "./vector-collection-args";
import { CONTROL_SCOPES } from "../../policypack/vocabulary";

/**
 * Pure checks of VectorCollection arguments, run before any child exists. Only literal strings can
 * be checked then; values that are Outputs (a role ARN from a resource) are trusted.
 */

/** An encrypted private vector store comes with scope 3 (retrieval over a pre-trained model). */
export const VECTOR_COLLECTION_DEFAULT_SCOPE: Scope = CONTROL_SCOPES.vectorStores;

/** OpenSearch Serverless collection names: 3 to 32 lowercase letters, digits and hyphens, starting with a letter. */
const COLLECTION_NAME = /^[a-z][a-z0-9-]{2,31}$/;
/** IAM role and user ARNs, and the SAML principals OpenSearch Serverless accepts. */
const PRINCIPAL =
  /^(arn:aws[a-z-]*:iam::\d{12}:(role|user)\/[A-Za-z0-9+=,.@_\-/]+|saml\/\d{12}\/[^/]+\/(user|group)\/.+)$/;
/** OpenSearch Serverless VPC endpoint ids. */
const VPC_ENDPOINT_ID = /^vpce-[0-9a-z]+$/;
/** AWS limits of an OpenSearch Serverless VPC endpoint. */
export const MAX_ENDPOINT_SUBNETS = 6;
export const MAX_ENDPOINT_SECURITY_GROUPS = 5;

const literals = (values: unknown): string[] =>
  Array.isArray(values) ? values.filter((v): v is string => typeof v === "string") : [];
const count = (values: unknown): number => (Array.isArray(values) ? values.length : 0);

/** The collection's name, as given or from the component name. */
export function collectionNameFor(name: string, args: Pick<VectorCollectionArgs, "collectionName">): string {
  return args.collectionName ?? name;
}

function collectionNameError(name: string, args: VectorCollectionArgs): string | undefined {
  const collection = collectionNameFor(name, args);
  if (typeof collection === "string" && COLLECTION_NAME.test(collection)) return undefined;
  return args.collectionName === undefined
    ? `the name "${name}" becomes the collection name, which must be 3 to 32 lowercase letters, digits or hyphens, starting with a letter; rename the component or set collectionName.`
    : `collectionName ${show(collection)} must be 3 to 32 lowercase letters, digits or hyphens, starting with a letter.`;
}

function principalsError(argName: string, principals: unknown): string | undefined {
  for (const principal of literals(principals)) {
    if (principal.includes("*")) {
      return `${argName} contains ${show(principal)}; name each principal by its ARN, a wildcard would let any identity that reaches the collection read it.`;
    }
    if (/^arn:aws[a-z-]*:iam::\d{12}:root$/.test(principal)) {
      return `${argName} contains the account root ${show(principal)}, which grants every principal of the account; name the roles that need the collection.`;
    }
    if (!PRINCIPAL.test(principal)) {
      return `${argName} contains ${show(principal)}, which is not an IAM role or user ARN (arn:aws:iam::<account>:role/<name>) or a SAML principal.`;
    }
  }
  return undefined;
}

function noPrincipalError(args: VectorCollectionArgs): string | undefined {
  return count(args.principals) + count(args.readOnlyPrincipals) > 0
    ? undefined
    : `no principal may use the collection, and a collection nobody can read or write is a mistake; pass principals (role ARNs that ingest and query, such as the Bedrock knowledge-base role) or readOnlyPrincipals (roles that only query).`;
}

function networkError(args: VectorCollectionArgs): string | undefined {
  const endpoint = args.vpcEndpoint;
  if (endpoint !== undefined) {
    if (
      Array.isArray(endpoint.subnetIds) &&
      (endpoint.subnetIds.length === 0 || endpoint.subnetIds.length > MAX_ENDPOINT_SUBNETS)
    ) {
      return `vpcEndpoint.subnetIds must list 1 to ${MAX_ENDPOINT_SUBNETS} subnets (got ${endpoint.subnetIds.length}); give the private subnets the clients run in.`;
    }
    if (
      Array.isArray(endpoint.securityGroupIds) &&
      endpoint.securityGroupIds.length > MAX_ENDPOINT_SECURITY_GROUPS
    ) {
      return `vpcEndpoint.securityGroupIds may list at most ${MAX_ENDPOINT_SECURITY_GROUPS} security groups (got ${endpoint.securityGroupIds.length}).`;
    }
  }
  const badId = literals(args.vpcEndpointIds).find((id) => !VPC_ENDPOINT_ID.test(id));
  if (badId !== undefined) {
    return `vpcEndpointIds contains ${show(badId)}, which is not an OpenSearch Serverless VPC endpoint id (vpce-...).`;
  }
  const reachable = endpoint !== undefined || count(args.vpcEndpointIds) > 0 || args.allowBedrock === true;
  return reachable
    ? undefined
    : `nothing may reach the collection: public access is never allowed, so pass vpcEndpoint (a VPC and subnets, for an endpoint the component creates), vpcEndpointIds (existing OpenSearch Serverless VPC endpoints), or allowBedrock: true (Bedrock knowledge bases only).`;
}

/** The first problem with `args`, without the component prefix; `undefined` when they are valid. */
export function vectorCollectionArgsError(name: string, args: VectorCollectionArgs): string | undefined {
  return [
    tagArgsError(args),
    collectionNameError(name, args),
    noPrincipalError(args),
    principalsError("principals", args.principals),
    principalsError("readOnlyPrincipals", args.readOnlyPrincipals),
    networkError(args),
    ownKeyArgsError(name, args, "the collection"),
  ].find((m) => m !== undefined);
}
