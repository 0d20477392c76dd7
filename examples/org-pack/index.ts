import { PolicyPack, type ResourceValidationPolicy } from "@pulumi/policy";
// In your own repository: `from "@scopeguard/policy-pack"`.
import { scopeguardPolicies, shareSdkAnalysis } from "../../policypack/pack";

/** Acme names every Bedrock agent after its team, so the on-call rota finds the owner. */
const agentNamePrefix: ResourceValidationPolicy = {
  name: "acme-bedrock-agent-name-prefix",
  description: "Bedrock agent names start with the owning team's prefix, acme-.",
  enforcementLevel: "mandatory",
  validateResource: (args, report) => {
    if (args.type !== "aws:bedrock/agentAgent:AgentAgent") {
      return;
    }
    const agentName: unknown = args.props.agentName;
    if (typeof agentName === "string" && !agentName.startsWith("acme-")) {
      report(`Agent name "${agentName}" must start with "acme-" (rename it acme-<team>-<purpose>).`);
    }
  },
};

// The SDK deserializes each resource once for all policies, not once per policy; Acme's own
// policy only reads what it is given, as sharing requires.
shareSdkAnalysis();

// Constructing a PolicyPack starts the analyzer's gRPC server, so this file does nothing else.
new PolicyPack("acme", {
  description: "scopeguard's Bedrock and AgentCore controls for scope 3 stacks, with Acme's naming rule.",
  policies: scopeguardPolicies({
    // The controls in force for stacks that build on a foundation model (scope 3 and below)...
    scope: 3,
    // ...that look at Bedrock and Bedrock AgentCore.
    services: ["bedrock", "bedrock-agentcore"],
    // Acme blocks on high and critical findings and advises on medium ones, except agent
    // encryption, which it always blocks; invocation logging is collected by its central account.
    enforcement: {
      bySeverity: { medium: "advisory" },
      byName: {
        "bedrock-agent-encrypted-with-cmk": "mandatory",
        "bedrock-model-invocation-logging-enabled": "advisory",
      },
    },
    policies: [agentNamePrefix],
  }),
});
