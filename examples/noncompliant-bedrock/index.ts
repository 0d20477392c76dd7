import * as aws from "@pulumi/aws";

// Each numbered resource breaks one scopeguard Bedrock control and is otherwise compliant, so the
// expected violations (README.md) map one to one onto resources. The stack declares scope 3
// (building on a foundation model) and, on purpose, records no model invocations.

const key = new aws.kms.Key("bedrock-key", { description: "Bedrock encryption", enableKeyRotation: true });
const MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0";
// Existing roles of the account, by ARN: their trust and permissions are another stack's business.
const AGENT_ROLE = "arn:aws:iam::123456789012:role/support-agent";
const GATEWAY_ROLE = "arn:aws:iam::123456789012:role/agent-gateway";

type Strength = "NONE" | "LOW" | "MEDIUM" | "HIGH";

/** A guardrail with every control in place, then `change` applied to its arguments. */
function guardrail(
  name: string,
  change: (args: aws.bedrock.GuardrailArgs) => aws.bedrock.GuardrailArgs = (a) => a,
  contentStrength: Strength = "HIGH",
): aws.bedrock.Guardrail {
  const filter = (type: string) => ({
    type,
    inputStrength: contentStrength,
    outputStrength: contentStrength,
  });
  return new aws.bedrock.Guardrail(
    name,
    change({
      blockedInputMessaging: "Sorry, I can't help with that.",
      blockedOutputsMessaging: "Sorry, I can't help with that.",
      kmsKeyArn: key.arn,
      contentPolicyConfig: {
        filtersConfigs: [
          { type: "PROMPT_ATTACK", inputStrength: "HIGH", outputStrength: "NONE" },
          ...["HATE", "INSULTS", "SEXUAL", "VIOLENCE", "MISCONDUCT"].map(filter),
        ],
      },
      sensitiveInformationPolicyConfig: {
        piiEntitiesConfigs: [
          { type: "EMAIL", action: "ANONYMIZE" },
          { type: "CREDIT_DEBIT_CARD_NUMBER", action: "BLOCK" },
        ],
      },
    }),
  );
}

// A compliant guardrail for the compliant parts of the agents.
const good = guardrail("support-guardrail");
const goodVersion = new aws.bedrock.GuardrailVersion("support-guardrail", {
  guardrailArn: good.guardrailArn,
});
const withGuardrail = [{ guardrailIdentifier: good.guardrailId, guardrailVersion: goodVersion.version }];

// 1. bedrock-guardrail-filters-harmful-content: every harmful-content filter at LOW.
guardrail("weak-filters-guardrail", (a) => a, "LOW");

// 2. bedrock-guardrail-handles-pii: no sensitive-information policy at all.
guardrail("no-pii-guardrail", ({ sensitiveInformationPolicyConfig: _, ...rest }) => rest);

// 3. bedrock-guardrail-encrypted-with-cmk: encrypted with an AWS-owned key.
guardrail("aws-key-guardrail", ({ kmsKeyArn: _, ...rest }) => rest);

// 4. bedrock-agent-has-guardrail: an agent that acts on unfiltered prompts.
new aws.bedrock.AgentAgent("unguarded-agent", {
  agentName: "unguarded-agent",
  agentResourceRoleArn: AGENT_ROLE,
  foundationModel: MODEL,
  customerEncryptionKeyArn: key.arn,
  instruction: "Answer questions about orders from the order history only.",
});

// 5. bedrock-agent-encrypted-with-cmk: instructions and sessions under an AWS-owned key.
new aws.bedrock.AgentAgent("aws-key-agent", {
  agentName: "aws-key-agent",
  agentResourceRoleArn: AGENT_ROLE,
  foundationModel: MODEL,
  guardrailConfigurations: withGuardrail,
  instruction: "Answer questions about invoices from the billing system only.",
});

// 6. bedrock-agentcore-gateway-requires-authorization: anyone who finds the gateway may call its tools.
new aws.bedrock.AgentcoreGateway("open-gateway", {
  authorizerType: "NONE",
  protocolType: "MCP",
  roleArn: GATEWAY_ROLE,
});

// 7. bedrock-agentcore-code-interpreter-not-public: model-written code with open internet access.
new aws.bedrock.AgentcoreCodeInterpreter("public-interpreter", {
  networkConfiguration: { networkMode: "PUBLIC" },
});

// 8. bedrock-model-invocation-logging-enabled: the stack uses Bedrock and has no
//    aws.bedrockmodel.InvocationLoggingConfiguration (reported on the stack).
