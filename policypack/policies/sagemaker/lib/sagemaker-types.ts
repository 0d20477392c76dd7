import { AwsType } from "../../../vocabulary";
/** SageMaker type tokens in @pulumi/aws 7. */
export const NOTEBOOK_INSTANCE_TYPE = AwsType.sagemaker.NotebookInstance;
export const DOMAIN_TYPE = AwsType.sagemaker.Domain;
export const MODEL_TYPE = AwsType.sagemaker.Model;
export const ENDPOINT_CONFIGURATION_TYPE = AwsType.sagemaker.EndpointConfiguration;
export const TRAINING_JOB_TYPE = AwsType.sagemaker.TrainingJob;
export const FEATURE_GROUP_TYPE = AwsType.sagemaker.FeatureGroup;
export const MLFLOW_TRACKING_SERVER_TYPE = AwsType.sagemaker.MlflowTrackingServer;
export const MLFLOW_APP_TYPE = AwsType.sagemaker.MlflowApp;
