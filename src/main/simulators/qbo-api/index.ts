export { startQboApiSimulator } from './server';
export type { QboApiSimulator, QboApiSimulatorOptions, QboFault, QboSimCompany } from './server';
export { QBO_FAULTS } from './fault-bodies';
