export * from "./model-image-repository";
export * from "./model-image-repository-args";
export * from "./repository-policy";
export * from "./repository-validation";
