import type { ControlMappings } from "../../../framework/types";

/** Type tokens of the resources the secrets policies read, as @pulumi/aws 7 registers them. */
export const LAMBDA_FUNCTION_TYPE = "aws:lambda/function:Function";
export const ECS_TASK_DEFINITION_TYPE = "aws:ecs/taskDefinition:TaskDefinition";
export const ECS_DAEMON_TASK_DEFINITION_TYPE = "aws:ecs/daemonTaskDefinition:DaemonTaskDefinition";
export const EC2_INSTANCE_TYPE = "aws:ec2/instance:Instance";
export const EC2_LAUNCH_TEMPLATE_TYPE = "aws:ec2/launchTemplate:LaunchTemplate";
export const SSM_PARAMETER_TYPE = "aws:ssm/parameter:Parameter";
export const SECRET_TYPE = "aws:secretsmanager/secret:Secret";
export const SAGEMAKER_MODEL_TYPE = "aws:sagemaker/model:Model";
export const SECRET_ROTATION_TYPE = "aws:secretsmanager/secretRotation:SecretRotation";

/** Re-exported for test/components, which still import it from here; policies use the vocabulary. */
export { AI_PROVIDER_TAG } from "../../../vocabulary";

/** Mappings shared by the "no key in plain configuration" policies. */
export const PLAINTEXT_KEY_MAPPINGS: ControlMappings = {
  nistCsf: ["PR.AA-01", "PR.DS-01"],
  owaspLlm: ["LLM02", "LLM10"],
  mitreAtlas: ["AML.T0055", "AML.T0034"],
  cisaNcsc: ["secure-development"],
  seedItems: [
    "checklist.auth-secrets-manager",
    "csf.pr-data-protection",
    "cisa.dev-asset-protection",
    "matrix.scope-1",
  ],
};
