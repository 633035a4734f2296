export * from './basketball';
export * from './core';
