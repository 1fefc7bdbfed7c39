export * from './areas.js';
