export * from './auth';
export * from './basketball';
export * from './core';
