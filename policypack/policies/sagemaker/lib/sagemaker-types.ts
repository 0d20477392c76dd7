/** SageMaker type tokens in @pulumi/aws 7. */
export const NOTEBOOK_INSTANCE_TYPE = "aws:sagemaker/notebookInstance:NotebookInstance";
export const DOMAIN_TYPE = "aws:sagemaker/domain:Domain";
export const MODEL_TYPE = "aws:sagemaker/model:Model";
export const ENDPOINT_CONFIGURATION_TYPE = "aws:sagemaker/endpointConfiguration:EndpointConfiguration";
export const TRAINING_JOB_TYPE = "aws:sagemaker/trainingJob:TrainingJob";
export const FEATURE_GROUP_TYPE = "aws:sagemaker/featureGroup:FeatureGroup";
export const MLFLOW_TRACKING_SERVER_TYPE = "aws:sagemaker/mlflowTrackingServer:MlflowTrackingServer";
export const MLFLOW_APP_TYPE = "aws:sagemaker/mlflowApp:MlflowApp";
