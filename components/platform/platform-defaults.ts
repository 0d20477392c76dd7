import type { Scope } from "../../policypack/vocabulary";
import { unique } from "../common";
import { DEFAULT_VPC_CIDR } from "../network";
import { scopeBuilds } from "./scope-plan";
import { CONTROL_SCOPES } from "../../policypack/vocabulary";

/**
 * Defaults of AiPlatform, shared by the component and its validation (so what is checked is what
 * is built), each with the reason it is what it is.
 */

/** The scope from which the platform invokes foundation models (Bedrock, through the API). */
export const MODELS_MIN_SCOPE: Scope = CONTROL_SCOPES.modelAccess;

/** The service the workload role trusts by default: the inference handler is usually a Lambda function. */
export const DEFAULT_WORKLOAD_SERVICE = "lambda.amazonaws.com";

/** The embedding model the knowledge-base role may invoke by default: Bedrock's own text embedder. */
export const DEFAULT_EMBEDDING_MODEL = "amazon.titan-embed-text-v2:0";

/**
 * The default GPU host of the training fleet. The fleet keeps no host running by default
 * (`minSize` 0), so the type costs nothing until the team scales it up.
 */
export const DEFAULT_GPU_INSTANCE_TYPE = "p5.48xlarge";

/**
 * Interface endpoints the training network gets at scope 5 besides the scope's own: SSM Session
 * Manager is how operators reach GPU hosts that have no SSH key and no internet route.
 */
export const SESSION_MANAGER_ENDPOINTS: readonly string[] = ["ssm", "ssmmessages", "ec2messages"];

/** The interface endpoints the platform adds to the network's own: Session Manager's at scope 5. */
export function networkEndpoints(scope: Scope, extra: readonly string[] = []): string[] | undefined {
  const all = [...extra, ...(scopeBuilds(scope, "gpu-fleet") ? SESSION_MANAGER_ENDPOINTS : [])];
  return all.length === 0 ? undefined : unique(all);
}

/** The CIDR block of the VPC the platform creates. */
export function platformCidr(args: { readonly cidrBlock?: string }): string {
  return args.cidrBlock ?? DEFAULT_VPC_CIDR;
}
