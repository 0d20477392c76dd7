import { PolicyPack } from "@pulumi/policy";
import { shareSdkDeserialization } from "./framework/shared-deserialization";
import { buildPolicies, PACK_NAME } from "./pack";

// Every policy of a request reads the same deserialized props (see shared-deserialization.ts).
shareSdkDeserialization();

// Constructing a PolicyPack starts the analyzer's gRPC server, so this file does nothing else.
new PolicyPack(PACK_NAME, {
  description:
    "AI-infrastructure controls for AWS stacks, applied by Generative AI Security Scoping Matrix scope.",
  policies: buildPolicies(),
});
