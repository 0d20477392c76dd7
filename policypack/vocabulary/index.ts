export * from "./scope";
export * from "./tags";
export * from "./data-classes";
export * from "./secrets";
export * from "./principals";
export * from "./accelerators";
