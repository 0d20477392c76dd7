import type { ControlMappings } from "../../../framework/types";
import { AwsType } from "../../../vocabulary";

/** Type tokens of the resources the secrets policies read, as @pulumi/aws 7 registers them. */
export const LAMBDA_FUNCTION_TYPE = AwsType.lambda.Function;
export const ECS_TASK_DEFINITION_TYPE = AwsType.ecs.TaskDefinition;
export const ECS_DAEMON_TASK_DEFINITION_TYPE = AwsType.ecs.DaemonTaskDefinition;
export const EC2_INSTANCE_TYPE = AwsType.ec2.Instance;
export const EC2_LAUNCH_TEMPLATE_TYPE = AwsType.ec2.LaunchTemplate;
export const SSM_PARAMETER_TYPE = AwsType.ssm.Parameter;
export const SECRET_TYPE = AwsType.secretsmanager.Secret;
export const SAGEMAKER_MODEL_TYPE = AwsType.sagemaker.Model;
export const SECRET_ROTATION_TYPE = AwsType.secretsmanager.SecretRotation;

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
