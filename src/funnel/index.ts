export {
  defineFunnel,
  type Funnel,
  type Stage,
  type StageId,
  type StageIdOf,
  type StageInput,
  type StageKind,
  type StageSpec,
} from './defineFunnel.js';
export { funnelSchema } from './funnelSchema.js';
