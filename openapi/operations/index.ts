// Operation facts and schemas of the capability routes, one file per capability.
import { complaintOperations, complaintSchemas } from './complaints';
import { depositOperations, depositSchemas } from './deposits';
import { merchantOperations, merchantSchemas } from './merchants';
import { penaltyOperations, penaltySchemas } from './penalties';
import { workspaceOperations, workspaceSchemas } from './workspace';

export const capabilitySchemas = { ...merchantSchemas, ...depositSchemas, ...complaintSchemas, ...penaltySchemas, ...workspaceSchemas };
export const capabilityOperations = { ...merchantOperations, ...depositOperations, ...complaintOperations, ...penaltyOperations, ...workspaceOperations };
