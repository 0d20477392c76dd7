export * from "./model-image-repository";
export * from "./repository-policy";
export * from "./repository-validation";
