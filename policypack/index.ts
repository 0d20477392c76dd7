// First: the pack starts without the parts of @pulumi/pulumi it never runs (see deferred-pulumi-index.ts).
import "./framework/lean-start";
import { PolicyPack } from "@pulumi/policy";
import { buildPolicies, PACK_NAME, shareSdkAnalysis } from "./pack";

// Policies share the SDK's deserialized props and the stack's resource list (see pack.ts).
shareSdkAnalysis();

// Constructing a PolicyPack starts the analyzer's gRPC server, so this file does nothing else.
new PolicyPack(PACK_NAME, {
  description:
    "AI-infrastructure controls for AWS stacks, applied by Generative AI Security Scoping Matrix scope.",
  policies: buildPolicies(),
});
