export { startStage, stageOutputIsLive, type Stage, type StageOptions } from './stage.js';
