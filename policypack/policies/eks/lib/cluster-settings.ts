import { field, first } from "../../../framework/values";
import { CLUSTER_TYPE } from "./types";
import type { ResourceProps } from "../../../framework/types";

/**
 * Where a cluster setting lives. The AWS resource nests the endpoint settings in `vpcConfig` and
 * the envelope key in `encryptionConfig.provider.keyArn`; the eks Cluster component takes them as
 * top-level inputs. These readers throw the SDK's error on unknown values, so a check decides what
 * it can first.
 */
export interface EndpointSettings {
  readonly publicAccess: unknown;
  readonly publicAccessCidrs: unknown;
}

/** The endpoint settings of either kind of cluster, as written (unset is `undefined`). */
export function endpointSettings(type: string, props: ResourceProps): EndpointSettings {
  if (type === CLUSTER_TYPE) {
    const vpc = first(props.vpcConfig);
    return {
      publicAccess: field(vpc, "endpointPublicAccess"),
      publicAccessCidrs: field(vpc, "publicAccessCidrs"),
    };
  }
  return { publicAccess: props.endpointPublicAccess, publicAccessCidrs: props.publicAccessCidrs };
}
