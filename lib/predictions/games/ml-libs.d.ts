// ml-cart ships no types and ml-random-forest's do not match its exports;
// only what this folder calls is declared.
declare module 'ml-cart' {
  export class DecisionTreeRegression {
    constructor(options?: { minNumSamples?: number; maxDepth?: number; gainThreshold?: number });
    train(x: number[][], y: number[]): void;
    predict(x: number[][]): number[];
    toJSON(): unknown;
    static load(model: unknown): DecisionTreeRegression;
  }
}

declare module 'ml-random-forest' {
  export class RandomForestRegression {
    constructor(options?: {
      nEstimators?: number;
      maxFeatures?: number;
      replacement?: boolean;
      seed?: number;
      useSampleBagging?: boolean;
      noOOB?: boolean;
      treeOptions?: { minNumSamples?: number; maxDepth?: number };
    });
    train(x: number[][], y: number[]): void;
    predict(x: number[][]): number[];
    toJSON(): unknown;
    static load(model: unknown): RandomForestRegression;
  }
}
